"""Writing files so that a failure never leaves half a file or loses the old one.

The new content goes to a temporary file next to the file it replaces, is flushed to
disk, then renamed over it. The replaced file keeps its mode (a new file gets the
usual 0666 less the umask), and a symbolic link stays a link: what is written
replaces the file it points to, through any chain of links.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

_MAX_LINKS = 40  # as Linux's ELOOP limit
_NEW_FILE_MODE = 0o666  # the kernel takes the umask off it, as for any new file
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write next to the target (the file a link points to), flush to disk, then rename over it.

    If anything fails before the rename, the old file is untouched and the
    temporary file is removed.
    """
    target = link_target(Path(path))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    fd, temp = _create_temporary(target, _NEW_FILE_MODE if mode is None else 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            if mode is not None:
                _set_mode(f.fileno(), temp, mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def link_target(path: Path) -> Path:
    """The file a path names once its symbolic links are followed; the path itself if it is none.

    The target need not exist (a dangling link names the file to create). OSError ELOOP for a
    circle of links.
    """
    for _ in range(_MAX_LINKS):
        if not path.is_symlink():
            return path
        target = Path(os.readlink(path))
        path = target if target.is_absolute() else path.parent / target
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), os.fspath(path))


def _create_temporary(target: Path, mode: int) -> tuple[int, Path]:
    """A new file in the target's folder, open for writing, made with ``mode`` (less the umask)."""
    for _ in range(100):
        temp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temp, _CREATE, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", os.fspath(target.parent))


def _set_mode(fd: int, temp: Path, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # Windows: only the read-only flag
        os.chmod(temp, mode)
