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
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate

LABELS = {
    "title": QT_TRANSLATE_NOOP("SeriesDiff", "title"),
    "tags": QT_TRANSLATE_NOOP("SeriesDiff", "tags"),
    "capacity": QT_TRANSLATE_NOOP("SeriesDiff", "capacity"),
    "location": QT_TRANSLATE_NOOP("SeriesDiff", "location"),
    "rate": QT_TRANSLATE_NOOP("SeriesDiff", "price"),
    "time_reserved_after": QT_TRANSLATE_NOOP("SeriesDiff", "buffer"),
    "notes": QT_TRANSLATE_NOOP("SeriesDiff", "notes"),
    "participants": QT_TRANSLATE_NOOP("SeriesDiff", "participants"),
    "calendar_conference": QT_TRANSLATE_NOOP("SeriesDiff", "conference link"),
    "external_calendar_overrides": QT_TRANSLATE_NOOP("SeriesDiff", "external calendar text"),
    "affected_schedules": QT_TRANSLATE_NOOP("SeriesDiff", "staff and rooms"),
}
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
    out = [translate("SeriesDiff", label) for name, label in LABELS.items()
           if _comparable(name, instance) != _comparable(name, series)]
    if moved(instance, series):
        out.insert(0, translate("SeriesDiff", "time"))
    return out


@dataclass(frozen=True, slots=True)
class SeriesPreview:
    changing: int | None                  # None: the series has no end
    first: datetime                       # the first session that changes
    kept: tuple[tuple[datetime, tuple[str, ...]], ...]   # (start, labels kept as they are)

    def text(self, date_text: Callable[[datetime], str]) -> str:
        """A paragraph for the preview dialog; ``date_text`` formats a datetime."""
        first = date_text(self.first)
        many = (
            translate("SeriesPreview", "every session from {first} on (the series has no end)")
            if self.changing is None
            else translate("SeriesPreview", "1 session from {first}") if self.changing == 1
            else translate("SeriesPreview", "{n} sessions from {first}")
        ).format(first=first, n=self.changing)
        lines = [translate("SeriesPreview", "This changes {many}.").format(many=many)]
        if self.kept:
            lines.append(
                translate("SeriesPreview", "These changed sessions keep their own values:"))
            lines += [
                translate("SeriesPreview", "  • {date_text}: {join}").format(
                    date_text=date_text(start), join=", ".join(labels)
                )
                for start, labels in self.kept
            ]
        else:
            lines.append(
                translate("SeriesPreview", "No changed session keeps its own value for these "
                                           "fields."))
        return "\n".join(lines)


def kept_values(instances: Iterable[Session], series: Session, patch_fields: Iterable[str],
                skip: str | None = None) -> tuple[tuple[datetime, tuple[str, ...]], ...]:
    """Changed instances whose own values for the patched fields stay as they are."""
    fields = set(patch_fields)
    out = []
    for item in instances:
        if item.id == skip:
            continue
        labels = [translate("SeriesDiff", LABELS[n]) for n in LABELS if n in fields
                  and getattr(item, n) != getattr(series, n)]
        if fields & set(TIME_FIELDS) and moved(item, series):
            labels.insert(0, translate("SeriesDiff", "time"))
        if labels:
            out.append((item.start, tuple(labels)))
    return tuple(sorted(out))
