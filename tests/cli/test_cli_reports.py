"""``sessions-desktop report`` and ``sessions-desktop print`` through the real entry point:
JSON, CSV and PDF out, one-line errors, and no display needed."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from cli_helpers import NOW, environment, run_cli

from sessions_desktop.domain.model import LinkedSchedule, Participant
from sessions_desktop.services import open_services
from tests.pdf_tools import needs_poppler, pdf_page_size, pdf_pages, pdf_text

MARCH = ("--from", "2025-03-03", "--to", "2025-03-17")


@pytest.fixture
def booked(db, studio):
    """A class on Tuesday 4 March taking Anna, with two people and their phones."""
    with open_services(db, now=lambda: NOW) as svc:
        return svc.sessions.create_session({
            "schedule_id": studio["yoga"], "title": "Tuesday flow",
            "start": datetime(2025, 3, 4, 18), "end": datetime(2025, 3, 4, 19),
            "participants": [Participant(name="Ida Weber", phone="07700 900123"),
                             Participant(name="Emil Rossi", phone="07700 900456")],
            "affected_schedules": [LinkedSchedule(studio["anna"])]}).id


def test_report_and_print_have_help():
    for name in ("report", "print"):
        result = run_cli(name, "--help")
        assert result.code == 0 and result.out.startswith(f"usage: sessions-desktop {name}")


def test_report_prints_json_with_tables_and_chart(db, studio, booked):
    result = run_cli("report", "utilisation", *MARCH, db=db)
    assert result.code == 0, result.err
    data = result.json
    assert (data["report"], data["from"], data["to"]) == ("utilisation", "2025-03-03",
                                                          "2025-03-17")
    classes = data["tables"][0]
    assert classes["key"] == "classes"
    flow = next(r for r in classes["rows"] if r["class"] == "Evening flow")
    assert (flow["sessions"], flow["capacity"]) == (4, 48)
    assert data["chart"]["unit"] == "%" and len(data["chart"]["categories"]) == 2


def test_report_csv_for_a_schedule_by_name(db, studio, booked):
    result = run_cli("report", "staff", *MARCH, "--schedule", "anna", "--csv", db=db)
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0][0] == "Staff member" and rows[1][0] == "Anna"
    assert float(rows[1][1]) == 80.0              # ten working days of eight hours
    weeks = run_cli("report", "staff", *MARCH, "--csv", "--table", "weeks", db=db)
    header = next(csv.reader(io.StringIO(weeks.out)))
    assert header[:2] == ["Week of", "Staff member"]


@pytest.mark.parametrize("args,code,start", [
    (("report", "utilisation", "--from", "2025-03-10", "--to", "2025-03-03"), 2,
     "INVALID_ARGUMENT: to: must be after"),
    (("report", "rooms", *MARCH, "--schedule", "Nobody"), 3, "NOT_FOUND: no schedule"),
    (("report", "revenue", "--from", "March", "--to", "2025-03-17"), 2,
     "INVALID_ARGUMENT: --from: 'March' is not a date"),
    (("report", "staff", *MARCH, "--csv", "--table", "nope"), 2,
     "INVALID_ARGUMENT: --table: 'nope' is not one of"),
    (("report", "sales", *MARCH), 2, "INVALID_ARGUMENT"),
    (("print", "roster", "--pdf", "x.pdf"), 2, "INVALID_ARGUMENT: --date: is required"),
])
def test_bad_input_is_one_line_and_writes_nothing(db, studio, tmp_path, args, code, start):
    result = run_cli(*args, db=db)
    assert result.code == code
    assert result.error_line.startswith(start), result.err
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_print_roster_writes_a_pdf_with_no_display(db, studio, booked, tmp_path):
    env = {k: v for k, v in environment().items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "anna.pdf"
    result = run_cli("print", "roster", "--date", "2025-03-04", "--resource", "Anna",
                     "--pdf", out, db=db, env=env)
    assert result.code == 0, result.err
    assert result.json == {"pdf": str(out), "pages": 1}
    text = pdf_text(out)
    assert "Anna" in text and "Tuesday flow" in text and "2 booked" in text
    assert "07700" not in text, "no personal information unless asked for"
    full = run_cli("print", "roster", "--date", "2025-03-04", "--resource", "Anna",
                   "--include-pi", "--paper", "Letter", "--pdf", out, db=db, env=env)
    assert full.code == 0, full.err
    assert "Ida Weber" in pdf_text(out) and "07700 900456" in pdf_text(out)
    assert tuple(round(x) for x in pdf_page_size(out)) == (612, 792)


@needs_poppler
def test_report_pdf_and_class_list_pdf(db, studio, booked, tmp_path):
    out = tmp_path / "utilisation.pdf"
    result = run_cli("report", "utilisation", *MARCH, "--pdf", out, db=db)
    assert result.code == 0, result.err
    assert result.json["pages"] == pdf_pages(out)
    width, height = pdf_page_size(out)
    assert width > height, "reports print in landscape"
    assert "Fill by week" in pdf_text(out) and "Evening flow" in pdf_text(out)
    sheet = tmp_path / "class.pdf"
    result = run_cli("print", "class-list", "--session", booked, "--include-pi", "--pdf",
                     sheet, db=db)
    assert result.code == 0, result.err
    assert "Class list: Tuesday flow" in pdf_text(sheet) and "Emil Rossi" in pdf_text(sheet)


def test_an_unwritable_pdf_is_an_io_error_line(db, studio, tmp_path):
    result = run_cli("print", "roster", "--date", "2025-03-04", "--pdf",
                     tmp_path / "no" / "such" / "folder.pdf", db=db)
    assert result.code == 7
    assert result.error_line.startswith("IO_ERROR:") and "does not exist" in result.err
    assert ".partial" not in result.err
