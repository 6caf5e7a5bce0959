#!/usr/bin/env python3
"""Build the one-folder app with PyInstaller: dist/sessions-desktop/sessions-desktop(.exe).

    pip install -e ".[package]"      # PyInstaller 6
    python packaging/build.py [--dist DIR] [--work DIR] [--smoke]

``--smoke`` starts the build once (offscreen, with a temporary database and folders) and
checks it prints its ready line, then closes it. Prints the folder's size and the build time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "sessions-desktop.spec"
NAME = "sessions-desktop"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('PyInstaller is not installed: pip install -e ".[package]"')
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
               "WARN", "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / NAME / (NAME + (".exe" if os.name == "nt" else ""))


def smoke(executable: Path) -> str:
    """Start the build offscreen on a scratch database; returns its first line."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "SESSIONS_DESKTOP_READY_LINE": "1", "XDG_CONFIG_HOME": scratch,
               "XDG_DATA_HOME": scratch, "SESSIONS_DESKTOP_LOG_DIR": scratch,
               "SESSIONS_DESKTOP_BACKUPS": scratch}
        process = subprocess.Popen([str(executable), "--db", f"{scratch}/smoke.sqlite3"],
                                   env=env, stdout=subprocess.PIPE, text=True)
        try:
            return (process.stdout.readline() if process.stdout else "").strip()
        finally:
            process.terminate()
            process.communicate(timeout=60)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    executable = build(args.dist, args.work)
    took = time.perf_counter() - started
    size = folder_size(executable.parent) / 1e6
    print(f"built {executable} in {took:.0f} s; the folder is {size:.0f} MB")
    if args.smoke:
        line = smoke(executable)
        print(f"smoke test: {line or 'no ready line'}")
        return 0 if line.startswith("sessions-desktop: ready") else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
