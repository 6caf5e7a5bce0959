"""A reference model of sessions and series for the edit state machine.

Small on purpose: a series is its list of wall-clock slots, its own field values and a dict
from slot to its changed instance (an exception); each command is a short function of what
docs/sessions-api.md, docs/decisions.md (Sessions, Undo) and issue 9 say it does. Nothing
here knows how the services store rows. Every command first collects the reasons it must be
refused (``Refused`` carries the error classes any of them allows) and changes nothing then.

Ids the services invent (a split's new series) are learned by the caller and handed in as
``fresh``; a command that needs one records that it used it, so the caller can tell a split
the services did not do (or did without cause) from one the model expected.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    SessionsError,
    ValidationError,
)

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)          # 13:00 in Berlin, a Wednesday
SCHEDULE_TITLE = "Yoga class"
OWN_FIELDS = ("title", "notes", "participants")
INHERITED = {"title": SCHEDULE_TITLE, "notes": None, "participants": ()}


class Refused(Exception):
    """The model's word that a command must be refused, and with which errors."""

    def __init__(self, reasons: dict[type[SessionsError], str]) -> None:
        super().__init__("; ".join(f"{k.__name__}: {v}" for k, v in reasons.items()))
        self.allowed = tuple(reasons)


@dataclass
class Changed:
    """An exception: its times (wall clock), the fields it sets itself, cancelled or not."""

    start: datetime
    end: datetime
    own: dict = field(default_factory=dict)
    cancelled: bool = False


@dataclass
class Series:
    id: str
    slots: list[datetime]
    duration: timedelta
    own: dict = field(default_factory=dict)
    cancelled: bool = False
    changed: dict[datetime, Changed] = field(default_factory=dict)


@dataclass
class Single:
    id: str
    start: datetime
    end: datetime
    own: dict = field(default_factory=dict)
    cancelled: bool = False


@dataclass(frozen=True)
class Instance:
    """What the window shows of one session: the projection compared after every step."""

    id: str
    start: datetime
    end: datetime
    title: str | None
    notes: str | None
    participants: tuple[str, ...]
    status: str
    recurring_session_id: str | None


def aware(wall: datetime) -> datetime:
    return wall.replace(tzinfo=ZONE)


def instance_id(series_id: str, slot: datetime) -> str:
    return f"{series_id}_{slot:%Y%m%dT%H%M%S}"


def _status(cancelled: bool) -> str:
    return "CANCELLED" if cancelled else "CONFIRMED"


def _patch_own(own: dict, patch: dict) -> None:
    """A value sets the field, None drops it (the session inherits it again)."""
    for key in OWN_FIELDS:
        if key in patch:
            if patch[key] is None:
                own.pop(key, None)
            else:
                own[key] = patch[key]


class Model:
    def __init__(self) -> None:
        self.singles: dict[str, Single] = {}
        self.series: dict[str, Series] = {}
        self.used_fresh = False

    def copy(self) -> Model:
        clone = copy.deepcopy(self)
        clone.used_fresh = False
        return clone

    # -- what the window shows ----------------------------------------------------------
    def instances(self, in_window_order: bool = True) -> list[Instance]:
        """Sorted as a window query sorts; else in the order things were made (ids the
        services invent never decide what a test draws: that keeps hypothesis replayable)."""
        out = [Instance(s.id, aware(s.start), aware(s.end), *self._shown(s.own),
                        _status(s.cancelled), None) for s in self.singles.values()]
        for series in self.series.values():
            for slot in series.slots:
                out.append(self.instance(series, slot))
        return sorted(out, key=lambda i: (i.start, i.id)) if in_window_order else out

    def instance(self, series: Series, slot: datetime) -> Instance:
        changed = series.changed.get(slot)
        start, end = (changed.start, changed.end) if changed else (slot, slot + series.duration)
        own = {**series.own, **(changed.own if changed else {})}
        cancelled = series.cancelled or bool(changed and changed.cancelled)
        return Instance(instance_id(series.id, slot), aware(start), aware(end),
                        *self._shown(own), _status(cancelled), series.id)

    @staticmethod
    def _shown(own: dict) -> tuple:
        values = {**INHERITED, **own}
        return values["title"], values["notes"], tuple(values["participants"])

    def find(self, session_id: str) -> tuple[str, Single | Series, datetime | None]:
        if session_id in self.singles:
            return "SINGLE", self.singles[session_id], None
        if session_id in self.series:
            return "SERIES", self.series[session_id], None
        series_id, _, stamp = session_id.rpartition("_")
        slot = datetime.strptime(stamp, "%Y%m%dT%H%M%S")
        series = self.series[series_id]
        assert slot in series.slots, session_id
        return "INSTANCE", series, slot

    def is_cancelled(self, session_id: str) -> bool:
        kind, item, slot = self.find(session_id)
        if kind != "INSTANCE":
            return item.cancelled
        assert isinstance(item, Series) and slot is not None
        changed = item.changed.get(slot)
        return item.cancelled or bool(changed and changed.cancelled)

    @staticmethod
    def first_future_slot(series: Series) -> datetime | None:
        """Wix "from now on": the first slot that starts at or after now."""
        return next((s for s in series.slots if aware(s) >= NOW), None)

    # -- commands -----------------------------------------------------------------------
    def create(self, created_id: str, start: datetime, end: datetime, own: dict,
               slots: list[datetime] | None = None) -> None:
        if slots is None:
            self.singles[created_id] = Single(created_id, start, end, dict(own))
        else:
            self.series[created_id] = Series(created_id, list(slots), end - start, dict(own))
            self.used_fresh = True

    def update(self, session_id: str, patch: dict, scope: str | None, fresh: str | None,
               stale: bool = False) -> None:
        kind, item, slot = self.find(session_id)
        reasons = self._write_reasons(session_id, stale)
        if "start" in patch and patch["end"] <= patch["start"]:
            reasons[ValidationError] = "end must be after start"
        if kind == "SINGLE" and scope == "FOLLOWING":
            reasons[ValidationError] = "a single session has no following sessions"
        if kind == "SERIES":
            reasons.update(self._series_id_reasons(item, scope))
        if reasons:
            raise Refused(reasons)
        if isinstance(item, Single):
            _patch_own(item.own, patch)
            if "start" in patch:
                item.start, item.end = patch["start"], patch["end"]
        elif kind == "SERIES" and scope == "ALL":
            self._edit_series(item, patch, edited=None)
        elif kind == "SERIES":
            self._edit_from_now(item, patch, fresh, new_part="past")
        elif scope in (None, "THIS"):
            self._edit_instance(item, slot, patch)
        else:
            if scope == "FOLLOWING" and slot != item.slots[0]:
                item = self._split(item, slot, fresh, new_part="future")
            self._edit_series(item, patch, edited=slot)

    def delete(self, session_id: str, scope: str | None, fresh: str | None,
               fresh_first_slot: datetime | None = None) -> None:
        kind, item, slot = self.find(session_id)
        reasons = self._write_reasons(session_id, stale=False)
        if kind == "SERIES":
            reasons.update(self._series_id_reasons(item, scope))
        if reasons:
            raise Refused(reasons)
        if kind == "SINGLE" or (kind == "SERIES" and scope == "ALL") or \
                (kind == "INSTANCE" and scope == "ALL"):
            item.cancelled = True
        elif kind == "SERIES":
            # The issue fixes the refusal only; which part keeps the id is the services'
            # choice, learned from where the new series starts (reported either way).
            assert isinstance(item, Series)
            cut = self.first_future_slot(item)
            new_part = "future" if fresh_first_slot == cut else "past"
            self._from_now(item, fresh, new_part).cancelled = True
        elif scope in (None, "THIS"):
            assert isinstance(item, Series) and slot is not None
            changed = self._changed_at(item, slot)
            changed.cancelled = True
            self._tidy(item, slot)
        else:
            assert isinstance(item, Series) and slot is not None
            if slot != item.slots[0]:
                item = self._split(item, slot, fresh, new_part="future")
            item.cancelled = True

    def restore(self, session_id: str) -> None:
        kind, item, slot = self.find(session_id)
        if kind != "INSTANCE":
            if not item.cancelled:
                raise Refused({FailedPreconditionError: "not cancelled"})
            item.cancelled = False
            return
        assert isinstance(item, Series) and slot is not None
        if item.cancelled:
            raise Refused({FailedPreconditionError: "the whole series is cancelled"})
        changed = item.changed.get(slot)
        if changed is None or not changed.cancelled:
            raise Refused({FailedPreconditionError: "not cancelled"})
        changed.cancelled = False
        self._tidy(item, slot)

    # -- the parts ----------------------------------------------------------------------
    def _write_reasons(self, session_id: str, stale: bool) -> dict:
        reasons: dict[type[SessionsError], str] = {}
        if stale:
            reasons[ConflictError] = "expected_version is not the current version"
        if self.is_cancelled(session_id):
            reasons[FailedPreconditionError] = "cancelled; restore it first"
        return reasons

    def _series_id_reasons(self, series: Single | Series, scope: str | None) -> dict:
        assert isinstance(series, Series)
        if scope in ("THIS", "FOLLOWING"):
            return {ValidationError: "THIS and FOLLOWING need an instance id"}
        if scope is None and self.first_future_slot(series) is None:
            return {FailedPreconditionError: "no instance from now on; use scope ALL"}
        return {}

    def _edit_from_now(self, series: Series, patch: dict, fresh: str | None,
                       new_part: str) -> None:
        """A series id with no scope: only the instances from now on change (issue 9: the
        original id keeps naming them; the part before now gets the new id)."""
        self._edit_series(self._from_now(series, fresh, new_part), patch, edited=None)

    def _from_now(self, series: Series, fresh: str | None, new_part: str) -> Series:
        cut = self.first_future_slot(series)
        assert cut is not None
        if cut == series.slots[0]:
            return series
        return self._split(series, cut, fresh, new_part)

    def _split(self, series: Series, cut: datetime, fresh: str | None, new_part: str
               ) -> Series:
        """Cut ``series`` before slot ``cut``; the part named by ``new_part`` gets the
        ``fresh`` id and its exceptions are re-keyed to it. Returns the part from ``cut``."""
        assert fresh is not None, "the model splits a series here; the services made no " \
                                  "new series"
        assert fresh not in self.series and fresh not in self.singles
        self.used_fresh = True
        before = {s: c for s, c in series.changed.items() if s < cut}
        after = {s: c for s, c in series.changed.items() if s >= cut}
        head = [s for s in series.slots if s < cut]
        tail = [s for s in series.slots if s >= cut]
        other = Series(fresh, [], series.duration, dict(series.own), series.cancelled)
        self.series[fresh] = other
        if new_part == "future":
            series.slots, series.changed = head, before
            other.slots, other.changed = tail, after
            return other
        other.slots, other.changed = head, before
        series.slots, series.changed = tail, after
        return series

    def _changed_at(self, series: Series, slot: datetime) -> Changed:
        if slot not in series.changed:
            series.changed[slot] = Changed(slot, slot + series.duration)
        return series.changed[slot]

    def _tidy(self, series: Series, slot: datetime) -> None:
        """An exception that no longer differs from its slot is plain again."""
        changed = series.changed.get(slot)
        if changed and not changed.own and not changed.cancelled and \
                changed.start == slot and changed.end == slot + series.duration:
            del series.changed[slot]

    def _edit_instance(self, series: Series, slot: datetime, patch: dict) -> None:
        changed = self._changed_at(series, slot)
        _patch_own(changed.own, patch)
        if "start" in patch:
            changed.start, changed.end = patch["start"], patch["end"]
        self._tidy(series, slot)

    def _edit_series(self, series: Series, patch: dict, edited: datetime | None) -> None:
        """ALL from the series or from instance ``edited``: own fields change for every
        instance that inherits them; new times for ``edited`` shift the whole series by the
        distance its slot moved and give every instance the new length; exceptions follow
        their slots (decisions.md: re-keyed, so their ids change with the slot), keep what
        they set themselves, and the edited one takes the new values."""
        _patch_own(series.own, patch)
        shift, duration = timedelta(0), series.duration
        if "start" in patch:
            assert edited is not None
            shift, duration = patch["start"] - edited, patch["end"] - patch["start"]
        followed: dict[datetime, Changed] = {}
        for slot, changed in series.changed.items():
            moved = slot + shift
            own_start = changed.start != slot
            own_end = changed.end != slot + series.duration
            start = changed.start if own_start else moved
            if own_end:
                end = changed.end if own_start else start + (changed.end - changed.start)
            else:
                end = start + duration
            if slot == edited:
                changed.own = {k: v for k, v in changed.own.items() if k not in patch}
                if "start" in patch:
                    start, end = moved, moved + duration
            changed.start, changed.end = start, end
            followed[moved] = changed
        series.slots = [s + shift for s in series.slots]
        series.duration = duration
        series.changed = followed
        for slot in list(series.changed):
            self._tidy(series, slot)


__all__ = ["NOW", "ZONE", "Instance", "Model", "Refused", "aware"]
