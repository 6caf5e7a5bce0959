"""Private by default, as a user runs it: a fresh profile's files are 0600 in 0700 folders, an
older database is tightened with a log note, and nobody else can take the app's socket."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from sessions_desktop.services import open_services
from sessions_desktop.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//test//EN\r
BEGIN:VEVENT\r
UID:private-1\r
DTSTAMP:20260101T000000Z\r
DTSTART:20261125T100000Z\r
DTEND:20261125T110000Z\r
SUMMARY:Massage\r
ATTENDEE;CN=Ada Client:mailto:ada@example.org\r
END:VEVENT\r
END:VCALENDAR\r
"""


def profile(home: Path) -> dict[str, str]:
    """A fresh user: every folder of the app under ``home``, nothing overridden."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SESSIONS_DESKTOP_",
                                                                    "XDG_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_STATE_HOME=str(home / ".local/state"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen",
               SESSIONS_DESKTOP_READY_LINE="1", PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1",
               TZ="Europe/Berlin")
    return env


def cli(env: dict, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "sessions_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120, umask=0o022)
    assert done.returncode == 0, done.stderr
    return done


def launch(env: dict, *args: str) -> subprocess.Popen:
    code = "import sys; from sessions_desktop.app import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, umask=0o022,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def modes(top: Path) -> dict[Path, str]:
    """Every folder and file under ``top`` (sockets aside) with its permission bits."""
    found = {}
    for path in [top, *top.rglob("*")]:
        info = path.lstat()
        if not stat.S_ISSOCK(info.st_mode):
            found[path] = oct(stat.S_IMODE(info.st_mode))
    return found


@POSIX_ONLY
def test_a_fresh_profile_is_private_whatever_the_umask(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = profile(home)
    (tmp_path / "in.ics").write_text(ICS)
    cli(env, "import", str(tmp_path / "in.ics"), "--schedule", "Massage")
    window = launch(env)          # log file, backup at start, the socket
    try:
        assert window.stdout.readline().startswith("sessions-desktop: ready")
        backups = home / ".local/share/sessions-desktop/backups"
        made = threading.Event()   # the start backup begins after the window shows
        for _ in range(600):
            if any(backups.glob("*.start.sqlite3")) or made.wait(0.05):
                break
    finally:
        window.terminate()
        window.communicate(timeout=60)
    cli(env, "export", str(home / "clients.ics"), "--include-pi")

    data = home / ".local/share/sessions-desktop"
    state = home / ".local/state/sessions-desktop"
    found = {**modes(data), **modes(state)}
    names = [p.name for p in found]
    assert "sessions.sqlite3" in names and "sessions-desktop.log" in names
    assert any(p.parent.name == "backups" for p in found)
    folders = {str(p): m for p, m in found.items() if p.is_dir()}
    files = {str(p): m for p, m in found.items() if not p.is_dir()}
    assert set(folders.values()) == {"0o700"}, folders
    assert set(files.values()) == {"0o600"}, files
    assert oct(stat.S_IMODE((home / "clients.ics").stat().st_mode)) == "0o600"


@POSIX_ONLY
def test_an_existing_open_database_is_tightened_with_a_note(tmp_path, caplog):
    path = tmp_path / "old.sqlite3"
    with open_services(path) as svc:
        svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    path.chmod(0o644)
    Path(f"{path}-wal").write_bytes(b"")
    Path(f"{path}-wal").chmod(0o664)
    with caplog.at_level(logging.INFO, logger="sessions_desktop"):
        Database(path).close()
    assert oct(stat.S_IMODE(path.stat().st_mode)) == "0o600"
    notes = [r.getMessage() for r in caplog.records if "made" in r.getMessage()]
    assert any(str(path) in n and "0o644" in n and "0o600" in n for n in notes), notes


@POSIX_ONLY
def test_the_socket_lives_in_a_folder_only_the_user_can_write(tmp_path, monkeypatch):
    from sessions_desktop.ui.shell.single_instance import socket_address

    state = Path(tempfile.mkdtemp(prefix="st"))     # short: socket paths hold ~100 bytes
    try:
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        monkeypatch.setenv("XDG_STATE_HOME", str(state))
        address = Path(socket_address(tmp_path / "db.sqlite3"))
        folder = address.parent
        assert folder == state / "sessions-desktop" / "run"
        assert folder.stat().st_uid == os.getuid()
        assert oct(stat.S_IMODE(folder.stat().st_mode)) == "0o700"
        runtime = state / "runtime"
        runtime.mkdir(mode=0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))     # the desktop's own folder
        assert Path(socket_address(tmp_path / "db.sqlite3")).parent == runtime
        runtime.chmod(0o755)                                     # not private: not used
        assert Path(socket_address(tmp_path / "db.sqlite3")).parent == folder
    finally:
        shutil.rmtree(state)


@POSIX_ONLY
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can make a socket owned by another user")
def test_a_squatted_socket_that_answers_ok_does_not_stop_the_app(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = profile(home)
    db = tmp_path / "studio.sqlite3"
    code = ("import sys; from pathlib import Path; from sessions_desktop.ui.shell."
            "single_instance import socket_address; print(socket_address(Path(sys.argv[1])))")
    address = subprocess.run([sys.executable, "-c", code, str(db)], env=env, text=True,
                             capture_output=True, check=True).stdout.strip()
    squatter = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    squatter.bind(address)
    os.chown(address, 65534, 65534)      # as if "nobody" had created it first
    squatter.listen(5)

    def answer_ok() -> None:      # the attack: claim the database is open, so we exit
        while True:
            try:
                conn, _ = squatter.accept()
            except OSError:
                return
            conn.sendall(b"ok\n")
            conn.close()

    threading.Thread(target=answer_ok, daemon=True).start()
    window = launch(env, "--db", str(db))
    try:
        assert window.stdout.readline().strip() == f"sessions-desktop: ready {db}"
    finally:
        window.terminate()
        window.communicate(timeout=60)
        squatter.close()
    log = (home / ".local/state/sessions-desktop/log/sessions-desktop.log").read_text()
    assert f"ignoring the socket {address}: it belongs to user id 65534" in log
