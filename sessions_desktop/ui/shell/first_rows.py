"""The first sessions of an agenda page, read before the page itself.

An agenda page is thirty days; at five times the benchmark business that is 13,000
sessions, half a second to read, while the screen shows about thirty rows. So a page not
read yet is first asked for as ``FirstSessions``: the first events of the page in the
agenda's order (start, then id), as one page of ``query_sessions`` with a limit (a few
milliseconds, however busy the days), and the whole page follows and replaces them.
The count is a number of sessions rather than of days: a day holds a hundred sessions at
the ten-year business and five hundred at five times it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sessions_desktop.domain.model import Session
from sessions_desktop.services.api import ServicesApi


@dataclass(frozen=True)
class FirstSessions:
    count: int


def fetch_first(services: ServicesApi, start: datetime, end: datetime,
                ask: FirstSessions) -> list[Session]:
    """The first ``ask.count`` events overlapping [start, end) (cancelled ones too: the
    agenda shows them), in the order the whole window gives them."""
    return list(services.queries.query_sessions(
        start, end, type="EVENT", include_cancelled=True, fieldsets="ALL_PI",
        limit=ask.count).items)
