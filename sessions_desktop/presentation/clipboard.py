"""Copy, cut and paste of sessions: what goes on the clipboard and what a paste creates.

A copy keeps the session's own fields (title, notes, tags, capacity, staff and rooms, place,
price, buffer, type), its schedule and its length, never its participants (a paste is a new
session to book, as a duplicate is) and never its repeat rule: pasting a session of a series
pastes one single session. Fields it inherits from its schedule stay inherited. The
clipboard carries it as JSON under its own MIME type (bounded and checked on the way back,
since anything can be on a clipboard) beside a plain-text line for other programs.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import localize, wall_clock
from sessions_desktop.domain.wire import fields_from_wire, fields_to_wire

MIME = "application/x-sessions-desktop-session+json"
MAX_BYTES = 64_000
COPIED = ("title", "notes", "tags", "capacity", "affected_schedules", "location", "rate",
          "time_reserved_after")
FORMAT = 1


def copy_payload(session: Session, tz: tzinfo) -> dict[str, Any]:
    """What a copy of ``session`` holds (JSON-ready)."""
    own = {name: getattr(session, name) for name in COPIED
           if name not in session.inherited_fields and getattr(session, name) not in (None, ())}
    if session.all_day:
        start = datetime.combine(session.start.date(), time())
        length = (session.end.date() - session.start.date()).days * 1440
    else:
        start = wall_clock(session.start, tz)
        length = int((session.end - session.start).total_seconds() // 60)
    return {"format": FORMAT, "schedule_id": session.schedule_id, "type": session.type.value,
            "all_day": session.all_day, "start": start.isoformat(), "minutes": max(0, length),
            "fields": fields_to_wire(own)}


def payload_json(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def read_payload(data: bytes) -> dict[str, Any] | None:
    """The payload of our own MIME data; None for anything else, too big or malformed."""
    if not data or len(data) > MAX_BYTES:
        return None
    try:
        payload = json.loads(data.decode("utf-8"))
        ok = (isinstance(payload, dict) and payload.get("format") == FORMAT
              and isinstance(payload.get("schedule_id"), str)
              and isinstance(payload.get("minutes"), int) and 0 <= payload["minutes"] <= 366 * 1440
              and isinstance(payload.get("fields"), dict)
              and set(payload["fields"]) <= set(COPIED))
        if ok:
            datetime.fromisoformat(str(payload["start"]))
            fields_from_wire(payload["fields"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return payload if ok else None


def paste_fields(payload: dict[str, Any], day: date, minute: int | None,
                 tz: ZoneInfo) -> dict[str, Any]:
    """The fields of the new session: on ``day`` at ``minute`` after midnight (None: the copied
    time of day), as long as the copy; an all-day copy takes whole days from ``day``."""
    copied = datetime.fromisoformat(str(payload["start"]))
    fields: dict[str, Any] = {"schedule_id": payload["schedule_id"],
                              **fields_from_wire(payload["fields"])}
    if payload.get("type") not in (None, "EVENT"):
        fields["type"] = payload["type"]
    length = timedelta(minutes=payload["minutes"])
    if payload.get("all_day"):
        fields["start"], fields["end"] = day, day + max(timedelta(days=1), length)
        return fields
    clock = copied.time() if minute is None else (datetime.min + timedelta(minutes=minute)).time()
    start = datetime.combine(day, clock)
    fields["start"], fields["end"] = localize(start, tz), localize(start + length, tz)
    return fields

