"""A long narrative made at run time from the bundled sample (never committed as a file)."""


def narrative(sample: str, size: int) -> str:
    """Copies of ``sample`` with the year varied, joined as paragraphs, until ``size`` characters."""
    parts, total, k = [], 0, 0
    while total < size:
        part = sample.replace("2017", str(1800 + k % 220))
        parts.append(part)
        total += len(part) + 2
        k += 1
    return "\n\n".join(parts)
