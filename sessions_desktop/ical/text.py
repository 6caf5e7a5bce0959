"""Text to the top-level components of each VCALENDAR.

This does not parse iCalendar (icalendar does): it only finds where components begin and end,
so that each component is parsed on its own (a broken one cannot spoil the rest, and progress
can be reported), and it repairs or reports lines that are not content lines at all. The fast
path is three regular expression scans; the line-by-line repair runs only on broken files.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

_PARAM = r'[A-Za-z0-9-]+=(?:"[^"\n]*"|[^";:,\n]*)(?:,(?:"[^"\n]*"|[^";:,\n]*))*'
_CONTENT = r"[A-Za-z0-9-]+(?:;" + _PARAM + r")*:"
_BAD_LINE = re.compile(r"^(?![ \t]|$)(?!" + _CONTENT + ")", re.M)
_BEGIN_END = re.compile(r"^(BEGIN|END)[ \t]*:[ \t]*([A-Za-z0-9-]*)[ \t]*$", re.M | re.I)
# The same lines after the first, found from their "\n": a literal the regular expression
# engine skips to, where a "^" makes it try every character (three times faster here).
_BAD_AFTER_NEWLINE = re.compile(r"\n(?![ \t\n]|\Z)(?!" + _CONTENT + ")")
_BEGIN_END_AFTER_NEWLINE = re.compile(
    r"\n((?i:BEGIN|END))[ \t]*:[ \t]*([A-Za-z0-9-]*)[ \t]*(?=\n|\Z)")
_UNFOLD = re.compile(r"\n[ \t]")
_TOP_LEVEL = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE",
                        "VAVAILABILITY"})
_TEXT_PROPS = ("DESCRIPTION", "SUMMARY", "LOCATION", "COMMENT")


@dataclass(slots=True)
class Unit:
    """One top-level component of a VCALENDAR (VEVENT, VTIMEZONE, VTODO, ...). Its text is
    cut from the file's text when asked for, so a large file is held once, not twice."""

    kind: str
    line: int
    source: str
    begin: int
    stop: int
    end_line: int = 0
    broken: str | None = None   # why it cannot be read, when it cannot

    @property
    def text(self) -> str:
        return self.source[self.begin:self.stop]


class Units:
    """The components of a calendar, kept as columns of integers (about 40 bytes each, a
    fifth of a ``Unit`` object), so a file of half a million events costs little to hold;
    a ``Unit`` is made when one is asked for."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.kinds: list[str] = []      # the few names, shared
        self._lines = array("q")
        self._begins = array("q")
        self._stops = array("q")
        self._end_lines = array("q")
        self.broken: dict[int, str] = {}

    def add(self, kind: str, line: int, begin: int, stop: int, end_line: int,
            broken: str | None) -> None:
        if broken:
            self.broken[len(self.kinds)] = broken
        self.kinds.append(sys.intern(kind))
        self._lines.append(line)
        self._begins.append(begin)
        self._stops.append(stop)
        self._end_lines.append(end_line)

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, index: int) -> Unit:
        return Unit(self.kinds[index], self._lines[index], self.source, self._begins[index],
                    self._stops[index], self._end_lines[index], self.broken.get(index))

    def __iter__(self) -> Iterator[Unit]:
        return (self[index] for index in range(len(self.kinds)))

    def line(self, index: int) -> int:
        return self._lines[index]

    def span(self, index: int) -> tuple[int, int]:
        """Where the unit's text begins and ends in ``source``."""
        return self._begins[index], self._stops[index]

    def end_line(self, index: int) -> int:
        return self._end_lines[index]


@dataclass(slots=True)
class RawCalendar:
    line: int
    source: str = ""
    header: str = ""            # BEGIN:VCALENDAR and the calendar's own properties
    units: Units = field(init=False)

    def __post_init__(self) -> None:
        self.units = Units(self.source)


@dataclass(slots=True)
class Problem:
    line: int
    reason: str


@dataclass(slots=True)
class Scan:
    calendars: list[RawCalendar]
    problems: list[Problem]       # broken text outside any component
    notes: list[str]              # repairs that lost nothing worth failing for


def scan(text: str) -> Scan:
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        text = text.replace("\r", "\n")
    notes: list[str] = []
    dropped: dict[int, str] = {}
    # A large file is held once: unfolded (a copy) only when a line looks broken as it is.
    if has_bad_line(text) and has_bad_line(_UNFOLD.sub("", text)):
        text, dropped = _repair_lines(text, notes)
    walker = _Walker(text)
    walker.run()
    _assign_dropped(walker, dropped)
    return Scan(walker.calendars, walker.problems, notes + walker.notes)


def has_bad_line(text: str) -> bool:
    """``_BAD_LINE.search(text)``: is any line not a content line (nor a fold, nor empty)?"""
    return _BAD_LINE.match(text) is not None or _BAD_AFTER_NEWLINE.search(text) is not None


def begins_and_ends(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, BEGIN or END, name)`` of each match of ``_BEGIN_END`` in ``text``, in
    order, upper-case."""
    first = _BEGIN_END.match(text)
    if first is not None:
        yield first.start(), first.end(), first.group(1).upper(), first.group(2).upper()
    for match in _BEGIN_END_AFTER_NEWLINE.finditer(text):
        yield match.start() + 1, match.end(), match.group(1).upper(), match.group(2).upper()


def _repair_lines(text: str, notes: list[str]) -> tuple[str, dict[int, str]]:
    """Join logical lines that lost their fold to the line before; blank out the others.

    Works on logical lines (a line plus its folded continuations) and keeps the number of
    physical lines, so line numbers stay those of the file.
    """
    lines = text.split("\n")
    dropped: dict[int, str] = {}
    joined: list[int] = []
    previous = ""   # the last good logical line
    for first, last in _logical_lines(lines):
        logical = lines[first] + "".join(line[1:] for line in lines[first + 1:last])
        if _BAD_LINE.match(logical) is None:
            previous = logical
        elif previous and not previous.upper().startswith(("BEGIN", "END")):
            name = previous.split(":", 1)[0].split(";", 1)[0].upper()
            lines[first] = (" \\n" if name in _TEXT_PROPS else " ") + lines[first]
            joined.append(first + 1)
        else:
            dropped[first + 1] = logical
            for index in range(first, last):
                lines[index] = ""
    if joined:
        shown = ", ".join(str(n) for n in joined[:5]) + (" ..." if len(joined) > 5 else "")
        notes.append(f"{len(joined)} line(s) were not content lines (line {shown}); each was "
                     "joined to the line before it, as a fold that lost its leading space")
    return "\n".join(lines), dropped


def _logical_lines(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) index ranges of logical lines; empty lines are left out."""
    spans: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if line[0] in " \t" and spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _assign_dropped(walker: _Walker, dropped: dict[int, str]) -> None:
    units = [(cal.units, i) for cal in walker.calendars for i in range(len(cal.units))]
    starts = [store.line(i) for store, i in units]
    for line, content in dropped.items():
        reason = f"line {line} is not an iCalendar line: {content[:60]!r}"
        index = bisect_right(starts, line) - 1
        if index >= 0 and starts[index] <= line <= units[index][0].end_line(units[index][1]):
            store, i = units[index]
            store.broken.setdefault(i, reason)
        else:
            walker.problems.append(Problem(line, reason))


class _Walker:
    """Follows BEGIN/END lines and cuts the text into calendars and their components."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calendars: list[RawCalendar] = []
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self._cal: RawCalendar | None = None
        self._pieces: list[str] = []
        self._mark = 0                  # where the calendar's own text resumes
        self._outside = 0               # where text outside any calendar begins
        self._stack: list[tuple[str, int]] = []
        self._unit_start = (0, 0, "")   # (position, line, name)
        self._unit_broken: str | None = None

    def run(self) -> None:
        text, line, last = self.text, 1, 0
        for start, stop, verb, name in begins_and_ends(text):
            line += text.count("\n", last, start)
            last = start
            if verb == "BEGIN":
                self._begin(name, line, start, stop + 1)
            else:
                self._end(name, line, start, stop + 1)
        self._finish()

    # -- calendars ---------------------------------------------------------------------------
    def _open_calendar(self, line: int, position: int, implicit: bool) -> None:
        self._check_outside(position)
        self._cal = RawCalendar(line, self.text)
        self._pieces = ["BEGIN:VCALENDAR\n"] if implicit else []
        self._mark = position
        if implicit:
            self.notes.append(f"line {line}: a component outside any VCALENDAR was read as if "
                              "it were inside one")

    def _close_calendar(self, position: int, end: int) -> None:
        cal = self._cal
        assert cal is not None      # called with a calendar open
        self._pieces.append(self.text[self._mark:position])
        cal.header = "".join(self._pieces)
        self.calendars.append(cal)
        self._cal = None
        self._outside = end

    def _check_outside(self, position: int) -> None:
        stray = self.text[self._outside:position]
        if stray.strip():
            line = self.text.count("\n", 0, self._outside) + 1
            first = stray.strip().split("\n", 1)[0]
            self.problems.append(Problem(line, f"text outside any VCALENDAR: {first[:60]!r}"))

    # -- components --------------------------------------------------------------------------
    def _begin(self, name: str, line: int, position: int, end: int) -> None:
        if name == "VCALENDAR":
            if self._cal is not None:
                self._abandon(line, position, f"no END:VCALENDAR before line {line}")
                self._close_calendar(position, position)
            self._open_calendar(line, position, implicit=False)
            return
        if self._cal is None:
            self._open_calendar(line, position, implicit=True)
        if self._stack and name in _TOP_LEVEL:
            self._abandon(line, position, f"no END before BEGIN:{name} at line {line}")
        if not self._stack:
            self._pieces.append(self.text[self._mark:position])
            self._unit_start = (position, line, name)
            self._unit_broken = None
        self._stack.append((name, line))

    def _end(self, name: str, line: int, position: int, end: int) -> None:
        if self._cal is None:
            self.problems.append(Problem(line, f"END:{name} without BEGIN:{name}"))
            self._outside = end
            return
        if name == "VCALENDAR":
            self._abandon(line, position, f"no END before END:VCALENDAR at line {line}")
            self._close_calendar(position, end)
            return
        names = [n for n, _ in self._stack]
        if name not in names:
            self._mismatch(line, f"line {line}: END:{name} without BEGIN:{name}")
            return
        while self._stack[-1][0] != name:
            inner, inner_line = self._stack.pop()
            self._mismatch(line, f"BEGIN:{inner} at line {inner_line} has no END:{inner}")
        self._stack.pop()
        if not self._stack:
            self._close_unit(line, end)

    def _mismatch(self, line: int, reason: str) -> None:
        if self._stack:
            self._unit_broken = self._unit_broken or reason
        else:
            self.problems.append(Problem(line, reason))

    def _close_unit(self, line: int, end: int) -> None:
        position, first_line, kind = self._unit_start
        assert self._cal is not None        # a unit is closed inside a calendar
        self._cal.units.add(kind, first_line, position, end, line, self._unit_broken)
        self._mark = end

    def _abandon(self, line: int, position: int, why: str) -> None:
        """An unterminated component: keep its text, mark it broken."""
        if not self._stack:
            return
        name, _ = self._stack[0]
        self._unit_broken = f"BEGIN:{name} has no END:{name} ({why})"
        self._stack.clear()
        self._close_unit(line - 1, position)

    def _finish(self) -> None:
        if self._cal is None:
            self._check_outside(len(self.text))
            return
        if self._stack:
            last_line = self.text.count("\n") + 2
            self._abandon(last_line, len(self.text), "the file ends inside it")
        self.notes.append("the file has no END:VCALENDAR; the calendar was read to the end")
        self._close_calendar(len(self.text), len(self.text))
