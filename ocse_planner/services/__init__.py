"""Use cases and rules in plain Python (no Qt): the UI and the CLI both call these.

Services take the caller's SQLAlchemy session and return plain frozen dataclasses, never
live ORM objects, so results can cross threads and outlive the session.
"""

# The input rule (services/text.py) checks every ORM flush. Installing it here, where any
# service import passes, means no writer can bypass it by importing none of the modules
# that happen to use text helpers.
from ocse_planner.services import text as _text  # noqa: E402

_text.install()
