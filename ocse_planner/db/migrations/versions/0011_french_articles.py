"""The article a French sentence puts before an organization's name: « la GRC », « le ministère ».

French documents name organizations in running sentences ("Organisée par la GRC",
"en collaboration avec le ministère de la Justice Canada", "Série de webinaires 2022 du
Centre canadien de protection de l'enfance"). Whether a name takes "le", "la", "l'", "les"
or nothing ("Sécurité publique Canada", "Statistique Canada") is not something a program
can guess reliably, so each organization keeps its own: `organization.article_fr`, NULL or
"" for none. The prepositions are contracted from it when a sentence is written ("de le" →
"du", "à les" → "aux"; services/french_articles.py).

Organizations whose official French name is one the federal government publishes get their
article here (the demo's and other common partners'); others wait for the organizer, and
print without one meanwhile, as before. Plain ADD COLUMN; a column already present (a
file whose stamp was set back by hand) is left as it is.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Official French names (Termium / Federal Identity Program) and the article they take.
KNOWN_ARTICLES = {
    "Gendarmerie royale du Canada": "la",
    "ministère de la Justice Canada": "le",
    "Centre national de coordination contre l'exploitation des enfants": "le",
    "Centre canadien de protection de l'enfance": "le",
    "Centre canadien de la statistique juridique et de la sécurité des collectivités": "le",
    "Service de police de Toronto": "le",
    "Université de la Colombie-Britannique": "l'",
    "Institut de recherche en santé mentale du Royal": "l'",
    "Fondation Marie-Vincent": "la",
    "Agence des services frontaliers du Canada": "l'",
    "Service correctionnel du Canada": "le",
    "Bureau de l'ombudsman fédéral des victimes d'actes criminels": "le",
}

organization = sa.table("organization", sa.column("name_fr", sa.String), sa.column("article_fr", sa.String))


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("organization")}
    if "article_fr" not in present:
        op.add_column("organization", sa.Column("article_fr", sa.String(8), nullable=True))
    for name, article in KNOWN_ARTICLES.items():
        op.execute(organization.update()
                   .where(organization.c.name_fr == name, organization.c.article_fr.is_(None))
                   .values(article_fr=article))


def downgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.drop_column("article_fr")
