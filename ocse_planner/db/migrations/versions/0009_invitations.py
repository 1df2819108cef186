"""Presenter messages: editable templates, the sender, what each presenter was sent.

* `message_template`: an organizer's wording of a kind of message (invitation, follow-up,
  confirmation, reminder, thanks, change, cancellation) in English or French; a kind
  without a row uses the built-in text.
* `message_sender`: one row, the organizer's name, address and signatures.
* `sent_invitation`: per calendar event (UID) and recipient, what was last written
  (times, SEQUENCE, how often), so "Write updates" produces change notices with the same
  UID and a higher SEQUENCE, or a cancellation.
* `person.preferred_language` ("en", "fr", "both"; NULL: from the languages spoken) and
  `webinar.follow_up_link` (the recording or survey link of the thank-you message).

Plain ADD COLUMN and CREATE TABLE; a table or column already there (a file whose stamp
was set back by hand) is left as it is.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "person": ("preferred_language", sa.String(8)),
    "webinar": ("follow_up_link", sa.String(1000)),
}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table, (name, type_) in COLUMNS.items():
        if name not in {c["name"] for c in inspector.get_columns(table)}:
            op.add_column(table, sa.Column(name, type_, nullable=True))
    tables = set(inspector.get_table_names())
    if "message_template" not in tables:
        op.create_table(
            "message_template",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("kind", sa.String(40), nullable=False),
            sa.Column("language", sa.String(8), nullable=False),
            sa.Column("subject", sa.String(500), nullable=False),
            sa.Column("body", sa.Text(), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
            sa.UniqueConstraint("kind", "language", name=op.f("uq_message_template_kind_language")),
        )
    if "message_sender" not in tables:
        op.create_table(
            "message_sender",
            sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("organizer_name", sa.String(200), nullable=True),
            sa.Column("organizer_email", sa.String(320), nullable=True),
            sa.Column("signature", sa.Text(), nullable=True),
            sa.Column("signature_fr", sa.Text(), nullable=True),
            sa.CheckConstraint("id = 1", name=op.f("ck_message_sender_one_row")),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_message_sender")),
        )
    if "sent_invitation" not in tables:
        op.create_table(
            "sent_invitation",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("series_id", sa.Integer(), nullable=False),
            sa.Column("presentation_id", sa.Integer(), nullable=True),
            sa.Column("booking_id", sa.Integer(), nullable=True),
            sa.Column("person_id", sa.Integer(), nullable=True),
            sa.Column("recipient_name", sa.String(300), nullable=True),
            sa.Column("recipient_email", sa.String(320), nullable=True),
            sa.Column("uid", sa.String(300), nullable=False),
            sa.Column("sequence", sa.Integer(), nullable=False),
            sa.Column("starts_at", sa.DateTime(), nullable=False),
            sa.Column("ends_at", sa.DateTime(), nullable=False),
            sa.Column("time_zone", sa.String(64), nullable=False),
            sa.Column("summary", sa.String(1000), nullable=False),
            sa.Column("kind", sa.String(40), nullable=False),
            sa.Column("times_sent", sa.Integer(), nullable=False),
            sa.Column("first_sent_at", sa.DateTime(), nullable=False),
            sa.Column("last_sent_at", sa.DateTime(), nullable=False),
            sa.Column("cancelled", sa.Boolean(), nullable=False),
            sa.CheckConstraint("times_sent > 0", name=op.f("ck_sent_invitation_times_sent_positive")),
            sa.ForeignKeyConstraint(["series_id"], ["series.id"], ondelete="CASCADE",
                                    name=op.f("fk_sent_invitation_series_id_series")),
            sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL",
                                    name=op.f("fk_sent_invitation_person_id_person")),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_invitation")),
            sa.UniqueConstraint("uid", "person_id", name=op.f("uq_sent_invitation_uid_person_id")),
        )
        op.create_index(op.f("ix_sent_invitation_series_id"), "sent_invitation", ["series_id"])
        op.create_index(op.f("ix_sent_invitation_person_id"), "sent_invitation", ["person_id"])


def downgrade() -> None:
    op.drop_table("sent_invitation")
    op.drop_table("message_sender")
    op.drop_table("message_template")
    for table, (name, _) in reversed(COLUMNS.items()):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(name)
