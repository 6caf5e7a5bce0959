"""A throwaway PostgreSQL cluster for tests and benchmarks: Debian's initdb and pg_ctl, one
Unix socket in a private temporary folder, no TCP port, removed afterwards.

``initdb`` refuses to run as root, so as root the cluster runs as the ``postgres`` system user
(Debian's postgresql package creates it) through ``runuser``; any other user runs it as itself.
``find_problem()`` says in one line why no cluster can be had (the tests skip with it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

ROLE = "sessions"
FAST = ("-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off")


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb, else initdb on PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name)
                        if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def find_problem() -> str | None:
    """None when a cluster can be started here, else the reason it cannot."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    if find_bindir() is None:
        return ("PostgreSQL's server programs (initdb, pg_ctl) are not installed "
                "(Debian: apt-get install postgresql)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run initdb as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


class Cluster:
    """``start()``, then ``url(name)`` / ``create_database(name)``; ``stop()`` and ``start()``
    again simulate a server restart; ``remove()`` stops it and deletes every file."""

    def __init__(self, durable: bool = False) -> None:
        problem = find_problem()
        if problem:
            raise RuntimeError(problem)
        self.bindir = find_bindir()
        # As root the server runs as 'postgres', which must reach the folder: /tmp, not a
        # TMPDIR that may sit in root's home.
        base = "/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None
        self.folder = Path(tempfile.mkdtemp(prefix="sd-pg-", dir=base))
        self.data = self.folder / "data"
        self.port = 54000 + os.getpid() % 1000
        self.durable = durable
        self.prefix = _run_as()
        if self.prefix:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o700)
        self._pg(["initdb", "-D", str(self.data), "-U", ROLE, "--auth=trust", "-E", "UTF8",
                  "--no-sync", "--no-instructions"])
        # The test role needs no password; every other role does (a wrong password is refused).
        (self.data / "pg_hba.conf").write_text(f"local all {ROLE} trust\n"
                                               "local all all scram-sha-256\n")

    def _pg(self, command: list[str], check: bool = True) -> subprocess.CompletedProcess:
        argv = [*self.prefix, str(self.bindir / command[0]), *command[1:]]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr.strip() or result.stdout}")
        return result

    def start(self) -> None:
        options = ["-c", "listen_addresses=", "-c", f"unix_socket_directories={self.folder}",
                   "-p", str(self.port), "-c", "max_connections=60"]
        if not self.durable:
            options += FAST
        self._pg(["pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-w", "-t", "60", "-o", " ".join(_quote(o) for o in options), "start"])

    def stop(self, mode: str = "fast") -> None:
        self._pg(["pg_ctl", "-D", str(self.data), "-w", "-m", mode, "stop"], check=False)

    @property
    def running(self) -> bool:
        return self._pg(["pg_ctl", "-D", str(self.data), "status"], check=False).returncode == 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{ROLE}@/{database}?host={self.folder}&port={self.port}"

    def sql(self, statement: str, database: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def create_database(self, name: str, template: str = "template1") -> str:
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def remove(self) -> None:
        if self.running:
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def _quote(option: str) -> str:
    return f"'{option}'" if " " in option or option.endswith("=") else option
