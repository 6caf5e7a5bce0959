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
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
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
STEPS_PER_RUN = 40
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
    content: tuple          # the same rows without the bookkeeping columns
    instances: tuple[Instance, ...]
    versions: dict          # session or instance id -> version
    series_ids: frozenset


@dataclass(frozen=True)
class Step:
    """One done gesture on the undo stack: its change and the states on both sides."""

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
        versions = {row[column["id"]]: row[column["version"]] for row in sessions}
        items = self.window()
        versions.update({f"instance {s.id}": s.version for s in items})
        series = frozenset(row[column["id"]] for row in sessions
                           if row[column["kind"]] == "SERIES")
        return Snapshot((tuple(sessions), occurrences), (content, occurrences),
                        tuple(project(s) for s in items), versions, series)

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
    def attempt(self, label: str, call, command) -> None:
        """Run ``call`` on the services and ``command(model, fresh, result)`` on a copy of
        the model; compare outcomes and states, and push the step on the undo stack."""
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
        if error is not None:
            assert refusal is not None, f"{label}: the services refused ({error!r}); the " \
                                        "model expected it to be done"
            assert isinstance(error, refusal.allowed), \
                f"{label}: refused with {error!r}; the model expected {refusal}"
            assert after.rows == before.rows and after.instances == before.instances, \
                f"{label}: refused ({error!r}) but the database changed"
            assert not captured, f"{label}: refused but published {captured}"
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
        self.done.append(Step(label, undoable[0], self.model, before, expected, after))
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

    @invariant()
    def versions_never_go_down(self) -> None:
        EditMachine.steps_run += 1
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
    @rule(day=st.integers(0, 45), hour=st.sampled_from(HOURS), length=st.sampled_from(LENGTHS),
          titled=st.booleans())
    def create_single(self, day, hour, length, titled) -> None:
        start = FIRST_DAY + timedelta(days=day, hours=hour)
        own = {"title": self.fresh("title")} if titled else {}
        fields = {"schedule_id": self.schedule_id, "start": aware(start),
                  "end": aware(start + length), **own}
        self.attempt(f"create single at {start}", lambda: self.svc.sessions.create_session(
            fields), lambda m, fresh, result: m.create(result.id, start, start + length, own))

    @rule(day=st.integers(0, 45), hour=st.sampled_from(HOURS), length=st.sampled_from(LENGTHS),
          freq=st.sampled_from(("WEEKLY", "WEEKLY_BYDAY", "DAILY")), count=st.integers(2, 6),
          ending=st.sampled_from(("COUNT", "UNTIL_UTC", "UNTIL_DATE")), data=st.data())
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
        self.attempt(f"create series {rule_text} from {start}",
                     lambda: self.svc.sessions.create_session(fields),
                     lambda m, fresh, result: m.create(result.id, start, start + length, own,
                                                       slots))

    # -- rules: update ---------------------------------------------------------------------
    @precondition(lambda self: self.model.series)
    @rule(data=st.data())
    def update_instance(self, data) -> None:
        """THIS / no scope / FOLLOWING / ALL from an instance, with fields, a move of the
        instance (THIS) or of the series (FOLLOWING, ALL)."""
        target = data.draw(st.sampled_from([i for i in self.model.instances(False)
                                            if i.recurring_session_id]), label="instance")
        scope = data.draw(st.sampled_from((None, "THIS", "FOLLOWING", "ALL")), label="scope")
        moving = data.draw(st.booleans(), label="move")
        patch = self.draw_own(data, at_least_one=not moving)
        if moving:
            slot = slot_of(target.id)
            if scope in (None, "THIS"):
                back = data.draw(st.integers(0, 4), label="back to its slot") == 0
                duration = self.model.series[target.recurring_session_id].duration
                delta = data.draw(st.sampled_from(THIS_MOVES), label="delta")
                patch["start"], patch["end"] = (slot, slot + duration) if back else (
                    wall(target.start) + delta, wall(target.end) + delta)
            else:
                patch["start"] = slot + data.draw(st.sampled_from(SERIES_MOVES), label="shift")
                patch["end"] = patch["start"] + data.draw(st.sampled_from(LENGTHS),
                                                          label="length")
            self.maybe_invalid(data, patch)
        self.write_update(target.id, patch, scope)

    @precondition(lambda self: self.model.series)
    @rule(data=st.data())
    def update_series(self, data) -> None:
        """A recurring session's id: ALL, no scope (Wix "from now on"), or a wrong scope."""
        series_id = data.draw(st.sampled_from(list(self.model.series)), label="series")
        scope = data.draw(st.sampled_from((None, None, "ALL", "THIS")), label="scope")
        self.write_update(series_id, self.draw_own(data), scope)

    @precondition(lambda self: self.model.singles)
    @rule(data=st.data())
    def update_single(self, data) -> None:
        single_id = data.draw(st.sampled_from(list(self.model.singles)), label="single")
        scope = data.draw(st.sampled_from((None, "THIS", "ALL", "FOLLOWING")), label="scope")
        moving = data.draw(st.booleans(), label="move")
        patch = self.draw_own(data, at_least_one=not moving)
        if moving:
            single = self.model.singles[single_id]
            delta = data.draw(st.sampled_from(THIS_MOVES), label="delta")
            patch["start"], patch["end"] = single.start + delta, single.end + delta
            self.maybe_invalid(data, patch)
        self.write_update(single_id, patch, scope)

    def write_update(self, session_id: str, patch: dict, scope: str | None,
                     stale: bool = False) -> None:
        version = self.version_of(session_id) + (5 if stale else 0)
        self.attempt(
            f"update {session_id} {patch} scope={scope}{' stale' if stale else ''}",
            lambda: self.svc.sessions.update_session(session_id, to_service(patch),
                                                     scope=scope, expected_version=version),
            lambda m, fresh, result: m.update(session_id, patch, scope, fresh, stale))

    @rule(data=st.data())
    def stale_update(self, data) -> None:
        """Another window changed the session since: CONFLICT, nothing written."""
        ids = self.all_ids()
        if ids:
            self.write_update(data.draw(st.sampled_from(ids), label="session"),
                              {"title": self.fresh("title")}, None, stale=True)

    # -- rules: delete and restore -----------------------------------------------------------
    @rule(data=st.data())
    def delete(self, data) -> None:
        ids = self.all_ids()
        if not ids:
            return
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

        self.attempt(f"delete {session_id} scope={scope}",
                     lambda: self.svc.sessions.delete_session(session_id, scope=scope,
                                                              expected_version=version),
                     command)

    @rule(data=st.data())
    def restore(self, data) -> None:
        cancelled = [i for i in self.all_ids() if self.model.is_cancelled(i)]
        ids = cancelled if cancelled and data.draw(st.integers(0, 4)) else self.all_ids()
        if not ids:
            return
        session_id = data.draw(st.sampled_from(ids), label="session")
        self.attempt(f"restore {session_id}",
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
        self.model = step.model_after
        self.done.append(replace(step, change=again))

    @staticmethod
    def same_state(label: str, wanted: Snapshot, got: Snapshot, side: str) -> None:
        if got.instances != wanted.instances:
            missing = [i for i in wanted.instances if i not in got.instances]
            extra = [i for i in got.instances if i not in wanted.instances]
            raise AssertionError(f"{label}: the window is not as it was {side} the step\n"
                                 f"  then only: {missing}\n  now only:  {extra}")
        if got.content != wanted.content:
            then, now = set(wanted.content[0]), set(got.content[0])
            raise AssertionError(f"{label}: the stored rows are not as they were {side} the "
                                 f"step\n  then only: {sorted(then - now)}\n"
                                 f"  now only:  {sorted(now - then)}")
        assert got.content == wanted.content, f"{label}: the materialised instances differ"


def test_edits_undo_and_redo_follow_the_model() -> None:
    EditMachine.steps_run = 0
    run_state_machine_as_test(EditMachine, settings=settings(
        max_examples=max(1, STEPS // STEPS_PER_RUN), stateful_step_count=STEPS_PER_RUN,
        deadline=None, suppress_health_check=[HealthCheck.too_slow]))
    assert EditMachine.steps_run >= STEPS, f"only {EditMachine.steps_run} steps ran"
