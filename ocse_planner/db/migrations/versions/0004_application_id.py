"""Planner files identify themselves: PRAGMA application_id = "OCSE" in the header.

Another program's SQLite file can hold an `alembic_version` table too; the application id
(SQLite file header, offset 68) is how a planner file is recognised before anything else
is read (db/migrate.py `identify`). Files made by earlier versions get it here, on their
first write. PostgreSQL has no such header: there 0006's `planner_meta` row does the job.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPLICATION_ID = 0x4F435345  # "OCSE"; the same number as db/migrate.py APPLICATION_ID


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # a team database is recognised by 0006's planner_meta
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
