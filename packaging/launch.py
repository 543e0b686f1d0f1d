"""Entry script of the frozen app: PyInstaller starts from a script, not an entry point."""

from viewer.cli import main

raise SystemExit(main())
