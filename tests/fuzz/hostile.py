"""Hypothesis strategies for hostile input: .ics files and wire (JSON) sessions and filters.

What the attack trials found, generalised: huge counts, sub-daily and never-matching rules,
rules on all-day events, odd and custom time zones (with runaway VTIMEZONE rules), lone
surrogates and control characters, dates at the ends of the calendar, deep nesting, truncated
and duplicated lines. Each strategy draws small files and objects: the work is in their
content, not their size.
"""

from __future__ import annotations

from hypothesis import strategies as st

FREQS = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC",
         "W. Europe Standard Time", "/mozilla.org/20050126_1/Europe/Paris", "Mars/Olympus",
         "Custom Zone", "", "Etc/GMT+14", "../../etc/passwd", "Europe/Berlin\x00"]
NASTY_TEXT = ["\ud800", "\udfff", "a\x00b", "\x07", "\x1b[31m", "\u202e", "\ufeff", "\x85",
              "é", "😀", "\\n", "\r\n", ";", ",", ":", "\\", '"', "x" * 7000]
YEARS = st.sampled_from([1, 1899, 1900, 1970, 2027, 2200, 2201, 9999])


def _join(values) -> str:
    return ",".join(str(v) for v in values)


@st.composite
def rules(draw) -> str:
    """RRULE texts, from ordinary to hostile."""
    parts = [f"FREQ={draw(st.sampled_from(FREQS))}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.sampled_from([1, 2, 5, 7, 24, 300, 10**6, 0, -1]))}")
    end = draw(st.sampled_from(["none", "count", "until"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.sampled_from([1, 3, 10_000, 10_001, 999_999_999]))}")
    elif end == "until":
        year = draw(YEARS)
        parts.append(f"UNTIL={year:04d}1231T000000Z")
    for name, values in (("BYMONTH", st.integers(0, 13)), ("BYMONTHDAY", st.integers(-32, 32)),
                         ("BYHOUR", st.integers(0, 24)), ("BYMINUTE", st.integers(0, 60)),
                         ("BYSECOND", st.integers(0, 61)), ("BYSETPOS", st.integers(-5, 5)),
                         ("BYYEARDAY", st.integers(-367, 367)),
                         ("BYWEEKNO", st.integers(-54, 54))):
        if draw(st.integers(0, 5)) == 0:
            parts.append(f"{name}={_join(draw(st.lists(values, min_size=1, max_size=4)))}")
    if draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=7))
        ordinal = draw(st.sampled_from(["", "", "1", "-1", "5", "53"]))
        parts.append("BYDAY=" + ",".join(ordinal + d for d in days))
    if draw(st.integers(0, 9)) == 0:
        parts.append(draw(st.sampled_from(["", "X-FOO=1", "BYEASTER=0", "WKST=XX", "FREQ=DAILY",
                                           ";;", "COUNT=²"])))
    return ";".join(parts)


def _stamp(year: int, all_day: bool) -> str:
    return f"{year:04d}0104" if all_day else f"{year:04d}0104T100000"


@st.composite
def vtimezones(draw) -> str:
    rule = draw(st.sampled_from([
        "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=MINUTELY", "FREQ=SECONDLY;COUNT=999999999",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=DAILY", "FREQ=YEARLY;COUNT=5000", "FREQ=HOURLY;INTERVAL=1"]))
    offset = draw(st.sampled_from(["+0100", "+0200", "-1200", "+2500", "+0123", "bogus"]))
    start = draw(st.sampled_from(["16010101T000000", "19701025T030000", "99991231T000000",
                                  "00010101T000000"]))
    return (f"BEGIN:VTIMEZONE\r\nTZID:Custom Zone\r\nBEGIN:STANDARD\r\nDTSTART:{start}\r\n"
            f"RRULE:{rule}\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\n"
            "TZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


@st.composite
def events(draw, uid: int) -> str:
    all_day = draw(st.booleans())
    year = draw(st.sampled_from([2027, 2027, 2027, 1, 1900, 2200, 9999]))
    zone = draw(st.sampled_from(ZONES))
    tzid = "" if all_day or draw(st.booleans()) else f";TZID={zone}"
    value = ";VALUE=DATE" if all_day else ""
    start = _stamp(year, all_day)
    end = _stamp(year, all_day).replace("0104", draw(st.sampled_from(["0104", "0105", "0103"])))
    if not all_day:
        end = end[:9] + draw(st.sampled_from(["110000", "100000", "093000"]))
    lines = ["BEGIN:VEVENT", f"UID:fuzz-{uid}", "DTSTAMP:20270101T000000Z",
             f"DTSTART{tzid}{value}:{start}", f"DTEND{tzid}{value}:{end}",
             f"SUMMARY:{draw(st.sampled_from([*NASTY_TEXT, 'Yoga', 'Massage']))}"]
    if draw(st.booleans()):
        lines.append(f"RRULE:{draw(rules())}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"EXDATE{tzid}{value}:{_stamp(draw(YEARS), all_day)}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"RDATE{tzid}{value}:{_stamp(draw(YEARS), all_day)}")
    if draw(st.integers(0, 3)) == 0:
        lines.append(f"ATTENDEE;CN={draw(st.sampled_from(NASTY_TEXT))}:mailto:a@example.org")
    if draw(st.integers(0, 4)) == 0:
        lines.append(f"RECURRENCE-ID{tzid}{value}:{start}")
    lines.append("END:VEVENT")
    return "\r\n".join(lines) + "\r\n"


@st.composite
def ics_files(draw) -> bytes:
    """Small calendars with hostile rules, zones and texts, then damaged line by line."""
    body = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//fuzz//EN\r\n"]
    if draw(st.booleans()):
        body.append(draw(vtimezones()))
    for uid in range(draw(st.integers(1, 4))):
        body.append(draw(events(uid)))
    if draw(st.integers(0, 5)) == 0:
        depth = draw(st.sampled_from([10, 200, 2000]))
        body.append("BEGIN:VEVENT\r\n" * depth + "END:VEVENT\r\n" * depth)
    body.append("END:VCALENDAR\r\n")
    text = "".join(body)
    data = text.encode("utf-8", "surrogatepass")
    lines = data.split(b"\r\n")
    for kind, where in draw(st.lists(st.tuples(st.sampled_from(["dup", "cut", "drop", "bytes"]),
                                               st.integers(0, 10_000)), max_size=4)):
        i = where % len(lines)
        if kind == "dup":
            lines[i:i] = [lines[i]] * (1 + where % 50)
        elif kind == "cut":
            lines[i] = lines[i][: where % (len(lines[i]) + 1)]
        elif kind == "drop":
            del lines[i]
            if not lines:
                lines = [b""]
        else:
            lines[i] = lines[i] + bytes([0xFF, 0xFE, 0x00, 0xC3])
    if draw(st.integers(0, 5)) == 0:                  # truncated anywhere
        joined = b"\r\n".join(lines)
        return joined[: draw(st.integers(0, len(joined)))]
    return b"\r\n".join(lines)


def _moment(draw) -> object:
    year = draw(YEARS)
    return draw(st.sampled_from([
        f"{year:04d}-01-04T10:00", f"{year:04d}-01-04", f"{year:04d}-01-04T10:00:00Z",
        f"{year:04d}-01-04T10:00+14:00", "not a date", "",
        {"timestamp": f"{year:04d}-01-04T10:00Z"},
        {"localDateTime": {"year": year, "monthOfYear": 1, "dayOfMonth": 4, "hourOfDay": 10},
         "timeZone": draw(st.sampled_from(ZONES))}, 12, None, [], {"a": {"b": {}}}]))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.sampled_from(NASTY_TEXT),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["name", "email", "amount", "currency", "scheduleId", "x"]), inner,
        max_size=3), max_leaves=8)


@st.composite
def wire_sessions(draw, schedule_id: str) -> dict:
    """A Wix-shaped session from the outside world: some fields right, some hostile."""
    session: dict = {"scheduleId": draw(st.sampled_from([schedule_id, schedule_id, "\ud800",
                                                          "nope", 5]))}
    session["start"] = _moment(draw)
    session["end"] = _moment(draw) if draw(st.booleans()) else "2027-01-04T11:00"
    for key, values in (
            ("title", st.sampled_from(NASTY_TEXT) | st.text(max_size=20)),
            ("notes", st.sampled_from(NASTY_TEXT)),
            ("recurrence", rules()),
            ("tags", st.lists(st.sampled_from(NASTY_TEXT), max_size=3) | JSON_VALUES),
            ("capacity", st.integers(-5, 10**9) | JSON_VALUES),
            ("participants", st.lists(st.fixed_dictionaries(
                {"name": st.sampled_from(NASTY_TEXT), "partySize": st.integers(-1, 300)}),
                max_size=3) | JSON_VALUES),
            ("location", JSON_VALUES), ("rate", JSON_VALUES),
            ("timeZone", st.sampled_from(ZONES)), ("allDay", st.booleans() | JSON_VALUES),
            ("recurrenceDates", st.lists(st.sampled_from(["2027-02-01T10:00", "9999-01-01",
                                                          "0001-01-01T00:00", "x"]),
                                         max_size=3)),
            ("id", st.sampled_from(["ok-id", " spaced ", "\ud800", "a" * 300, "x\x00y"]))):
        if draw(st.integers(0, 3)) == 0:
            session[key] = draw(values)
    return session


@st.composite
def filters(draw) -> object:
    """Wix filters: nested $and/$or/$not, unknown fields and operators, hostile operands."""
    depth = draw(st.sampled_from([1, 2, 5, 31, 33, 200]))
    leaf = draw(st.sampled_from([
        {"title": "Yoga"}, {"title": {"$startsWith": "\ud800"}}, {"capacity": {"$gt": 1e308}},
        {"scheduleId": {"$in": ["\x00", "a" * 20000]}}, {"nope": 1}, {"$where": "1"},
        {"tags": {"$hasSome": []}}, {"status": "CANCELED"}, {"capacity": float("nan")}]))
    node: object = leaf
    for _ in range(depth):
        node = {draw(st.sampled_from(["$and", "$or", "$not"])): node} if draw(st.booleans()) \
            else {"$and": [node]}
    return node
