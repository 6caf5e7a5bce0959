"""Feeds for phones from the window: File > Publish feeds for phones, then every change
rewrites them on a worker; File > Export .ics > one file per staff member. Driven as a person
would, the folder dialogs answered with a path."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

WAIT = 15_000


def _files(folder) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_publishing_feeds_and_a_change_rewrites_them(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "Sync" / "feeds"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    window.acts.publish_feeds.trigger()
    dialog = window.transfer.feeds.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert not dialog.enabled.isChecked() and dialog.ok.isEnabled()
    dialog.enabled.setChecked(True)
    assert not dialog.ok.isEnabled() and dialog.problem.text() == "Choose a folder."
    dialog.browse.click()
    assert dialog.folder.text() == str(folder) and dialog.ok.isEnabled()
    dialog.ok.click()
    assert window.services.publish_settings().folder == str(folder)
    qtbot.waitUntil(lambda: len(_files(folder)) > 1, timeout=WAIT)
    feeds = window.transfer.feeds
    qtbot.waitUntil(lambda: feeds.task is not None and feeds.task.done, timeout=WAIT)
    session = next(s for s in window.controller.sessions if s.title and not s.is_instance)
    window.ops.run("Rename", lambda: window.services.sessions.update_session(
        session.id, {"title": "Renamed for the phone"}))
    qtbot.waitUntil(lambda: feeds.task.done and any(
        "Renamed for the phone" in (folder / name).read_text()
        for name in _files(folder) if name.endswith(".ics")), timeout=WAIT)
    assert all(name.endswith(".ics") for name in _files(folder))    # no half files left


def test_one_file_per_staff_member_from_the_export_dialog(qtbot, window, tmp_path,
                                                         monkeypatch):
    folder = tmp_path / "staff"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    window.acts.export_ics.trigger()
    dialog = window.transfer.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.per_staff.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.transfer.last_export is not None, timeout=WAIT)
    staff = sorted(s.name for s in window.services.schedules.by_id().values()
                   if str(s.kind) == "STAFF")
    assert staff and {f"{name}.ics" for name in staff} <= _files(folder)
    assert window.statusBar().currentMessage().startswith("Exported ")
