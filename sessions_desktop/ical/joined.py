"""Which VEVENTs wait for each other: those whose UID another VEVENT of the file carries.

A recurring event and its changed instances (RECURRENCE-ID), or one event given twice, are
joined at the end of a file (``assemble``); every other event goes to the caller as soon as its
batch is read. The UIDs are found with regular expressions on the text, before any parsing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from sessions_desktop.ical.text import RawCalendar

UID = re.compile(r"^UID(?:;[^:\n]*)?:(.*)$", re.M | re.I)
SUMMARY = re.compile(r"^SUMMARY(?:;[^:\n]*)?:(.*)$", re.M | re.I)
_UNFOLD = re.compile(r"\n[ \t]")
_RECURRENCE_ID = re.compile(r"^RECURRENCE-ID[;:]", re.M | re.I)
# The same lines found in a whole calendar's text: a line's "\n" first (never a VEVENT's first
# line), which the regular expression engine finds far faster than a case-blind "^".
_UID_LINE = re.compile(r"\n(?i:UID)(?:;[^:\n]*)?:(.*)")
_CHANGE_LINE = re.compile(r"\n(?i:RECURRENCE-ID)[;:]")


def joined_uids(calendars: list[RawCalendar]) -> set[str]:
    """UIDs that more than one VEVENT of the file carries (a recurring event and its changed
    instances, or one event given twice): those events wait for each other (``assemble``).
    Found with a regular expression on the text; an event without a UID waits too."""
    seen: set[int] = set()
    joined: set[str] = set()
    for raw in calendars:
        for uid, changed in _event_uids(raw):
            if uid is None:
                joined.add("")
                continue
            key = hash(uid)     # hashes, not the texts: half a million UIDs cost little
            if key in seen or changed:
                joined.add(uid)     # every event with this UID waits (both, when given twice)
            seen.add(key)
    # Two UIDs of one hash make the second wait needlessly: harmless, it is still imported.
    return joined


def _event_uids(raw: RawCalendar) -> list[tuple[str | None, bool]]:
    """For each VEVENT, in order: ``first_value(UID, its text)`` and whether it has a
    RECURRENCE-ID. One search of the calendar's text for each pattern, the matches given to
    their VEVENTs (a VEVENT with a folded line is searched alone, unfolded)."""
    store = raw.units
    source = store.source
    events = [index for index, kind in enumerate(store.kinds) if kind == "VEVENT"]
    spans = [store.span(index) for index in events]
    starts = [begin for begin, _ in spans]

    def owner(position: int) -> int | None:
        at = bisect_right(starts, position) - 1
        return at if at >= 0 and position < spans[at][1] else None

    folded = {owner(m.start()) for m in _UNFOLD.finditer(source)}
    changed = {owner(m.start() + 1) for m in _CHANGE_LINE.finditer(source)}   # line starts
    first: dict[int | None, str] = {}
    for match in _UID_LINE.finditer(source):
        first.setdefault(owner(match.start() + 1), match.group(1))
    out = []
    for at, (begin, stop) in enumerate(spans):
        if at in folded:
            text = source[begin:stop]
            out.append((first_value(UID, text), _RECURRENCE_ID.search(text) is not None))
        else:
            uid = first.get(at)
            out.append((None if uid is None else uid.strip(), at in changed))
    return out


def first_value(pattern: re.Pattern[str], text: str) -> str | None:
    """A property's value read from the text (a long UID, as Outlook writes, is folded)."""
    match = pattern.search(text)
    if match is None:
        return None
    if "\n " in text or "\n\t" in text:
        match = pattern.search(_UNFOLD.sub("", text))
    return match.group(1).strip() if match else None
