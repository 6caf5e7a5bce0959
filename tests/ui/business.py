"""A realistic small business for window tests, screenshots and the benchmark.

A studio in Berlin: business hours, three staff and two rooms with weekly working hours, two
classes (weekly series with capacity and participants), individual appointments, blocked time
and an all-day closure. Everything is created through the services, as the app would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sessions_desktop.domain.model import LinkedSchedule, Participant

ZONE = "Europe/Berlin"
LEAD_WEEKS = 5  # series begin this many weeks before the given Monday (a full month view)


@dataclass
class Business:
    """Ids of what ``build_business`` made, so tests can find them."""

    schedules: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)


def _schedule(services, business: Business, name: str, kind: str, colour: str, **extra) -> str:
    made = services.schedules.create_schedule({"name": name, "kind": kind, "colour": colour,
                                               "time_zone": ZONE, **extra})
    business.schedules[name] = made.id
    return made.id


def _hours(services, schedule_id: str, monday: date, days: str, start: int, end: int) -> None:
    """A weekly WORKING_HOURS series from ``monday`` on (no end)."""
    first = datetime.combine(monday - timedelta(weeks=LEAD_WEEKS), datetime.min.time())
    services.sessions.create_session({
        "schedule_id": schedule_id, "type": "WORKING_HOURS", "title": "Working hours",
        "start": first.replace(hour=start), "end": first.replace(hour=end),
        "recurrence": f"FREQ=WEEKLY;BYDAY={days}"})


def _people(count: int) -> list[Participant]:
    return [Participant(name=f"Client {i + 1}", party_size=1) for i in range(count)]


def build_business(services, monday: date) -> Business:
    """Schedules and sessions around the week of ``monday`` (series run on for years)."""
    services.ctx.set_business_zone(ZONE)
    b = Business()
    house = _schedule(services, b, "Studio Mitte", "BUSINESS", "#7f8c8d")
    staff = {name: _schedule(services, b, name, "STAFF", colour) for name, colour in
             (("Anna", "#8e44ad"), ("Ben", "#16a085"), ("Clara", "#d35400"))}
    rooms = {name: _schedule(services, b, name, "ROOM", colour) for name, colour in
             (("Studio A", "#34495e"), ("Studio B", "#2c3e50"))}
    yoga = _schedule(services, b, "Yoga", "GROUP", "#2e86de", capacity=12,
                     title="Yoga flow")
    pilates = _schedule(services, b, "Pilates", "GROUP", "#10ac84", capacity=8,
                        title="Pilates")
    physio = _schedule(services, b, "Physiotherapy", "INDIVIDUAL", "#ee5253",
                       title="Physiotherapy")
    massage = _schedule(services, b, "Massage", "INDIVIDUAL", "#f8c291", title="Massage")
    _hours(services, house, monday, "MO,TU,WE,TH,FR", 8, 20)
    _hours(services, staff["Anna"], monday, "MO,TU,WE,TH,FR", 9, 17)
    _hours(services, staff["Ben"], monday + timedelta(days=1), "TU,WE,TH,FR,SA", 10, 18)
    _hours(services, staff["Clara"], monday, "MO,WE,FR", 12, 20)
    _hours(services, rooms["Studio A"], monday, "MO,TU,WE,TH,FR,SA", 7, 21)
    _hours(services, rooms["Studio B"], monday, "MO,TU,WE,TH,FR", 8, 20)
    _classes(services, b, monday, yoga, pilates, staff, rooms)
    _appointments(services, b, monday, physio, massage, staff)
    _blocked_and_closed(services, b, monday, house, staff)
    return b


def _at(monday: date, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(monday + timedelta(days=day), datetime.min.time()).replace(
        hour=hour, minute=minute)


def _series_start(monday: date, day: int, hour: int) -> datetime:
    return _at(monday - timedelta(weeks=LEAD_WEEKS), day, hour)


def _classes(services, b, monday, yoga, pilates, staff, rooms) -> None:
    create = services.sessions.create_session
    b.sessions["yoga"] = create({
        "schedule_id": yoga, "start": _series_start(monday, 0, 18),
        "end": _series_start(monday, 0, 19),
        "recurrence": "FREQ=WEEKLY;BYDAY=MO,WE", "participants": _people(7),
        "affected_schedules": [LinkedSchedule(staff["Anna"]), LinkedSchedule(rooms["Studio A"])],
    }).id
    b.sessions["pilates"] = create({
        "schedule_id": pilates, "start": _series_start(monday, 1, 10),
        "end": _series_start(monday, 1, 11),
        "recurrence": "FREQ=WEEKLY;BYDAY=TU,TH", "participants": _people(8),
        "affected_schedules": [LinkedSchedule(staff["Ben"]), LinkedSchedule(rooms["Studio B"])],
    }).id
    b.sessions["morning"] = create({
        "schedule_id": yoga, "title": "Morning yoga", "start": _series_start(monday, 0, 9),
        "end": _series_start(monday, 0, 10), "recurrence": "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
        "participants": _people(3),
        "affected_schedules": [LinkedSchedule(rooms["Studio A"])],
    }).id


def _appointments(services, b, monday, physio, massage, staff) -> None:
    create = services.sessions.create_session
    plan = [(0, 9, 30, 60, physio, "Anna", "Physiotherapy – Mr Keller"),
            (0, 13, 0, 45, massage, "Clara", "Massage"),
            (1, 11, 0, 90, physio, "Ben", "Back pain assessment and treatment plan for "
                                          "a returning client (long title)"),
            (2, 14, 0, 60, massage, "Clara", "Hot stone massage"),
            (2, 14, 30, 60, physio, "Anna", "Physiotherapy – Ms Ortiz"),
            (3, 15, 0, 60, physio, "Anna", "Physiotherapy"),
            (4, 16, 0, 30, massage, "Clara", "Neck massage")]
    for day, hour, minute, length, schedule, person, title in plan:
        start = _at(monday, day, hour, minute)
        made = create({"schedule_id": schedule, "title": title, "start": start,
                       "end": start + timedelta(minutes=length),
                       "affected_schedules": [LinkedSchedule(staff[person])]})
        b.sessions.setdefault("appointment", made.id)


def _blocked_and_closed(services, b, monday, house, staff) -> None:
    create = services.sessions.create_session
    b.sessions["blocked"] = create({
        "schedule_id": staff["Anna"], "title": "Lunch", "tags": ["Blocked"],
        "start": _series_start(monday, 0, 12).replace(minute=30),
        "end": _series_start(monday, 0, 13).replace(minute=15),
        "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"}).id
    saturday = monday + timedelta(days=5)
    b.sessions["closure"] = create({
        "schedule_id": house, "title": "Closed – staff training", "start": saturday,
        "end": saturday + timedelta(days=1)}).id


def crowd(services, schedule_id: str, day: date, count: int = 10) -> list[str]:
    """``count`` overlapping sessions on ``day`` (a crowded day for screenshots)."""
    ids = []
    for i in range(count):
        start = datetime.combine(day, datetime.min.time()).replace(hour=10) + \
            timedelta(minutes=15 * (i % 4))
        ids.append(services.sessions.create_session({
            "schedule_id": schedule_id, "title": f"Assessment {i + 1}", "start": start,
            "end": start + timedelta(minutes=60 + 15 * (i % 3))}).id)
    return ids
