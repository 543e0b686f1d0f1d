"""Where the sample documents and resources live, installed or not.

A wheel carries them inside the package (``viewer/_bundled/``, see the hatch
force-include in ``pyproject.toml``), and so does a PyInstaller build (under
``sys._MEIPASS``, next to the frozen modules: ``packaging/timeline-viewer.spec``);
a source checkout or an editable install reads them from the repository's
top-level ``seeds/`` and ``resources/``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SAMPLE_NAME = "western_iraq_campaign_2017.txt"


def _locate(kind: str, package_dir: Path, checkout_dir: Path) -> Path:
    """The folder *kind* inside the installed package, else in the checkout."""
    for candidate in (package_dir / "_bundled" / kind, checkout_dir / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"no {kind}/ folder under {package_dir / '_bundled'} or {checkout_dir}"
    )


def _folder(kind: str) -> Path:
    package = files("viewer")
    # A zip import would give a Traversable that is no Path; we only ship as files.
    package_dir = package if isinstance(package, Path) else Path(__file__).parent
    return _locate(kind, package_dir, Path(__file__).resolve().parents[1])


def sample_path() -> Path:
    """The sample document the program opens when given nothing else."""
    return _folder("seeds") / SAMPLE_NAME


def seed_paths() -> list[Path]:
    """Every sample document, sorted by name (hidden files such as .gitkeep left out)."""
    folder = _folder("seeds")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def resource_path(name: str) -> Path:
    """A file in ``resources/``; FileNotFoundError names the place looked in."""
    path = _folder("resources") / name
    if not path.is_file():
        raise FileNotFoundError(f"no resource {name!r} in {path.parent}")
    return path
