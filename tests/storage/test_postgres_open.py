"""Opening a calendar on PostgreSQL, and every way it can be refused: one clear line, nothing
created, nothing changed. Passwords come the libpq way (~/.pgpass, PGPASSFILE, PGSERVICE)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sessions_desktop.errors import StorageError
from sessions_desktop.services import open_services
from sessions_desktop.storage import postgres
from sessions_desktop.storage.location import parse_location, without_password

ROOT = Path(__file__).resolve().parents[2]


def run_cli(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "SESSIONS_DESKTOP_DB"}
    environment["PYTHONPATH"] = str(ROOT)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "sessions_desktop", *args], cwd=cwd,
                          capture_output=True, text=True, env=environment, timeout=120)


@pytest.mark.parametrize("address, expected", [
    ("postgresql://nobody@127.0.0.1:1/db", "cannot reach the database server"),
    ("mysql://user@host/db", "unknown kind of database address mysql://"),
    ("postgresql://a:secret@127.0.0.1:1/db", "cannot reach the database server"),
])
def test_a_bad_address_is_one_line_and_creates_nothing(tmp_path, address, expected):
    done = run_cli(tmp_path, "--db", address, "schedules")
    assert done.returncode == 6 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("STORAGE: ") and expected in lines[0]
    assert "secret" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_environment_variable_may_hold_a_url_too(tmp_path):
    done = run_cli(tmp_path, "schedules",
                   env={"SESSIONS_DESKTOP_DB": "postgresql://nobody@127.0.0.1:1/db"})
    assert done.returncode == 6 and "cannot reach the database server" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_locations_are_told_apart_before_anything_is_opened():
    assert parse_location("postgres://u@h/d").is_postgres
    assert not parse_location("C:/calendars/studio.sqlite3").is_postgres
    assert parse_location("file:///tmp/x.sqlite3").target == Path("/tmp/x.sqlite3")
    assert without_password("postgresql://desk:s3cret@host:5432/db?sslmode=require&"
                            "password=s3cret") == "postgresql://desk@host:5432/db?sslmode=require"


def test_a_missing_database_is_named(pg_cluster):
    with pytest.raises(StorageError) as info:
        open_services(pg_cluster.url("no_such_calendar"))
    assert "does not exist" in str(info.value) and "createdb" in str(info.value)


def test_a_database_with_other_tables_is_refused_and_left_alone(pg_cluster):
    url = pg_cluster.create_database("shop")
    pg_cluster.sql("CREATE TABLE orders (id int PRIMARY KEY)", "shop")
    pg_cluster.sql("INSERT INTO orders VALUES (1)", "shop")
    with pytest.raises(StorageError) as info:
        open_services(url)
    assert "already holds other tables (orders)" in str(info.value)
    assert pg_cluster.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
                          "shop") == [("orders",)]
    pg_cluster.drop_database("shop")


def test_a_server_older_than_supported_is_refused_before_any_table_is_made(pg_cluster,
                                                                           monkeypatch):
    url = pg_cluster.create_database("old_server")
    monkeypatch.setattr(postgres, "MIN_SERVER_VERSION", 990000)
    with pytest.raises(StorageError) as info:
        open_services(url)
    assert "needs 99 or newer" in str(info.value)
    assert pg_cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                          "old_server") == [(0,)]
    pg_cluster.drop_database("old_server")


@pytest.fixture
def desk_role(pg_cluster):
    """A role that must give a password (scram-sha-256), like a real front desk's."""
    pg_cluster.sql("DROP ROLE IF EXISTS desk")
    pg_cluster.sql("CREATE ROLE desk LOGIN PASSWORD 'right-horse'")
    pg_cluster.create_database("desk_calendar")
    pg_cluster.sql("ALTER DATABASE desk_calendar OWNER TO desk")
    pg_cluster.sql("GRANT ALL ON SCHEMA public TO desk", "desk_calendar")
    yield f"postgresql://desk@/desk_calendar?host={pg_cluster.folder}&port={pg_cluster.port}"
    pg_cluster.drop_database("desk_calendar")
    pg_cluster.sql("DROP ROLE IF EXISTS desk")


def _pgpass(tmp_path: Path, cluster, password: str) -> Path:
    path = tmp_path / "pgpass"
    path.write_text(f"{cluster.folder}:{cluster.port}:desk_calendar:desk:{password}\n")
    path.chmod(0o600)
    return path


def test_a_wrong_password_is_refused_in_one_line(desk_role, pg_cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(_pgpass(tmp_path, pg_cluster, "blue-donkey")))
    with pytest.raises(StorageError) as info:
        open_services(desk_role)
    assert "refused the login" in str(info.value) and "blue-donkey" not in str(info.value)
    assert pg_cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                          "desk_calendar") == [(0,)]


def test_the_password_comes_from_pgpassfile(desk_role, pg_cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(_pgpass(tmp_path, pg_cluster, "right-horse")))
    with open_services(desk_role) as svc:
        svc.schedules.create_schedule({"name": "Front desk", "kind": "STAFF"})
        assert svc.location == desk_role and svc.shared and svc.path is None
    assert pg_cluster.sql("SELECT name FROM schedule", "desk_calendar") == [("Front desk",)]


def test_a_named_service_from_pgservice(desk_role, pg_cluster, tmp_path, monkeypatch):
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[studio]\nhost={pg_cluster.folder}\nport={pg_cluster.port}\n"
                        "dbname=desk_calendar\nuser=desk\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(_pgpass(tmp_path, pg_cluster, "right-horse")))
    monkeypatch.setenv("PGSERVICE", "studio")
    with open_services("postgresql://") as svc:
        assert svc.schedules.list_schedules() == []
