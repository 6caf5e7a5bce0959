"""Damaged files never crash the importer: it returns a plan or raises ValidationError."""

from __future__ import annotations

from datetime import UTC

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ical_helpers import CORPUS

from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import parse_calendar

FILES = sorted(p.read_bytes() for p in CORPUS.rglob("*.ics"))
STRUCTURE = [b"BEGIN:VEVENT", b"END:VEVENT", b"BEGIN:VCALENDAR", b"END:VCALENDAR",
             b"BEGIN:VALARM", b"END:VALARM", b"END:VTIMEZONE", b"RECURRENCE-ID:20250601",
             b"RRULE:FREQ=DAILY;COUNT=2", b"EXDATE;TZID=Nowhere:2025", b"DTSTART;VALUE=DATE:2025",
             b" folded", b"\tfolded", b"", b"\r", b"DURATION:-P1D", b"TZID:Europe/Berlin"]
EDITS = st.lists(st.tuples(st.sampled_from(["drop", "dup", "cut", "junk", "swap", "struct"]),
                           st.integers(0, 10_000), st.binary(max_size=12)), max_size=6)


def _damage(data: bytes, edits) -> bytes:
    lines = data.split(b"\n")
    for kind, where, junk in edits:
        i = where % len(lines)
        if kind == "drop":
            del lines[i]
        elif kind == "dup":
            lines.insert(i, lines[i])
        elif kind == "cut":
            lines[i] = lines[i][: where % (len(lines[i]) + 1)]
        elif kind == "junk":
            lines[i] = lines[i][:3] + junk + lines[i][3:]
        elif kind == "struct":
            lines.insert(i, STRUCTURE[where % len(STRUCTURE)])
        else:
            j = (where // 7) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            break
    return b"\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(FILES) - 1), edits=EDITS, partial=st.booleans())
def test_damaged_corpus_files_never_crash(index, edits, partial):
    data = _damage(FILES[index], edits)
    try:
        plan = parse_calendar(data, business_time_zone="Europe/Berlin", partial=partial)
    except ValidationError as error:
        assert error.fields and set(error.fields) == {"file"}
        return
    for item in plan.items:
        fields = item.fields
        assert fields["start"].tzinfo is not None and fields["end"].tzinfo is not None
        assert fields["end"].astimezone(UTC) > fields["start"].astimezone(UTC)   # instants
    if not partial:
        assert plan.broken == []
