"""Team databases: how a URL is read and shown, what is refused, and who migrates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.errors import DatabaseOpenError, ReadOnlyDatabaseError, SchemaTooNewError
from ocse_planner.db.location import ServerLocation, is_server_url, parse_location, redact
from ocse_planner.db.migrate import head_revision, open_for_reading
from ocse_planner.db.models import PlannerMeta, Series

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("given", "shown"), [
    ("postgresql://alice:s3cret@db.example.ca:5433/ocse?sslmode=verify-full",
     "postgresql://alice@db.example.ca:5433/ocse?sslmode=verify-full"),
    ("postgresql:///ocse?host=/run/postgresql&password=s3cret", "postgresql:///ocse?host=/run/postgresql"),
    ("postgresql:///?service=ocse", "postgresql:///?service=ocse"),
    ("postgresql://:pw@host/db", "postgresql://host/db"),
])
def test_a_url_is_shown_and_remembered_without_its_password(given, shown):
    assert redact(given) == shown
    location = parse_location(given)
    assert isinstance(location, ServerLocation) and location.display == shown and "s3cret" not in str(location)


def test_only_postgresql_urls_are_servers_everything_else_is_a_file(tmp_path):
    assert is_server_url("postgresql://h/db") and is_server_url("postgresql:///?service=x")
    for value in ("plan.db", "postgres-notes.db", str(tmp_path / "postgresql:x.db"), "./postgresql://x"):
        assert isinstance(parse_location(value), Path), value


def test_a_password_typed_into_the_prompt_never_shows():
    location = ServerLocation("postgresql://alice@h/db").with_password("typed secret")
    assert location.password == "typed secret"
    assert "typed secret" not in repr(location) and "typed secret" not in str(location)


def test_without_the_driver_a_url_is_one_line_naming_the_extra(tmp_path):
    """psycopg is imported only for a URL; without it the error says which extra to install."""
    code = ("import sys; sys.modules['psycopg'] = None\n"
            "from ocse_planner.cli import main\n"
            "sys.exit(main(['info', '--db', 'postgresql:///ocse?host=/nonexistent']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "'team' extra" in done.stderr and "pip install 'ocse-planner[team]'" in done.stderr


# --- against a server -------------------------------------------------------------------

@pytest.mark.postgresql
def test_another_programs_tables_are_refused_and_left_alone(pg_server, pg_database):
    url = pg_database("blank")
    pg_server.execute(url, "CREATE TABLE customers (id integer primary key, name text)")
    pg_server.execute(url, "INSERT INTO customers VALUES (1, 'kept')")
    for opening in (lambda: open_database(url), lambda: open_for_reading(url), lambda: open_database(url, create=True)):
        with pytest.raises(DatabaseOpenError, match="another program's tables in schema public \\(customers\\)"):
            opening()
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        assert tables == ["customers"]


@pytest.mark.postgresql
def test_a_planner_meta_naming_another_application_is_refused(pg_server, pg_database):
    url = pg_database("empty")
    pg_server.execute(url, "UPDATE planner_meta SET application = 'Other App'")
    with pytest.raises(DatabaseOpenError, match="not an OCSE Planner database"):
        open_database(url)


@pytest.mark.postgresql
def test_an_empty_database_is_not_made_a_planner_unless_asked(pg_database):
    from ocse_planner.db.server import EmptyServerError, inspect_server

    url = pg_database("blank")
    with pytest.raises(EmptyServerError, match="holds no planner yet"):
        open_database(url, create=False)
    assert inspect_server(ServerLocation(url)).revision is None
    with open_database(url, create=True) as db, db.read() as session:
        assert session.get(PlannerMeta, 1).application == "OCSE Planner"
    assert inspect_server(ServerLocation(url)).revision == head_revision()


@pytest.mark.postgresql
def test_a_client_older_than_the_schema_refuses_naming_the_version_to_install(pg_server, pg_database):
    url = pg_database("demo")
    pg_server.execute(url, "UPDATE alembic_version SET version_num = '0999'")
    pg_server.execute(url, "UPDATE planner_meta SET app_version = '7.2.0'")
    for opening in (lambda: open_database(url), lambda: open_for_reading(url)):
        with pytest.raises(SchemaTooNewError, match="install version 7.2.0"):
            opening()


def _pretend_a_newer_app(monkeypatch) -> str:
    """This app as if it knew one more revision than the database has (reading only)."""
    from ocse_planner.db import migrate

    graph = dict(migrate._revision_graph())
    current = head_revision()
    graph["9999"] = current
    monkeypatch.setattr(migrate, "_revision_graph", lambda: graph)
    return current


@pytest.mark.postgresql
def test_a_newer_client_reads_an_older_schema_without_changing_it(pg_database, monkeypatch, capsys):
    from ocse_planner.cli import main
    from ocse_planner.db.server import SchemaOutdatedError, inspect_server

    url = pg_database("demo")
    older = _pretend_a_newer_app(monkeypatch)
    with pytest.raises(SchemaOutdatedError, match="ocse-planner upgrade --db URL"):
        open_database(url)
    db = open_for_reading(url)
    try:
        assert db.read_only and "upgrade" in db.read_only_reason
        with db.read() as session:
            assert session.scalars(select(Series.title)).one().startswith("Combatting")
        with pytest.raises(ReadOnlyDatabaseError, match="ocse-planner upgrade"), db.write():
            pass
    finally:
        db.close()
    assert inspect_server(ServerLocation(url)).revision == older  # nobody upgraded it
    assert main(["release-agenda", "--db", url, "--series", "2022"]) == 1
    assert "older than this version's 9999" in capsys.readouterr().err
    assert main(["stats", "--db", url, "--series", "2022"]) == 0  # reading works
    assert main(["info", "--db", url]) == 0
    assert "the administrator upgrades it with `ocse-planner upgrade --db URL`" in capsys.readouterr().out


@pytest.mark.postgresql
def test_a_write_after_the_schema_changed_under_an_open_window_is_refused(pg_server, pg_database):
    from ocse_planner.db.server import SchemaChangedError

    url = pg_database("demo")
    with open_database(url) as db:
        pg_server.execute(url, "UPDATE alembic_version SET version_num = '0999'")
        with pytest.raises(SchemaChangedError, match="was upgraded to schema 0999 while it was open"):
            with db.write() as session:
                session.scalars(select(Series)).one().notes = "lost?"
        pg_server.execute(url, f"UPDATE alembic_version SET version_num = '{head_revision()}'")
        with db.read() as session:
            assert session.scalars(select(Series)).one().notes != "lost?"


@pytest.mark.postgresql
def test_a_server_that_wants_a_password_gets_the_one_typed_never_a_stored_one(pg_database, pg_password_role):
    from ocse_planner.db.errors import ServerUnavailableError

    url = pg_password_role.url(pg_database("demo"))
    with pytest.raises(ServerUnavailableError, match="refused the login") as caught:
        open_database(url)
    assert caught.value.needs_password
    with pytest.raises(ServerUnavailableError) as wrong:
        open_database(ServerLocation(url).with_password("not it"))
    assert wrong.value.needs_password and "password authentication failed" in wrong.value.reason
    with open_database(ServerLocation(url).with_password(pg_password_role.password)) as db:
        assert db.author == pg_password_role.name  # the role is the change log's default author
        with db.write() as session:
            session.scalars(select(Series)).one().notes = "typed"


@pytest.mark.postgresql
def test_a_database_that_is_not_there_is_one_line_and_asks_for_no_password(pg_database):
    from ocse_planner.db.errors import ServerUnavailableError

    url = pg_database("blank")
    missing = url.replace(url.split("?")[0].rsplit("/", 1)[1], "no_such_db")
    with pytest.raises(ServerUnavailableError, match='database "no_such_db" does not exist') as caught:
        open_database(missing)
    assert not caught.value.needs_password and "\n" not in str(caught.value)
