"""Mutation testing of the rule packages: run mutmut per module and report the scores.

A mutant is one small deliberate change to the code (a ``<`` made ``<=``, a constant off by
one, a branch emptied); it is *killed* when a test fails on it. The share of killed mutants
shows how much of the behaviour the tests pin down, which the pass/fail of the suite
cannot. It is far too slow for every test run (thousands of mutants), so it is a quality
command run by hand, per module, after changing a rule module:

    python scripts/mutation.py services/agenda.py        # one module
    python scripts/mutation.py services importers        # whole packages, module by module
    python scripts/mutation.py --report                  # scores of what has been run so far
    python scripts/mutation.py --survivors services/clone.py   # the diffs still alive
    python scripts/mutation.py --retry services/clone.py       # survivors again, after new tests

It needs the ``mutation`` extra (``pip install -e '.[mutation]'``). The configuration is
``[tool.mutmut]`` in pyproject.toml: the packages mutated (services, importers, export,
db), their test folders (each mutant runs only the tests that reached the function it
changes: mutmut records that in a first full pass), and ``[tool.mutmut.equivalent]``,
the mutants that make no observable difference, each with a one-line reason. Those are
left out of the score; a listed mutant that no longer exists, or that the tests now kill,
is reported as stale so the list cannot rot. Runs are niced and use one worker by
default: the machine is shared. Results are kept in ``mutants/`` (ignored by git); a
module's mutants run again when the module changes, its survivors with ``--retry``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ocse_planner"
PACKAGES = ("services", "importers", "export", "db")
KILLED = {1, 3, 24, 36, -24, 152, 255}  # a failing test, pytest's internal error, a timeout
SURVIVED = 0
NO_TESTS = {5, 33}


@dataclass
class Score:
    killed: int = 0
    survived: int = 0
    no_tests: int = 0
    equivalent: int = 0
    not_run: int = 0
    other: int = 0
    survivors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("killed", "survived", "no_tests", "equivalent", "not_run", "other"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def counted(self) -> int:
        """Mutants that count: every one run, less the equivalent ones."""
        return self.killed + self.survived + self.no_tests + self.other

    @property
    def percent(self) -> float | None:
        return 100.0 * self.killed / self.counted if self.counted else None


def equivalent_mutants() -> dict[str, str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return dict(config["tool"]["mutmut"].get("equivalent", {}))


def module_paths(targets: list[str]) -> list[Path]:
    """The source files named by `targets` (a package such as ``services`` or a file)."""
    paths: list[Path] = []
    for target in targets or PACKAGES:
        path = ROOT / PACKAGE / target.removeprefix(f"{PACKAGE}/")
        if path.is_dir():
            paths += sorted(p for p in path.rglob("*.py") if p.name != "__init__.py")
        elif path.with_suffix(".py").is_file() or path.is_file():
            paths.append(path if path.suffix == ".py" else path.with_suffix(".py"))
        else:
            sys.exit(f"mutation: no package or module {target!r} under {PACKAGE}/")
    return paths


def dotted(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _meta(path: Path) -> Path:
    return ROOT / "mutants" / f"{path.relative_to(ROOT)}.meta"


def _codes(path: Path) -> dict[str, int | None]:
    meta = _meta(path)
    return json.loads(meta.read_text("utf-8"))["exit_code_by_key"] if meta.exists() else {}


def _source_stamp(path: Path) -> Path:
    """Where the digest of the source last run in full is kept."""
    return ROOT / "mutants" / f"{path.relative_to(ROOT)}.ran"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(paths: list[Path], workers: int, retry: bool) -> int:
    """Run each module's mutants that have no result yet (all of them when the module
    changed since it was last run in full; with `retry`, the survivors too).

    mutmut re-runs every mutant it is given by name, so the names are chosen here: a
    module whose results are current costs nothing."""
    mutmut = Path(sys.executable).with_name("mutmut")
    for path in paths:
        stamp = _source_stamp(path)
        changed = not stamp.exists() or stamp.read_text() != _digest(path)
        if changed:
            names = [f"{dotted(path)}.*"]  # new or changed: every mutant of the module
        else:
            names = [name for name, code in _codes(path).items()
                     if code is None or (retry and (code == SURVIVED or code in NO_TESTS))]
        if not names:
            print(f"== {dotted(path)}: up to date", flush=True)
            continue
        print(f"== {dotted(path)}: {names[0] if len(names) == 1 else f'{len(names)} mutants'}", flush=True)
        command = ["nice", "-n", "10", str(mutmut), "run", "--max-children", str(workers), *names]
        digest = _digest(path)
        done = subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"})
        if done.returncode != 0 and _codes(path):
            return done.returncode
        if changed and _codes(path):
            stamp.write_text(digest)
    return 0


def score_of(path: Path, equivalent: dict[str, str]) -> Score:
    score = Score()
    for name, code in _codes(path).items():
        if code is None:
            score.not_run += 1
        elif name in equivalent and code == SURVIVED:
            score.equivalent += 1
        elif code in KILLED:
            score.killed += 1
        elif code == SURVIVED:
            score.survived += 1
            score.survivors.append(name)
        elif code in NO_TESTS:
            score.no_tests += 1
            score.survivors.append(name)
        else:
            score.other += 1
    return score


def known_mutants(paths: list[Path]) -> dict[str, int | None]:
    codes: dict[str, int | None] = {}
    for path in paths:
        codes.update(_codes(path))
    return codes


def _percent(score: Score) -> str:
    return "–" if score.percent is None else f"{score.percent:.1f} %"


def report(paths: list[Path], *, markdown: bool) -> None:
    equivalent = equivalent_mutants()
    totals: dict[str, Score] = {}
    rows = []
    for path in paths:
        score = score_of(path, equivalent)
        package = path.relative_to(ROOT / PACKAGE).parts[0]
        totals.setdefault(package, Score()).add(score)
        rows.append((str(path.relative_to(ROOT / PACKAGE)), score))
    if markdown:
        print(f"Mutation scores of {date.today():%Y-%m-%d} (`python scripts/mutation.py`; the score is "
              "killed / (killed + survived + no test), equivalent mutants left out):\n")
        print("| package or module | killed | survived | no test | equivalent | not run yet | score |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for package, s in totals.items():
            print(f"| `{package}/` | {s.killed} | {s.survived} | {s.no_tests} | {s.equivalent} | {s.not_run} "
                  f"| {_percent(s)} |")
            for name, m in rows:
                if name.startswith(f"{package}/") and m.counted and not m.not_run:
                    print(f"| &nbsp;&nbsp;`{name}` | {m.killed} | {m.survived} | {m.no_tests} | {m.equivalent} "
                          f"| 0 | {_percent(m)} |")
        return
    print(f"{'module':44} {'killed':>7} {'survived':>8} {'no test':>7} {'equiv':>5} {'not run':>7} {'score':>8}")
    for name, s in rows:
        if s.counted or s.not_run or s.equivalent:
            print(f"{name:44} {s.killed:7} {s.survived:8} {s.no_tests:7} {s.equivalent:5} {s.not_run:7} "
                  f"{_percent(s):>8}")
    for package, s in totals.items():
        print(f"{package + '/ (all)':44} {s.killed:7} {s.survived:8} {s.no_tests:7} {s.equivalent:5} "
              f"{s.not_run:7} {_percent(s):>8}")
    known = known_mutants(module_paths(list(PACKAGES)))
    stale = Counter()
    for name in equivalent:
        if name not in known:
            stale["no longer exists"] += 1
            print(f"stale equivalent entry (no such mutant any more): {name}")
        elif known[name] is not None and known[name] != SURVIVED:
            stale["killed"] += 1
            print(f"stale equivalent entry (the tests kill it now): {name}")
    if stale:
        print("Update [tool.mutmut.equivalent] in pyproject.toml.")


def survivors(paths: list[Path]) -> None:
    equivalent = equivalent_mutants()
    mutmut = Path(sys.executable).with_name("mutmut")
    for path in paths:
        for name in score_of(path, equivalent).survivors:
            subprocess.run([str(mutmut), "show", name], cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help="packages (services, importers, export, db) or modules "
                        "(services/agenda.py); default: all four packages")
    parser.add_argument("--report", action="store_true", help="only print the scores of earlier runs")
    parser.add_argument("--markdown", action="store_true", help="print the per-package table for the README")
    parser.add_argument("--survivors", action="store_true", help="show the diff of every surviving mutant")
    parser.add_argument("--retry", action="store_true", help="run the surviving mutants again (after adding tests)")
    parser.add_argument("--workers", type=int, default=1, help="parallel mutants (default 1: the machine is shared)")
    args = parser.parse_args(argv)
    paths = module_paths(args.targets)
    if args.survivors:
        survivors(paths)
        return 0
    if not (args.report or args.markdown):
        status = run(paths, args.workers, args.retry)
        if status:
            return status
    report(paths, markdown=args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
