"""Worker processes (``ical.batch``): the same plans and the same bytes as the sequential path,
cancellation, and small files that never start a worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from ical_helpers import BERLIN, CORPUS, SYDNEY, at, bundle, session
from icalendar import Calendar, Timezone
from test_ical_bulk import generate

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import (
    ImportCancelled,
    SeriesExport,
    batch,
    export,
    export_calendar,
    import_,
    parse_calendar,
)
from sessions_desktop.ical.export_settings import ExportSettings

BUSINESS = "Europe/Berlin"


@pytest.fixture
def taken(monkeypatch):
    """Batches (or chunks) whose result came from a worker, counted in this process."""
    counts = {"worker": 0, "here": 0}
    original = batch.Shared.take

    def take(self, index):
        result = original(self, index)
        counts["worker" if result is not None else "here"] += 1
        return result

    monkeypatch.setattr(batch.Shared, "take", take)
    monkeypatch.setattr(batch, "worker_count", lambda: 1)   # one worker even on one core
    return counts


def sequential(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10**9)


def parallel(monkeypatch, batch_size: int):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    monkeypatch.setattr(import_, "BATCH", batch_size)


def outcome(data: bytes, partial: bool, progress=None):
    try:
        return parse_calendar(data, business_time_zone=BUSINESS, partial=partial,
                              progress=progress)
    except ValidationError as error:
        return [(v.field, v.description) for v in error.violations]


def both(monkeypatch, data: bytes, batch_size: int, partial: bool):
    sequential(monkeypatch)
    alone = outcome(data, partial)
    parallel(monkeypatch, batch_size)
    shared = outcome(data, partial)
    return alone, shared


def tricky(count: int) -> bytes:
    """Overrides, duplicate UIDs with SEQUENCE, warnings in many batches, broken events, a TZID
    only the calendar's resolver knows (so such batches come back to the caller), and a
    second calendar."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "X-WR-CALNAME:Tricky"]
    for i in range(count):
        day = 1 + i % 28
        zone = '"(UTC+01:00) Somewhere Else"' if i % 97 == 0 else "W. Europe Standard Time"
        body = [f"UID:t-{i % (count - 7)}@x", f"SEQUENCE:{i % 3}",
                f"DTSTART;TZID={zone}:202503{day:02}T0{i % 9}0000",
                f"DTEND;TZID={zone}:202503{day:02}T0{i % 9}4500", f"SUMMARY:T {i}"]
        if i % 11 == 0:
            body.append("RRULE:FREQ=WEEKLY;COUNT=5")
        if i % 13 == 0:
            body += ["TRANSP:TRANSPARENT", "URL:https://example.org"]
        if i % 29 == 0:
            body = [line for line in body if not line.startswith("DTSTART")]
        lines += ["BEGIN:VEVENT", *body, "END:VEVENT"]
        if i % 11 == 0 and i % 22 == 0:
            lines += ["BEGIN:VEVENT", f"UID:t-{i % (count - 7)}@x",
                      f"RECURRENCE-ID;TZID={zone}:202503{day:02}T0{i % 9}0000",
                      f"DTSTART;TZID={zone}:202503{day:02}T1{i % 9}0000",
                      f"DTEND;TZID={zone}:202503{day:02}T1{i % 9}3000", "END:VEVENT"]
    lines += ["BEGIN:VTODO", "UID:todo@x", "END:VTODO", "END:VCALENDAR",
              "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "X-WR-TIMEZONE:Asia/Tokyo"]
    for i in range(count // 3):
        lines += ["BEGIN:VEVENT", f"UID:second-{i}@x", f"DTSTART:202504{1 + i % 28:02}T100000",
                  "DURATION:PT30M", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


# -- import ------------------------------------------------------------------------------------
CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file())


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_file_gives_the_same_plan_with_workers(path, monkeypatch, taken):
    data = path.read_bytes()
    for partial in (False, True):
        alone, shared = both(monkeypatch, data, 2, partial)
        assert shared == alone


def test_generated_files_give_the_same_plan_and_workers_do_share(monkeypatch, taken):
    alone, shared = both(monkeypatch, generate(1200), 50, partial=False)
    assert shared == alone and taken["worker"] > 0
    taken.update(worker=0, here=0)
    alone, shared = both(monkeypatch, tricky(900), 40, partial=True)
    assert shared == alone and taken["worker"] > 0
    assert alone.broken and any("(UTC+01:00) Somewhere Else" in w for w in alone.warnings)
    assert any("times)" in w for w in alone.warnings)      # counted notes merged in order
    alone, shared = both(monkeypatch, tricky(900), 40, partial=False)
    assert isinstance(alone, list) and shared == alone      # the same refusal


def test_progress_counts_up_to_the_total_with_workers(monkeypatch, taken):
    parallel(monkeypatch, 50)
    calls = []
    plan = outcome(generate(1000), False, lambda done, total: calls.append((done, total)))
    assert len(plan.items) == 1000
    assert calls[0] == (0, 1000) and calls[-1] == (1000, 1000) and len(calls) == 21
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_stops_the_workers_and_raises(monkeypatch, taken):
    parallel(monkeypatch, 25)
    ended, shared = [], []
    close, cancel = batch.Workers.close, batch.Shared.cancel

    def spy_close(self):
        processes = [worker.process for worker in self.pool or ()]
        close(self)
        ended.append([process.poll() for process in processes])

    def spy_cancel(self):
        shared.append(self)
        cancel(self)

    monkeypatch.setattr(batch.Workers, "close", spy_close)
    monkeypatch.setattr(batch.Shared, "cancel", spy_cancel)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 100

    with pytest.raises(ImportCancelled):
        parse_calendar(generate(1000), business_time_zone=BUSINESS, progress=progress)
    assert calls[-1] >= 100 and len(calls) < 10
    assert len(ended) == 1 and ended[0] and all(code is not None for code in ended[0])
    [instance] = shared
    assert instance._next == len(instance._jobs) and not instance._given   # nothing goes out


def test_small_files_stay_in_this_process(monkeypatch):
    def no_worker():
        raise AssertionError("a small file started a worker")

    monkeypatch.setattr(batch, "PipeWorker", no_worker)
    plan = parse_calendar(generate(batch.PARALLEL_FROM), business_time_zone=BUSINESS)
    assert len(plan.items) == batch.PARALLEL_FROM
    singles = [session(f"s{i}", at(BERLIN, 2025, 3, 3, 9) + timedelta(hours=i),
                       at(BERLIN, 2025, 3, 3, 10) + timedelta(hours=i)) for i in range(50)]
    assert b"UID:s49" in export_calendar(bundle(singles))


def tiny_jobs(count: int) -> list:
    """``count`` read jobs of one small event each, for the shared-jobs tests."""
    event = "BEGIN:VEVENT\nUID:u{}\nDTSTART:20250101T100000Z\nDTEND:20250101T110000Z\nEND:VEVENT\n"
    return [(BUSINESS, None, [(event.format(i), 1)]) for i in range(count)]


def test_shared_jobs_come_back_in_order_and_a_failed_job_falls_back(monkeypatch):
    monkeypatch.setattr(batch, "worker_count", lambda: 1)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    jobs = tiny_jobs(12)
    with batch.Workers(1) as workers:
        assert workers.pool
        with batch.Shared(workers.pool, batch.read_batch, jobs, [1] * len(jobs)) as shared:
            results = [shared.take(index) for index in range(len(jobs))]
        assert all(r is not None for r in results)
        assert [r.outcomes[0][1].read.event.uid for r in results] == [f"u{i}" for i in range(12)]
        bad = [(BUSINESS, None, jobs[0][2]), ("No/Such_Zone", None, jobs[1][2])]
        with batch.Shared(workers.pool, batch.read_batch, bad, [1, 1]) as shared:
            assert shared.take(0) is not None
            assert shared.take(1) is None     # it raised in the worker: do it here


def test_the_caller_takes_its_share_of_the_jobs(monkeypatch):
    monkeypatch.setattr(batch, "worker_count", lambda: 1)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    jobs = [(BUSINESS, None, [])] * 9
    with batch.Workers(1) as workers, \
            batch.Shared(workers.pool, batch.read_batch, jobs, [1] * 9, 3) as shared:
        mine = [index for index in range(9) if shared.take(index) is None]
    assert mine == [0, 3, 6]


# -- export ------------------------------------------------------------------------------------
def busy_bundle():
    singles = [session(f"s{i:04}", at(BERLIN if i % 3 else SYDNEY, 2025, 1, 6, 8) +
                       timedelta(hours=5 * i), at(BERLIN if i % 3 else SYDNEY, 2025, 1, 6, 9) +
                       timedelta(hours=5 * i), title=f"Session {i}", tags=("a", "b"),
                       notes="long notes, " * (i % 9)) for i in range(400)]
    series = []
    for i in range(30):
        start = at(BERLIN, 2025, 2, 3, 7 + i % 10)
        definition = session(f"r{i:03}", start, start + timedelta(hours=1),
                             recurrence="FREQ=WEEKLY;COUNT=10", title=f"Weekly {i}")
        moved = session(f"r{i:03}_x", start + timedelta(days=7, hours=2),
                        start + timedelta(days=7, hours=3), original_start=start +
                        timedelta(days=7), title=f"Moved {i}")
        cancelled = session(f"r{i:03}_y", start + timedelta(days=14),
                            start + timedelta(days=14, hours=1),
                            original_start=start + timedelta(days=14),
                            status=SessionStatus.CANCELLED)
        series.append(SeriesExport(definition, [moved, cancelled] if i % 2 else []))
    return bundle(singles, series)


def one_calendar(data_bundle) -> bytes:
    """The file as one icalendar ``Calendar`` would write it (``to_ical``)."""
    settings = ExportSettings(data_bundle.schedules, data_bundle.business_time_zone, False,
                                data_bundle.stamp)
    writer = export._Writer(settings)
    calendar = Calendar()
    for name, value in (("prodid", "-//Sessions Desktop//EN"), ("version", "2.0"),
                        ("calscale", "GREGORIAN"), ("method", "PUBLISH")):
        calendar.add(name, value)
    calendar.calendar_name = data_bundle.calendar_name
    for single in sorted(data_bundle.singles, key=lambda s: (s.start, s.id)):
        calendar.add_component(writer.single(single))
    for series in sorted(data_bundle.series, key=lambda s: s.definition.id):
        for component in writer.series(series):
            calendar.add_component(component)
    first = min(Timezone.DEFAULT_FIRST_DATE, writer.earliest - timedelta(days=1))
    last = max(Timezone.DEFAULT_LAST_DATE, writer.latest + timedelta(days=366))
    for index, name in enumerate(sorted(writer.zones)):
        calendar.subcomponents.insert(index, Timezone.from_tzid(name, first_date=first,
                                                                last_date=last))
    return calendar.to_ical()


def test_export_bytes_are_the_same_with_workers(monkeypatch, taken):
    data_bundle = busy_bundle()
    reference = one_calendar(data_bundle)
    sequential(monkeypatch)
    assert export_calendar(data_bundle) == reference
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    monkeypatch.setattr(export, "CHUNK", 9)
    assert export_calendar(data_bundle) == reference
    assert taken == {"worker": 0, "here": 0}     # no workers unless the caller gives some
    with batch.Workers(len(data_bundle.singles)) as workers:     # started by the caller
        assert workers.pool is not None
        assert export_calendar(data_bundle, workers=workers) == reference
    assert taken["worker"] > 0


def test_a_worker_reports_a_component_icalendar_cannot_parse():
    good = ("BEGIN:VEVENT\nUID:a\nDTSTART:20250101T100000Z\nDTEND:20250101T110000Z\n"
            "SUMMARY:A\nURL:https://example.org\nEND:VEVENT\n")
    bad = "BEGIN:VEVENT\nUID:b\nBEGIN:VALARM\nEND:VEVENT\n"     # the scanner lets it pass
    result = batch.read_batch(BUSINESS, None, [(good, 3), (bad, 11)])
    assert [index for index, _ in result.parse_failures] == [1]
    assert result.parse_failures[0][1][0].startswith("it cannot be parsed: ")
    [(index, read)] = result.outcomes
    assert index == 0 and read.read.event.uid == "a" and read.failure is None
    assert read.notes == ["links (URL) dropped"]
    assert batch.read_batch(BUSINESS, None, [(good.replace(
        "DTSTART:", 'DTSTART;TZID="Nowhere Special":'), 3)]) is None   # back to the caller


def test_a_workers_results_pickle_to_equal_objects():
    """What a worker sends back (``plan.pickled_by_fields``) arrives equal to what it read,
    overrides, refusals and notes included."""
    import pickle

    from sessions_desktop.ical.text import scan

    units = scan(tricky(60).decode()).calendars[0].units
    job = [(units[i].text, units[i].line) for i in range(len(units))
           if units.kinds[i] == "VEVENT"]
    result = batch.read_batch(BUSINESS, None, job[2:42])   # 0, 1: a TZID of the calendar
    assert result is not None and len(result.outcomes) == 40
    assert any(o.read is None for _, o in result.outcomes)              # a refusal
    assert any(o.read and o.read.override for _, o in result.outcomes)  # a changed instance
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == result
    assert type(back.outcomes[0][1].read.event) is type(result.outcomes[0][1].read.event)


def test_a_lead_gives_workers_more_jobs_until_the_caller_takes_its_first(monkeypatch):
    monkeypatch.setattr(batch, "worker_count", lambda: 1)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    jobs = tiny_jobs(20)
    with batch.Workers(1) as workers:
        worker = workers.pool[0]
        with batch.Shared(workers.pool, batch.read_batch, jobs, [1] * 20, lead=6) as shared:
            assert worker.outstanding == batch.Shared.AHEAD + 6
            first = shared.take(0)
            assert worker.outstanding <= batch.Shared.AHEAD + 6 - 1     # no new job: lead spent
            results = [first] + [shared.take(index) for index in range(1, 20)]
        assert [r.outcomes[0][1].read.event.uid for r in results] == [f"u{i}" for i in range(20)]


def test_a_large_stream_keeps_what_it_holds_out_of_full_collections_and_thaws_it(monkeypatch):
    """While a large file streams, the objects that existed when it began are frozen
    (``gc.freeze``: the scan's lists are walked by no full collection); at its end, and when
    it fails, they are thawed. A small file leaves the collector alone."""
    import gc

    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "worker_count", lambda: 0)       # the freeze, not the workers
    frozen_while_streaming: list[int] = []
    found = import_.stream_calendar(generate(40), lambda items: frozen_while_streaming.append(
        gc.get_freeze_count()), business_time_zone=BUSINESS)
    assert found.skipped == [] and frozen_while_streaming
    assert all(count > 0 for count in frozen_while_streaming)
    assert gc.get_freeze_count() == 0

    def failing(items):
        raise RuntimeError("the sink failed")

    with pytest.raises(RuntimeError):
        import_.stream_calendar(generate(40), failing, business_time_zone=BUSINESS)
    assert gc.get_freeze_count() == 0
    small: list[int] = []
    import_.stream_calendar(generate(5), lambda items: small.append(gc.get_freeze_count()),
                            business_time_zone=BUSINESS)
    assert small == [0]


def test_a_worker_serves_with_its_modules_frozen_out_of_full_collections(monkeypatch):
    """The worker's entry freezes what is alive before it serves (the modules it runs live
    as long as it does), so the collector's full collections stop walking them."""
    import gc

    from sessions_desktop.ical import worker_main

    seen: list[int] = []
    monkeypatch.setattr(worker_main, "serve", lambda functions: seen.append(
        gc.get_freeze_count()) or 0)
    try:
        assert worker_main.main() == 0
    finally:
        gc.unfreeze()
    assert seen and seen[0] > 0
