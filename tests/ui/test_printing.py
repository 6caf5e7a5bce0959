"""File › Print… and File › Export PDF…: the dialog, its preview, and the PDFs it writes, read
back with poppler (text, pages, page size, grey pixels)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from sessions_desktop.domain.model import LinkedSchedule, Participant
from sessions_desktop.presentation.navigation import ViewKind
from tests.pdf_tools import (
    A4_POINTS,
    is_grey,
    needs_poppler,
    pdf_page_size,
    pdf_pages,
    pdf_pixels,
    pdf_text,
)
from tests.ui.conftest import MONDAY, wait_loaded

TUESDAY = MONDAY + timedelta(days=1)


def menu_texts(win) -> list[str]:
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&File")
    return [a.text() for a in file_menu.actions()]


def open_dialog(win, qtbot, save_first=False):
    shown = []
    win.printing.run = lambda dialog: shown.append(dialog) or 0
    (win.printing.pdf_action if save_first else win.printing.print_action).trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    return dialog


def save(dialog, path):
    dialog.ask_path = lambda suggested: str(path)
    return dialog.save_pdf()


@pytest.fixture
def booked(services, business):
    """A yoga class on Tuesday with Ben, two people with phones (one brings a friend)."""
    people = [Participant(name="Ida Weber", phone="07700 900123", email="ida@example.com"),
              Participant(name="Emil Rossi", phone="07700 900456", party_size=2)]
    return services.sessions.create_session({
        "schedule_id": business.schedules["Yoga"], "title": "Tuesday flow",
        "start": datetime.combine(TUESDAY, time(19)), "end": datetime.combine(TUESDAY, time(20)),
        "participants": people, "notes": "Bring blocks",
        "affected_schedules": [LinkedSchedule(business.schedules["Ben"]),
                               LinkedSchedule(business.schedules["Studio B"])]})


def test_file_menu_has_print_and_export_pdf_after_the_ics_export(window):
    texts = menu_texts(window)
    assert texts.index("Print…") == texts.index("Export .ics…") + 2
    assert texts[texts.index("Print…") + 1] == "Export PDF…"
    assert window.printing.print_action.shortcut().toString() == "Ctrl+P"


def test_the_preview_paints_the_view_on_screen(window, qtbot):
    dialog = open_dialog(window, qtbot)
    assert dialog.kind == "view" and dialog.orientation.currentText() == "Landscape"
    assert not dialog.personal.isEnabled()
    painted = []
    dialog.preview.paintRequested.connect(lambda printer: painted.append(printer))
    dialog.preview.updatePreview()
    qtbot.waitUntil(lambda: painted and dialog.status.text() == "1 page")
    assert dialog.preview.pageCount() == 1


@needs_poppler
@pytest.mark.parametrize("kind", [ViewKind.WEEK, ViewKind.DAY, ViewKind.MONTH, ViewKind.AGENDA,
                                  ViewKind.RESOURCES, ViewKind.RESOURCE_WEEK])
def test_every_view_prints_as_on_screen_on_one_landscape_page(window, qtbot, tmp_path, kind):
    window.controller.set_kind(kind)
    wait_loaded(qtbot, window)
    dialog = open_dialog(window, qtbot, save_first=True)
    out = save(dialog, tmp_path / "view")              # the .pdf suffix is added
    assert out == tmp_path / "view.pdf" and dialog.saved == [out]
    assert pdf_pages(out) == 1
    width, height = pdf_page_size(out)
    assert (round(width), round(height)) == (round(A4_POINTS[1]), round(A4_POINTS[0]))
    text = pdf_text(out)
    # the title's words (pdftotext may set an hour label of the grid between them)
    assert all(word in text for word in window.period_label.text().split())
    assert "Studio Mitte" in text or "Printed" in text
    shown = {s.title for s in window.controller.shown()}
    assert any(title and title[:10] in text for title in shown), "tiles print as text"


@needs_poppler
def test_black_and_white_is_grey_in_the_pdf_and_in_the_preview(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.grey.setChecked(True)
    out = save(dialog, tmp_path / "grey.pdf")
    assert is_grey(pdf_pixels(out))
    assert dialog.printer.colorMode() == QPrinter.ColorMode.GrayScale
    dialog.colour.setChecked(True)
    coloured = save(dialog, tmp_path / "colour.pdf")
    assert not is_grey(pdf_pixels(coloured))


@needs_poppler
def test_roster_leaves_phones_out_until_the_user_ticks_personal_information(
        window, qtbot, tmp_path, booked):
    dialog = open_dialog(window, qtbot)
    dialog.what.setCurrentIndex(1)
    assert dialog.orientation.currentText() == "Portrait"
    assert not dialog.personal.isChecked() and dialog.personal.isEnabled()
    dialog.day.setDate(QDate(TUESDAY.year, TUESDAY.month, TUESDAY.day))
    dialog.who.setCurrentIndex(dialog.who.findText("Ben"))
    plain = pdf_text(save(dialog, tmp_path / "plain.pdf"))
    assert "Tuesday flow" in plain and "3 booked" in plain and "Bring blocks" in plain
    assert "Ida Weber" not in plain and "07700" not in plain
    assert "left out" in plain
    dialog.personal.setChecked(True)
    out = save(dialog, tmp_path / "full.pdf")
    text = pdf_text(out)
    assert "Ida Weber" in text and "07700 900123" in text
    assert "Emil Rossi ×2" in text and "3 / 12" in text
    assert pdf_pages(out) == 1
    assert tuple(round(x) for x in pdf_page_size(out)) in ((595, 842), (612, 792))


@needs_poppler
def test_roster_of_everyone_is_one_page_per_person_or_room(window, qtbot, tmp_path, booked):
    dialog = open_dialog(window, qtbot)
    dialog.what.setCurrentIndex(1)
    dialog.day.setDate(QDate(TUESDAY.year, TUESDAY.month, TUESDAY.day))
    out = save(dialog, tmp_path / "everyone.pdf")
    roster = window.services.reports.roster(TUESDAY)
    assert pdf_pages(out) == len(roster.pages) >= 3
    for number, page in enumerate(roster.pages, start=1):
        assert page.resource_name in pdf_text(out, number)


@needs_poppler
def test_class_list_of_the_selected_session(window, qtbot, tmp_path, booked):
    dialog = open_dialog(window, qtbot)
    dialog.what.setCurrentIndex(2)
    assert not dialog.pdf_button.isEnabled(), "nothing selected: nothing to print"
    window.controller.sessions.append(booked)
    window.controller.select(booked.id)
    dialog._refresh()
    assert dialog.pdf_button.isEnabled() and "Tuesday flow" in dialog.session_label.text()
    dialog.personal.setChecked(True)
    text = pdf_text(save(dialog, tmp_path / "class.pdf"))
    assert "Class list: Tuesday flow" in text
    assert "Ida Weber" in text and "07700 900456" in text
    assert "Notes" in text


def test_a_pdf_that_cannot_be_written_says_so_and_leaves_nothing(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    errors = []
    dialog.show_error = errors.append
    assert save(dialog, tmp_path / "missing" / "view.pdf") is None
    assert errors and "not saved" in errors[0]
    assert not (tmp_path / "missing").exists()


@needs_poppler
def test_print_sends_the_same_pages_to_the_printer_the_user_chose(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    out = tmp_path / "printed.pdf"

    def choose(printer: QPrinter) -> bool:      # as if the user picked "Print to file"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True
    dialog.ask_printer = choose
    assert dialog.print_()
    assert pdf_pages(out) == 1 and window.period_label.text() in pdf_text(out)
    dialog.ask_printer = lambda printer: False                  # cancelled: nothing printed
    assert not dialog.print_()
