"""``calendar_bytes`` is a faster ``Component.to_ical()``: it must give the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar, Event, vText

from sessions_desktop.ical.serialize import calendar_bytes

CORPUS = sorted((Path(__file__).parent / "corpus").rglob("*.ics"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_same_bytes_as_icalendar_for_every_corpus_file(path):
    try:
        calendar = Calendar.from_ical(path.read_bytes())
    except ValueError:
        pytest.skip("icalendar itself cannot read this file")
    assert calendar_bytes(calendar) == calendar.to_ical()


def test_same_bytes_for_long_unicode_and_shared_values():
    calendar = Calendar()
    calendar.add("prodid", "-//test//EN")
    calendar.add("version", "2.0")
    shared = vText("X" * 90)               # one object in many events, longer than a line
    for index, title in enumerate(["kurz", "é" * 40, "a" * 74, "b" * 75, "日本語" * 30,
                                   "back\\slash, comma; semicolon" * 4]):
        event = Event()
        event["UID"] = vText(f"uid-{index}")
        event["SUMMARY"] = vText(title)
        event["X-SHARED"] = shared
        calendar.add_component(event)
    assert calendar_bytes(calendar) == calendar.to_ical()
