"""A real PostgreSQL server for the tests, started from the system's binaries.

`PostgresServer` makes a cluster in a temporary folder (initdb), starts it on 127.0.0.1
with a free port and a Unix socket in that folder, and stops it at the end. PostgreSQL
refuses to run as root, so when the tests run as root the server runs as the `postgres`
user (Debian's package makes it) through `runuser`, and the folders are handed to it.

Password authentication over TCP (scram-sha-256), so a test can check the sentence for
a wrong password. Each test gets a fresh database: a copy of a template that already has
the schema (CREATE DATABASE ... TEMPLATE), or an empty one.

Debian and Ubuntu: `apt-get install postgresql` (scripts/setup.sh does it).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ADMIN = "jumpadesk_admin"
PASSWORD = "desk-test-secret"
TEMPLATE = "jumpadesk_template"


def find_bin_dir() -> Path | None:
    """The newest PostgreSQL server binaries: $JUMPADESK_PG_BIN, Debian's
    /usr/lib/postgresql/N/bin, or initdb on PATH."""
    override = os.environ.get("JUMPADESK_PG_BIN")
    if override:
        return Path(override) if (Path(override) / "initdb").exists() else None
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted(
            (p for p in root.iterdir() if p.name.isdigit() and (p / "bin" / "initdb").exists()),
            key=lambda p: int(p.name),
        )
        if versions:
            return versions[-1] / "bin"
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One PostgreSQL cluster on loopback for a test session."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        found = bin_dir or find_bin_dir()
        if found is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql).")
        self.bin_dir = found
        self.port = 0
        self.base = Path(tempfile.mkdtemp(prefix="jumpadesk-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base / "socket"
        self.logfile = self.base / "server.log"
        self._names = itertools.count(1)
        self._template_ready = False
        self.run_as = "postgres" if os.geteuid() == 0 else None

    # -- running commands as the server's user ------------------------------------

    def _cmd(self, name: str, *args: str) -> list[str]:
        cmd = [str(self.bin_dir / name), *args]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def _run(self, name: str, *args: str) -> None:
        result = subprocess.run(self._cmd(name, *args), capture_output=True, text=True,
                                cwd=self.base, timeout=120)
        if result.returncode != 0:
            log = self.logfile.read_text(errors="replace") if self.logfile.exists() else ""
            raise RuntimeError(f"{name} failed: {result.stderr or result.stdout}\n{log}")

    def _hand_over(self, *paths: Path) -> None:
        if self.run_as:
            for path in paths:
                shutil.chown(path, self.run_as, self.run_as)

    # -- life -----------------------------------------------------------------------

    def start(self) -> None:
        self.base.chmod(0o755)
        self.socket_dir.mkdir()
        pwfile = self.base / "pw"
        pwfile.write_text(PASSWORD + "\n")
        self.logfile.touch()
        self._hand_over(self.socket_dir, pwfile, self.logfile)
        self.data.mkdir(mode=0o700)
        self._hand_over(self.data)
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}",
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        pwfile.unlink()
        for _attempt in range(3):
            self.port = free_port()
            options = (f"-h 127.0.0.1 -p {self.port} -k {self.socket_dir} "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=400 -c shared_buffers=32MB")
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.logfile),
                          "-o", options, "-w", "-t", "60", "start")
                break
            except RuntimeError:
                if "could not bind" not in self.logfile.read_text(errors="replace"):
                    raise
        else:
            raise RuntimeError("PostgreSQL found no free port on 127.0.0.1")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def kill(self) -> None:
        """Stop the server hard, the way a lost network or a crash looks to a desk."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def restart(self) -> None:
        options = (f"-h 127.0.0.1 -p {self.port} -k {self.socket_dir} -c fsync=off "
                   "-c synchronous_commit=off -c max_connections=400")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.logfile), "-o", options,
                  "-w", "-t", "60", "start")

    # -- databases --------------------------------------------------------------------

    def url(self, database: str = "postgres", user: str = ADMIN,
            password: str = PASSWORD) -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=ADMIN,
                             password=PASSWORD, dbname=database, autocommit=True) as conn:
            cur = conn.execute(sql)  # type: ignore[arg-type]
            return cur.fetchall() if cur.description else []

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from jumpadesk.models import make_engine

        self.admin(f"CREATE DATABASE {TEMPLATE}")
        engine = make_engine(self.url(TEMPLATE))
        engine.dispose()
        self._template_ready = True

    def create_database(self, *, migrated: bool = True) -> str:
        """A fresh database (its name): with jumpadesk's schema, or empty."""
        name = f"jumpadesk_test_{os.getpid()}_{next(self._names)}"
        if migrated:
            self._ensure_template()
            self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        else:
            self.admin(f"CREATE DATABASE {name}")
        return name

    def create_database_at(self, revision: str) -> str:
        """A fresh database (its name) as an older jumpadesk left it: the schema at that
        Alembic `revision`, with the sub-account Main (Europe/Berlin)."""
        from alembic import command
        from sqlalchemy import create_engine, text

        from jumpadesk.models.db import _alembic_config

        name = self.create_database(migrated=False)
        engine = create_engine(self.url(name))
        try:
            with engine.connect() as conn:
                command.upgrade(_alembic_config(conn), revision)
                conn.execute(text("INSERT INTO sub_account (name, timezone, created_at) "
                                  "SELECT 'Main', 'Europe/Berlin', now() WHERE NOT EXISTS "
                                  "(SELECT 1 FROM sub_account)"))
                conn.commit()
        finally:
            engine.dispose()
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
