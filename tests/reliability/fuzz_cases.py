"""Hostile files for the fuzz run: hypothesis strategies that each produce one file's bytes.

Each kind stands for something an organiser (or an attacker mailing a "report") could
hand the app: random bytes; a valid workbook cut short at any offset (an interrupted
download); a valid sample with random byte edits; enormous cells, rows and lines; XLSX
whose XML declares entities (billion laughs, an external entity reading a local file);
text in the wrong encoding; and, for the database targets, a planner file that is cut
short, has bytes flipped, or is some other program's SQLite file.

The valid material comes from tests/importers/samples (the CSV exports), a workbook made
from the template sample, and a freshly built demo database, each built once per run.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

SAMPLES = Path(__file__).resolve().parents[1] / "importers" / "samples"
TEMPLATE_HEADER = "name,email,organization,sector,attended,minutes\n"


@dataclass(frozen=True)
class FuzzCase:
    kind: str
    data: bytes
    suffix: str  # the file name's extension (the importer looks at content, not only this)


@cache
def sample_files() -> tuple[tuple[str, bytes], ...]:
    return tuple((p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.csv")))


@cache
def valid_workbook() -> bytes:
    """The template sample as an XLSX made by openpyxl (shared strings, one sheet)."""
    import csv

    import openpyxl

    text = (SAMPLES / "ocse_template.csv").read_text(encoding="utf-8-sig")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(io.StringIO(text)):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@cache
def demo_database() -> bytes:
    """A demo planner file as one self-contained file (rollback journal, no WAL beside it)."""
    from ocse_planner.db.demo import create_demo_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(create_demo_database(Path(folder) / "demo.db"))
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        return path.read_bytes()


@cache
def foreign_database() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "other.db"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('not a planner file')")
        conn.commit()
        conn.close()
        return path.read_bytes()


def _replace_member(workbook: bytes, member: str, transform) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, transform(data) if info.filename == member else data)
    return out.getvalue()


# --- the strategies -------------------------------------------------------------------

random_bytes = st.builds(
    FuzzCase, st.just("random bytes"), st.binary(max_size=4096), st.sampled_from([".csv", ".xlsx", ".txt"])
)


@st.composite
def truncated_workbook(draw) -> FuzzCase:
    data = valid_workbook()
    cut = draw(st.integers(min_value=0, max_value=len(data) - 1))
    return FuzzCase("truncated xlsx", data[:cut], ".xlsx")


_MUTATION = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "duplicate"]),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.binary(min_size=1, max_size=16),
    st.integers(min_value=1, max_value=64),
)


def mutate(data: bytes, edits: list[tuple[str, float, bytes, int]]) -> bytes:
    buffer = bytearray(data)
    for op, where, payload, length in edits:
        at = int(where * len(buffer)) if buffer else 0
        if op == "flip" and buffer:
            at = min(at, len(buffer) - 1)
            buffer[at] ^= payload[0] or 0xFF
        elif op == "insert":
            buffer[at:at] = payload
        elif op == "delete":
            del buffer[at:at + length]
        else:
            buffer[at:at] = buffer[at:at + length]
    return bytes(buffer)


@st.composite
def mutated_sample(draw) -> FuzzCase:
    choices = [(name, data, ".csv") for name, data in sample_files()]
    choices.append(("template.xlsx", valid_workbook(), ".xlsx"))
    _name, data, suffix = draw(st.sampled_from(choices))
    edits = draw(st.lists(_MUTATION, min_size=1, max_size=8))
    return FuzzCase("mutated sample", mutate(data, edits), suffix)


@st.composite
def enormous(draw) -> FuzzCase:
    shape = draw(st.sampled_from(["cell", "columns", "rows", "line", "xlsx cell", "xlsx far column"]))
    if shape == "cell":
        size = draw(st.sampled_from([10_001, 100_000, 900_000]))
        text = TEMPLATE_HEADER + "A" * size + ",a@example.org,Org,Police,yes,45\n"
    elif shape == "columns":
        text = TEMPLATE_HEADER + ",".join(["x"] * draw(st.integers(1_000, 30_000))) + "\n"
    elif shape == "rows":
        count = draw(st.integers(1_000, 20_000))
        text = TEMPLATE_HEADER + "".join(f"P{i},p{i}@example.org,Org,Police,yes,{i % 90}\n" for i in range(count))
    elif shape == "line":
        text = "name,email" + "," * draw(st.sampled_from([10, 1_100_000])) + "x" * 1_100_000
    else:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(TEMPLATE_HEADER.strip().split(","))
        if shape == "xlsx cell":
            sheet.append(["B" * draw(st.sampled_from([10_001, 40_000])), "b@example.org", "", "", "yes", "5"])
        else:
            sheet.append(["Far", "far@example.org", "", "", "yes", "5"])
            sheet.cell(row=2, column=16_384, value="far away")
        buffer = io.BytesIO()
        book.save(buffer)
        return FuzzCase(f"enormous {shape}", buffer.getvalue(), ".xlsx")
    return FuzzCase(f"enormous {shape}", text.encode("utf-8"), ".csv")


_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)
    )
    + b"]>\n"
)
_EXTERNAL = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
_PARAMETER = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd"> %ext;]>\n'


@st.composite
def xml_entities(draw) -> FuzzCase:
    """A valid workbook whose sheet or shared strings declare entities and use them."""
    trick, reference = draw(st.sampled_from([(_LAUGHS, b"&lol9;"), (_EXTERNAL, b"&xxe;"), (_PARAMETER, b"")]))
    member = draw(st.sampled_from(sorted(zipfile.ZipFile(io.BytesIO(valid_workbook())).namelist())))

    def poison(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        for tag in (b"<t>", b"<v>", b"<dc:creator>"):
            if reference and tag in body:
                body = body.replace(tag, tag + reference, 1)
                break
        return trick + body.lstrip()

    return FuzzCase("xml entities", _replace_member(valid_workbook(), member, poison), ".xlsx")


@st.composite
def wrong_encoding(draw) -> FuzzCase:
    _name, data = draw(st.sampled_from(sample_files()))
    text = data.decode("utf-16") if data.startswith(b"\xff\xfe") else data.decode("utf-8-sig")
    how = draw(st.sampled_from(["utf-16-be", "utf-16-le", "utf-32", "shift_jis", "cp037", "latin-1 in utf-8",
                                "invalid utf-8", "half utf-16"]))
    if how == "latin-1 in utf-8":
        encoded = text.encode("utf-8").decode("latin-1").encode("utf-8")
    elif how == "invalid utf-8":
        encoded = mutate(text.encode("utf-8"), [("insert", draw(st.floats(0, 1)), b"\xc3\x28\xff", 1)])
    elif how == "half utf-16":
        middle = len(text) // 2
        encoded = text[:middle].encode("utf-8") + text[middle:].encode("utf-16")
    else:
        encoded = text.encode(how, errors="replace")
    return FuzzCase(f"encoding {how}", encoded, ".csv")


IMPORT_FILES = st.one_of(random_bytes, truncated_workbook(), mutated_sample(), enormous(), xml_entities(),
                         wrong_encoding())


@st.composite
def damaged_database(draw) -> FuzzCase:
    data = demo_database()
    how = draw(st.sampled_from(["truncated", "flipped", "header", "foreign", "sqlite header + noise"]))
    if how == "truncated":
        data = data[: draw(st.integers(1, len(data) - 1))]
    elif how == "flipped":
        edits = draw(st.lists(st.tuples(st.just("flip"), st.floats(0, 1), st.binary(min_size=1, max_size=1),
                                        st.just(1)), min_size=1, max_size=20))
        data = mutate(data, edits)
    elif how == "header":
        at = draw(st.integers(16, 99))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    elif how == "foreign":
        data = foreign_database()
    else:
        data = b"SQLite format 3\x00" + draw(st.binary(min_size=1, max_size=8192))
    return FuzzCase(f"database {how}", data, ".db")


DATABASE_FILES = st.one_of(damaged_database(), random_bytes, mutated_sample(), truncated_workbook())
