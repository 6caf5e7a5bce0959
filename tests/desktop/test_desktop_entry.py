"""``sessions-desktop --install-desktop-entry`` puts a valid entry and the icons in place."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from sessions_desktop import cli, desktop_entry
from sessions_desktop.resource_files import ICON_SIZES, resources_folder


def test_resources_are_complete():
    folder = resources_folder()
    assert folder is not None
    assert (folder / "icons" / "sessions-desktop.svg").exists()
    for size in ICON_SIZES:
        png = folder / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sessions-desktop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png


def test_install_desktop_entry_respects_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["--install-desktop-entry"]) == 0
    entry = tmp_path / "share" / "applications" / "sessions-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split(" ")[0].strip('"')
    assert program.startswith("/"), "Exec names the launcher by its absolute path"
    for size in ICON_SIZES:
        assert (tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" /
                "sessions-desktop.png").exists()
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" /
            "sessions-desktop.svg").exists()
    assert "applications menu" in capsys.readouterr().out


def test_exec_arguments_are_quoted_as_the_spec_asks():
    assert desktop_entry._quote("/opt/app/sessions-desktop") == "/opt/app/sessions-desktop"
    assert desktop_entry._quote("/home/a b/bin/app") == '"/home/a b/bin/app"'
    assert desktop_entry._quote('/x/"$y') == '"/x/\\"\\$y"'


def test_installed_entry_passes_desktop_file_validate(tmp_path):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    written = desktop_entry.install(tmp_path / "share")
    result = subprocess.run([tool, str(written[0])], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
