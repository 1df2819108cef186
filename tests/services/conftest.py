"""The services' rule tests: every message they make the services build must be one the
French window can show (tests/message_catalogue.py)."""

from tests.message_catalogue import (  # noqa: F401 - pytest hooks
    pytest_configure,
    pytest_runtest_call,
    pytest_runtest_setup,
)
