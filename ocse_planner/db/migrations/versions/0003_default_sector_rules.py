"""Default sector rules: seeded when a file is created or upgraded, not by an import.

They used to be added by the first import, inside the same command, so an import that
was then refused still changed the file. A file that already has rules keeps them;
sectors the rules name are added when missing (matched by name, any case).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The rules as they stood when this revision was written (services/sectors.py may move on).
DEFAULT_RULES = (
    ("email_domain", "*.gc.ca", "Federal government"),
    ("email_domain", "canada.ca", "Federal government"),
    ("email_domain", "rcmp-grc.gc.ca", "Law enforcement"),
    ("email_domain", "torontopolice.on.ca", "Law enforcement"),
    ("email_domain", "opp.ca", "Law enforcement"),
    ("email_domain", "spvm.qc.ca", "Law enforcement"),
    ("email_domain", "vpd.ca", "Law enforcement"),
    ("email_domain", "surete.qc.ca", "Law enforcement"),
    ("email_domain", "*.gov.on.ca", "Provincial/territorial government"),
    ("email_domain", "*.gov.bc.ca", "Provincial/territorial government"),
    ("email_domain", "*.gouv.qc.ca", "Provincial/territorial government"),
    ("email_domain", "*.gov.ab.ca", "Provincial/territorial government"),
    ("email_domain", "protectchildren.ca", "Child-serving organizations"),
    ("organization_name", "police", "Law enforcement"),
    ("organization_name", "RCMP", "Law enforcement"),
    ("organization_name", "victim", "Victim services"),
    ("organization_name", "university", "Education"),
    ("organization_name", "université", "Education"),
    ("organization_name", "college", "Education"),
    ("organization_name", "school board", "Education"),
    ("organization_name", "city of", "Local government"),
    ("organization_name", "municipality", "Local government"),
)

sector = sa.table("sector", sa.column("id", sa.Integer), sa.column("name", sa.String),
                  sa.column("position", sa.Integer))
sector_rule = sa.table("sector_rule", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                       sa.column("pattern", sa.String), sa.column("sector_id", sa.Integer),
                       sa.column("position", sa.Integer))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.select(sa.func.count()).select_from(sector_rule)).scalar():
        return
    ids = {name.lower(): id_ for id_, name in bind.execute(sa.select(sector.c.id, sector.c.name))}
    position = bind.execute(sa.select(sa.func.max(sector.c.position))).scalar() or 0
    rows = []
    for order, (kind, pattern, sector_name) in enumerate(DEFAULT_RULES, start=1):
        if sector_name.lower() not in ids:
            position += 1
            bind.execute(sector.insert().values(name=sector_name, position=position))
            ids[sector_name.lower()] = bind.execute(
                sa.select(sector.c.id).where(sector.c.name == sector_name)).scalar_one()
        rows.append({"kind": kind, "pattern": pattern, "sector_id": ids[sector_name.lower()], "position": order})
    op.bulk_insert(sector_rule, rows)


def downgrade() -> None:
    op.execute(sector_rule.delete().where(
        sa.tuple_(sector_rule.c.kind, sector_rule.c.pattern).in_([(k, p) for k, p, _ in DEFAULT_RULES])))
