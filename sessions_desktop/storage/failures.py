"""SQLite's failures in plain words: what happened, and that nothing was changed.

Every write runs in one transaction, so when SQLite fails the transaction is rolled back and
the database is as it was; the message says so. The cause is found by SQLite's own error code
(``sqlite_errorname``, Python 3.11+) on the original exception, looked for along the chain: a
full disk during an import surfaces as "cannot rollback - no transaction is active" (SQLite
rolled back by itself, then peewee tried again), and that is not what the user needs to hear.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

NOTHING_CHANGED = "nothing was changed"


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        original = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) \
            else None
        if original is not None and id(original) not in seen:
            yield from _chain(original)
        exc = exc.__cause__ or exc.__context__


def sqlite_error_name(exc: BaseException) -> str:
    """The most telling SQLite error name in ``exc``'s chain ("SQLITE_FULL", ...), or ""."""
    names = [getattr(e, "sqlite_errorname", "") or _name_from_text(str(e)) for e in _chain(exc)]
    for name in names:
        if name and name not in ("SQLITE_ERROR", "SQLITE_MISUSE"):
            return name
    return names[0] if names else ""


def _name_from_text(text: str) -> str:
    """Older SQLite bindings give only a text; the texts are SQLite's own, stable ones."""
    text = text.lower()
    for words, name in (("disk is full", "SQLITE_FULL"), ("database is locked", "SQLITE_BUSY"),
                        ("readonly database", "SQLITE_READONLY"),
                        ("disk i/o error", "SQLITE_IOERR"),
                        ("unable to open database file", "SQLITE_CANTOPEN"),
                        ("file is not a database", "SQLITE_NOTADB"),
                        ("malformed", "SQLITE_CORRUPT")):
        if words in text:
            return name
    return ""


def plain_words(exc: BaseException, where: str = "", wait_seconds: float = 5) -> str:
    """A message a person can act on, for a failure of the database at ``where``."""
    name = sqlite_error_name(exc)
    at = f" ({where})" if where else ""
    if name.startswith("SQLITE_FULL"):
        return f"the disk is full; {NOTHING_CHANGED}{at}. Free some space and try again"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return (f"another program has kept the database locked for more than "
                f"{wait_seconds:g} seconds; {NOTHING_CHANGED}{at}. Close the other program "
                "or try again")
    if name == "SQLITE_READONLY_DBMOVED":
        return (f"the database file was moved or deleted while it was open; "
                f"{NOTHING_CHANGED}{at}. Open it again from where it is now")
    if name.startswith("SQLITE_READONLY"):
        return (f"the database is read-only (the file, its folder or the disk does not allow "
                f"writing); {NOTHING_CHANGED}{at}")
    if name.startswith("SQLITE_IOERR"):
        return (f"the database file cannot be read or written (disk I/O error; was the drive "
                f"removed?); {NOTHING_CHANGED}{at}")
    if name.startswith("SQLITE_CANTOPEN"):
        return (f"the database file cannot be opened: it, its folder or its drive is gone or "
                f"not accessible; {NOTHING_CHANGED}{at}")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return f"the database is damaged or not a database; {NOTHING_CHANGED}{at}"
    detail = next((str(e) for e in _chain(exc) if isinstance(e, sqlite3.Error)), str(exc))
    return f"database error{at}: {detail}; {NOTHING_CHANGED}"
