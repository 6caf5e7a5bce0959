"""How an instance differs from its series, and what a series edit will reach.

Shown in the editor ("Differs from the series: title, time") and in the preview before a
"this and following" or "all" save: how many sessions change, and which already-changed ones
keep their own values (the service keeps an exception's own fields; research note 9).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sessions_desktop.domain.model import Session

LABELS = {"title": "title", "tags": "tags", "capacity": "capacity", "location": "location",
          "rate": "price", "time_reserved_after": "buffer", "notes": "notes",
          "participants": "participants", "calendar_conference": "conference link",
          "external_calendar_overrides": "external calendar text",
          "affected_schedules": "staff and rooms"}
TIME_FIELDS = ("start", "end", "all_day", "time_zone")


def _comparable(name: str, session: Session) -> object:
    """A field's value; participants without the read-only ``inherited`` mark, which an
    instance's copy of its series' participants carries and the series' own do not."""
    value = getattr(session, name)
    if name == "participants":
        return tuple(replace(p, inherited=False) for p in value or ())
    return value


def _wall(moment: datetime, session: Session) -> datetime:
    return moment.astimezone(session.start.tzinfo).replace(tzinfo=None)


def moved(instance: Session, series: Session) -> bool:
    """Does the instance start elsewhere than its slot, or last another length?"""
    if instance.original_start is None:
        return False
    return (_wall(instance.start, instance) != _wall(instance.original_start, instance)
            or instance.duration != series.duration)


def differing_fields(instance: Session, series: Session) -> list[str]:
    """Labels of the fields where an instance no longer shows its series' value."""
    out = [label for name, label in LABELS.items()
           if _comparable(name, instance) != _comparable(name, series)]
    if moved(instance, series):
        out.insert(0, "time")
    return out


@dataclass(frozen=True, slots=True)
class SeriesPreview:
    changing: int | None                  # None: the series has no end
    first: datetime                       # the first session that changes
    kept: tuple[tuple[datetime, tuple[str, ...]], ...]   # (start, labels kept as they are)

    def text(self, date_text: Callable[[datetime], str]) -> str:
        """A paragraph for the preview dialog; ``date_text`` formats a datetime."""
        many = ("every session from " + date_text(self.first) + " on (the series has no end)"
                if self.changing is None else
                f"{self.changing} session{'s' if self.changing != 1 else ''} from "
                + date_text(self.first))
        lines = [f"This changes {many}."]
        if self.kept:
            lines.append("These changed sessions keep their own values:")
            lines += [f"  • {date_text(start)}: {', '.join(labels)}"
                      for start, labels in self.kept]
        else:
            lines.append("No changed session keeps its own value for these fields.")
        return "\n".join(lines)


def kept_values(instances: Iterable[Session], series: Session, patch_fields: Iterable[str],
                skip: str | None = None) -> tuple[tuple[datetime, tuple[str, ...]], ...]:
    """Changed instances whose own values for the patched fields stay as they are."""
    fields = set(patch_fields)
    out = []
    for item in instances:
        if item.id == skip:
            continue
        labels = [LABELS[n] for n in LABELS if n in fields
                  and getattr(item, n) != getattr(series, n)]
        if fields & set(TIME_FIELDS) and moved(item, series):
            labels.insert(0, "time")
        if labels:
            out.append((item.start, tuple(labels)))
    return tuple(sorted(out))
