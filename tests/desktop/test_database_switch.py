"""Settings › Database: open another calendar by path or postgresql:// URL; a password in the
address, an unreachable server or another program's database is refused in the dialog and
nothing changes; what is remembered never holds a password."""

from __future__ import annotations

from sessions_desktop.ui.shell.database_switch import SETTING
from tests.desktop.support import open_window


def switch(dialog, text: str) -> None:
    dialog.other.setText(text)
    dialog.switch.click()


def test_open_a_shared_calendar_from_settings(qtbot, empty_services, settings, pg_url):
    win = open_window(qtbot, empty_services, settings)
    replaced = []
    win.desktop.replaced.append(replaced.append)
    dialog = win.desktop.settings.settings_dialog()
    switch(dialog, pg_url)
    assert len(replaced) == 1, "a new window took the old one's place"
    new = replaced[0]
    qtbot.addWidget(new)
    assert new.services.shared and new.services.location == pg_url
    assert new.file_label.text() == pg_url
    assert settings.value(SETTING) == pg_url
    qtbot.waitUntil(lambda: new.live.label.text() == "Shared calendar: connected", timeout=2000)
    new.close()
    new.services.close()


def test_bad_addresses_are_refused_in_the_dialog(qtbot, empty_services, settings, pg_cluster):
    win = open_window(qtbot, empty_services, settings)
    replaced = []
    win.desktop.replaced.append(replaced.append)
    dialog = win.desktop.settings.settings_dialog()
    switch(dialog, "postgresql://desk:hunter2@localhost/studio")
    assert "Leave the password out" in dialog.status.text()
    switch(dialog, "postgresql://nobody@127.0.0.1:1/studio")
    assert "cannot reach the database server" in dialog.status.text()
    switch(dialog, "ftp://files.example/studio")
    assert "unknown kind of database address" in dialog.status.text()
    pg_cluster.create_database("inventory")
    pg_cluster.sql("CREATE TABLE stock (id int)", "inventory")
    switch(dialog, pg_cluster.url("inventory"))
    assert "already holds other tables (stock)" in dialog.status.text()
    pg_cluster.drop_database("inventory")
    assert replaced == [] and settings.value(SETTING) is None
    assert win.services.path is not None and not win.services.shared
