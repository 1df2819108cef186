"""Two app processes on one file: no lost update, no error, no silent overwrite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.models import Series
from ocse_planner.services.concurrency import fetch_for_update
from ocse_planner.services.errors import ChangedElsewhereError
from tests.reliability.increment_worker import COUNTER_TITLE

ROOT = Path(__file__).resolve().parents[2]
TIMES = 300


def test_two_processes_incrementing_lose_nothing(empty_target, backend):
    path = empty_target  # a file, or a team database
    times = TIMES if backend == "sqlite" else TIMES // 2  # each write a round trip to the server
    with open_database(path) as db, db.write() as session:
        session.add(Series(title=COUNTER_TITLE, year=2026, participants_reported=0))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.increment_worker", str(path), str(times)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert [out for out, _ in outputs] == ["errors 0\n"] * 2, [err for _, err in outputs]
    with open_database(path) as db, db.read() as session:
        counter = session.scalars(select(Series).where(Series.title == COUNTER_TITLE)).one()
        assert counter.participants_reported == 2 * times  # 0 lost updates
        assert counter.version == 2 * times + 1


def test_stale_edit_from_the_other_instance_is_refused(demo_target):
    """Two engines = two app instances: the second writer of an old version gets an error."""
    first, second = open_database(demo_target), open_database(demo_target)
    try:
        with first.read() as session:
            seen = session.scalars(select(Series)).first()
            assert seen is not None
        with second.write() as session:
            fetch_for_update(session, Series, seen.id, seen.version, "series").notes = "theirs"
        with pytest.raises(ChangedElsewhereError), first.write() as session:
            fetch_for_update(session, Series, seen.id, seen.version, "series").notes = "mine"
        with first.read() as session:
            assert session.get(Series, seen.id).notes == "theirs"
    finally:
        first.close()
        second.close()


@pytest.mark.file_only
def test_every_new_connection_gets_the_safety_pragmas(demo_path):
    """Each pooled connection (and each process) is set up alike, not just the first."""
    from sqlalchemy.pool import NullPool

    from ocse_planner.db.engine import make_engine

    engine = make_engine(demo_path, poolclass=NullPool)  # every checkout is a new connection
    try:
        for _ in range(3):
            with engine.connect() as conn:
                values = [conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                          for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")]
                assert values[:3] == ["wal", 2, 1] and values[3] >= 5000
    finally:
        engine.dispose()


def test_two_processes_releasing_agendas_at_once_get_numbers_one_and_two(demo_target):
    """Two `ocse-planner release-agenda` started together: releases 1 and 2, none refused."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    runs = [subprocess.Popen([sys.executable, "-m", "ocse_planner", "release-agenda", "--db", str(demo_target),
                              "--series", "2022"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    numbers = sorted(int(out.split()[2]) for out, _ in outputs)  # "Agenda release N recorded (…)"
    assert numbers == [1, 2]
