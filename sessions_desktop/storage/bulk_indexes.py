"""Secondary indexes set aside while a large import fills an empty SQLite database.

SQLite keeps every index up to date row by row: a hundred thousand sessions in the order of a
file cost a random B-tree insert per row in each index on their times, schedules and kinds,
and the series' instances the same in the occurrence indexes on their times. Building an index
once over the finished table is a sort, several times cheaper. So an import into an EMPTY
database (nothing to re-index but what it brings) drops those indexes inside its own
transaction and creates them again, from the very SQL they were made with, before it
commits. SQLite's schema changes are transactional: a refused, cancelled or killed import
rolls the drop back with everything else, and the file is never seen without its indexes.

Kept while the file is read: the primary keys (an import looks events up by UID) and the
series indexes (``session_series``, ``occurrence_series``: changed instances and the
materialisation read and replace by series). Only SQLite: a server database is left alone.
"""

from __future__ import annotations

from sessions_desktop.storage.database import Database, translate_errors
from sessions_desktop.storage.repository import Repository

SESSION_DEFERRED = ("session_window", "session_schedule", "session_kind", "session_keyset")
OCCURRENCE_DEFERRED = ("occurrence_window", "occurrence_keyset")


class DeferredIndexes:
    """``defer(repo)`` drops the deferrable indexes when the database has no session yet and
    returns what it dropped (None otherwise); ``restore_sessions()`` and
    ``restore_occurrences()`` create them again. Call only inside the import's write
    transaction."""

    def __init__(self, database: Database, dropped: dict[str, str]) -> None:
        self._database = database
        self.dropped = dropped          # name -> the CREATE INDEX statement it was made with

    @classmethod
    def defer(cls, repo: Repository) -> DeferredIndexes | None:
        database = repo.database
        if not isinstance(database, Database):
            return None
        with translate_errors(database):
            if database.execute("SELECT 1 FROM session LIMIT 1").fetchone() is not None:
                return None
            names = (*SESSION_DEFERRED, *OCCURRENCE_DEFERRED)
            marks = ", ".join("?" for _ in names)
            rows = database.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
                names).fetchall()
            dropped = {name: sql for name, sql in rows if sql}
            for name in dropped:
                database.execute(f'DROP INDEX "{name}"')
        return cls(database, dropped)

    def restore_sessions(self) -> None:
        self._restore(SESSION_DEFERRED)

    def restore_occurrences(self) -> None:
        self._restore(OCCURRENCE_DEFERRED)

    def _restore(self, names: tuple[str, ...]) -> None:
        with translate_errors(self._database):
            for name in names:
                sql = self.dropped.pop(name, None)
                if sql is not None:
                    self._database.execute(sql)
