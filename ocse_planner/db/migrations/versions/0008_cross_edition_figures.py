"""Cross-edition figures kept by "Remove personal data": counts only.

Just before a purge replaces an edition's identities with keys nobody can turn back into
addresses, it counts what a year-over-year comparison needs and can no longer compute
afterwards: the edition's participants with and without an e-mail address
(`cross_edition_snapshot`), and how many of them also came to each other edition that
still held identities (`cross_edition_overlap`). No address, key or hash is stored.

A file purged before this revision has no such rows: its comparisons say "n/a" with the
reason.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Skipped when the tables are there already (a file whose revision stamp was set back
    # by hand, as the tests of older files do), like the revisions before it.
    if "cross_edition_snapshot" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "cross_edition_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),  # UTC, as every instant
        sa.Column("participants_matchable", sa.Integer(), nullable=False),
        sa.Column("participants_not_matchable", sa.Integer(), nullable=False),
        sa.CheckConstraint("participants_matchable >= 0 AND participants_not_matchable >= 0",
                           name=op.f("ck_cross_edition_snapshot_counts_not_negative")),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"], ondelete="CASCADE",
                                name=op.f("fk_cross_edition_snapshot_series_id_series")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cross_edition_snapshot")),
    )
    op.create_index(op.f("ix_cross_edition_snapshot_series_id"), "cross_edition_snapshot", ["series_id"])
    op.create_table(
        "cross_edition_overlap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("other_series_id", sa.Integer(), nullable=False),
        sa.Column("shared_participants", sa.Integer(), nullable=False),
        sa.Column("other_matchable", sa.Integer(), nullable=False),
        sa.CheckConstraint("shared_participants >= 0 AND other_matchable >= shared_participants",
                           name=op.f("ck_cross_edition_overlap_counts_consistent")),
        sa.ForeignKeyConstraint(["snapshot_id"], ["cross_edition_snapshot.id"], ondelete="CASCADE",
                                name=op.f("fk_cross_edition_overlap_snapshot_id_cross_edition_snapshot")),
        sa.ForeignKeyConstraint(["other_series_id"], ["series.id"], ondelete="CASCADE",
                                name=op.f("fk_cross_edition_overlap_other_series_id_series")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cross_edition_overlap")),
        sa.UniqueConstraint("snapshot_id", "other_series_id",
                            name=op.f("uq_cross_edition_overlap_snapshot_id_other_series_id")),
    )
    op.create_index(op.f("ix_cross_edition_overlap_snapshot_id"), "cross_edition_overlap", ["snapshot_id"])
    op.create_index(op.f("ix_cross_edition_overlap_other_series_id"), "cross_edition_overlap",
                    ["other_series_id"])


def downgrade() -> None:
    op.drop_table("cross_edition_overlap")
    op.drop_table("cross_edition_snapshot")
