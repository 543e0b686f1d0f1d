"""The reading core never imports Qt: the command line and the tests use it without a display."""

import ast
import subprocess
import sys
from pathlib import Path

import viewer.core

QT = ("PySide6", "pyqtgraph", "shiboken6")
CORE = Path(viewer.core.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt():
    offenders = {str(p.relative_to(CORE)): sorted(m for m in imported_modules(p) if m.split(".")[0] in QT)
                 for p in CORE.rglob("*.py")}
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_reading_a_document_loads_no_qt():
    code = ("import sys; from viewer.core.document import analyse; "
            "analyse('On 3 May 1915 the siege began.'); "
            f"print([m for m in sys.modules if m.split('.')[0] in {QT!r}])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=CORE.parents[1]).stdout
    assert out.strip() == "[]"
