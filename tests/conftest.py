"""Shared test set-up: Qt runs offscreen; Python finds the package from a plain checkout; a
throwaway PostgreSQL cluster (``pg_cluster``) for the tests that run on both backends."""

import itertools
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Windows opened by tests never talk to the developer's desktop: reminders find no session
# bus and use their fallback; the D-Bus tests start a bus and a notification daemon of their own.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"

BACKENDS = ("sqlite", "postgresql")
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    """One PostgreSQL server for the whole run (a Unix socket in a private folder, no TCP),
    with a template database that already has the schema; skips, saying why, without one."""
    from tests.pg_cluster import Cluster, find_problem

    problem = find_problem()
    if problem:
        pytest.skip(f"no PostgreSQL for the two-backend tests: {problem}")
    try:
        cluster = Cluster()
    except RuntimeError as exc:   # the programs are there but would not make a cluster
        pytest.skip(f"no PostgreSQL for the two-backend tests: {exc}")
    try:
        cluster.start()
        cluster.sql('CREATE DATABASE "sd_template"')
        from sessions_desktop.storage.postgres import PostgresDatabase

        PostgresDatabase(cluster.url("sd_template")).close()
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def pg_url(pg_cluster):
    """A new, empty calendar database (schema in place) on the test cluster."""
    name = f"t{next(_names)}"
    url = pg_cluster.create_database(name, template="sd_template")
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(params=BACKENDS)
def location(request, tmp_path):
    """Where a fresh calendar lives: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "test.sqlite3"
    return request.getfixturevalue("pg_url")
