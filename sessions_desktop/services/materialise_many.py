"""Materialising many series at once (the end of a large import), shared with workers.

A large import materialises every series it wrote once, at its end, when the file has been
read and the worker processes that read it are idle: they compute the rows (pure work,
``domain.occurrence_rows.series_rows``) while this process writes them, in the same order,
so the database ends up as with ``series.materialise`` of each series in turn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sessions_desktop.domain.occurrence_rows import series_rows
from sessions_desktop.ical.batch import Shared
from sessions_desktop.ical.plan import ImportCancelled
from sessions_desktop.ical.worker import PipeWorker
from sessions_desktop.services.series import (
    INSTANCE_SEPARATOR,
    MAX_MATERIALISED,
    horizon_of,
    series_texts,
)
from sessions_desktop.storage.repository import Repository

SERIES_CHUNK = 25   # series whose rows are computed together (one job)
LEAD = 8            # chunks given to workers while this process does ``meanwhile``


def materialise_many(repo: Repository, ids: list[str], now: datetime, pool: list[PipeWorker],
                     cancelled: Callable[[], bool],
                     meanwhile: Callable[[], None] | None = None) -> None:
    """``series.materialise`` of each series in ``ids`` (in that order), their rows computed
    by ``pool`` and this process (``batch.Shared``, which lets this process do a chunk when
    it would otherwise wait). ``cancelled()`` is asked before each chunk. ``meanwhile``: work
    of this process done once the workers have their first chunks (``LEAD`` more than usual),
    before any row is written (the import builds its session indexes then)."""
    chunks = [ids[i:i + SERIES_CHUNK] for i in range(0, len(ids), SERIES_CHUNK)]
    jobs = _SeriesJobs(repo, chunks, horizon_of(now))
    with Shared(pool, series_rows, jobs, [len(c) for c in chunks], steal=True,
                lead=LEAD if meanwhile else 0) as shared:
        if meanwhile is not None:
            meanwhile()
        for index in range(len(chunks)):
            if cancelled():
                raise ImportCancelled("import cancelled; nothing was written")
            done = shared.take(index)
            if done is None:
                done = series_rows(*jobs[index])
            for series_id, rows, until in done:
                repo.replace_occurrences(series_id, rows, until)


class _SeriesJobs:
    """The ``series_rows`` job of each chunk of series ids, read when it is handed out."""

    def __init__(self, repo: Repository, chunks: list[list[str]], horizon: datetime) -> None:
        self._repo = repo
        self._chunks = chunks
        self._horizon = horizon

    def __len__(self) -> int:
        return len(self._chunks)

    def __getitem__(self, index: int) -> tuple[Any, ...]:
        ids = self._chunks[index]
        records = self._repo.get_many(ids)
        taken = self._repo.exception_slots(ids)
        texts = [series_texts(records[i], taken[i]) for i in ids if i in records]
        return texts, self._horizon, MAX_MATERIALISED, INSTANCE_SEPARATOR
