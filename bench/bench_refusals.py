"""How fast hostile import files are refused, against reading the same file once.

Two files the importer must refuse without working through them:
- a file over the size limit (a sparse file, 100 MB + 1 byte): refused from its size, so
  the refusal should cost a small fraction of reading the file. Target: at most 0.1x.
- a 50 MB file that is one line: refused at the line-length limit after a handful of
  passes over the bytes (encoding check, decoding, the line scan), never a Python loop per
  character (which would be over 100x). Target: at most 10x reading the file and finding
  its first line break.

The baseline is measured in the same run on the same files (best of five each, the file
already in the page cache), so the ratios do not depend on the machine.

Run: python bench/bench_refusals.py   (a few seconds; --line-mb 1 for a smoke run)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_export import best_of  # noqa: E402
from ocse_planner.importers import ImportFileError, parse_attendance_file  # noqa: E402
from ocse_planner.importers.limits import MAX_FILE_BYTES  # noqa: E402

REPEAT = 5


def refuse(path: Path) -> None:
    try:
        parse_attendance_file(path)
    except ImportFileError:
        return
    raise SystemExit(f"{path.name} was not refused")


def read_once(path: Path) -> None:
    path.read_bytes().find(b"\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--line-mb", type=int, default=50, help="length of the one-line file (default 50 MB)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        oversized = Path(folder) / "huge.csv"
        with open(oversized, "wb") as handle:  # sparse: no disk space used
            handle.truncate(MAX_FILE_BYTES + 1)
        one_line = Path(folder) / "one-line.csv"
        one_line.write_bytes(b"name,email," + b"x" * (args.line_mb * 1024 * 1024))

        rows = []
        for label, path, target in (("oversized file (100 MB + 1)", oversized, 0.1),
                                    (f"one {args.line_mb} MB line", one_line, 10.0)):
            read_once(path)  # into the page cache before either is timed
            refused, baseline = best_of(lambda p=path: refuse(p), REPEAT), best_of(lambda p=path: read_once(p), REPEAT)
            rows.append((label, refused, baseline, refused / baseline, target))

    print(f"{'file':<28} {'refused':>9} {'read once':>10} {'ratio':>7} {'target':>7}")
    failed = False
    for label, refused, baseline, ratio, target in rows:
        verdict = "ok" if ratio <= target else "OVER"
        failed |= ratio > target
        print(f"{label:<28} {refused:>8.3f}s {baseline:>9.3f}s {ratio:>6.2f}x {target:>6.1f}x  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
