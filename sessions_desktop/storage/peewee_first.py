"""peewee, imported without the PostgreSQL driver; the driver joins when a server is opened.

peewee imports psycopg (and with it ssl, asyncio and its C library) the moment it is itself
imported, when psycopg is installed: 80-120 ms of every command-line run on an SQLite file,
half of a week's ``query``. The package's ``__init__`` imports this module before any other
storage module imports peewee, with ``psycopg`` hidden for that one import; ``enable_psycopg``
(called before a PostgreSQL database is opened) then gives peewee the driver exactly as its
own import would have: the module names peewee looks up, and the transaction states its
psycopg 3 adapter keeps as class attributes. tests/storage/test_peewee_first.py compares the
result with a plain ``import peewee`` in a fresh interpreter.
"""

from __future__ import annotations

import sys

_HIDDEN = "psycopg"


def _import_without_driver():
    if "peewee" in sys.modules or _HIDDEN in sys.modules:
        import peewee

        return peewee
    sys.modules[_HIDDEN] = None         # type: ignore[assignment]  # "import psycopg" fails
    try:
        import peewee
    finally:
        del sys.modules[_HIDDEN]
    return peewee


peewee = _import_without_driver()


def enable_psycopg() -> None:
    """Give peewee psycopg 3 (ImportError when it is not installed); idempotent."""
    if getattr(peewee, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
