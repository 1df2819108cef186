"""The input rule (services/text.py) is installed as soon as SQLAlchemy's ORM is loaded
beside the services package, in either order, and not a moment earlier (loading the ORM
costs a third of a second that the window and the command line should not pay for nothing)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import sys
{first}
import ocse_planner.services.text as text
before = text._installed, "sqlalchemy" in sys.modules
{second}
print(before, text._installed)
"""


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("import ocse_planner.services.errors", "import sqlalchemy.orm", "(False, False) True"),
    ("import sqlalchemy.orm", "import ocse_planner.services.errors", "(True, True) True"),
    ("import sqlalchemy", "from sqlalchemy.orm import Session", "(False, True) True"),
])
def test_the_rule_is_installed_when_both_are_loaded(first, second, expected):
    code = CHECK.format(first=first, second=second)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.strip() == expected


def test_a_flush_is_checked_after_the_lazy_install(tmp_path):
    code = f"""
from ocse_planner.services.errors import ValidationError
from ocse_planner.db import open_database
from ocse_planner.db.models import Organization
db = open_database({str(tmp_path / "p.db")!r})
try:
    with db.write() as session:
        session.add(Organization(name="bad\\x07name"))
except ValidationError as exc:
    print("refused")
db.close()
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "refused", out.stderr
