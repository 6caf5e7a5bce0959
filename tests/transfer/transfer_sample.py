"""A varied calendar for import/export tests: zones with DST, all-day, series with moved and
cancelled instances, extra and excluded dates, working hours, participants."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar

from sessions_desktop.services import open_services

SYD, NYC = ZoneInfo("Australia/Sydney"), ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def fresh(path):
    svc = open_services(path, now=lambda: NOW)
    svc.ctx.set_business_zone("Europe/Berlin")
    return svc


def build_sample(svc) -> dict:
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 12,
                                          "title": "Yoga class", "tags": ["GROUP"]})
    anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF",
                                          "time_zone": "America/New_York"})
    create = svc.sessions.create_session
    single = create({"schedule_id": yoga.id, "start": datetime(2025, 3, 3, 9),
                     "end": datetime(2025, 3, 3, 10), "notes": "Bring a mat, please; thanks",
                     "participants": [{"name": "Bo", "email": "bo@example.com",
                                       "partySize": 2}]})
    holiday = create({"schedule_id": yoga.id, "start": date(2025, 3, 28),
                      "end": date(2025, 3, 31), "title": "Closed", "tags": ["Blocked"]})
    weekly = create({"schedule_id": yoga.id, "start": datetime(2025, 3, 4, 18),
                     "end": datetime(2025, 3, 4, 19, 30), "title": "Evening flow",
                     "recurrence": "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250531T000000Z",
                     "excluded_dates": [datetime(2025, 3, 13, 18)],
                     "recurrence_dates": [datetime(2025, 3, 8, 10)]})
    sydney = create({"schedule_id": yoga.id, "start": datetime(2025, 3, 31, 7, tzinfo=SYD),
                     "end": datetime(2025, 3, 31, 8, tzinfo=SYD), "time_zone": "Australia/Sydney",
                     "title": "Sydney sunrise", "recurrence": "FREQ=DAILY;COUNT=12"})
    hours = create({"schedule_id": anna.id, "type": "WORKING_HOURS",
                    "start": datetime(2025, 3, 3, 9, tzinfo=NYC),
                    "end": datetime(2025, 3, 3, 17, tzinfo=NYC),
                    "time_zone": "America/New_York",
                    "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"})
    monthly = create({"schedule_id": yoga.id, "start": date(2025, 3, 1),
                      "end": date(2025, 3, 2), "title": "Cleaning day",
                      "recurrence": "FREQ=MONTHLY;BYDAY=1SA;COUNT=6"})
    moved = f"{weekly.id}_20250318T180000"
    svc.sessions.update_session(moved, {"title": "Moved flow", "start": datetime(2025, 3, 19, 18),
                                        "end": datetime(2025, 3, 19, 19, 30)}, scope="THIS")
    svc.sessions.delete_session(f"{weekly.id}_20250325T180000", scope="THIS")
    svc.sessions.update_session(f"{sydney.id}_20250405T070000", {"notes": "DST ends here"},
                                scope="THIS")
    return {"yoga": yoga.id, "anna": anna.id, "single": single.id, "holiday": holiday.id,
            "weekly": weekly.id, "sydney": sydney.id, "hours": hours.id,
            "monthly": monthly.id, "moved": moved}


def components(data: bytes) -> dict:
    """VEVENTs keyed by (UID, RECURRENCE-ID) with the properties that carry meaning."""
    out = {}
    for cal in icalendar.Calendar.from_ical(data, multiple=True):
        for event in cal.walk("VEVENT"):
            rid = event.get("RECURRENCE-ID")
            key = (str(event["UID"]), rid.dt if rid is not None else None)
            out[key] = {name: _value(event.get(name)) for name in (
                "SUMMARY", "DTSTART", "DTEND", "RRULE", "RDATE", "EXDATE", "STATUS",
                "CATEGORIES", "DESCRIPTION", "TRANSP", "X-SESSIONS-TYPE",
                "X-SESSIONS-CAPACITY", "X-SESSIONS-TIME-ZONE", "LOCATION")}
    return out


def _value(prop):
    if prop is None:
        return None
    if isinstance(prop, list):
        return [_value(p) for p in prop]
    if hasattr(prop, "dts"):
        return sorted(str(d.dt) for d in prop.dts)
    if hasattr(prop, "cats"):
        return list(map(str, prop.cats))
    if hasattr(prop, "dt"):
        return (str(prop.dt), prop.params.get("TZID"))
    return prop.to_ical().decode() if hasattr(prop, "to_ical") else str(prop)
