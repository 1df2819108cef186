"""Default audience sectors: the eight named in the 2022 series report.

Every planner file starts with them so that imports can classify attendees at once; the
list stays editable (only sectors nobody renamed or used are removed on downgrade).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_SECTORS = (
    "Law enforcement",
    "Child-serving organizations",
    "Victim services",
    "Other non-governmental organizations",
    "Education",
    "Federal government",
    "Provincial/territorial government",
    "Local government",
)

sector = sa.table(
    "sector", sa.column("id", sa.Integer), sa.column("name", sa.String),
    sa.column("position", sa.Integer),
)


def upgrade() -> None:
    existing = {row[0] for row in op.get_bind().execute(sa.select(sector.c.name))}
    op.bulk_insert(
        sector,
        [
            {"name": name, "position": i}
            for i, name in enumerate(DEFAULT_SECTORS, start=1)
            if name not in existing
        ],
    )


def downgrade() -> None:
    op.execute(
        sector.delete().where(
            sector.c.name.in_(DEFAULT_SECTORS)
            & ~sector.c.id.in_(sa.text("SELECT sector_id FROM attendance_record WHERE sector_id IS NOT NULL"))
            & ~sector.c.id.in_(sa.text("SELECT sector_id FROM sector_count"))
        )
    )
