"""Starting the window on an address it cannot open: one message, the exit status of the
error, nothing created, and no password in the message or the log."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from sessions_desktop.app import backup_beside_the_window, open_database
from sessions_desktop.ui.shell import startup


@pytest.mark.parametrize("address, expected", [
    ("postgresql://desk:hunter2@127.0.0.1:1/studio", "cannot reach the database server"),
    ("mysql://desk:hunter2@localhost/studio", "unknown kind of database address mysql://"),
])
def test_the_window_says_why_in_one_message_and_creates_nothing(qtbot, private_folders,
                                                                 monkeypatch, address,
                                                                 expected):
    shown = []
    monkeypatch.setattr(startup.QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.chdir(private_folders)
    before = sorted(p.name for p in private_folders.iterdir())
    status = startup.run_window(QApplication.instance(), address, open_database,
                               backup_beside_the_window)
    assert status == 6 and len(shown) == 1 and expected in shown[0]
    assert "hunter2" not in shown[0]
    logs = "".join(p.read_text() for p in (private_folders / "logs").glob("*.log"))
    assert "hunter2" not in logs and "could not open" in logs
    assert sorted(p.name for p in private_folders.iterdir() if p.name != "logs") == \
        [n for n in before if n != "logs"]
