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
    python scripts/mutation.py --sample 400 --seed 1 services importers   # a package's score, estimated

A full pass over a package is thousands of mutants (hours on a busy machine). ``--sample N
--seed S`` runs N mutants drawn uniformly at random from all the mutants of the packages
or modules named (equivalent ones left out) and prints the killed share with its 95 %
confidence interval (Wilson). The draw depends only on the seed and the mutants' names
(the N smallest of a keyed hash), so the same seed draws the same mutants again after new
tests, and a mutant removed or marked equivalent is replaced by the next one in line,
without reshuffling the rest. A fresh seed shows whether the score holds on mutants the
tests were not written for.

It needs the ``mutation`` extra (``pip install -e '.[mutation]'``). The configuration is
``[tool.mutmut]`` in pyproject.toml: the packages mutated (services, importers, export,
db), their test folders (each mutant runs only the tests that reached the function it
changes: mutmut records that in a first full pass), and ``[tool.mutmut.equivalent]``,
the mutants that make no observable difference, each with a one-line reason. Those are
left out of the score; a listed mutant that no longer exists, or that the tests now kill,
is reported as stale so the list cannot rot. Runs are niced and use one worker by
default: the machine is shared. Results are kept in ``mutants/`` (ignored by git); the
mutants of a function run again when its code changes (mutmut keeps a hash per function),
the survivors with ``--retry``, a whole module with ``--fresh``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
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

    def record(self, name: str, code: int | None, *, equivalent: bool = False) -> None:
        """Count one mutant's result (`equivalent`: listed as making no difference)."""
        if code is None:
            self.not_run += 1
        elif equivalent and code == SURVIVED:
            self.equivalent += 1
        elif code in KILLED:
            self.killed += 1
        elif code == SURVIVED:
            self.survived += 1
            self.survivors.append(name)
        elif code in NO_TESTS:
            self.no_tests += 1
            self.survivors.append(name)
        else:
            self.other += 1

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


# Brings mutants/ up to date with the source without running anything: a changed file is
# mutated again and mutmut resets the results of exactly the functions whose code changed
# (it keeps a hash per function), so a small fix re-runs only the mutants it can affect.
_GENERATE = """\
import os
from mutmut.__main__ import copy_also_copy_files, copy_src_dir, create_mutants, setup_source_paths
from mutmut.mutation.trampoline import set_mutant_under_test
set_mutant_under_test("mutant_generation")
os.makedirs("mutants", exist_ok=True)
copy_src_dir()
copy_also_copy_files()
setup_source_paths()
create_mutants(1)
"""


def mutmut_environment() -> dict[str, str]:
    """A fixed hash seed, and each test run in one process: the test configuration asks for
    a worker per core (`-n auto`), but mutmut forks its own children and reads which tests
    reach which function inside the pytest process."""
    addopts = " ".join(filter(None, [os.environ.get("PYTEST_ADDOPTS", ""), "-n", "0"]))
    return {**os.environ, "PYTHONHASHSEED": "0", "PYTEST_ADDOPTS": addopts}


def generate(nice: int) -> None:
    subprocess.run(["nice", "-n", str(nice), sys.executable, "-c", _GENERATE], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def pending(path: Path, *, retry: bool, fresh: bool, equivalent: dict[str, str]) -> list[str]:
    """The mutants of `path` to run: those without a result (new, or in a function that
    changed); with `retry` the survivors too (not the ones marked equivalent); with `fresh`
    all of them."""
    codes = _codes(path)
    if fresh and codes:
        return [f"{dotted(path)}.*"]
    return [name for name, code in codes.items()
            if code is None or (retry and name not in equivalent and (code == SURVIVED or code in NO_TESTS))]


def run(paths: list[Path], workers: int, *, retry: bool, fresh: bool, nice: int) -> int:
    """Run each module's pending mutants, module by module.

    mutmut re-runs every mutant it is given by name, so the names are chosen here: a
    module whose results are current costs nothing."""
    mutmut = Path(sys.executable).with_name("mutmut")
    generate(nice)
    equivalent = equivalent_mutants()
    for path in paths:
        names = pending(path, retry=retry, fresh=fresh, equivalent=equivalent)
        if not names:
            print(f"== {dotted(path)}: up to date", flush=True)
            continue
        print(f"== {dotted(path)}: {names[0] if len(names) == 1 else f'{len(names)} mutants'}", flush=True)
        command = ["nice", "-n", str(nice), str(mutmut), "run", "--max-children", str(workers), *names]
        done = subprocess.run(command, cwd=ROOT, env=mutmut_environment())
        if done.returncode != 0:
            return done.returncode
    return 0


def score_of(path: Path, equivalent: dict[str, str]) -> Score:
    score = Score()
    for name, code in _codes(path).items():
        score.record(name, code, equivalent=name in equivalent)
    return score


def known_mutants(paths: list[Path]) -> dict[str, int | None]:
    codes: dict[str, int | None] = {}
    for path in paths:
        codes.update(_codes(path))
    return codes


def sample(paths: list[Path], size: int, seed: str, equivalent: dict[str, str]) -> list[str]:
    """`size` mutants of `paths` drawn uniformly at random, equivalent ones left out.

    Each mutant gets a key from a hash of the seed and its name; the sample is the `size`
    smallest keys. Uniform (every subset of that size is equally likely for a random
    seed), reproducible, and stable: the draw of one mutant does not depend on the others
    beyond their rank."""
    population = [name for name in known_mutants(paths) if name not in equivalent]

    def key(name: str) -> bytes:
        return hashlib.sha256(f"{seed}\0{name}".encode()).digest()

    return sorted(population, key=key)[:size]


def wilson(killed: int, total: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95 % Wilson score interval of a share `killed` / `total` (as fractions)."""
    if not total:
        return (0.0, 1.0)
    share = killed / total
    denominator = 1 + z * z / total
    centre = (share + z * z / (2 * total)) / denominator
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def run_sample(names: list[str], workers: int, nice: int) -> int:
    """Run the sampled mutants that have no result, or were not killed (new tests may
    kill them now), in one mutmut run. A killed result stands while its function's code is
    unchanged: mutmut forgets the results of a function whose code changed."""
    codes = known_mutants(module_paths(list(PACKAGES)))
    todo = [name for name in names if codes.get(name) is None or codes[name] not in KILLED]
    if not todo:
        print("== sample: every mutant has a current result", flush=True)
        return 0
    print(f"== sample: running {len(todo)} of {len(names)} mutants", flush=True)
    mutmut = Path(sys.executable).with_name("mutmut")
    command = ["nice", "-n", str(nice), str(mutmut), "run", "--max-children", str(workers), *todo]
    return subprocess.run(command, cwd=ROOT, env=mutmut_environment(),
                          stdout=subprocess.DEVNULL).returncode


def sample_report(names: list[str], targets: list[str], seed: str) -> Score:
    """Print the sample's killed share with its 95 % interval, per package and overall."""
    codes = known_mutants(module_paths(list(PACKAGES)))
    totals: dict[str, Score] = {}
    overall = Score()
    for name in names:
        totals.setdefault(name.split(".")[1], Score()).record(name, codes.get(name))
        overall.record(name, codes.get(name))
    what = " + ".join(f"{t.rstrip('/')}/" if (ROOT / PACKAGE / t).is_dir() else t for t in targets or PACKAGES)
    print(f"Sample of {len(names)} mutants of {what}, seed {seed}, {date.today():%Y-%m-%d} "
          "(equivalent mutants left out):")
    for label, s in [*((f"{p}/", s) for p, s in totals.items()), ("all", overall)]:
        low, high = wilson(s.killed, s.counted)
        interval = f"95 % interval {100 * low:.1f}–{100 * high:.1f} %" if s.counted else ""
        not_run = f", {s.not_run} not run" if s.not_run else ""
        print(f"  {label:12} {s.killed:4} killed of {s.counted:4} ({_percent(s)}; {interval}); "
              f"{s.survived} survived, {s.no_tests} no test, {s.other} other{not_run}")
    for name in overall.survivors:
        print(f"  not killed: {name} ({codes.get(name)})")
    return overall


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
        elif known[name] in KILLED:  # not "no test": an entry whose mutant no test reaches is not stale
            stale["killed"] += 1
            print(f"stale equivalent entry (the tests kill it now): {name}")
    if stale:
        print("Update [tool.mutmut.equivalent] in pyproject.toml.")


def show(names: list[str]) -> None:
    mutmut = Path(sys.executable).with_name("mutmut")
    for name in names:
        subprocess.run([str(mutmut), "show", name], cwd=ROOT)


def survivors(paths: list[Path]) -> None:
    equivalent = equivalent_mutants()
    show([name for path in paths for name in score_of(path, equivalent).survivors])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help="packages (services, importers, export, db) or modules "
                        "(services/agenda.py); default: all four packages")
    parser.add_argument("--report", action="store_true", help="only print the scores of earlier runs")
    parser.add_argument("--markdown", action="store_true", help="print the per-package table for the README")
    parser.add_argument("--survivors", action="store_true", help="show the diff of every surviving mutant")
    parser.add_argument("--retry", action="store_true", help="run the surviving mutants again (after adding tests)")
    parser.add_argument("--fresh", action="store_true", help="run every mutant of the modules again")
    parser.add_argument("--workers", type=int, default=1, help="parallel mutants (default 1: the machine is shared)")
    parser.add_argument("--nice", type=int, default=10, help="niceness of the runs (default 10)")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="run N mutants drawn at random over the targets and print the killed share "
                             "with its 95 %% interval")
    parser.add_argument("--seed", default="1", help="the seed of --sample (default 1)")
    args = parser.parse_args(argv)
    paths = module_paths(args.targets)
    if args.sample:
        if not (args.report or args.survivors):
            generate(args.nice)
        names = sample(paths, args.sample, args.seed, equivalent_mutants())
        if args.survivors:
            show(sample_report(names, args.targets, args.seed).survivors)
            return 0
        if not args.report:
            status = run_sample(names, args.workers, args.nice)
            if status:
                return status
        sample_report(names, args.targets, args.seed)
        return 0
    if args.survivors:
        survivors(paths)
        return 0
    if not (args.report or args.markdown):
        status = run(paths, args.workers, retry=args.retry, fresh=args.fresh, nice=args.nice)
        if status:
            return status
    report(paths, markdown=args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
