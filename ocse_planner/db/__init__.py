"""Storage: typed models, the engine, migrations, backups and the demo data loader."""

from ocse_planner.db.engine import Database, make_engine
from ocse_planner.db.migrate import DatabaseOpenError, SchemaTooNewError, open_database

__all__ = ["Database", "DatabaseOpenError", "SchemaTooNewError", "make_engine", "open_database"]
