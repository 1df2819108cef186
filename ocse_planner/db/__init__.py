"""Storage: typed models, the engine, migrations, backups and the demo data loader.

The names below load on first use (PEP 562): importing a light submodule such as
`db.backup` or `db.enums` must not pull in SQLAlchemy, so the window can appear before
the storage layer has been imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ocse_planner.db.engine import Database, make_engine
    from ocse_planner.db.migrate import DatabaseOpenError, SchemaTooNewError, open_database

_LAZY = {
    "Database": "ocse_planner.db.engine",
    "make_engine": "ocse_planner.db.engine",
    "DatabaseOpenError": "ocse_planner.db.migrate",
    "SchemaTooNewError": "ocse_planner.db.migrate",
    "open_database": "ocse_planner.db.migrate",
}

__all__ = ["Database", "DatabaseOpenError", "SchemaTooNewError", "make_engine", "open_database"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ocse_planner.db' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
