"""Titles, names and texts in French beside the English: the bilingual content of documents.

Agendas, reports and calendar files of a federal series go out in both official
languages, so every text an organizer writes for them gets a French column: series title,
programme and objectives; webinar title, theme and discussion highlights; presentation
title and description; organization name and acronym; person job title; sector name;
survey statement. All are optional (NULL = not translated yet: a French document prints
the English with an "[EN]" marker and the check lists it). `series.objectives_fr` is a
JSON list aligned with `objectives` by position.

The eight default sectors of revision 0002 get their French names where nobody renamed
them and no French name is set. Plain ADD COLUMN (no table copy), which SQLite and
PostgreSQL both do in place; a column already present (a file whose stamp was set back
by hand) is left as it is.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FRENCH_COLUMNS: dict[str, tuple[tuple[str, sa.types.TypeEngine], ...]] = {
    "series": (("title_fr", sa.String(300)), ("programme_fr", sa.String(500)), ("objectives_fr", sa.JSON())),
    "webinar": (("title_fr", sa.String(500)), ("theme_fr", sa.Text()), ("highlights_fr", sa.Text())),
    "presentation": (("title_fr", sa.String(500)), ("description_fr", sa.Text())),
    "organization": (("name_fr", sa.String(300)), ("acronym_fr", sa.String(40))),
    "person": (("job_title_fr", sa.String(500)),),
    "sector": (("name_fr", sa.String(200)),),
    "survey_result": (("statement_fr", sa.Text()),),
}

# The default sectors (0002) in French, as Government of Canada reports name them.
DEFAULT_SECTORS_FR = {
    "Law enforcement": "Application de la loi",
    "Child-serving organizations": "Organismes au service des enfants",
    "Victim services": "Services aux victimes",
    "Other non-governmental organizations": "Autres organisations non gouvernementales",
    "Education": "Éducation",
    "Federal government": "Gouvernement fédéral",
    "Provincial/territorial government": "Gouvernements provinciaux et territoriaux",
    "Local government": "Administrations locales",
}

sector = sa.table("sector", sa.column("name", sa.String), sa.column("name_fr", sa.String))


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table, columns in FRENCH_COLUMNS.items():
        present = {c["name"] for c in inspector.get_columns(table)}
        for name, type_ in columns:
            if name not in present:
                op.add_column(table, sa.Column(name, type_, nullable=True))
    for english, french in DEFAULT_SECTORS_FR.items():
        op.execute(sector.update().where(sector.c.name == english, sector.c.name_fr.is_(None))
                   .values(name_fr=french))


def downgrade() -> None:
    for table, columns in FRENCH_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _ in reversed(columns):
                batch.drop_column(name)
