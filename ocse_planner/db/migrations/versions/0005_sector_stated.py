"""Attendance records remember whether their file stated a sector: "Not stated" apart
from "Unclassified".

An attendee without a sector is either one whose file had a sector column left empty
("Not stated": the person chose not to say) or one whose file had no such column, or a
value no rule recognised ("Unclassified": the organizer can still classify them). The
summary tables list the two apart so every webinar's column adds up to its attendance.
NULL = the file had no sector field (every record imported before this revision, which
cannot tell); false = the field was present and empty; true = it held a value.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: no table copy, so a file of 300,000 records upgrades at once.
    # Skipped when the column is there already (a file whose revision stamp was set back
    # by hand, as the tests of older files do), like the seeding revisions before it.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("attendance_record")}
    if "sector_stated" not in columns:
        op.add_column("attendance_record", sa.Column("sector_stated", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attendance_record") as batch:
        batch.drop_column("sector_stated")
