"""Readiness checklists: the hand-ticked items of each series and their ticks per webinar.

Every existing series gets the default eight items (bios and photos, slides, rehearsal,
interpretation, captioning, accessibility check, reminder, survey link) in English and
French; the checks the data answers (presenters confirmed, agenda fits…) are computed and
need no table.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (English, French, days before the webinar): services/readiness.py DEFAULT_ITEMS, frozen here
# as a revision must be.
DEFAULT_ITEMS = (
    ("Bios and photos received", "Biographies et photos reçues", 21),
    ("Simultaneous interpretation (EN/FR) booked", "Interprétation simultanée (anglais-français) réservée", 28),
    ("Captioning (CART) booked", "Sous-titrage en temps réel (CART) réservé", 28),
    ("Slides received", "Diapositives reçues", 7),
    ("Slides checked for accessibility", "Accessibilité des diapositives vérifiée", 3),
    ("Rehearsal held", "Répétition tenue", 3),
    ("Reminder sent", "Rappel envoyé", 2),
    ("Survey link ready", "Lien du sondage prêt", 1),
)


def upgrade() -> None:
    bind = op.get_bind()
    if "readiness_item" in sa.inspect(bind).get_table_names():
        return
    item = op.create_table(
        "readiness_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_fr", sa.String(length=300), nullable=True),
        sa.Column("days_before", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_readiness_item_title_not_blank")),
        sa.CheckConstraint("days_before BETWEEN 0 AND 365", name=op.f("ck_readiness_item_days_before_range")),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"], ondelete="CASCADE",
                                name=op.f("fk_readiness_item_series_id_series")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_item")),
    )
    op.create_index(op.f("ix_readiness_item_series_id"), "readiness_item", ["series_id"])
    op.create_table(
        "readiness_tick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("webinar_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["readiness_item.id"], ondelete="CASCADE",
                                name=op.f("fk_readiness_tick_item_id_readiness_item")),
        sa.ForeignKeyConstraint(["webinar_id"], ["webinar.id"], ondelete="CASCADE",
                                name=op.f("fk_readiness_tick_webinar_id_webinar")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_tick")),
        sa.UniqueConstraint("item_id", "webinar_id", name=op.f("uq_readiness_tick_item_id_webinar_id")),
    )
    op.create_index(op.f("ix_readiness_tick_item_id"), "readiness_tick", ["item_id"])
    op.create_index(op.f("ix_readiness_tick_webinar_id"), "readiness_tick", ["webinar_id"])
    series_ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM series ORDER BY id"))]
    rows = []
    for series_id in series_ids:
        for position, (title, title_fr, days) in enumerate(DEFAULT_ITEMS, start=1):
            rows.append({"series_id": series_id, "position": position, "title": title,
                         "title_fr": title_fr, "days_before": days})
    if rows:
        stamp = _utc_now()
        op.bulk_insert(item, [{**r, "created_at": stamp, "updated_at": stamp} for r in rows])


def _utc_now():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None)


def downgrade() -> None:
    op.drop_table("readiness_tick")
    op.drop_table("readiness_item")
