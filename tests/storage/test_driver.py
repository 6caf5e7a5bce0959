"""peewee comes without the PostgreSQL driver (a command on an SQLite file does not pay for
importing it), and ``arm_postgres`` gives peewee the driver as its own import would."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("psycopg", reason="the postgres extra is not installed")

PROBE = """
import json, sys
{setup}
import peewee
a = peewee.Psycopg3Adapter
print(json.dumps({{
    "driver": getattr(peewee.psycopg, "__name__", None),
    "status": repr(getattr(peewee, "TransactionStatus", None)),
    "json": [repr(peewee.Json_pg3), repr(peewee.Jsonb_pg3)],
    "states": [repr(getattr(a, n, None)) for n in ("txn_idle", "txn_inerror", "txn_unknown")],
    "adapter": type(peewee.PostgresqlDatabase(None, prefer_psycopg3=True)._adapter).__name__,
    "loaded_before": {loaded},
}}))
"""


def probe(setup: str, loaded: str = "None") -> dict:
    code = PROBE.format(setup=setup, loaded=loaded)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_storage_imports_peewee_without_the_driver_and_enables_it_as_peewee_would():
    plain = probe("")
    ours = probe("import sessions_desktop.storage.database\n"
                 "loaded = 'psycopg' in sys.modules\n"
                 "from sessions_desktop.storage.driver import arm_postgres\n"
                 "arm_postgres()", loaded="loaded")
    assert ours.pop("loaded_before") is False        # an SQLite command never loads it
    plain.pop("loaded_before")
    assert plain["driver"] == "psycopg" and ours == plain


def test_opening_a_server_enables_the_driver(pg_url):
    from sessions_desktop.storage.driver import peewee
    from sessions_desktop.storage.postgres import PostgresDatabase

    database = PostgresDatabase(pg_url)
    try:
        assert peewee.psycopg is not None
        assert database.execute("SELECT 1").fetchone()[0] == 1
    finally:
        database.close()
