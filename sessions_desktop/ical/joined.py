"""Which VEVENTs wait for each other: those whose UID another VEVENT of the file carries.

A recurring event and its changed instances (RECURRENCE-ID), or one event given twice, are
joined at the end of a file (``assemble``); every other event goes to the caller as soon as its
batch is read. The UIDs are found with regular expressions on the text, before any parsing.
"""

from __future__ import annotations

import re

from sessions_desktop.ical.text import RawCalendar

UID = re.compile(r"^UID(?:;[^:\n]*)?:(.*)$", re.M | re.I)
SUMMARY = re.compile(r"^SUMMARY(?:;[^:\n]*)?:(.*)$", re.M | re.I)
_UNFOLD = re.compile(r"\n[ \t]")
_RECURRENCE_ID = re.compile(r"^RECURRENCE-ID[;:]", re.M | re.I)


def joined_uids(calendars: list[RawCalendar]) -> set[str]:
    """UIDs that more than one VEVENT of the file carries (a recurring event and its changed
    instances, or one event given twice): those events wait for each other (``assemble``).
    Found with a regular expression on the text; an event without a UID waits too."""
    seen: set[int] = set()
    joined: set[str] = set()
    for raw in calendars:
        for unit in raw.units:
            if unit.kind != "VEVENT":
                continue
            text = unit.text
            uid = first_value(UID, text)
            if uid is None:
                joined.add("")
                continue
            key = hash(uid)     # hashes, not the texts: half a million UIDs cost little
            if key in seen or _RECURRENCE_ID.search(text):
                joined.add(uid)     # every event with this UID waits (both, when given twice)
            seen.add(key)
    # Two UIDs of one hash make the second wait needlessly: harmless, it is still imported.
    return joined


def first_value(pattern: re.Pattern, text: str) -> str | None:
    """A property's value read from the text (a long UID, as Outlook writes, is folded)."""
    match = pattern.search(text)
    if match is None:
        return None
    if "\n " in text or "\n\t" in text:
        match = pattern.search(_UNFOLD.sub("", text))
    return match.group(1).strip() if match else None
