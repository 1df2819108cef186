"""Team databases: a `planner_meta` row naming the application, and the `change_log`.

A PostgreSQL database has no header to carry an application id; the one-row
`planner_meta` table is how a team database is recognised (and another program's tables
refused), and its `app_version` tells an older client which version to install. Files
get it too, so both back-ends have the same tables. `change_log` holds one line per write
transaction (db/changes.py): other windows poll it to refresh, undo reads it to refuse
overwriting someone else's later change.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ocse_planner import APP_NAME, __version__

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    meta = op.create_table(
        "planner_meta",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("application", sa.String(length=40), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_planner_meta_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planner_meta")),
    )
    op.bulk_insert(meta, [{"id": 1, "application": APP_NAME, "app_version": __version__}])
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("client", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("record_table", sa.String(length=64), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("records", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    op.drop_table("change_log")
    op.drop_table("planner_meta")
