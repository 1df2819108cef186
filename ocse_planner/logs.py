"""Logging, configured once per process by its entry point.

* The window (`configure_file_logging`) writes a rotating log file in the user's data
  folder, beside the default planner file: what failed unexpectedly, with its traceback,
  for a person to send along with a report. Help ▸ About shows where it is.
* The command line (`configure_stderr_logging`) logs on stderr, warnings and errors only,
  everything with `--verbose`; its one-line user errors are printed, not logged.

Modules log through `logging.getLogger(__name__)` and never configure logging themselves.
No Qt here: the command line uses this module too.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_FOLDER = "ocse-planner"
LOG_FILE_NAME = "ocse-planner.log"
LOG_FILE_BYTES = 1_000_000  # one file: ~ thousands of entries; three older ones are kept
LOG_FILE_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None  # the handler `configure_*` installed, if any


def data_folder() -> Path:
    """The user's data folder for the app (created, private to the user)."""
    folder = Path(user_data_dir(APP_FOLDER, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def log_file() -> Path | None:
    """The file the window logs to, once configured (None on the command line)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def configure_file_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in `folder` (default: the user's data folder); returns its path.

    Configuring again replaces the handler this module installed before, so a test can
    point the log at its own folder.
    """
    import logging.handlers  # not at import: the command line never needs it

    path = (folder or data_folder()) / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    _install(handler, logging.INFO)
    return path


def configure_stderr_logging(*, verbose: bool = False) -> None:
    """Log on stderr: warnings and errors, or everything from the app with `verbose`."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(levelname)s: %(message)s"))
    _install(handler, logging.DEBUG if verbose else logging.WARNING)


def reset() -> None:
    """Remove what `configure_*` installed (tests)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def _install(handler: logging.Handler, level: int) -> None:
    global _handler
    reset()
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)  # other libraries: warnings and worse
    logging.getLogger("ocse_planner").setLevel(level)
    handler.setLevel(level)
    _handler = handler
