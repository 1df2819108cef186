"""Fuzz every way a file enters the app and count what happened.

Targets: the attendance importer with each layout (auto, zoom, teams, eventbrite,
template, mapped with a column mapping), opening a file as a planner database
(`open_database`) and `ocse-planner info`. Each gets N hostile files from
`fuzz_cases` (hypothesis, so failures are reproducible). A case is:

- accepted: the importer returned a ParsedReport / the database opened / info exited 0;
- refused: ImportFileError / DatabaseOpenError / a one-line CLI error naming the file;
- a crash: any other exception, an accepted XML-entity file (defusedxml must refuse
  it), a case running past the time limit (SIGALRM), a refused file that was changed
  or left -wal/-shm/backup files beside it, or `info` changing the file at all.

Run: `python -m tests.reliability.fuzz --cases 2000` (prints a table; exit 1 on crashes).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import itertools
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import DeadlineExceeded

from tests.reliability.fuzz_cases import DATABASE_FILES, IMPORT_FILES, FuzzCase

CASE_LIMIT_SECONDS = 20  # SIGALRM: a case still running after this is a hang
ACCEPTED, REFUSED = "accepted", "refused"
MAPPING = {"name": "name", "email": "email", "minutes": "minutes"}


@dataclass
class TargetReport:
    target: str
    cases: int = 0
    accepted: int = 0
    refused: int = 0
    crashes: list[str] = field(default_factory=list)
    max_seconds: float = 0.0


class CaseTimeout(Exception):
    pass


def _importer(layout: str) -> Callable[[Path], str]:
    from ocse_planner.importers import ImportFileError, ParsedReport, parse_attendance_file

    def run(path: Path) -> str:
        try:
            result = parse_attendance_file(path, layout="mapped" if layout == "mapped" else layout,
                                           mapping=MAPPING if layout == "mapped" else None)
        except ImportFileError as exc:
            if path.name not in str(exc):
                raise AssertionError(f"message does not name the file: {exc}") from None
            return REFUSED
        if not isinstance(result, ParsedReport):
            raise AssertionError(f"returned {type(result).__name__}")
        return ACCEPTED

    return run


def _open_database(path: Path) -> str:
    from ocse_planner.db.migrate import DatabaseOpenError, open_database

    try:
        db = open_database(path, create=False)
    except DatabaseOpenError as exc:
        if path.name not in str(exc):
            raise AssertionError(f"message does not name the file: {exc}") from None
        return REFUSED
    db.close()
    return ACCEPTED


def _cli_info(path: Path) -> str:
    from ocse_planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["info", "--db", str(path)])
    if status == 0:
        return ACCEPTED
    lines = err.getvalue().strip().splitlines()
    if len(lines) != 1 or path.name not in lines[0]:
        raise AssertionError(f"unclear CLI error (status {status}): {err.getvalue()!r}")
    return REFUSED


TARGETS: dict[str, tuple[Callable[[Path], str], object]] = {
    **{f"import {layout}": (_importer(layout), IMPORT_FILES)
       for layout in ("auto", "zoom", "teams", "eventbrite", "template", "mapped")},
    "open_database": (_open_database, DATABASE_FILES),
    "ocse-planner info": (_cli_info, DATABASE_FILES),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _on_alarm(_signum: int, _frame: object) -> None:
    raise CaseTimeout()


def run_target(name: str, cases: int, folder: Path, seed: int | None = None) -> TargetReport:
    """Try `cases` hostile files on one target; never stops at the first crash."""
    run, strategy = TARGETS[name]
    report = TargetReport(name)
    counter = itertools.count()

    @settings(max_examples=cases, deadline=timedelta(seconds=CASE_LIMIT_SECONDS), database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck), derandomize=seed is not None)
    @given(strategy)
    def one(case: FuzzCase) -> None:
        case_dir = folder / f"{next(counter)}"
        case_dir.mkdir()
        path = case_dir / f"report{case.suffix}"
        path.write_bytes(case.data)
        before = _digest(path)
        report.cases += 1
        started = time.perf_counter()
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.alarm(CASE_LIMIT_SECONDS)
        try:
            outcome = run(path)
        except CaseTimeout:
            report.crashes.append(f"{case.kind}: still running after {CASE_LIMIT_SECONDS} s")
            return
        except Exception as exc:  # noqa: BLE001 - any other exception is exactly what we count
            where = traceback.extract_tb(exc.__traceback__)[-1]
            report.crashes.append(f"{case.kind}: {type(exc).__name__}: {str(exc)[:200]} "
                                  f"(at {Path(where.filename).name}:{where.lineno})")
            return
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
            report.max_seconds = max(report.max_seconds, time.perf_counter() - started)
        problem = _check_after(name, case, path, before, outcome)
        if problem:
            report.crashes.append(f"{case.kind}: {problem}")
        elif outcome == ACCEPTED:
            report.accepted += 1
        else:
            report.refused += 1
        for leftover in case_dir.iterdir():
            leftover.unlink()
        case_dir.rmdir()

    try:
        one()
    except DeadlineExceeded as exc:
        report.crashes.append(f"over the hypothesis deadline: {exc}")
    return report


def _check_after(name: str, case: FuzzCase, path: Path, before: str, outcome: str) -> str | None:
    if case.kind == "xml entities" and outcome == ACCEPTED and name.startswith("import"):
        return "a workbook declaring XML entities was accepted"
    changed = _digest(path) != before
    if name == "ocse-planner info" and changed:
        return "info changed the file"
    if outcome == REFUSED:
        if changed:
            return "a refused file was changed"
        extra = sorted(p.name for p in path.parent.iterdir() if p != path)
        if extra:
            return f"a refused file left {extra} beside it"
    return None


def run_all(cases: int, targets: list[str] | None = None, seed: int | None = None) -> list[TargetReport]:
    with tempfile.TemporaryDirectory(prefix="ocse-fuzz-") as folder:
        reports = []
        for name in targets or list(TARGETS):
            target_dir = Path(folder) / name.replace(" ", "_")
            target_dir.mkdir()
            reports.append(run_target(name, cases, target_dir, seed))
        return reports


def format_table(reports: list[TargetReport]) -> str:
    lines = [f"{'target':<22} {'cases':>6} {'accepted':>9} {'refused':>8} {'crashes':>8} {'max s/case':>11}"]
    for r in reports:
        lines.append(f"{r.target:<22} {r.cases:>6} {r.accepted:>9} {r.refused:>8} {len(r.crashes):>8} "
                     f"{r.max_seconds:>11.2f}")
    for r in reports:
        for crash in r.crashes[:5]:
            lines.append(f"  {r.target}: {crash}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200, help="hostile files per target (default 200)")
    parser.add_argument("--target", action="append", choices=list(TARGETS), help="only this target (repeatable)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    reports = run_all(args.cases, args.target)
    print(format_table(reports))
    print(f"total: {sum(r.cases for r in reports)} cases in {time.perf_counter() - started:.0f} s, "
          f"{sum(len(r.crashes) for r in reports)} crashes")
    return 1 if any(r.crashes for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
