"""A private PostgreSQL server for the tests, and a fresh database for each test.

Where the server comes from, in order:
* `OCSE_PLANNER_TEST_PG`: the URL of a server to use (a role that may create databases),
  e.g. `postgresql:///postgres?host=/tmp/pg&user=postgres` (`.ci/run` starts one), and
  `OCSE_PLANNER_TEST_PG_DATA`, its data folder when we may edit its pg_hba.conf (for the
  password tests);
* otherwise a private cluster started for the test run from PostgreSQL's own binaries
  (`initdb` on the PATH, or the newest `/usr/lib/postgresql/*/bin`): a temporary folder,
  a Unix socket in it, no TCP port, durability off (it is thrown away), run as the
  `postgres` user when the tests run as root (PostgreSQL refuses to run as root); the
  folder is in memory (/dev/shm) where there is one: `CREATE DATABASE … TEMPLATE` writes
  its copy out to disk even with fsync off, 0.5–0.9 s a test on a busy disk against 0.03 s;
* otherwise (no binaries, no driver) the server runs are skipped, saying why.

Each test database is cloned from a template (`CREATE DATABASE … TEMPLATE`: about 0.1 s)
holding the demo data or an empty planner, and dropped afterwards.
"""

from __future__ import annotations

import fcntl
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ENV_URL = "OCSE_PLANNER_TEST_PG"
ENV_DATA = "OCSE_PLANNER_TEST_PG_DATA"


class Unavailable(Exception):
    """Why there is no server for the tests (shown as the skip reason)."""


def _binaries() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not candidates:
        raise Unavailable("PostgreSQL is not installed (no initdb); install it or set " + ENV_URL)
    return Path(candidates[-1]).parent


def socket_url(folder: Path | str, database: str, user: str = "postgres") -> str:
    return f"postgresql:///{database}?host={quote(str(folder), safe='/')}&user={user}"


# A RAM-backed folder for the throw-away cluster, when the system has one (Linux).
MEMORY = Path("/dev/shm")


def _cluster_parent() -> str | None:
    return str(MEMORY) if MEMORY.is_dir() and os.access(MEMORY, os.W_OK | os.X_OK) else None


class Cluster:
    """A throw-away cluster in a temporary folder, listening on a Unix socket only."""

    def __init__(self) -> None:
        bin_dir = _binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="ocse-pg-", dir=_cluster_parent()))
        self.data = self.folder / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            try:
                import pwd

                pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root and there is no 'postgres' user to run the server") from None
            runner = shutil.which("runuser")
            self._as = [runner, "-u", "postgres", "--"] if runner else ["su", "postgres", "-s", "/bin/sh", "-c"]
            shutil.chown(self.folder, "postgres")
        self.folder.chmod(0o700)
        self._run([str(bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                   "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"])
        options = (f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c shared_buffers=32MB -c max_connections=60")
        self._pg_ctl = str(bin_dir / "pg_ctl")
        self._run([self._pg_ctl, "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o", options, "start"])
        self.admin_url = socket_url(self.folder, "postgres")

    def _run(self, command: list[str]) -> None:
        if self._as and self._as[0] == "su":
            command = [*self._as, " ".join(map(str, command))]
        else:
            command = [*self._as, *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            said = " ".join((done.stderr or done.stdout).split())
            raise Unavailable(f"could not start a private PostgreSQL: {said[:300]}")

    def stop(self) -> None:
        try:
            self._run([self._pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"])
        except Unavailable:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class PasswordRole:
    """A login role that authenticates with a password (scram-sha-256)."""

    name: str
    password: str

    def url(self, url: str) -> str:
        """`url` logged in as this role instead (no password in it)."""
        return url.replace("user=postgres", f"user={self.name}")


class Server:
    """Creates and drops test databases on one server (an admin connection URL)."""

    def __init__(self, admin_url: str, cluster: Cluster | None = None, data: Path | None = None) -> None:
        try:
            import psycopg
        except ImportError:
            raise Unavailable("the PostgreSQL driver is not installed: pip install '.[team]'") from None
        self.admin_url = admin_url
        self.cluster = cluster
        self.data = cluster.data if cluster is not None else data
        self._psycopg = psycopg
        self._names = itertools.count(1)
        self._prefix = f"ocse_t{os.getpid()}_"
        try:
            with self._admin() as conn:
                conn.execute("SELECT 1")
        except psycopg.Error as exc:
            raise Unavailable(f"cannot connect to the test server: {' '.join(str(exc).split())[:200]}") from None

    def _admin(self):  # type: ignore[no-untyped-def]
        return self._psycopg.connect(self.admin_url, autocommit=True)

    def url(self, database: str) -> str:
        """The admin URL with another database name."""
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        params = conninfo_to_dict(self.admin_url)
        params["dbname"] = database
        host, user = params.get("host", ""), params.get("user", "")
        if host.startswith("/") and set(params) <= {"host", "user", "dbname"}:
            return socket_url(host, database, user or "postgres")
        return "postgresql://?" + make_conninfo(**params).replace(" ", "&")  # pragma: no cover - TCP servers

    def create(self, template: str | None = None, name: str | None = None) -> str:
        """A new database (a clone of `template`); its URL."""
        name = name or f"{self._prefix}{next(self._names)}"
        with self._admin() as conn:
            clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop(self, url: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        name = conninfo_to_dict(url)["dbname"]
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def execute(self, url: str, sql: str) -> None:
        """Run SQL as the admin role in one database (another program's tables, roles…)."""
        with self._psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)

    def password_role(self) -> PasswordRole:
        """A superuser role that needs a password on the private cluster's socket (its
        pg_hba.conf gets one line for it); the trust of other roles is unchanged."""
        if self.data is None or not (self.data / "pg_hba.conf").is_file():
            raise Unavailable(f"password logins need the server's pg_hba.conf ({ENV_DATA})")
        role = PasswordRole(f"{self._prefix}alice", "correct horse battery staple")
        hba = self.data / "pg_hba.conf"
        line = f"local all {role.name} scram-sha-256\n"
        # Test workers running at once (pytest-xdist) may share one server: each adds its
        # line and has the server read the file under a lock, so none writes over another's
        # line and no reload reads a file half written.
        with open(hba, "rb") as held, self._admin() as conn:
            fcntl.flock(held, fcntl.LOCK_EX)
            text = hba.read_text()
            if line not in text:
                stat = hba.stat()
                hba.write_text(line + text)
                os.chown(hba, stat.st_uid, stat.st_gid)
            conn.execute(f"DROP ROLE IF EXISTS {role.name}")
            conn.execute(f"CREATE ROLE {role.name} LOGIN SUPERUSER PASSWORD '{role.password}'")
            conn.execute("SELECT pg_reload_conf()")
        return role

    def close(self) -> None:
        try:
            with self._admin() as conn:
                names = [r[0] for r in conn.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s", (self._prefix + "%",))]
                for name in names:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f"DROP ROLE IF EXISTS {self._prefix}alice")
        except self._psycopg.Error:
            pass
        if self.cluster is not None:
            self.cluster.stop()


def start() -> Server:
    """The tests' server (see the module docstring); raises Unavailable saying why not."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("the PostgreSQL driver is not installed: pip install '.[team]'") from None
    url = os.environ.get(ENV_URL)
    if url:
        data = os.environ.get(ENV_DATA)
        return Server(url, data=Path(data) if data else None)
    cluster = Cluster()
    try:
        return Server(cluster.admin_url, cluster)
    except BaseException:
        cluster.stop()
        raise
