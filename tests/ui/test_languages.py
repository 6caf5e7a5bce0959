"""Languages and locale (issue 14, part 3): the German catalogue is complete and compiled; the
window shows no text that did not go through the translation system; German dates; the first
day of the week and the 12/24-hour clock follow the locale; the grid names its time zones."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo, available_timezones

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sessions_desktop.presentation import zones
from sessions_desktop.presentation.navigation import ViewKind
from sessions_desktop.ui.common import language
from sessions_desktop.ui.common.texts import date_text, span_text, time_text, uses_24_hours
from sessions_desktop.ui.shell.controller import locale_first_weekday
from tests.ui.conftest import MONDAY, wait_loaded
from tests.ui.i18n_walk import (
    MARK,
    ROOT,
    TS,
    catalogue,
    english_only_texts,
    install_marking,
    locale_words,
    texts_of,
    words,
)

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)")
QM = ROOT / "sessions_desktop" / "translations" / "sessions_desktop_de.qm"


# -- the catalogue ---------------------------------------------------------------------------
def test_every_text_has_a_finished_german_translation_with_the_same_placeholders():
    messages = catalogue()
    assert len(messages) > 500
    unfinished = [(c, s) for c, s, german, kind in messages if kind or not german.strip()]
    assert not unfinished, f"untranslated or unfinished: {unfinished[:10]}"
    for context, source, german, _ in messages:
        assert set(PLACEHOLDER.findall(german)) <= set(PLACEHOLDER.findall(source)), \
            (context, source, german)
        # every placeholder that is not a strftime field (those may be rewritten) survives
        plain = {p for p in PLACEHOLDER.findall(source) if f"{{{p}:%" not in source}
        assert plain <= set(PLACEHOLDER.findall(german)), (context, source, german)


def test_the_shipped_qm_is_compiled_from_the_ts():
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, german, _ in catalogue():
        assert translator.translate(context, source) == german, (context, source)


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
                    is None, reason="pyside6-lupdate is not installed beside this Python")
def test_the_catalogue_holds_every_text_the_code_translates(tmp_path):
    """A text added to the code but not extracted and translated fails here."""
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "sessions_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(c, s) for c, s, _, _ in catalogue(fresh)}
    shipped = {(c, s) for c, s, _, _ in catalogue(TS)}
    assert in_code - shipped == set(), "run: python3 dev.py translations, then translate"
    assert shipped - in_code == set(), "texts no longer in the code: python3 dev.py translations"


# -- the window in German --------------------------------------------------------------------
@pytest.fixture
def german(qapp):
    before = QLocale()
    chosen = language.install("de", qapp, system=QLocale("en_US"))
    assert chosen.language() == QLocale.Language.German
    assert "de" in language.installed_languages()
    yield chosen
    language.install("system", qapp, system=before)


def _dialogs(window):
    """The window's dialogs as a person opens them (built, not run modally)."""
    from datetime import date as day

    from sessions_desktop.errors import FieldViolation, ValidationError
    from sessions_desktop.presentation.questions import GestureQuestions
    from sessions_desktop.presentation.reminder_text import notification_body
    from sessions_desktop.presentation.reminders import Alarm
    from sessions_desktop.ui.editor import SessionEditor
    from sessions_desktop.ui.grid.quick_create import QuickCreate
    from sessions_desktop.ui.reminders.popup import ReminderPopup
    from sessions_desktop.ui.reports.reports_window import ReportsWindow
    from sessions_desktop.ui.resources.columns_dialog import ColumnsDialog
    from sessions_desktop.ui.schedules.schedules_dialog import SchedulesDialog
    from sessions_desktop.ui.shell.backups_dialog import BackupsDialog
    from sessions_desktop.ui.shell.error_dialog import RefusalBox
    from sessions_desktop.ui.shell.exception_dialog import ExceptionDialog
    from sessions_desktop.ui.shell.gesture_dialog import GestureDialog
    from sessions_desktop.ui.shell.go_to_date import GoToDateDialog
    from sessions_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
    from sessions_desktop.ui.tools.search_panel import SearchPanel
    from sessions_desktop.ui.transfer.export_dialog import ExportDialog
    from sessions_desktop.ui.transfer.import_dialogs import ImportPreviewDialog, ImportReportDialog
    from sessions_desktop.ui.transfer.publish_dialog import PublishDialog

    svc = window.services
    start = datetime(2026, 11, 24, 10, 0)
    schedules = svc.schedules.list_schedules()
    shown = window.controller.shown()
    series = next(s for s in shown if s.is_instance)
    alarm = Alarm(series.id, series.title, series.start, series.end, 15)
    soon = series.start - timedelta(minutes=15)
    return [
        window.desktop.settings.settings_dialog(),
        QuickCreate(start, start.replace(hour=11), schedules, None, window),
        SessionEditor(series, window.actions_.flow.editor_input(series), window),
        SchedulesDialog(svc, window.dialogs.writer, window),
        window.dialogs.slot_finder(),
        SearchPanel(svc, MONDAY, lambda session: None, window),
        window.printing.dialog(),
        ReportsWindow(svc.reports, MONDAY, 0, threaded=False, parent=window),
        ExportDialog(schedules, MONDAY, day(2026, 11, 29), window),
        PublishDialog("", False, window),
        window.resource_menus.closure_dialog(),
        GoToDateDialog(MONDAY, window),
        ShortcutsDialog(window),
        GestureDialog(GestureQuestions("Move", series.title, "outside Ben's working hours", True,
                                       2, "Tue 24 Nov, 10:00 – 11:00"), window),
        RefusalBox(QCoreApplication.translate("SessionActions", "Move session"),
                   ValidationError([FieldViolation("end", "must be after the start")]), window),
        BackupsDialog([], "/backups", window),
        ColumnsDialog([s for s in schedules if not s.is_service], window),
        ExceptionDialog("A summary", "details", None, window),
        ImportPreviewDialog("studio.ics", SimpleNamespace(
            sessions=12, recurring=2, changed_instances=1, new=10, updates=2, broken=["x"],
            schedules={"Yoga": 12}, new_schedules=["Yoga"], warnings=["a warning"],
            skipped=["VTODO"]), ["Yoga"], window),
        ImportReportDialog("studio.ics", SimpleNamespace(
            created=10, updated=2, instances=1, skipped=["VTODO"], schedules={"Yoga": 12},
            created_schedules=["Yoga"], change=object(), warnings=["a warning"]), window),
        ReminderPopup("key", series.title,
                      notification_body(alarm, soon, time_text(soon), date_text(soon.date())),
                      [5, 10], window),
    ]


def _walk(window, qtbot=None):
    found = texts_of(window)
    if qtbot is not None:     # every view: the agenda's headers, the month, staff and rooms
        for kind in (ViewKind.AGENDA, ViewKind.MONTH, ViewKind.RESOURCES, ViewKind.WEEK):
            window.controller.set_kind(kind)
            wait_loaded(qtbot, window)
            found += texts_of(window)
    for dialog in _dialogs(window):
        found += texts_of(dialog)
        dialog.deleteLater()
    return found


def test_the_window_and_its_dialogs_show_no_english_text_in_german(german, window, qtbot):
    english = english_only_texts()
    shown = _walk(window, qtbot)
    left = sorted({(where, text) for where, text in shown
                   if text.replace("&", "").strip() in english})
    assert not left, f"English in the German window: {left[:15]}"
    menus = [text for where, text in shown if where == "menu bar action"]
    assert "&Datei" in menus and "&Bearbeiten" in menus
    # the parts that add to menus found them by their German titles
    items = {text for where, text in shown if where.startswith("menu bar ›")}
    assert {"Gehe zu Datum…", "Drucken…", "Berichte…", "Einstellungen…",
            "Betrieb schließen…"} <= items


def test_every_visible_text_went_through_the_translation_system(qapp, window, services,
                                                                qtbot):
    """With a translator that marks what it translates, a visible text without the mark is a
    literal the catalogue never saw (data, dates and numbers aside)."""
    marking = install_marking()
    try:
        from sessions_desktop.ui.shell.main_window import MainWindow

        marked = MainWindow(services, window.settings)
        marked.resize(1200, 800)
        found = _walk(marked, qtbot)
    finally:
        QCoreApplication.removeTranslator(marking)
    data = set()
    for schedule in services.schedules.list_schedules():
        data.update(words(schedule.name))
    for session in window.controller.shown():           # titles are data too
        data.update(words(session.title or ""))
    data.update(words(str(services.location)) + words(services.business_name() or ""))
    data.update([*words(services.business_zone_name), "UTC", "Qt", "PySide", "Sessions",
                 "Desktop", "English", "Deutsch",     # each language in its own words
                 "EUR", "https", "meet", "example",   # examples in fields' placeholders
                 "FREQ", "MONTHLY", "BYDAY", "MO", "BYSETPOS"])
    data |= locale_words(QLocale())
    for zone in available_timezones():          # zone names are the zone database's
        data.update(words(zone))
    missed = sorted({(where, text) for where, text in found if MARK not in text
                     and any(w not in data for w in words(text))})
    marked.deleteLater()
    assert not missed, f"texts that bypass translate(): {missed[:60]}"


def test_german_dates_in_the_window(german, window, qtbot):
    assert "Montag" in date_text(MONDAY, long=True)
    assert span_text(datetime(2026, 12, 2, 9, 0), datetime(2026, 12, 2, 10, 0)) == \
        "Mi., 2. Dez., 09:00 – 10:00"
    assert "November" in window.period_label.text()
    header = window.views.week.header
    assert header.names.weekday(MONDAY, short=False) == "Montag"


# -- the locale's conventions ----------------------------------------------------------------
def test_the_first_day_of_the_week_follows_the_locale():
    assert locale_first_weekday(QLocale("de_DE")) == 0         # Monday
    assert locale_first_weekday(QLocale("en_US")) == 6         # Sunday


def test_a_us_locale_uses_a_12_hour_clock_and_germany_a_24_hour_one():
    afternoon = datetime(2026, 12, 2, 15, 30)
    assert not uses_24_hours(QLocale("en_US"))
    assert re.fullmatch(r"3:30\s?PM", time_text(afternoon, QLocale("en_US")))
    assert uses_24_hours(QLocale("de_DE"))
    assert time_text(afternoon, QLocale("de_DE")) == "15:30"


def test_the_language_setting_picks_the_catalogue_and_the_locale(qapp):
    before = QLocale()
    try:
        assert language.locale_for("system", QLocale("de_AT")).name() == "de_AT"
        assert language.locale_for("de", QLocale("de_AT")).name() == "de_AT"  # same language
        assert language.locale_for("de", QLocale("en_US")).language() == QLocale.Language.German
        english_here = language.locale_for("en", QLocale("de_DE"))
        assert english_here.language() == QLocale.Language.English
        assert english_here.name() == "en_DE" and uses_24_hours(english_here)   # Germany's clock
        language.install("en", qapp, system=QLocale("de_DE"))
        assert language.installed_languages() == []      # English is the source
        assert QCoreApplication.translate("WindowActions", "Week") == "Week"
        language.install("system", qapp, system=QLocale("de_CH"))
        assert QCoreApplication.translate("WindowActions", "Week") == "Woche"
        assert QLocale().name() == "de_CH"
    finally:
        language.install("system", qapp, system=before)
    assert QCoreApplication.translate("WindowActions", "Week") == "Week"


# -- time zones ------------------------------------------------------------------------------
def test_the_grid_names_the_business_zone_and_a_second_one(window, qtbot):
    header = window.views.week.header
    header.grab()
    assert header.corner_texts[-1] == "Berlin"
    prefs = window.desktop.settings.prefs
    from dataclasses import replace

    window.desktop.settings.set_preferences(replace(prefs, second_zone="America/New_York"))
    grid = window.views.week.grid_view
    assert grid.grid.gutter_width == 112
    header.grab()
    assert header.corner_texts[1:] == ["New York", "Berlin"]
    window.desktop.settings.set_preferences(replace(prefs, second_zone=""))
    assert grid.grid.gutter_width == 56
    window.controller.set_kind(ViewKind.RESOURCES)           # staff and rooms: the zone too
    wait_loaded(qtbot, window)
    columns = window.views.resources.header
    columns.grab()
    assert columns.corner_text == "Berlin"


def test_second_zone_hours_and_labels():
    berlin, new_york = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
    assert zones.other_wall_time(MONDAY, 9 * 60, berlin, new_york).hour == 3
    assert zones.zone_city("America/Argentina/Buenos_Aires") == "Buenos Aires"
    assert zones.utc_offset_text(ZoneInfo("Asia/Kolkata"), datetime(2026, 1, 1)) == "UTC+5:30"
    assert zones.utc_offset_text(new_york, datetime(2026, 1, 1)) == "UTC−5"
    assert zones.zone_or_none("Mars/Olympus") is None and zones.zone_or_none("") is None


def test_gesture_keys_stay_english_while_the_words_are_german(german):
    from sessions_desktop.presentation.questions import GestureQuestions
    from sessions_desktop.presentation.refusals import what_failed

    resize = GestureQuestions("Resize", "Yoga", when="Di., 24. Nov., 10:00 – 11:00")
    assert resize.heading == "„Yoga“ auf Di., 24. Nov., 10:00 – 11:00 ändern?"
    assert resize.confirm_text == "Dauer ändern"
    shown = QCoreApplication.translate("SessionActions", "Move session")
    assert shown == "Termin verschieben"
    assert what_failed(shown) == what_failed("Move session") == "Der Termin wurde nicht verschoben."


@pytest.mark.parametrize(("locale", "first"), [("de_DE", MONDAY.weekday()), ("en_US", 6)])
def test_a_new_users_week_starts_on_the_locales_first_day(qapp, services, locale, first):
    from sessions_desktop.ui.shell.controller import CalendarController

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        controller = CalendarController(services)      # nothing saved: the locale decides
        assert controller.first_weekday == first
        assert controller.period().start.weekday() == first
    finally:
        QLocale.setDefault(before)


def test_the_language_chosen_in_settings_is_read_at_the_next_start(window, qtbot):
    from dataclasses import replace

    from sessions_desktop.ui.shell.preferences import load_preferences

    dialog = window.desktop.settings.settings_dialog()
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert box.note.isHidden()
    box.language.setCurrentIndex(box.language.findData("de"))
    assert not box.note.isHidden() and "next time" in box.note.text()
    assert language.chosen(window.settings) == "de"          # what startup reads
    assert load_preferences(window.settings).language == "de"
    box.second_zone.setCurrentText("Mars/Olympus")            # not a zone: refused, said
    assert "not a known zone" in dialog.problem.text()
    assert load_preferences(window.settings).second_zone == ""
    window.desktop.settings.set_preferences(replace(window.desktop.settings.prefs,
                                                    language="system"))
    assert language.chosen(window.settings) == "system"


def test_a_us_title_puts_the_month_first():
    from datetime import date

    from sessions_desktop.presentation.titles import day_title, range_title
    from sessions_desktop.ui.common.texts import locale_names

    us, uk = locale_names(QLocale("en_US")), locale_names(QLocale("en_GB"))
    assert range_title(date(2026, 11, 29), date(2026, 12, 5), us) == \
        "November 29 – December 5, 2026"
    assert range_title(date(2026, 11, 23), date(2026, 11, 29), us) == "November 23 – 29, 2026"
    assert day_title(date(2026, 12, 2), us) == "Wednesday, December 2, 2026"
    assert range_title(date(2026, 11, 29), date(2026, 12, 5), uk) == \
        "29 November – 5 December 2026"
