"""The day roster and the class list as blocks on paper.

A roster page per staff member or room: time, session and service, room (or staff for a
room's page), participants, places, notes. Participants' names and phone numbers appear only
when the roster was read with personal information; otherwise the sheet says how many are
booked and that names were left out. A class list has a box to tick per participant and
space to write, and empty rows for the places still free (walk-ins).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from sessions_desktop.domain.enums import ScheduleKind
from sessions_desktop.presentation.formatting import one_line
from sessions_desktop.services.api import Roster, SheetEntry
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.paper import Block, Masthead, PageBreak
from sessions_desktop.ui.common.paper_blocks import (
    CHECKBOX,
    Lines,
    PaperColumn,
    TableBlock,
    Text,
)
from sessions_desktop.ui.common.texts import time_text

NBSP = "\u00a0"          # a phone number never breaks across lines
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Sheets", "Names and phone numbers left out (personal information was not chosen)."
)


def long_date(day, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day),
                                          QLocale.FormatType.LongFormat)


def span_text(start, end, locale: QLocale | None = None) -> str:
    return f"{time_text(start, locale)}–{time_text(end, locale)}"


def people_text(entry: SheetEntry) -> str:
    if entry.time_off:
        return ""
    if entry.participants is None:
        return (
            translate("Sheets", "{booked} booked").format(booked=entry.booked)
            if entry.booked
            else ""
        )
    lines = []
    for p in entry.participants:
        line = one_line(p.name) or translate("Sheets", "(no name)")
        if p.party_size > 1:
            line += translate("Sheets", " ×{party_size}").format(party_size=p.party_size)
        if p.phone:
            line += " · " + one_line(p.phone).replace(" ", NBSP)
        lines.append(line)
    return "\n".join(lines)


def places_text(entry: SheetEntry) -> str:
    if entry.time_off:
        return ""
    if entry.capacity is None:
        return str(entry.booked) if entry.booked else ""
    return translate("Sheets", "{booked} / {capacity}").format(
        booked=entry.booked, capacity=entry.capacity
    )


def _roster_row(entry: SheetEntry, page_kind: ScheduleKind, locale) -> list[str]:
    when = (
        translate("Sheets", "All day")
        if entry.all_day
        else span_text(entry.start, entry.end, locale)
    )
    if entry.time_off:
        return [
            when,
            translate("Sheets", "Time off: {one_line}").format(one_line=one_line(entry.title)),
            "",
            "",
            "",
            one_line(entry.notes),
        ]
    what = one_line(entry.title)
    if entry.service and entry.service not in what:
        what += f"\n{entry.service}"
    where = entry.staff if page_kind is ScheduleKind.ROOM else entry.rooms
    return [when, what, ", ".join(where), people_text(entry), places_text(entry),
            entry.notes or ""]


def roster_blocks(roster: Roster, business: str, printed: str,
                  locale: QLocale | None = None) -> tuple[list[Block], Masthead]:
    day = long_date(roster.day, locale)
    blocks: list[Block] = []
    first: Masthead | None = None
    for page in roster.pages:
        hours = ", ".join(span_text(a, b, locale) for a, b in page.working)
        sub = translate("Sheets", "Day roster · {day}").format(day=day) + (
            translate("Sheets", " · working {hours}").format(hours=hours) if hours else "")
        masthead = Masthead(page.resource_name, sub, business, printed)
        if first is None:
            first = masthead
        else:
            blocks.append(PageBreak(masthead))
        other = (
            translate("Sheets", "Staff")
            if page.kind is ScheduleKind.ROOM
            else translate("Sheets", "Room")
        )
        columns = (PaperColumn(
            translate("Sheets", "Time"), 1.5), PaperColumn(translate("Sheets", "Session"), 2.2),
                   PaperColumn(other, 1.2), PaperColumn(translate("Sheets", "Participants"), 3.0),
                   PaperColumn(
                       translate("Sheets", "Places"), 0.8, right=True), PaperColumn(
                           translate("Sheets", "Notes"), 2.0))
        rows = [_roster_row(e, page.kind, locale) for e in page.entries]
        if rows:
            blocks.append(TableBlock(columns, rows, size=9))
        else:
            blocks.append(Text(
                translate("Sheets", "Nothing booked on this day."), size=10, italic=True))
        if not roster.include_pi and any(e.booked for e in page.entries):
            blocks.append(
                Text(translate("Sheets", LEFT_OUT), size=8, italic=True, colour="#555555")
            )
    if first is None:
        first = Masthead(translate("Sheets", "Day roster"), day, business, printed)
        blocks.append(Text(
            translate("Sheets", "No staff member or room has anything booked on this day."),
                           size=10, italic=True))
    return blocks, first


def class_list_blocks(entry: SheetEntry, business: str, printed: str,
                      locale: QLocale | None = None) -> tuple[list[Block], Masthead]:
    details = [long_date(entry.start.date(), locale), span_text(entry.start, entry.end, locale)]
    details += [", ".join(x) for x in (entry.rooms, entry.staff) if x]
    title = translate("Sheets", "Class list: {one_line}").format(one_line=one_line(entry.title))
    masthead = Masthead(title, " · ".join(details), business, printed)
    places = places_text(entry)
    blocks: list[Block] = [
        Text(
            translate("Sheets", "{service} · places booked: {value}").format(
                service=entry.service, value=places or entry.booked
            ),
            size=10,
            space_before=0,
        )
    ]
    if entry.notes:
        blocks.append(Text(translate("Sheets", "Notes: {notes}").format(notes=entry.notes), size=9))
    columns = (PaperColumn(translate("Sheets", "Here"), 0.5), PaperColumn("#", 0.4, right=True),
               PaperColumn(
                   translate("Sheets", "Participant"), 2.6), PaperColumn(
                       translate("Sheets", "Phone"), 1.6),
               PaperColumn(
                   translate("Sheets", "Party"), 0.6, right=True), PaperColumn(
                       translate("Sheets", "Notes"), 3.0))
    rows = []
    if entry.participants is not None:
        for n, p in enumerate(entry.participants, start=1):
            rows.append([CHECKBOX, str(n), one_line(p.name), one_line(p.phone),
                         str(p.party_size), ""])
    else:
        rows = [[CHECKBOX, str(n), "", "", "", ""] for n in range(1, entry.booked + 1)]
    taken = sum(p.party_size for p in entry.participants or ()) or entry.booked
    free = max(0, (entry.capacity or 0) - taken)
    rows += [[CHECKBOX, "", "", "", "", ""] for _ in range(min(free, 40))]
    blocks.append(TableBlock(columns, rows, size=10, min_row_points=22))
    if entry.participants is None and entry.booked:
        blocks.append(Text(translate("Sheets", LEFT_OUT), size=8, italic=True, colour="#555555"))
    blocks.append(Text(translate("Sheets", "Notes"), size=10, bold=True, space_before=10))
    blocks.append(Lines(5))
    return blocks, masthead
