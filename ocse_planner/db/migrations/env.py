"""Alembic environment: migrations always run on a connection the app hands in.

The app opens the file, backs it up and starts one IMMEDIATE transaction with foreign
keys off (batch mode rebuilds tables, which would otherwise fire ON DELETE CASCADE), so a
failed migration rolls back whole.
"""

from alembic import context

from ocse_planner.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "OCSE Planner migrations run through ocse_planner.db.migrate, which passes a connection"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
