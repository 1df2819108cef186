"""Use cases and rules in plain Python (no Qt): the UI and the CLI both call these.

Services take the caller's SQLAlchemy session and return plain frozen dataclasses, never
live ORM objects, so results can cross threads and outlive the session.
"""

from __future__ import annotations

import importlib.machinery
import sys
from collections.abc import Callable, Sequence
from types import ModuleType


class _AfterImport:
    """A meta path finder (duck-typed: importlib.abc costs start-up time) that runs `then`
    once, right after the module `name` is first imported."""

    def __init__(self, name: str, then: Callable[[], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None):  # type: ignore[no-untyped-def]
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        inner, then = spec.loader, self.then

        class Loader:
            def create_module(self, spec):  # type: ignore[no-untyped-def]
                return inner.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                inner.exec_module(module)
                then()

            def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
                return getattr(inner, name)  # get_data, get_filename… for whoever asks

        spec.loader = Loader()
        return spec


def _install_input_rule() -> None:
    from ocse_planner.services import text

    text.install()


# The input rule (services/text.py) checks every ORM flush. It is installed as soon as
# both this package and SQLAlchemy's ORM are imported, whichever comes first, so no writer
# can bypass it by importing none of the modules that happen to use text helpers. Not
# before: `services.errors` is imported by every command line and by the window before
# it is shown, and loading SQLAlchemy then would cost a third of a second for nothing.
if "sqlalchemy.orm" in sys.modules:
    _install_input_rule()
else:
    sys.meta_path.insert(0, _AfterImport("sqlalchemy.orm", _install_input_rule))
