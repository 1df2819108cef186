"""Many rows into one table, as fast as the back-end allows, in the caller's transaction.

PostgreSQL: `COPY … FROM STDIN` through psycopg (one stream, no statement per row: an
executemany of 100,000 inserts spends most of its time in round trips). SQLite: the
driver's executemany of one compiled INSERT with plain tuples (in-process, no round
trips; SQLAlchemy's per-row parameter handling would cost more than SQLite's own work).

Values are given as the database stores them (naive UTC datetimes or their text,
booleans, JSON as Python lists and dicts in `json_columns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection


def insert_rows(
    connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
    *, json_columns: frozenset[str] = frozenset(),
) -> int:
    """Insert `rows` (tuples in `columns` order) into `table`; returns how many."""
    names = ", ".join(f'"{c}"' for c in columns)
    raw = connection.connection.driver_connection
    count = 0
    if connection.dialect.name == "postgresql":
        from psycopg.types.json import Json

        wrap = [i for i, c in enumerate(columns) if c in json_columns]
        with raw.cursor() as cursor, cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:  # type: ignore[union-attr]
            for row in rows:
                if wrap:
                    row = list(row)
                    for i in wrap:
                        row[i] = None if row[i] is None else Json(row[i])
                copy.write_row(row)
                count += 1
        return count
    import json

    marks = ", ".join("?" for _ in columns)
    batch = []
    for row in rows:
        if json_columns:
            row = [json.dumps(v) if c in json_columns and v is not None else v for c, v in zip(columns, row, strict=True)]
        batch.append(tuple(row))
        count += 1
    if batch:
        raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', batch)  # type: ignore[union-attr]
    return count
