"""Pages of ``query_sessions`` answered again from memory while nothing was committed.

A caller that walks every page of a busy week (the command line, reports, another program
through the API) and then walks it again, or a second caller asking the same pages, made the
service merge and build every page anew: at five times the business a warm week cost seven
to twelve times its cost at 1x for five times the sessions. A page is a pure function of its
query, its position and the database's content, so it is kept under the repository's read
token (``Repository.read_token``: this connection, SQLite's ``data_version`` and the
connection's change count). Any commit, by this connection, another one in this process, or
another process (another desk, the command line), changes the token, and the page is made
again. Where there is no token (PostgreSQL, or a read inside a write) nothing is kept.

Sessions are immutable, so kept pages share them; each answer gets its own list.
"""

from __future__ import annotations

import threading

from sessions_desktop.services.cursor import QueryKey
from sessions_desktop.services.values import QueryResult

PAGES_KEPT = 64

PageKey = tuple[QueryKey, tuple[int, str] | None, tuple[object, ...]]


class PageCache:
    def __init__(self) -> None:
        self._pages: dict[PageKey, QueryResult] = {}
        self._lock = threading.Lock()

    def get(self, key: PageKey) -> QueryResult | None:
        with self._lock:
            found = self._pages.get(key)
        if found is None:
            return None
        return QueryResult(list(found.items), found.count, found.next_cursor, found.has_next)

    def put(self, key: PageKey, result: QueryResult) -> None:
        with self._lock:
            if len(self._pages) >= PAGES_KEPT:
                self._pages.clear()   # a token names one state: old pages are dead weight
            self._pages[key] = QueryResult(list(result.items), result.count,
                                           result.next_cursor, result.has_next)
