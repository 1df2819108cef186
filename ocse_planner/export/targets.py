"""Where an export may be written: one check, used by the command line and the window.

An export replaces its target. `ocse-planner export agenda --db d.db -o d.db` used to
answer "Wrote d.db" with the planner file gone, and so did `sub/../d.db` or a symlink to
it. So a target is resolved first (symlinks followed, `..` removed) and refused when it
is:

* the open planner file, its `-wal`, `-shm` or `-journal`, or one of its backups (compared
  by resolved path and, where the file exists, `os.path.samefile`);
* any existing SQLite database (another planner file, another program's database, a
  backup) or the journal of one: an export never replaces a database;
* something other than a regular file: a folder, a FIFO, a device, a socket;
* a name longer than the file system allows (a one-line error, not a traceback).

`check_target` is called when a target is chosen (the CLI's `-o`, the window's save
dialogs) with the planner file to protect; `write_atomically` calls it again without
one just before the new file is moved into place.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ocse_planner.services.errors import N_, FileError, os_reason

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


class ExportError(FileError):
    """An export could not be written; the message names the file and says why."""


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def name_limit(folder: Path) -> int:
    """Longest file name (in bytes) the file system holding `folder` accepts."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):
        return 255


def _same(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _protected(planner: Path) -> list[tuple[Path, str, dict[str, str]]]:
    """The planner file and everything beside it that belongs to it, each with the
    reason a refusal gives (a template and its arguments)."""
    from ocse_planner.db.backup import list_backups

    planner = planner.expanduser().resolve()
    files = [(planner, N_("is the open planner file; it is never replaced. Choose another file name"), {})]
    files += [(planner.with_name(planner.name + suffix),
               N_("belongs to the planner file {planner} ({part}); it is never replaced. Choose another file name"),
               {"planner": planner.name, "part": suffix[1:]})
              for suffix in SIDE_FILES]
    files += [(backup.resolve(),
               N_("is a backup of the planner file {planner}; it is never replaced. Choose another file name"),
               {"planner": planner.name})
              for backup in list_backups(planner)]
    return files


def refuse_planner_files(target: Path | str, planner: Path | str) -> Path:
    """`target` resolved, unless it is the planner file, its journal or a backup of it
    (the check every export target gets)."""
    given = Path(target).expanduser()
    path = given.resolve()
    for protected, why, arguments in _protected(Path(planner)):
        if _same(path, protected):
            raise ExportError(given, why, **arguments)
    return path


def check_target(target: Path | str, planner: Path | str | None = None) -> Path:
    """The resolved path an export may write, or ExportError saying why not."""
    given = Path(target).expanduser()
    if not str(target).strip():
        raise ExportError(given, "no file name given")
    try:
        path = given.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop, a name the system refuses
        raise ExportError(given, "cannot be used as a file name ({detail})",
                          detail=getattr(exc, "strerror", None) or str(exc)) from None
    folder = path.parent
    limit = name_limit(folder) if folder.is_dir() else 255
    if len(os.fsencode(path.name)) > limit:
        raise ExportError(given, "the file name is {length} bytes long; this file system allows {limit}. "
                                 "Choose a shorter name", length=len(os.fsencode(path.name)), limit=limit)
    if planner is not None:
        refuse_planner_files(given, planner)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ExportError(given, "cannot be checked ({detail})", detail=os_reason(exc)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise ExportError(given, "is a folder; give a file name")
        if stat.S_ISFIFO(info.st_mode):
            raise ExportError(given, "is a FIFO (named pipe), not a file an export can replace")
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            raise ExportError(given, "is a device, not a file an export can replace")
        if stat.S_ISSOCK(info.st_mode):
            raise ExportError(given, "is a socket, not a file an export can replace")
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(given, "is not a regular file, not a file an export can replace")
        if is_sqlite_file(path):
            raise ExportError(given, "is an SQLite database (a planner file or another program's); "
                                     "an export never replaces a database. Choose another file name")
    for suffix in SIDE_FILES:
        if path.name.endswith(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if is_sqlite_file(owner):
                raise ExportError(given, "belongs to the SQLite database {database} ({part}); "
                                         "an export never replaces it", database=owner.name, part=suffix[1:])
    return path
