"""The services' rule tests: every message they make the services build must be one the
French window can show (tests/message_catalogue.py)."""

import pytest

from ocse_planner.services import attendance_import
from tests.message_catalogue import (  # noqa: F401 - pytest hooks
    pytest_configure,
    pytest_runtest_call,
    pytest_runtest_setup,
)


@pytest.fixture(autouse=True)
def _import_statements_compiled_afresh() -> None:
    """The attendance import compiles its two statements once per process. Each test starts
    without them, so what it stores goes through the statements the code makes now, not ones
    an earlier test (or the process a mutation run forks from) left in the cache."""
    attendance_import._COMPILED.clear()
