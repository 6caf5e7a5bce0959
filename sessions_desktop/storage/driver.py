"""peewee without its PostgreSQL driver until a PostgreSQL calendar is opened.

peewee imports psycopg (when it is installed) the moment peewee itself is imported: a tenth
of a second and more of every start, which a desk on its SQLite file never needs. This module
imports peewee with psycopg held back; ``arm_postgres`` imports psycopg when a PostgreSQL
calendar is opened and gives peewee the names it would have taken at its own import. If
peewee was imported before (or psycopg was), nothing is held back and arming changes nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_HELD = ("psycopg", "psycopg2")


def _import_peewee() -> ModuleType:
    if "peewee" in sys.modules:
        return sys.modules["peewee"]
    held = [name for name in _HELD if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # peewee sees an ImportError
    try:
        import peewee
    finally:
        for name in held:
            sys.modules.pop(name, None)
    return peewee


peewee: Any = _import_peewee()   # arm_postgres sets names that peewee's stubs do not declare


def arm_postgres() -> None:
    """Hand psycopg 3 to peewee as peewee takes it at import (PostgreSQL calendars only)."""
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
