"""A calendar to bytes: exactly ``Component.to_ical()``, with less repeated work.

icalendar writes every content line (``Component.content_line``: value, parameters, escaping)
and folds long lines (``Contentline.to_ical``). What this adds for files of thousands of
events:

- a value object shared by many events (DTSTAMP, STATUS, the schedule's X- properties, which
  the exporter builds once) is turned into its content line once;
- a line of at most 74 octets is left as it is without asking icalendar's character-by-character
  folding, which would return it unchanged (RFC 5545 3.1 folds lines longer than 75 octets;
  icalendar folds from 75 on); longer lines are folded by icalendar.

The result is byte for byte what ``calendar.to_ical()`` returns (a test holds it to that).
"""

from __future__ import annotations

from icalendar import Component
from icalendar.parser import Contentline, Parameters

_FOLD_FROM = 75   # icalendar folds a line whose octets reach 75
_NO_PARAMETERS = Parameters()


def calendar_bytes(calendar: Component) -> bytes:
    return Serializer().component_bytes(calendar)


class Serializer:
    """Content lines of components; a value object met again (in any component given to this
    serializer) is written once. Values are keyed by identity, so each is kept alive here."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str, object], tuple[object, bytes]] = {}

    def component_bytes(self, component: Component) -> bytes:
        lines = self._lines
        out: list[bytes] = []
        append = out.append
        for name, value in component.property_items():
            key = (name, value if isinstance(value, bytes) else id(value))
            known = lines.get(key)
            if known is not None:
                data = known[1]
            else:
                # what Component.content_line does, without a new empty Parameters per line
                params = getattr(value, "params", None)
                line = Contentline.from_parts(
                    name, _NO_PARAMETERS if params is None else params, value)
                data = line.encode("utf-8")
                if len(data) >= _FOLD_FROM:
                    data = line.to_ical()
                lines[key] = (value, data)
            append(data)
        out.append(b"")
        return b"\r\n".join(out)
