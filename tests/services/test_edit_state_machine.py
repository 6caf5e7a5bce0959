"""Random edits, undos and redos against the real services and a reference model (issue 9).

Every step runs one gesture (create, update with any scope, a series move, delete, restore,
a stale write, undo, redo) on a real database with a fixed "now" and the same command on
``series_model.Model``. After it: the window's instances equal the model's; a refused command
changed nothing; a done command published exactly one change record and used a new series id
exactly when the model split a series; undo gave back exactly the rows and instances before
the step and redo exactly those after it (versions aside); versions never went down.

CI runs ``SESSIONS_SM_STEPS`` steps (2,000 by default); run 20,000 by hand with
``SESSIONS_SM_STEPS=20000 pytest tests/services/test_edit_state_machine.py``.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.errors import SessionsError
from sessions_desktop.services import open_services
from tests.services.series_model import (
    NOW,
    SCHEDULE_TITLE,
    ZONE,
    Instance,
    Model,
    Refused,
    aware,
)

STEPS = int(os.environ.get("SESSIONS_SM_STEPS", "2000"))
STEPS_PER_RUN = 50
WINDOW = (aware(datetime(2026, 10, 1)), aware(datetime(2027, 4, 1)))
FIRST_DAY = datetime(2026, 10, 26)                 # a Monday, a month before "now"
HOURS = (9, 13, 18, 21)                            # 13:00 on 25 November is exactly now
LENGTHS = tuple(timedelta(minutes=m) for m in (30, 60, 90))
THIS_MOVES = tuple(timedelta(hours=h) for h in (-24, -1, 1, 2, 24))
SERIES_MOVES = tuple(timedelta(hours=h) for h in (-24, -10, -1, 1, 2, 24, 25))
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
BOOKKEEPING = ("version", "updated_utc", "materialized_until")   # not content (decisions.md)


@dataclass(frozen=True)
class Snapshot:
    rows: tuple             # every session and occurrence row, all columns
    content: tuple          # (session rows without the bookkeeping columns, occurrence rows)
    instances: tuple[Instance, ...]
    versions: dict          # the version of every session a caller sees (series included)
    series_ids: frozenset


@dataclass(frozen=True)
class Step:
    """One done gesture on the undo stack: its change and the states on both sides."""

    what: str
    label: str
    change: ChangeRecord
    model_before: Model
    before: Snapshot
    model_after: Model
    after: Snapshot


def project(session) -> Instance:
    return Instance(session.id, session.start.astimezone(ZONE), session.end.astimezone(ZONE),
                    session.title, session.notes,
                    tuple(p.name for p in session.participants or ()), session.status.value,
                    session.recurring_session_id)


def wall(moment: datetime) -> datetime:
    return moment.astimezone(ZONE).replace(tzinfo=None)


def slot_of(instance_id: str) -> datetime:
    return datetime.strptime(instance_id.rpartition("_")[2], "%Y%m%dT%H%M%S")


def to_service(patch: dict) -> dict:
    out = dict(patch)
    if "participants" in out and out["participants"] is not None:
        out["participants"] = [{"name": name} for name in out["participants"]]
    for key in ("start", "end"):
        if key in out:
            out[key] = aware(out[key])
    return out


class EditMachine(RuleBasedStateMachine):
    steps_run = 0
    events: Counter = Counter()

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "machine.sqlite3"
        self.svc = open_services(path, now=lambda: NOW)
        self.rows_db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.schedule_id = self.svc.schedules.create_schedule(
            {"name": "Yoga", "kind": "GROUP", "title": SCHEDULE_TITLE,
             "time_zone": "Europe/Berlin"}).id
        self.model = Model()
        self.done: list[Step] = []
        self.undone: list[Step] = []
        self.highest: dict[str, int] = {}
        self.counter = 0
        self.started = False
        self.current = self.snapshot()

    def teardown(self) -> None:
        self.rows_db.close()
        self.svc.close()
        self.folder.cleanup()

    # -- reading the database ------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        cursor = self.rows_db.execute("SELECT * FROM session ORDER BY id")
        names = [d[0] for d in cursor.description]
        sessions = cursor.fetchall()
        occurrences = tuple(self.rows_db.execute("SELECT * FROM occurrence ORDER BY id"))
        keep = [i for i, name in enumerate(names) if name not in BOOKKEEPING]
        content = tuple(tuple(row[i] for i in keep) for row in sessions)
        column = {name: i for i, name in enumerate(names)}
        series = {row[column["id"]]: row[column["version"]] for row in sessions
                  if row[column["kind"]] == "SERIES"}
        items = self.window()
        versions = {**series, **{s.id: s.version for s in items}}
        return Snapshot((tuple(sessions), occurrences), (content, occurrences),
                        tuple(project(s) for s in items), versions, frozenset(series))

    def window(self) -> list:
        result = self.svc.queries.query_sessions(*WINDOW, include_cancelled=True,
                                                 fieldsets="ALL_PI", limit=1000)
        items = list(result.items)
        while result.has_next:
            result = self.svc.queries.query_sessions(cursor=result.next_cursor)
            items.extend(result.items)
        return items

    def version_of(self, session_id: str) -> int:
        return self.svc.sessions.get_session(session_id).version

    # -- the checks ------------------------------------------------------------------------
    def attempt(self, what: str, label: str, call, command) -> None:
        """Run ``call`` on the services and ``command(model, fresh, result)`` on a copy of
        the model; compare outcomes and states, and push the step on the undo stack.
        ``what`` names the kind of gesture for hypothesis' statistics; ``label`` this one."""
        before = self.current
        captured: list[ChangeRecord] = []
        unsubscribe = self.svc.subscribe(captured.append)
        try:
            result, error = call(), None
        except SessionsError as exc:
            result, error = None, exc
        finally:
            unsubscribe()
        after = self.current = self.snapshot()
        fresh_ids = sorted(after.series_ids - before.series_ids)
        assert len(fresh_ids) <= 1, f"{label}: one gesture made series {fresh_ids}"
        fresh = fresh_ids[0] if fresh_ids else None
        expected = self.model.copy()
        try:
            # A refused command made no series: the model gets a stand-in id to decide with.
            command(expected, fresh if error is None else "(new series)", result)
            refusal = None
        except Refused as exc:
            refusal = exc
        self.event(f"{what}: " + (f"refused, {type(error).__name__}" if error else
                             "split" if fresh and not what.startswith("create") else "done"))
        if error is not None:
            assert after.rows == before.rows and after.instances == before.instances, \
                f"{label}: the services refused ({error!r}) but the database changed"
            assert not captured, f"{label}: refused ({error!r}) but published {captured}"
            assert refusal is not None, f"{label}: the services refused ({error!r}); the " \
                                        "model expected it to be done"
            assert isinstance(error, refusal.allowed), \
                f"{label}: refused with {error!r}; the model expected {refusal}"
            return
        assert refusal is None, f"{label}: the model expected a refusal ({refusal}); the " \
                                "services did it"
        assert expected.used_fresh == (fresh is not None), \
            f"{label}: the model {'split' if expected.used_fresh else 'did not split'} a " \
            f"series; the services made {fresh_ids or 'no new series'}"
        undoable = [c for c in captured if c.undoable]
        self.compare(label, expected, after)
        if not undoable and after.content == before.content:
            return                              # nothing changed: nothing to undo
        assert len(undoable) == 1, f"{label}: one gesture published {len(undoable)} changes"
        if hasattr(result, "id") and hasattr(result, "start"):
            shown = {i.id: i for i in expected.instances()}
            if result.id in shown:
                assert project(result) == shown[result.id], \
                    f"{label}: the reply is not the session as the write left it"
        self.done.append(Step(what, label, undoable[0], self.model, before, expected, after))
        self.undone.clear()
        self.model = expected

    def compare(self, label: str, model: Model, snap: Snapshot) -> None:
        expected, actual = model.instances(), list(snap.instances)
        if expected == actual:
            return
        missing = [i for i in expected if i not in actual]
        extra = [i for i in actual if i not in expected]
        raise AssertionError(f"{label}: the window differs from the model\n"
                             f"  model only:    {missing}\n  services only: {extra}")

    @staticmethod
    def event(name: str) -> None:
        """Counted over the whole test; printed by a run by hand (``-s``) to show coverage."""
        EditMachine.events[name] += 1

    @invariant()
    def versions_never_go_down(self) -> None:
        """Also counts the steps: it runs once before the first rule and after each one."""
        EditMachine.steps_run += self.started
        self.started = True
        for key, version in self.current.versions.items():
            assert version >= self.highest.get(key, 0), \
                f"the version of {key} went down from {self.highest[key]} to {version}"
            self.highest[key] = version

    # -- drawing edits ---------------------------------------------------------------------
    def fresh(self, what: str) -> str:
        self.counter += 1
        return f"{what} {self.counter}"

    def draw_own(self, data, at_least_one: bool = True) -> dict:
        """Own-field changes: a new value (never one shown before) or None (inherit)."""
        picks = data.draw(st.dictionaries(st.sampled_from(("title", "notes", "participants")),
                                          st.booleans(), min_size=int(at_least_one),
                                          max_size=3), label="fields")
        patch: dict = {}
        for key, set_value in sorted(picks.items()):
            if not set_value:
                patch[key] = None
            elif key == "participants":
                names = (self.fresh("Ann"), self.fresh("Bo"))
                patch[key] = names[:data.draw(st.integers(0, 2), label="people")]
            else:
                patch[key] = self.fresh(key)
        return patch

    @staticmethod
    def maybe_invalid(data, patch: dict) -> None:
        if "start" in patch and data.draw(st.integers(0, 9), label="bad times") == 0:
            patch["end"] = patch["start"]

    # -- rules: create ---------------------------------------------------------------------
    SERIES_SHAPES = dict(
        day=st.integers(0, 45), hour=st.sampled_from(HOURS), length=st.sampled_from(LENGTHS),
        freq=st.sampled_from(("WEEKLY", "WEEKLY_BYDAY", "DAILY")), count=st.integers(2, 6),
        ending=st.sampled_from(("COUNT", "UNTIL_UTC", "UNTIL_DATE")), data=st.data())

    @initialize(**SERIES_SHAPES)
    def first_series(self, **shape) -> None:
        """Every run starts with a series, so edits begin at once."""
        self.create_series(**shape)

    @rule(single=st.integers(0, 3), **SERIES_SHAPES)
    def create(self, single, day, hour, length, freq, count, ending, data) -> None:
        """A series three times in four, else a single session (with its own title or not)."""
        if single:
            self.create_series(day, hour, length, freq, count, ending, data)
            return
        start = FIRST_DAY + timedelta(days=day, hours=hour)
        own = {"title": self.fresh("title")} if data.draw(st.booleans(), label="titled") \
            else {}
        fields = {"schedule_id": self.schedule_id, "start": aware(start),
                  "end": aware(start + length), **own}
        self.attempt("create single", f"create single at {start}",
                     lambda: self.svc.sessions.create_session(fields),
                     lambda m, fresh, result: m.create(result.id, start, start + length, own))

    def create_series(self, day, hour, length, freq, count, ending, data) -> None:
        start = FIRST_DAY + timedelta(days=day, hours=hour)
        step = timedelta(days=1 if freq == "DAILY" else 7)
        slots = [start + step * k for k in range(count)]
        rule_text = {"WEEKLY": "FREQ=WEEKLY", "DAILY": "FREQ=DAILY",
                     "WEEKLY_BYDAY": f"FREQ=WEEKLY;BYDAY={WEEKDAYS[start.weekday()]}"}[freq]
        rule_text += {"COUNT": f";COUNT={count}",
                      "UNTIL_UTC": f";UNTIL={aware(slots[-1]).astimezone(UTC):%Y%m%dT%H%M%SZ}",
                      "UNTIL_DATE": f";UNTIL={slots[-1]:%Y%m%d}"}[ending]
        own = {k: v for k, v in self.draw_own(data, at_least_one=False).items()
               if v is not None}
        fields = {"schedule_id": self.schedule_id, "start": aware(start),
                  "end": aware(start + length), "recurrence": rule_text, **to_service(own)}
        self.attempt("create series", f"create series {rule_text} from {start}",
                     lambda: self.svc.sessions.create_session(fields),
                     lambda m, fresh, result: m.create(result.id, start, start + length, own,
                                                       slots))

    # -- rules: update ---------------------------------------------------------------------
    def pick_instance(self, data) -> Instance:
        """Half the time an instance of the newest series, so that one series collects
        several changes (the issue's case: week 2 renamed, week 3 moved, then FOLLOWING)."""
        newest = list(self.model.series)[-1]
        instances = [i for i in self.model.instances(False) if i.recurring_session_id]
        if data.draw(st.booleans(), label="newest series"):
            instances = [i for i in instances if i.recurring_session_id == newest]
        return data.draw(st.sampled_from(instances), label="instance")

    @precondition(lambda self: self.model.series)
    @rule(data=st.data(), scope=st.sampled_from((None, "THIS")))
    def edit_instance(self, data, scope) -> None:
        """THIS (or no scope) on an instance: fields, or a move of this instance alone
        (sometimes back onto its slot)."""
        target = self.pick_instance(data)
        moving = data.draw(st.booleans(), label="move")
        patch = self.draw_own(data, at_least_one=not moving)
        if moving:
            slot = slot_of(target.id)
            duration = self.model.series[target.recurring_session_id].duration
            delta = data.draw(st.sampled_from(THIS_MOVES), label="delta")
            back = data.draw(st.integers(0, 4), label="back to its slot") == 0
            patch["start"], patch["end"] = (slot, slot + duration) if back else (
                wall(target.start) + delta, wall(target.end) + delta)
            self.maybe_invalid(data, patch)
        self.write_update(target.id, patch, scope, self.maybe_stale(data))

    @precondition(lambda self: self.model.series)
    @rule(data=st.data(), scope=st.sampled_from(("FOLLOWING", "ALL")))
    def edit_series_from_instance(self, data, scope) -> None:
        """FOLLOWING or ALL from an instance: fields only, fields of several instances."""
        target = self.pick_instance(data)
        self.write_update(target.id, self.draw_own(data), scope, self.maybe_stale(data))

    @precondition(lambda self: self.model.series)
    @rule(data=st.data(), scope=st.sampled_from(("FOLLOWING", "ALL")))
    def move_series(self, data, scope) -> None:
        """FOLLOWING or ALL with new times for an instance: the series moves by the distance
        that slot moved and takes the new length (maybe with field changes too)."""
        target = self.pick_instance(data)
        patch = self.draw_own(data, at_least_one=False)
        patch["start"] = slot_of(target.id) + data.draw(st.sampled_from(SERIES_MOVES),
                                                        label="shift")
        patch["end"] = patch["start"] + data.draw(st.sampled_from(LENGTHS), label="length")
        self.maybe_invalid(data, patch)
        self.write_update(target.id, patch, scope, self.maybe_stale(data))

    @precondition(lambda self: self.model.series)
    @rule(data=st.data(), scope=st.sampled_from((None, None, None, "ALL", "ALL", "THIS")))
    def update_series(self, data, scope) -> None:
        """A recurring session's id: ALL, no scope (Wix "from now on"), or a wrong scope."""
        series_id = data.draw(st.sampled_from(list(self.model.series)), label="series")
        self.write_update(series_id, self.draw_own(data), scope, self.maybe_stale(data))

    @precondition(lambda self: self.model.singles)
    @rule(data=st.data(), scope=st.sampled_from((None, "THIS", "ALL", "FOLLOWING")))
    def update_single(self, data, scope) -> None:
        single_id = data.draw(st.sampled_from(list(self.model.singles)), label="single")
        moving = data.draw(st.booleans(), label="move")
        patch = self.draw_own(data, at_least_one=not moving)
        if moving:
            single = self.model.singles[single_id]
            delta = data.draw(st.sampled_from(THIS_MOVES), label="delta")
            patch["start"], patch["end"] = single.start + delta, single.end + delta
            self.maybe_invalid(data, patch)
        self.write_update(single_id, patch, scope, self.maybe_stale(data))

    @staticmethod
    def maybe_stale(data) -> bool:
        """Now and then another window changed the session since: CONFLICT, no write."""
        return data.draw(st.integers(0, 14), label="stale") == 0

    def write_update(self, session_id: str, patch: dict, scope: str | None,
                     stale: bool = False) -> None:
        version = self.version_of(session_id) + (5 if stale else 0)
        kind = self.model.find(session_id)[0]
        self.attempt(
            f"update {kind} scope={scope}{' move' if 'start' in patch else ''}"
            f"{' stale' if stale else ''}",
            f"update {session_id} {patch} scope={scope}{' stale' if stale else ''}",
            lambda: self.svc.sessions.update_session(session_id, to_service(patch),
                                                     scope=scope, expected_version=version),
            lambda m, fresh, result: m.update(session_id, patch, scope, fresh, stale))

    # -- rules: delete and restore -----------------------------------------------------------
    @precondition(lambda self: self.model.series or self.model.singles)
    @rule(data=st.data())
    def delete(self, data) -> None:
        ids = self.all_ids()
        session_id = data.draw(st.sampled_from(ids), label="session")
        kind = self.model.find(session_id)[0]
        scopes = {"SINGLE": (None, "THIS", "ALL"), "SERIES": (None, None, "ALL", "FOLLOWING"),
                  "INSTANCE": (None, "THIS", "FOLLOWING", "ALL")}[kind]
        scope = data.draw(st.sampled_from(scopes), label="scope")
        version = self.version_of(session_id)

        def command(m: Model, fresh, result) -> None:
            first = None
            if fresh in self.current.series_ids:
                first = min(slot_of(i.id) for i in self.current.instances
                            if i.recurring_session_id == fresh)
            m.delete(session_id, scope, fresh, first)

        self.attempt(f"delete {kind} scope={scope}", f"delete {session_id} scope={scope}",
                     lambda: self.svc.sessions.delete_session(session_id, scope=scope,
                                                              expected_version=version),
                     command)

    def restorable(self) -> list[str]:
        """Cancelled sessions, series and instances (not those of a cancelled series)."""
        return [i for i in self.all_ids() if self.model.is_cancelled(i) and not (
            self.model.find(i)[0] == "INSTANCE" and self.model.find(i)[1].cancelled)]

    @precondition(lambda self: self.restorable())
    @rule(data=st.data())
    def restore(self, data) -> None:
        """Mostly something cancelled; now and then anything (refused: not cancelled)."""
        ids = self.restorable() if data.draw(st.integers(0, 9)) else self.all_ids()
        session_id = data.draw(st.sampled_from(ids), label="session")
        self.attempt(f"restore {self.model.find(session_id)[0]}", f"restore {session_id}",
                     lambda: self.svc.sessions.restore_session(session_id),
                     lambda m, fresh, result: m.restore(session_id))

    def all_ids(self) -> list[str]:
        """Every id the model knows, in the order things were made."""
        return [i.id for i in self.model.instances(False)] + list(self.model.series)

    # -- rules: undo and redo ----------------------------------------------------------------
    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        step = self.done.pop()
        try:
            reverted = self.svc.sessions.revert_change(step.change)
        except SessionsError as exc:
            raise AssertionError(f"undo of '{step.label}' was refused: {exc!r}") from exc
        self.current = self.snapshot()
        self.same_state(f"undo of '{step.label}'", step.before, self.current, "before")
        self.event(f"undo of {step.what}")
        self.model = step.model_before
        self.undone.append(replace(step, change=reverted))

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        step = self.undone.pop()
        try:
            again = self.svc.sessions.revert_change(step.change)
        except SessionsError as exc:
            raise AssertionError(f"redo of '{step.label}' was refused: {exc!r}") from exc
        self.current = self.snapshot()
        self.same_state(f"redo of '{step.label}'", step.after, self.current, "after")
        self.event(f"redo of {step.what}")
        self.model = step.model_after
        self.done.append(replace(step, change=again))

    @staticmethod
    def same_state(label: str, wanted: Snapshot, got: Snapshot, side: str) -> None:
        if got.instances != wanted.instances:
            missing = [i for i in wanted.instances if i not in got.instances]
            extra = [i for i in got.instances if i not in wanted.instances]
            raise AssertionError(f"{label}: the window is not as it was {side} the step\n"
                                 f"  then only: {missing}\n  now only:  {extra}")
        rows, occurrences = got.content
        if rows != wanted.content[0]:
            then, now = set(wanted.content[0]), set(rows)
            raise AssertionError(f"{label}: the stored rows are not as they were {side} the "
                                 f"step\n  then only: {sorted(then - now)}\n"
                                 f"  now only:  {sorted(now - then)}")
        assert occurrences == wanted.content[1], \
            f"{label}: the materialised instances are not as they were {side} the step"


def test_edits_undo_and_redo_follow_the_model() -> None:
    """Hypothesis ends some runs early, so run until STEPS steps have been checked."""
    EditMachine.steps_run, EditMachine.events = 0, Counter()
    while EditMachine.steps_run < STEPS:
        left = STEPS - EditMachine.steps_run
        run_state_machine_as_test(EditMachine, settings=settings(
            max_examples=left // STEPS_PER_RUN + 1, stateful_step_count=STEPS_PER_RUN,
            deadline=None, suppress_health_check=[HealthCheck.too_slow]))
    assert EditMachine.steps_run >= STEPS
    if "SESSIONS_SM_STEPS" in os.environ:
        print(f"\n{EditMachine.steps_run} steps:")
        for name, count in sorted(EditMachine.events.items()):
            print(f"{count:7d}  {name}")
