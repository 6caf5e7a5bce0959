"""Report numbers against small cases computed by hand (services.reports), through the real
services and a real database file."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from sessions_desktop.domain.enums import Transparency
from sessions_desktop.domain.model import LinkedSchedule, Participant
from sessions_desktop.errors import NotFoundError, ValidationError

MONDAY = date(2026, 11, 30)          # the week after the fixed "now" (2026-11-25)


def at(day: date, hour: float) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)


def people(*sizes: int) -> list[Participant]:
    return [Participant(name=f"P{i}", phone=f"0{i}", party_size=n) for i, n in enumerate(sizes)]


def session(svc, schedule_id, day, hour, hours=1.0, **fields):
    return svc.sessions.create_session({"schedule_id": schedule_id, "start": at(day, hour),
                                        "end": at(day, hour + hours), **fields})


def row_of(table, first):
    return dict(zip([c.key for c in table.columns],
                    next(r for r in table.rows if r[0] == first), strict=True))


# -- utilisation ------------------------------------------------------------------------
@pytest.fixture
def classes(svc):
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 10,
                                          "title": "Yoga"})
    tue = MONDAY + timedelta(days=1)
    session(svc, yoga.id, MONDAY, 9, participants=people(1, 1, 1, 2))           # 5 of 10
    session(svc, yoga.id, tue, 9, participants=people(*[1] * 12))               # 12: over
    session(svc, yoga.id, tue, 18, participants=people(2))                      # 2: below
    late = session(svc, yoga.id, MONDAY + timedelta(days=7), 9, participants=people(*[1] * 10))
    gone = session(svc, yoga.id, MONDAY + timedelta(days=8), 9, participants=people(1))
    svc.sessions.delete_session(gone.id)
    session(svc, yoga.id, MONDAY - timedelta(days=1), 23, hours=2)   # starts before: not counted
    session(svc, yoga.id, MONDAY + timedelta(days=9), 9, title="Pop-up", capacity=0)
    return yoga, late


def test_utilisation_by_class_and_week_by_hand(svc, classes):
    report = svc.reports.utilisation(MONDAY, MONDAY + timedelta(days=14), threshold=0.5)
    yoga = row_of(report.table("classes"), "Yoga")
    assert (yoga["sessions"], yoga["cancelled"], yoga["booked"], yoga["capacity"]) == (4, 1, 29, 40)
    assert yoga["fill"] == pytest.approx(29 / 40)
    assert (yoga["overbooked"], yoga["below"]) == (1, 1)
    assert yoga["flag"] == "overbooked"
    weeks = report.table("weeks")
    assert [r[0] for r in weeks.rows] == [MONDAY, MONDAY + timedelta(days=7)]
    assert [r[1:5] for r in weeks.rows] == [(3, 0, 19, 30), (1, 1, 10, 10)]
    below = report.table("below")
    assert [(r[0], r[3], r[4]) for r in below.rows] == [(at(MONDAY + timedelta(days=1), 18),
                                                         2, 10)]
    assert report.notes == ("1 sessions without a capacity are not counted.",)
    assert [s.name for s in report.chart.series] == ["Yoga"]
    assert report.chart.series[0].values == pytest.approx((19 / 30, 1.0))
    assert report.chart.threshold == 0.5


def test_utilisation_csv_reads_back_in_a_spreadsheet_shape(svc, classes):
    report = svc.reports.utilisation(MONDAY, MONDAY + timedelta(days=14))
    rows = list(csv.reader(io.StringIO(report.table("classes").to_csv())))
    assert rows[0][:7] == ["Class", "Service", "Sessions", "Cancelled", "Places booked",
                           "Places", "Fill (%)"]
    assert rows[1][:7] == ["Yoga", "Yoga", "4", "1", "29", "40", "72.5"]
    assert rows[-1][0] == "All classes" and rows[-1][4] == "29"
    weeks = list(csv.reader(io.StringIO(report.table("weeks").to_csv())))
    assert weeks[1][0] == "2026-11-30"


def test_utilisation_classes_are_titles_within_a_service(svc):
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 8})
    session(svc, yoga.id, MONDAY, 8, title="Morning", participants=people(1, 1))
    session(svc, yoga.id, MONDAY, 18, title="Evening", participants=people(*[1] * 8))
    report = svc.reports.utilisation(MONDAY, MONDAY + timedelta(days=7))
    assert [r[:2] for r in report.table("classes").rows] == [("Evening", "Yoga"),
                                                           ("Morning", "Yoga")]
    assert {s.name for s in report.chart.series} == {"Morning", "Evening"}


# -- staff and rooms ----------------------------------------------------------------------
@pytest.fixture
def staffed(svc):
    anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})
    room = svc.schedules.create_schedule({"name": "Studio", "kind": "ROOM"})
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 10})
    busy = [LinkedSchedule(anna.id), LinkedSchedule(room.id)]
    session(svc, anna.id, MONDAY, 9, 8, type="WORKING_HOURS")                    # 8 h
    session(svc, room.id, MONDAY, 8, 12, type="WORKING_HOURS")                   # 12 h open
    session(svc, anna.id, MONDAY, 12, 1, tags=["Blocked"], title="Lunch off")    # 1 h off
    session(svc, yoga.id, MONDAY, 10, 1, affected_schedules=busy)                # in hours
    session(svc, yoga.id, MONDAY, 14, 1, affected_schedules=busy)                # 14-15
    session(svc, yoga.id, MONDAY, 14.5, 1, affected_schedules=busy)              # 14:30-15:30
    session(svc, anna.id, MONDAY, 16.5, 1.5, title="Own client")                 # 0.5 h outside
    session(svc, yoga.id, MONDAY, 19, 1,                                         # FREE: ignored
            affected_schedules=[LinkedSchedule(anna.id, Transparency.FREE)])
    cancelled = session(svc, yoga.id, MONDAY, 11, 1, affected_schedules=busy)
    svc.sessions.delete_session(cancelled.id)
    return anna, room


def test_staff_time_by_hand(svc, staffed):
    report = svc.reports.staff(MONDAY, MONDAY + timedelta(days=7))
    anna = row_of(report.table("resources"), "Anna")
    assert anna["hours"] == pytest.approx(8)
    assert anna["time_off"] == pytest.approx(1)
    assert anna["available"] == pytest.approx(7)
    assert anna["booked"] == pytest.approx(1 + 1.5 + 1.5)     # the overlap counts once
    assert anna["outside"] == pytest.approx(1.0)               # 17:00-18:00
    assert anna["double"] == pytest.approx(0.5)
    assert anna["sessions"] == 4
    assert anna["use"] == pytest.approx(3 / 7)
    assert anna["flag"] == "double-booked; outside hours"
    assert report.chart.categories == ("Anna",)
    assert [s.name for s in report.chart.series] == ["Available", "Booked", "Time off"]


def test_rooms_by_hand(svc, staffed):
    report = svc.reports.rooms(MONDAY, MONDAY + timedelta(days=7))
    studio = row_of(report.table("resources"), "Studio")
    assert studio["hours"] == pytest.approx(12)
    assert studio["booked"] == pytest.approx(2.5)
    assert studio["double"] == pytest.approx(0.5)
    assert studio["use"] == pytest.approx(2.5 / 12)
    assert "time_off" not in [c.key for c in report.table().columns]


def test_staff_without_hours_of_their_own_use_the_business_hours(svc):
    business = svc.schedules.create_schedule({"name": "Studio", "kind": "BUSINESS"})
    ben = svc.schedules.create_schedule({"name": "Ben", "kind": "STAFF"})
    session(svc, business.id, MONDAY, 8, 10, type="WORKING_HOURS")
    session(svc, ben.id, MONDAY, 9, 2, title="Client")
    report = svc.reports.staff(MONDAY, MONDAY + timedelta(days=7))
    ben_row = row_of(report.table(), "Ben")
    assert ben_row["hours"] == pytest.approx(10) and ben_row["use"] == pytest.approx(0.2)
    assert any("Ben" in note and "business" in note for note in report.notes)


def test_a_working_day_across_the_dst_change_is_still_eight_hours(svc):
    anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})
    sunday = date(2027, 3, 28)          # Europe/Berlin springs forward at 02:00
    svc.sessions.create_session({"schedule_id": anna.id, "type": "WORKING_HOURS",
                                 "start": at(sunday - timedelta(days=6), 9),
                                 "end": at(sunday - timedelta(days=6), 17),
                                 "recurrence": "FREQ=DAILY;COUNT=14"})
    report = svc.reports.staff(date(2027, 3, 22), date(2027, 4, 5), by="week")
    assert [r[2] for r in report.table("weeks").rows] == pytest.approx([8 * 7, 8 * 7])
    assert report.table("weeks").rows[0][0] == date(2027, 3, 22)


# -- revenue --------------------------------------------------------------------------------
def test_revenue_by_service_and_month_by_hand(svc):
    rate = {"labeledPriceOptions": {"member": {"amount": "12", "currency": "EUR"},
                                    "general": {"amount": "20", "currency": "EUR"}}}
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 10,
                                          "rate": rate})
    session(svc, yoga.id, MONDAY, 9, participants=people(1, 2))                  # 3 × 20
    session(svc, yoga.id, MONDAY + timedelta(days=2), 9, participants=people(1),
            rate={"labeledPriceOptions": {"drop-in": {"amount": "15.50",
                                                      "currency": "EUR"}}})       # 1 × 15.50
    session(svc, yoga.id, MONDAY, 11, participants=people(1), rate={"priceText": "Free"})
    gone = session(svc, yoga.id, MONDAY, 13, participants=people(1, 1))
    svc.sessions.delete_session(gone.id)
    session(svc, yoga.id, date(2027, 1, 4), 9, participants=people(1, 1, 1, 1))  # 4 × 20
    report = svc.reports.revenue(MONDAY, date(2027, 2, 1))
    rows = report.table("revenue").rows
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("Yoga", date(2026, 11, 1), 1, 3, Decimal("60"), "EUR"),
        ("Yoga", date(2026, 12, 1), 1, 1, Decimal("15.50"), "EUR"),
        ("Yoga", date(2027, 1, 1), 1, 4, Decimal("80"), "EUR")]
    assert report.table("services").total == ("All services", 3, 8, Decimal("155.50"), "EUR")
    assert any("1 sessions have no price" in n for n in report.notes)
    assert any("1 cancelled" in n for n in report.notes)
    assert report.chart.unit == "EUR"
    assert report.chart.series[0].values == (60.0, 15.5, 80.0)


def test_revenue_never_adds_currencies(svc):
    usd = {"labeledPriceOptions": {"general": {"amount": "10", "currency": "USD"}}}
    eur = {"labeledPriceOptions": {"general": {"amount": "10", "currency": "EUR"}}}
    a = svc.schedules.create_schedule({"name": "A", "kind": "INDIVIDUAL", "rate": usd})
    b = svc.schedules.create_schedule({"name": "B", "kind": "INDIVIDUAL", "rate": eur})
    session(svc, a.id, MONDAY, 9, participants=people(1))
    session(svc, b.id, MONDAY, 9, participants=people(1, 1))
    report = svc.reports.revenue(MONDAY, MONDAY + timedelta(days=7))
    assert report.table("services").total is None
    assert [(r[0], r[3]) for r in report.table("currencies").rows] == [("EUR", Decimal(20)),
                                                                        ("USD", Decimal(10))]
    assert report.chart.unit == "EUR"
    assert any("currencies" in n for n in report.notes)


# -- choosing and bad input -----------------------------------------------------------------
def test_schedules_are_chosen_by_id_and_resolved_by_name(svc, classes):
    yoga, _ = classes
    assert svc.reports.resolve(["yoga"]) == [yoga.id]
    report = svc.reports.utilisation(MONDAY, MONDAY + timedelta(days=14),
                                     schedule_ids=[yoga.id])
    assert report.schedules == ("Yoga",)
    with pytest.raises(NotFoundError):
        svc.reports.resolve(["Nobody"])


@pytest.mark.parametrize("call,field", [
    (lambda r: r.utilisation(MONDAY, MONDAY), "to"),
    (lambda r: r.utilisation(MONDAY, date(2032, 1, 1)), "to"),
    (lambda r: r.utilisation("2026-11-30", MONDAY), "from"),
    (lambda r: r.utilisation(MONDAY, date(2027, 1, 1), threshold=1.5), "threshold"),
    (lambda r: r.staff(MONDAY, date(2027, 1, 1), by="day"), "by"),
    (lambda r: r.run("sales", MONDAY, date(2027, 1, 1)), "report"),
    (lambda r: r.roster("tomorrow"), "date"),
])
def test_bad_input_is_a_clear_validation_error(svc, call, field):
    with pytest.raises(ValidationError) as caught:
        call(svc.reports)
    assert field in caught.value.fields


def test_a_report_about_the_wrong_kind_of_schedule_says_so(svc, staffed):
    anna, _ = staffed
    with pytest.raises(ValidationError, match="Anna is a staff schedule, not a class"):
        svc.reports.utilisation(MONDAY, MONDAY + timedelta(days=7), schedule_ids=[anna.id])


# -- roster and class list ------------------------------------------------------------------
def test_roster_has_phones_only_when_personal_information_is_asked_for(svc, staffed):
    anna, _ = staffed
    yoga = svc.schedules.by_id()
    plain = svc.reports.roster(MONDAY, [anna.id])
    assert [p.resource_name for p in plain.pages] == ["Anna"]
    assert all(e.participants is None for e in plain.pages[0].entries)
    session(svc, next(i for i, s in yoga.items() if s.name == "Yoga"), MONDAY, 20,
            affected_schedules=[LinkedSchedule(anna.id)], participants=people(1, 2),
            notes="Bring mats")
    full = svc.reports.roster(MONDAY, [anna.id], include_pi=True)
    last = full.pages[0].entries[-1]
    assert [(p.name, p.phone, p.party_size) for p in last.participants] == [
        ("P0", "00", 1), ("P1", "01", 2)]
    assert (last.booked, last.capacity, last.notes) == (3, 10, "Bring mats")
    assert [e.time_off for e in full.pages[0].entries].count(True) == 1
    assert full.pages[0].working[0][0].hour == 9


def test_roster_of_everyone_leaves_out_people_with_nothing_that_day(svc, staffed):
    svc.schedules.create_schedule({"name": "Idle", "kind": "STAFF"})
    roster = svc.reports.roster(MONDAY)
    assert [p.resource_name for p in roster.pages] == ["Anna", "Studio"]
    asked = svc.reports.roster(MONDAY, svc.reports.resolve(["Idle"]))
    assert [(p.resource_name, p.entries) for p in asked.pages] == [("Idle", ())]


def test_class_list(svc, classes):
    _, late = classes
    sheet = svc.reports.class_list(late.id, include_pi=True)
    assert len(sheet.participants) == 10 and sheet.capacity == 10
    assert svc.reports.class_list(late.id).participants is None


def test_a_few_chosen_schedules_read_apart_give_the_same_numbers(svc, classes):
    yoga, _ = classes
    pilates = svc.schedules.create_schedule({"name": "Pilates", "kind": "GROUP",
                                             "capacity": 6})
    session(svc, pilates.id, MONDAY, 12, participants=people(1, 1, 1))
    span = (MONDAY, MONDAY + timedelta(days=14))
    everything = svc.reports.utilisation(*span)            # one read, chosen in Python
    apart = svc.reports.utilisation(*span, schedule_ids=[yoga.id, pilates.id])
    assert apart.table("classes").rows == everything.table("classes").rows
    assert apart.table("weeks").rows == everything.table("weeks").rows
