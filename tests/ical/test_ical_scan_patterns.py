"""The quick searches of a file's text find exactly what the line-anchored patterns they
replace find: lines that are no content lines, BEGIN/END lines (``text``), and the UID and
RECURRENCE-ID of each VEVENT (``joined``); over the corpus, generated and damaged files."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from ical_helpers import CORPUS
from test_ical_bulk import generate

from sessions_desktop.ical import joined, text
from sessions_desktop.ical.decode import decode
from sessions_desktop.ical.joined import UID, first_value
from tests.fuzz.hostile import ics_files

RECURRENCE_ID = re.compile(r"^RECURRENCE-ID[;:]", re.M | re.I)


def reference_joined(calendars) -> set[str]:
    """``joined_uids`` as it was: each VEVENT's text searched on its own."""
    seen, found = set(), set()
    for raw in calendars:
        for unit in raw.units:
            if unit.kind != "VEVENT":
                continue
            uid = first_value(UID, unit.text)
            if uid is None:
                found.add("")
                continue
            if uid in seen or RECURRENCE_ID.search(unit.text):
                found.add(uid)
            seen.add(uid)
    return found


def same_findings(source: str) -> None:
    normal = source.replace("\r\n", "\n").replace("\r", "\n")
    assert text.has_bad_line(normal) == (text._BAD_LINE.search(normal) is not None)
    expected = [(m.start(), m.end(), m.group(1).upper(), m.group(2).upper())
                for m in text._BEGIN_END.finditer(normal)]
    assert list(text.begins_and_ends(normal)) == expected
    calendars = text.scan(source).calendars
    assert joined.joined_uids(calendars) == reference_joined(calendars)


EDGES = [
    "BEGIN:VEVENT\nUID:a\nEND:VEVENT\n",                       # a component on the first line
    "begin : vevent \nuid;x=1:a\nrecurrence-id:20250101\nEND:VEVENT",   # lower case, no \n
    "not a line\nBEGIN:VCALENDAR\n\n \nEND:VCALENDAR\n\n",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\n b\nEND:VEVENT\nBEGIN:VEVENT\nUID:ab\nEND:VEVENT\n"
    "BEGIN:VEVENT\nBEGIN:VALARM\nUID:alarm\nEND:VALARM\nUID:c\nEND:VEVENT\nEND:VCALENDAR",
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nRECURRENCE-ID:1\r\nUID:x\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:none\r\nEND:VEVENT\r\n",
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nRECURRENCE-ID:1\nEND:VEVENT\nUID:outside\nEND:VEVENT\n"
    "END:VCALENDAR\n",                                      # a UID just after a VEVENT
    "",
    "\n",
    "BEGIN:VEVENT",
]


@pytest.mark.parametrize("source", EDGES)
def test_edges(source):
    same_findings(source)


def test_the_corpus_and_generated_files():
    for path in sorted(CORPUS.rglob("*.ics")):
        same_findings(decode(path.read_bytes())[0])
    same_findings(decode(generate(300))[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(data=ics_files())
def test_damaged_files(data):
    same_findings(decode(data)[0])
