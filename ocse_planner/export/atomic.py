"""Write an export next to its target, then move it into place in one step.

A workbook saved straight onto its target and interrupted half-way (disk full, a crash,
the file open in Excel on Windows) leaves a truncated file that Excel calls corrupt, and
the previous good copy is gone. Writing to a temporary file in the same folder and then
`os.replace`-ing it keeps either the old file or the complete new one, never half of one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ocse_planner.services.errors import FileError, os_reason


class ExportError(FileError):
    """An export could not be written; the message names the file and says why."""


def _failed(target: Path, exc: OSError, *, replacing: bool) -> ExportError:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        if replacing:
            return ExportError(target, "cannot be replaced: it is open in another program or write-protected; "
                                       "close it and try again")
        return ExportError(target, "cannot be written: the folder is write-protected")
    if exc.errno == errno.ENOSPC:
        return ExportError(target, "cannot be written: the disk is full")
    if exc.errno == errno.EROFS:
        return ExportError(target, "cannot be written: the folder is on a read-only disk")
    return ExportError(target, "cannot be written ({detail})", detail=os_reason(exc))


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)` and move the result onto `target`.

    `write` saves the complete file at the path it is given. Whatever goes wrong, the
    temporary file is removed and `target` is left as it was.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise ExportError(target, "is a folder; give a file name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(target, "cannot be written: the folder {folder} does not exist", folder=folder)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _failed(target, exc, replacing=False) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        if os.name == "posix":  # mkstemp makes 0600; an export is an ordinary document
            temporary.chmod(0o666 & ~_umask())
        if target.exists() and not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, "read-only", str(target))
        try:
            os.replace(temporary, target)
        except OSError as exc:
            raise _failed(target, exc, replacing=True) from exc
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _failed(target, exc, replacing=target.exists()) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def write_bytes_atomic(target: Path | str, data: bytes) -> Path:
    """`write_atomically` for content already in memory (a calendar, say)."""
    return write_atomically(target, lambda temporary: temporary.write_bytes(data))


def _umask() -> int:
    """The process umask, read without os.umask (which would change it for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
