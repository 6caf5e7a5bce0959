"""The lived-in part of the sample business: who booked which class each week, a cancelled
class and some time off, so a new user's first report shows weeks that differ.

Each class has a typical fill; every instance gets its own participants around it (an
instance's own participants, as a front desk would book them). Instances further ahead are
emptier, because bookings come in during the last weeks. Evening flow is popular enough to
be overbooked now and then, Morning yoga runs below half full.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sessions_desktop.domain.model import Participant

if TYPE_CHECKING:
    from sessions_desktop.services import Services

FILL = {"Morning yoga": 0.42, "Evening flow": 0.92, "Pilates Mat": 0.72, "Weekend yoga": 0.62}
SPREAD = 0.15
# (staff member, weeks from this Monday, weekday, from hour, to hour, reason)
TIME_OFF = (("Tom (physiotherapist)", -4, 4, 9, 17, "Training course"),
            ("Ines (massage therapist)", 1, 3, 12, 16, "Doctor's appointment"),
            ("Maya (yoga teacher)", -6, 1, 12, 20, "Afternoon off"))


def book_each_class(services: Services, series: dict[str, str],
                    people: Callable[[random.Random, int], list[Participant]],
                    rng: random.Random, now: datetime) -> None:
    """Give every instance of every class series its own participants."""
    for title, series_id in series.items():
        definition = services.sessions.get_session(series_id)
        result = services.queries.query_sessions(
            definition.start, definition.start + timedelta(weeks=16),
            filter={"recurringSessionId": series_id}, limit=1000)
        for instance in result.items:
            count = _booked(FILL[title], definition.capacity or 0, instance.start, now, rng)
            services.sessions.update_session(instance.id, {"participants": people(rng, count)},
                                             scope="THIS")


def _booked(fill: float, capacity: int, start: datetime, now: datetime,
            rng: random.Random) -> int:
    weeks_ahead = (start - now) / timedelta(weeks=1)
    share = fill + rng.uniform(-SPREAD, SPREAD)
    if weeks_ahead > 0:
        share *= max(0.25, 1 - 0.12 * weeks_ahead)
    return max(1, min(capacity + 1, round(share * capacity)))


def cancel_one_class(services: Services, series_id: str, monday: date, weeks_back: int) -> None:
    """The weekend class three weeks ago was cancelled (the teacher was ill)."""
    week = monday - timedelta(weeks=min(3, weeks_back))
    result = services.queries.query_sessions(week, week + timedelta(days=7),
                                             filter={"recurringSessionId": series_id})
    if result.items:
        services.sessions.delete_session(result.items[0].id, scope="THIS")


def off_hours(person: str, monday: date) -> list[tuple[datetime, datetime]]:
    """When ``person`` is off (wall-clock times of the business zone)."""
    return [(_at(monday, weeks, day, start), _at(monday, weeks, day, end))
            for who, weeks, day, start, end, _ in TIME_OFF if who == person]


def take_time_off(services: Services, schedules: dict[str, str], monday: date) -> None:
    for person, weeks, day, start, end, reason in TIME_OFF:
        services.sessions.create_session({
            "schedule_id": schedules[person], "title": reason, "tags": ["Blocked"],
            "start": _at(monday, weeks, day, start), "end": _at(monday, weeks, day, end)})


def _at(monday: date, weeks: int, day: int, hour: int) -> datetime:
    return datetime.combine(monday + timedelta(weeks=weeks, days=day), time(hour))
