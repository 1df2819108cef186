"""How the conflict check scales: the sweep against all-pairs, and the full check
against merely loading the agendas it reads (both measured in the same run).

    python bench/conflicts_scaling.py [SLOTS [SERIES]]   (defaults 3000 and 20; the test suite's
                                                         smoke run: 200 2)

Prints times and ratios; no thresholds (a benchmark, not a test).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ocse_planner.db import open_database  # noqa: E402
from ocse_planner.db.enums import BookingStatus  # noqa: E402
from ocse_planner.db.models import Booking, Person, Presentation, Series, Webinar  # noqa: E402
from ocse_planner.services.agenda import series_agendas  # noqa: E402
from ocse_planner.services.conflicts import Slot, find_conflicts, overlapping_pairs  # noqa: E402


def _slots(n: int, people: int) -> list[Slot]:
    rng = random.Random(4)
    base = datetime(2022, 1, 1, tzinfo=UTC)
    slots = []
    for i in range(n):
        start = base + timedelta(minutes=10 * rng.randrange(0, 50_000))
        slots.append(Slot(i, rng.randrange(people), "P", "UTC", i, "T", i, 1, 1, "S", "UTC",
                          start, start + timedelta(minutes=rng.choice((20, 30, 45)))))
    return slots


def _all_pairs(slots: list[Slot]) -> int:
    return sum(
        1
        for i, a in enumerate(slots)
        for b in slots[i + 1:]
        if a.person_id == b.person_id and a.starts_at < b.ends_at and b.starts_at < a.ends_at
    )


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 3000
    series_count = int(argv[1]) if len(argv) > 1 else 20
    slots = _slots(n, people=n // 10)
    sweep_s, pairs = _timed(overlapping_pairs, slots)
    naive_s, count = _timed(_all_pairs, slots)
    assert len(pairs) == count
    print(f"{n} slots: sweep {sweep_s * 1000:.1f} ms, all-pairs {naive_s * 1000:.1f} ms, "
          f"ratio {naive_s / sweep_s:.1f}x ({count} overlaps)")

    folder = Path(tempfile.mkdtemp(prefix="ocse-bench-"))
    db = open_database(folder / "bench.db")
    rng = random.Random(7)
    with db.write() as session:
        people = [Person(given_name=f"P{i}", family_name="Bench", time_zone="America/Toronto") for i in range(200)]
        session.add_all(people)
        for s in range(series_count):
            series = Series(title=f"Series {s}", year=2000 + s)
            for w in range(1, 11):
                webinar = Webinar(number=w, title=f"W{w}", duration_minutes=120,
                                  starts_at=datetime(2022, 1, 3, 18, tzinfo=UTC) + timedelta(days=7 * w))
                for position in range(1, 7):
                    talk = Presentation(position=position, title=f"T{position}", duration_minutes=20)
                    for order, person in enumerate(rng.sample(people, 2), start=1):
                        talk.bookings.append(Booking(person=person, position=order, status=BookingStatus.CONFIRMED))
                    webinar.presentations.append(talk)
                series.webinars.append(webinar)
            session.add(series)
    with db.read() as session:
        load_s, _ = _timed(series_agendas, session, 1)
    with db.read() as session:
        check_s, findings = _timed(find_conflicts, session, 1)
    db.close()
    print(f"{series_count} series x 10 webinars x 6 talks: agendas of one series {load_s * 1000:.1f} ms, "
          f"full conflict check {check_s * 1000:.1f} ms, ratio {check_s / load_s:.1f}x "
          f"({len(findings)} findings)")


if __name__ == "__main__":
    main()
