"""The VEVENT of a plain single session written straight to bytes, as icalendar writes it.

Building an icalendar ``Event`` and serialising it costs about 300 µs a session here, most of
it in icalendar's general machinery (a caseless dictionary per component, a ``Parameters``
object per line, looking up the TZID of every date-time). A single session with none of the
parts that need that machinery (personal information, staff or rooms as attendees, reminders)
is written here line by line instead: values are escaped by icalendar's own ``vText`` and
``vCategory`` (once per distinct value), the lines are put in icalendar's order (its
canonical order, then by name) and long lines are folded by icalendar's ``Contentline``. The
bytes are those ``Calendar.to_ical()`` gives (tests/ical/test_ical_parallel.py holds the
whole file to that); every other session goes through ``export._Writer`` and icalendar.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Protocol

from icalendar import Event, vCategory, vDatetime, vText
from icalendar.parser import Contentline

from sessions_desktop.domain.enums import SessionType, Transparency
from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import zone
from sessions_desktop.ical import xprops as x
from sessions_desktop.ical.export_settings import ExportSettings

_PLAIN_TZID = re.compile(r"[A-Za-z0-9/_+-]+")
_SPECIAL = re.compile(r"[\\;,\r\n]")      # what icalendar's TEXT escaping changes
_CANONICAL = {name: index for index, name in enumerate(Event.canonical_order)}
_FOLD_FROM = 75


def _order(name: str) -> tuple[int, str]:
    index = _CANONICAL.get(name)
    return (0, f"{index:03d}") if index is not None else (1, name)


class SharedExtent(Protocol):
    """What the plain writer shares with ``export._Writer``: the settings, and the zones and
    dates the VEVENTs written so far use (the file's VTIMEZONEs cover them)."""

    settings: ExportSettings
    zones: set[str]
    earliest: date
    latest: date


class PlainWriter:
    """Lines of plain single sessions; ``writer`` is the ``export._Writer`` whose settings,
    zones and date range it shares."""

    def __init__(self, writer: SharedExtent) -> None:
        self.writer = writer
        self.settings = writer.settings
        self.stamp = "DTSTAMP:" + self.settings.stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        self._text: dict[str, str] = {}
        self._tzids: dict[str, str | None] = {}
        self._tags: dict[tuple[str, ...], str] = {}
        self._schedules: dict[str, list[tuple[str, str]]] = {}
        self._orders: dict[tuple[str, ...], list[int]] = {}
        self._folded: dict[str, str] = {}
        self._owned: dict[tuple[str, ...], str] = {}

    def text(self, value: str) -> str:
        """A TEXT value as icalendar escapes it (text with nothing to escape is itself)."""
        if _SPECIAL.search(value) is None:
            return value
        found = self._text.get(value)
        if found is None:
            if len(self._text) > 50_000:
                self._text.clear()
            found = self._text[value] = vText(value).to_ical().decode("utf-8")
        return found

    def tzid(self, name: str) -> str | None:
        """The TZID icalendar writes for a zone (None: it writes UTC with ``Z``)."""
        if name not in self._tzids:
            sample = vDatetime(datetime(2000, 1, 1, tzinfo=zone(name)))
            self._tzids[name] = sample.params.get("TZID")
        return self._tzids[name]

    def event_bytes(self, session: Session) -> bytes | None:
        """The VEVENT's bytes; None when its zone's TZID would need quoting."""
        if not session.all_day:
            tzid = self.tzid(session.time_zone)
            if tzid is not None and not _PLAIN_TZID.fullmatch(tzid):
                return None
        lines = self._lines(session)
        names = tuple([name for name, _ in lines])
        order = self._orders.get(names)
        if order is None:   # the few sets of properties a calendar has, each sorted once
            if len(self._orders) > 1000:
                self._orders.clear()
            order = self._orders[names] = sorted(range(len(names)),
                                                 key=lambda i: _order(names[i]))
        out = ["BEGIN:VEVENT"]
        for index in order:
            line = lines[index][1]
            out.append(line if len(line) < _FOLD_FROM and line.isascii() else self._fold(line))
        out.append("END:VEVENT\r\n")
        return "\r\n".join(out).encode("utf-8")

    def _fold(self, line: str) -> str:
        """A line folded by icalendar when its octets reach 75 (a long line that repeats,
        such as the list of inherited fields, is folded once)."""
        folded = self._folded.get(line)
        if folded is None:
            if len(self._folded) > 10_000:
                self._folded.clear()
            data = line.encode("utf-8")
            # icalendar 7 leaves Contentline's constructor and to_ical unannotated
            folded = line if len(data) < _FOLD_FROM else \
                Contentline(line).to_ical().decode("utf-8")  # type: ignore[no-untyped-call]
            self._folded[line] = folded
        return folded

    def _lines(self, session: Session) -> list[tuple[str, str]]:
        text = self.text
        lines = [("DTSTAMP", self.stamp), ("UID", "UID:" + text(session.id)),
                 ("STATUS", "STATUS:" + text(str(session.status))),
                 (x.X_TYPE, f"{x.X_TYPE}:{text(str(session.type))}")]
        if session.title is not None:
            lines.append(("SUMMARY", "SUMMARY:" + text(session.title)))
        if session.notes is not None:
            lines.append(("DESCRIPTION", "DESCRIPTION:" + text(session.notes)))
        if session.tags:
            lines.append(("CATEGORIES", "CATEGORIES:" + self._categories(session.tags)))
        if session.type is SessionType.WORKING_HOURS or _free(session):
            lines.append(("TRANSP", "TRANSP:TRANSPARENT"))
        if session.capacity is not None:
            lines.append((x.X_CAPACITY, f"{x.X_CAPACITY}:{text(str(session.capacity))}"))
        if session.time_reserved_after is not None:
            lines.append((x.X_BUFFER, f"{x.X_BUFFER}:{text(str(session.time_reserved_after))}"))
        lines += self._schedule(session.schedule_id)
        if session.rate is not None:
            lines.append(_x_text(x.X_RATE, text(x.rate_to_text(session.rate))))
        if session.affected_schedules:
            lines.append(_x_text(x.X_AFFECTED,
                                 text(x.affected_to_text(session.affected_schedules))))
        if session.inherited_fields:
            lines.append(_x_text(x.X_OWN, self._own(session.inherited_fields)))
        self._times(lines, session)
        return lines

    def _own(self, inherited: tuple[str, ...]) -> str:
        found = self._owned.get(inherited)
        if found is None:
            found = self._owned[inherited] = self.text(x.own_fields(inherited))
        return found

    def _categories(self, tags: tuple[str, ...]) -> str:
        found = self._tags.get(tags)
        if found is None:
            found = self._tags[tags] = vCategory(list(tags)).to_ical().decode("utf-8")
        return found

    def _schedule(self, schedule_id: str) -> list[tuple[str, str]]:
        found = self._schedules.get(schedule_id)
        if found is None:
            found = [_x_text(x.X_SCHEDULE_ID, self.text(schedule_id))]
            schedule = self.settings.schedules.get(schedule_id)
            if schedule is not None:
                found += [_x_text(x.X_SCHEDULE_NAME, self.text(schedule.name)),
                          (x.X_SCHEDULE_KIND,
                           f"{x.X_SCHEDULE_KIND}:{self.text(str(schedule.kind))}")]
            self._schedules[schedule_id] = found
        return found

    def _times(self, lines: list[tuple[str, str]], session: Session) -> None:
        writer = self.writer
        tz = zone(session.time_zone)
        start = session.start.astimezone(tz)
        end = session.end.astimezone(tz)
        if session.all_day:
            lines.append(("DTSTART", "DTSTART;VALUE=DATE:" + _day(start)))
            lines.append(("DTEND", "DTEND;VALUE=DATE:" + _day(end)))
            tzid = None
        else:
            tzid = self.tzid(session.time_zone)
            lines.append(("DTSTART", _date_time("DTSTART", start, tzid)))
            if not session.point_in_time:
                lines.append(("DTEND", _date_time("DTEND", end, tzid)))
            if tzid:
                writer.zones.add(tzid)
        business = self.settings.business_time_zone
        if tzid != session.time_zone and not (session.all_day and session.time_zone == business):
            lines.append((x.X_TIME_ZONE, f"{x.X_TIME_ZONE}:{self.text(session.time_zone)}"))
        day = session.start.date()
        if day < writer.earliest:
            writer.earliest = day
        last = session.end.date()
        if last > writer.latest:
            writer.latest = last


def is_plain(session: Session, resources: bool) -> bool:
    """A single session this writer can write: no personal information to write, no staff or
    rooms as attendees (``resources``: the exporter found some), no reminders."""
    return (not resources and not session.reminders and session.location is None
            and not session.participants and not session.is_recurring
            and session.original_start is None)


def _free(session: Session) -> bool:
    return any(link.schedule_id == session.schedule_id and
               link.transparency is Transparency.FREE for link in session.affected_schedules)


def _x_text(name: str, value: str) -> tuple[str, str]:
    return name, f"{name};VALUE=TEXT:{value}"


def _date_time(name: str, moment: datetime, tzid: str | None) -> str:
    if tzid:
        return f"{name};TZID={tzid}:{_wall(moment)}"
    return f"{name}:{_wall(moment)}Z"


# strftime costs three times what %-formatting does, and a file has two date-times per
# event. The text is icalendar's (``vDatetime``, ``vDate``: years always of four digits,
# where strftime drops the leading zeros of a year below 1000); a test holds them alike.
def _wall(moment: datetime) -> str:
    """The wall clock of ``moment`` as icalendar writes a DATE-TIME (without its Z)."""
    return "%04d%02d%02dT%02d%02d%02d" % (moment.year, moment.month, moment.day,  # noqa: UP031
                                          moment.hour, moment.minute, moment.second)


def _day(moment: date) -> str:
    """The day of ``moment`` as icalendar writes a DATE."""
    return "%04d%02d%02d" % (moment.year, moment.month, moment.day)  # noqa: UP031

