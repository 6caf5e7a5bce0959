"""A believable sample studio for first-time users, built only through the public services.

"Linden Movement Studio": four staff (Lena covers Pilates when Maya cannot), two rooms, four
services with prices (two classes, two kinds of appointment) that name their usual staff member
and room, business and staff working hours, weekly classes from eight weeks ago to six weeks
ahead whose bookings differ from week to week (so the reports have something to say),
individual appointments with the therapist, the room and clients' phone numbers, some time off
and a cancelled class. Times are wall-clock times of the business time zone, around the week of
the services' "now", so the calendar opens on a busy week whatever day the sample is loaded.
Everything is written in one transaction: a sample is there whole or not at all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sessions_desktop.domain.model import LinkedSchedule, Participant
from sessions_desktop.services.business import business_name, set_business_name
from sessions_desktop.services.sample_bookings import (
    book_each_class,
    cancel_one_class,
    off_hours,
    take_time_off,
)

if TYPE_CHECKING:
    from sessions_desktop.services import Services

SAMPLE_NAME = "Linden Movement Studio"
WEEKS_BEFORE, WEEKS_AFTER = 8, 6
APPOINTMENT_WEEKS = range(-WEEKS_BEFORE, 3)
PRICES = {"Vinyasa Yoga": "18", "Pilates Mat": "20", "Physiotherapy": "65",
          "Sports Massage": "70"}
CURRENCY = "EUR"
FIRST_NAMES = ("Ava", "Jonas", "Lea", "Noah", "Mia", "Elias", "Sofia", "Finn", "Lina", "Paul",
               "Emma", "Luis", "Hanna", "Felix", "Marie", "Oskar", "Nora", "Emil", "Ida", "Leon")
LAST_NAMES = ("Becker", "Hoffmann", "Kaya", "Novak", "Schulz", "Rossi", "Meyer", "Lange",
              "Ortiz", "Weber", "Brandt", "Klein")


@dataclass
class SampleBusiness:
    """Ids of what was made, by name, so callers and tests can find them."""

    schedules: dict[str, str] = field(default_factory=dict)
    series: dict[str, str] = field(default_factory=dict)
    appointments: list[str] = field(default_factory=list)


def sample_monday(services: Services) -> date:
    """Monday of the current week in the business time zone."""
    today = services.ctx.now().astimezone(services.ctx.business_zone).date()
    return today - timedelta(days=today.weekday())


def load_sample_business(services: Services, seed: int = 7) -> SampleBusiness:
    """Create the sample studio in ``services``; returns the ids it made."""
    monday = sample_monday(services)
    made = SampleBusiness()
    rng = random.Random(seed)
    with services.ctx.repo.write():
        _schedules(services, made)
        _working_hours(services, made, monday)
        _classes(services, made, monday, rng)
        book_each_class(services, made.series, lambda r, n: _people(r, n, parties=True), rng,
                        services.ctx.now())
        cancel_one_class(services, made.series["Weekend yoga"], monday, WEEKS_BEFORE)
        _appointments(services, made, monday, rng)
        take_time_off(services, made.schedules, monday)
        if not business_name(services):
            set_business_name(services, SAMPLE_NAME)
    return made


def _schedules(services: Services, made: SampleBusiness) -> None:
    # name, kind, colour, schedule fields, the staff member and room it usually takes
    plan: tuple[tuple[str, str, str, dict[str, Any], tuple[str, ...]], ...] = (
            ("Linden Movement Studio", "BUSINESS", "#7f8c8d", {}, ()),
            ("Maya (yoga teacher)", "STAFF", "#8e44ad", {}, ()),
            ("Lena (Pilates teacher)", "STAFF", "#c0392b", {}, ()),
            ("Tom (physiotherapist)", "STAFF", "#16a085", {}, ()),
            ("Ines (massage therapist)", "STAFF", "#d35400", {}, ()),
            ("Big room", "ROOM", "#34495e", {}, ()),
            ("Treatment room", "ROOM", "#5d6d7e", {}, ()),
            ("Vinyasa Yoga", "GROUP", "#2e86de", {"capacity": 14, "title": "Vinyasa Yoga"},
             ("Maya (yoga teacher)", "Big room")),
            ("Pilates Mat", "GROUP", "#10ac84", {"capacity": 10, "title": "Pilates Mat"},
             ("Maya (yoga teacher)", "Big room")),
            ("Physiotherapy", "INDIVIDUAL", "#ee5253", {"title": "Physiotherapy"},
             ("Tom (physiotherapist)", "Treatment room")),
            ("Sports Massage", "INDIVIDUAL", "#e58e26", {"title": "Sports Massage"},
             ("Ines (massage therapist)", "Treatment room")))
    for name, kind, colour, extra, usual in plan:
        defaults = {"affected_schedules": [LinkedSchedule(made.schedules[u]) for u in usual]}
        if name in PRICES:
            extra = {**extra, "rate": {"labeledPriceOptions": {"general": {
                "amount": PRICES[name], "currency": CURRENCY}}}}
        schedule = services.schedules.create_schedule(
            {"name": name, "kind": kind, "colour": colour, **extra,
             **({"defaults": defaults} if usual else {})})
        made.schedules[name] = schedule.id


def _weekly(services: Services, schedule_id: str, first: datetime, minutes: int, days: str,
            **fields: Any) -> str:
    until = first + timedelta(weeks=WEEKS_BEFORE + WEEKS_AFTER)
    return services.sessions.create_session({
        "schedule_id": schedule_id, "start": first, "end": first + timedelta(minutes=minutes),
        "recurrence": f"FREQ=WEEKLY;BYDAY={days};UNTIL={until:%Y%m%dT%H%M%S}", **fields}).id


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _working_hours(services: Services, made: SampleBusiness, monday: date) -> None:
    first = monday - timedelta(weeks=WEEKS_BEFORE)
    s = made.schedules
    plan = (("Linden Movement Studio", "MO,TU,WE,TH,FR", 8, 21),
            ("Linden Movement Studio", "SA", 9, 14),
            ("Maya (yoga teacher)", "MO,TU,WE,TH,SA", 8, 20),
            ("Lena (Pilates teacher)", "TU,TH,FR", 9, 15),
            ("Tom (physiotherapist)", "MO,TU,WE,TH,FR", 9, 17),
            ("Ines (massage therapist)", "TU,TH,FR", 12, 20),
            ("Big room", "MO,TU,WE,TH,FR,SA", 8, 21),
            ("Treatment room", "MO,TU,WE,TH,FR", 9, 20))
    for name, days, start, end in plan:
        _weekly(services, s[name], _at(first, start), (end - start) * 60, days,
                type="WORKING_HOURS", title="Working hours")


def _people(rng: random.Random, count: int, parties: bool = False) -> list[Participant]:
    """``count`` different people (in a class, now and then one brings a friend); phone
    numbers from the UK's range reserved for drama (07700 900000-900999), so no real person
    is ever rung from a printed roster."""
    names = rng.sample([f"{f} {ln}" for f in FIRST_NAMES for ln in LAST_NAMES], count)
    return [Participant(name=name, email=f"{name.lower().replace(' ', '.')}@example.com",
                        phone=f"07700 900{rng.randrange(1000):03d}",
                        party_size=2 if parties and rng.random() < 0.06 else 1)
            for name in names]


def _classes(services: Services, made: SampleBusiness, monday: date, rng: random.Random) -> None:
    s = made.schedules
    first = monday - timedelta(weeks=WEEKS_BEFORE)
    maya, big = LinkedSchedule(s["Maya (yoga teacher)"]), LinkedSchedule(s["Big room"])
    plan = (("Morning yoga", "Vinyasa Yoga", 0, 8, 0, 60, "MO,WE", 8),
            ("Evening flow", "Vinyasa Yoga", 0, 18, 30, 75, "MO,TH", 12),
            ("Pilates Mat", "Pilates Mat", 1, 10, 0, 60, "TU,TH", 7),
            ("Weekend yoga", "Vinyasa Yoga", 5, 10, 0, 90, "SA", 10))
    for title, service, day, hour, minute, length, days, booked in plan:
        start = _at(first + timedelta(days=day), hour, minute)
        made.series[title] = _weekly(
            services, s[service], start, length, days, title=title,
            participants=_people(rng, booked), affected_schedules=[maya, big])


def _appointments(services: Services, made: SampleBusiness, monday: date,
                  rng: random.Random) -> None:
    """Physiotherapy with Tom and massages with Ines in the one treatment room, never at
    the same hour (the room would be double-booked)."""
    kinds = (("Physiotherapy", "Tom (physiotherapist)", (9, 16), 45, 3),
             ("Sports Massage", "Ines (massage therapist)", (12, 19), 60, 2))
    for week in APPOINTMENT_WEEKS:
        for day in range(5):
            taken: set[int] = set()
            for service, person, (low, high), length, count in kinds:
                if person.startswith("Ines") and day not in (1, 3, 4):
                    continue
                when = monday + timedelta(weeks=week, days=day)
                off = off_hours(person, monday)
                free = [h for h in range(low, high) if h not in taken
                        and not any(a <= _at(when, h) < b for a, b in off)]
                for hour in sorted(rng.sample(free, min(count, len(free)))):
                    taken.add(hour)
                    _appointment(services, made, rng, service, person, _at(when, hour), length)


def _appointment(services: Services, made: SampleBusiness, rng: random.Random, service: str,
                 person: str, start: datetime, length: int) -> None:
    s = made.schedules
    client = _people(rng, 1)
    room = "Treatment room"
    notes = rng.choice(NOTES[service]) if rng.random() < 0.3 else None
    made.appointments.append(services.sessions.create_session({
        "schedule_id": s[service], "title": f"{service} – {client[0].name}", "start": start,
        "end": start + timedelta(minutes=length), "participants": client, "notes": notes,
        "affected_schedules": [LinkedSchedule(s[person]), LinkedSchedule(s[room])]}).id)


NOTES = {"Physiotherapy": ("Knee rehab, week 3", "First visit: bring the referral",
                           "Lower back; check the exercises", "Shoulder after surgery"),
         "Sports Massage": ("Before a marathon", "Sensitive neck", "Deep tissue, legs")}
