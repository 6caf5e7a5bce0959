"""File dialogs start in the documents folder, then where the person last went (per purpose,
in the window's settings); an export's default name carries the business and the date."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import NOW
from tests.ui.test_window_transfer import GOOD, WAIT


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home of its own, with a Documents folder (QStandardPaths reads $HOME)."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


@pytest.fixture
def dialogs(monkeypatch):
    """Record where each file dialog opened and answer with the next prepared path."""
    asked: list[tuple[str, str]] = []
    answers: list[str] = []

    def answer(kind):
        def dialog(parent, title, where, *rest, **options):
            asked.append((kind, where))
            return (answers.pop(0), "") if kind != "folder" else answers.pop(0)
        return staticmethod(dialog)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer("save"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer("folder"))
    return asked, answers


def test_an_import_starts_in_documents_then_where_the_last_one_came_from(
        qtbot, window, home, dialogs, tmp_path):
    asked, answers = dialogs
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    (downloads / "studio.ics").write_bytes(GOOD)
    flow = window.transfer
    answers.append(str(downloads / "studio.ics"))
    window.acts.import_ics.trigger()
    qtbot.waitUntil(lambda: flow.preview_dialog is not None, timeout=WAIT)
    flow.preview_dialog.reject()
    qtbot.waitUntil(lambda: not flow.busy, timeout=WAIT)
    answers.append("")                       # the second time: cancelled
    window.acts.import_ics.trigger()
    assert asked == [("open", str(home / "Documents")), ("open", str(downloads))]
    assert window.settings.value("files/last_folder/import") == str(downloads)


def test_an_export_is_named_after_the_business_and_remembers_its_folder(
        qtbot, window, home, dialogs, tmp_path, services):
    asked, answers = dialogs
    services.set_business_name("Studio Mitte")
    shared = tmp_path / "shared"
    shared.mkdir()

    def export(target: str) -> None:
        answers.append(target)
        window.transfer.last_export = None
        window.acts.export_ics.trigger()
        dialog = window.transfer.export_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        dialog.export_button.click()
        if target:
            qtbot.waitUntil(lambda: window.transfer.last_export is not None, timeout=WAIT)

    export(str(shared / "mine.ics"))
    export("")
    today = NOW.astimezone(services.business_zone).date().isoformat()
    name = f"studio-mitte-sessions-{today}.ics"
    assert asked == [("save", str(home / "Documents" / name)), ("save", str(shared / name))]
    assert (shared / "mine.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_without_a_documents_folder_dialogs_start_at_home(tmp_path, monkeypatch, settings):
    from sessions_desktop.ui.common.file_places import FilePlaces

    bare = tmp_path / "bare"
    bare.mkdir()
    monkeypatch.setenv("HOME", str(bare))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(bare / ".config"))
    places = FilePlaces(settings)
    assert places.folder("export") == Path(bare)
    places.remember("export", tmp_path / "gone" / "x.ics")      # a folder that went away
    assert places.folder("export") == Path(bare)
