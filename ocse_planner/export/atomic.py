"""Write an export next to its target, then move it into place in one step.

A workbook saved straight onto its target and interrupted half-way (disk full, a crash,
the file open in Excel on Windows) leaves a truncated file that Excel calls corrupt, and
the previous good copy is gone. Writing to a temporary file in the same folder and then
`os.replace`-ing it keeps either the old file or the complete new one, never half of one.
The target is checked (`targets.check_target`) before writing and again just before the
move: an export never replaces a database, a FIFO or a device.

Exports holding personal data (the attendee list, the presenter directory with e-mails)
are written `private`: 0600 whatever the umask, like the planner file itself.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ocse_planner.export.targets import ExportError, check_target
from ocse_planner.services.errors import os_reason

__all__ = ["ExportError", "write_atomically", "write_bytes_atomic"]


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
    if exc.errno == errno.ENAMETOOLONG:
        return ExportError(target, "cannot be written: the file name is too long for this file system")
    return ExportError(target, "cannot be written ({detail})", detail=os_reason(exc))


def write_atomically(target: Path | str, write: Callable[[Path], None], *, private: bool = False) -> Path:
    """Call `write(temporary_path)` and move the result onto `target`.

    `write` saves the complete file at the path it is given. Whatever goes wrong, the
    temporary file is removed and `target` is left as it was. `private` files are 0600.
    """
    given = Path(target).expanduser()
    target = check_target(given)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(given, "cannot be written: the folder {folder} does not exist", folder=given.parent)
    try:
        # a short temporary name: the target's own name may already be as long as allowed
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _failed(target, exc, replacing=False) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        if os.name == "posix":  # mkstemp makes 0600; an export is an ordinary document
            temporary.chmod(0o600 if private else 0o666 & ~_umask())
        check_target(target)  # nothing became a database (or a FIFO) meanwhile
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
    return given  # as the caller named it (a symlink stays one; its target was written)


def write_bytes_atomic(target: Path | str, data: bytes, *, private: bool = False) -> Path:
    """`write_atomically` for content already in memory (a calendar, say)."""
    return write_atomically(target, lambda temporary: temporary.write_bytes(data), private=private)


def _umask() -> int:
    """The process umask, read without os.umask (which would change it for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
