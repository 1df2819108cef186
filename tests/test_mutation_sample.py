"""The sample mode of scripts/mutation.py: a uniform, reproducible draw and its interval."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "mutation.py"


@pytest.fixture(scope="module")
def mutation():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("mutation_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation_script"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["mutation_script"]


def test_the_wilson_interval_matches_the_published_figures(mutation):
    low, high = mutation.wilson(90, 100)
    assert (round(low, 4), round(high, 4)) == (0.8256, 0.9448)
    assert mutation.wilson(0, 10)[0] == 0.0 and mutation.wilson(10, 10)[1] == pytest.approx(1.0)
    assert mutation.wilson(0, 10)[1] == pytest.approx(0.2775, abs=1e-4)  # one failure in ten is not ruled out
    assert mutation.wilson(0, 0) == (0.0, 1.0)


def test_a_sample_is_reproducible_and_a_removed_mutant_only_makes_room(mutation, monkeypatch):
    names = {f"ocse_planner.services.m.x_f__mutmut_{i}": 1 for i in range(1000)}
    monkeypatch.setattr(mutation, "known_mutants", lambda paths: dict(names))
    first = mutation.sample([], 50, "1", {})
    assert len(set(first)) == 50 and first == mutation.sample([], 50, "1", {})
    assert set(first) != set(mutation.sample([], 50, "2", {}))
    marked = {first[0]: "equivalent"}
    again = mutation.sample([], 50, "1", marked)
    assert first[0] not in again and set(first[1:]) <= set(again)  # one replaced, the rest kept


def test_mutmut_runs_each_test_session_in_one_process(mutation, monkeypatch):
    """The test configuration asks for a worker per core; mutmut's runs must not get any."""
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p no:cacheprovider")
    env = mutation.mutmut_environment()
    assert env["PYTEST_ADDOPTS"] == "-p no:cacheprovider -n 0" and env["PYTHONHASHSEED"] == "0"
    monkeypatch.delenv("PYTEST_ADDOPTS")
    assert mutation.mutmut_environment()["PYTEST_ADDOPTS"] == "-n 0"
