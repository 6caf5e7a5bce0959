"""What the month view asks the loader for: the days' summary (``queries.month_days``), not
every session of its six weeks.

A ``MonthAsk`` names the request (days, chips per day, and the filters that change what is
counted: cancelled shown, unticked schedules, "show only this", the search), so the loader
caches and prefetches it like a window; ``fetch_month`` runs it with the sidebar's filter as
``keep``. ``parts`` cuts it into short asks for the prefetch (a user's request then never
waits behind more than one of them) and ``joined_days`` puts their days together again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.visibility import visible_sessions
from sessions_desktop.services.api import MonthDays, ServicesApi


@dataclass(frozen=True)
class MonthAsk:
    first: date
    days: int
    chips: int
    cancelled: bool = False
    hidden: frozenset[str] = frozenset()
    only: str | None = None
    search: str = ""

    @property
    def filtered(self) -> bool:
        return bool(self.hidden or self.only is not None or self.search.strip())

    def parts(self, days: int) -> list[MonthAsk]:
        return [replace(self, first=self.first + timedelta(days=i),
                        days=min(days, self.days - i)) for i in range(0, self.days, days)]


def fetch_month(services: ServicesApi, ask: MonthAsk,
                schedules: dict[str, Schedule]) -> MonthDays:
    keep = None
    if ask.filtered:
        def keep(session: Session) -> bool:
            return bool(visible_sessions([session], ask.hidden, schedules, only=ask.only,
                                         search=ask.search, cancelled=True))
    return services.queries.month_days(ask.first, ask.days, ask.chips,
                                       include_cancelled=ask.cancelled, keep=keep)


def joined_days(parts: list[MonthDays]) -> MonthDays:
    return MonthDays(parts[0].first, tuple(day for part in parts for day in part.days),
                     parts[0].chips)
