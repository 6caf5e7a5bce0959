"""The PyInstaller one-folder build starts and shows its window on a virtual X screen.

Slow (a build takes minutes), so it runs only where PyInstaller (``pip install -e .[package]``)
and Xvfb (``apt-get install xvfb xdotool`` plus Qt's xcb libraries, see the architecture
guide) are installed; elsewhere it skips and says why.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _need(tool: str, hint: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed ({hint})")
    return found


@pytest.fixture
def x_display():
    """A private Xvfb screen; Xvfb tells us its display number through -displayfd."""
    xvfb = _need("Xvfb", "apt-get install xvfb")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def test_one_folder_build_starts_and_shows_its_window(tmp_path, x_display):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed (pip install -e ".[package]")')
    xdotool = _need("xdotool", "apt-get install xdotool")
    build = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist",
                            str(tmp_path / "dist"), "--work", str(tmp_path / "work")],
                           capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = tmp_path / "dist" / "sessions-desktop" / "sessions-desktop"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    env.update({"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
                "SESSIONS_DESKTOP_READY_LINE": "1", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
                "XDG_DATA_HOME": str(tmp_path / "data"),
                "SESSIONS_DESKTOP_LOG_DIR": str(tmp_path / "log"),
                "SESSIONS_DESKTOP_BACKUPS": str(tmp_path / "backups")})
    app = subprocess.Popen([str(executable), "--db", str(tmp_path / "studio.sqlite3")],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = app.stdout.readline().strip()
        assert line == f"sessions-desktop: ready {tmp_path / 'studio.sqlite3'}", \
            app.stderr.read() if app.poll() is not None else line
        found = subprocess.run([xdotool, "search", "--sync", "--onlyvisible", "--name",
                                "Sessions Desktop"], env=env, capture_output=True, text=True,
                               timeout=60)
        assert found.returncode == 0 and found.stdout.split(), found.stderr
        size = subprocess.run([xdotool, "getwindowgeometry", found.stdout.split()[0]],
                              env=env, capture_output=True, text=True, timeout=60)
        assert "Geometry:" in size.stdout
    finally:
        app.terminate()
        app.communicate(timeout=60)
