#!/usr/bin/env python3
"""Set-up and everyday commands that need nothing but Python, pip and git.

    python3 dev.py run [ARGS]    create .venv if needed, install, start Sessions Desktop
    python3 dev.py test [ARGS]   create .venv if needed, install, ruff, import contracts, pytest
    python3 dev.py bench         the speed benchmarks (benchmarks/*.py)
    python3 dev.py translations  re-extract the window's texts into translations/*.ts (new ones
                                 come in unfinished) and compile every .ts into the package's .qm
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def ensure_environment() -> None:
    """Create the virtual environment and install the project, again when pyproject changes."""
    if not PY.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pyproject = ROOT / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    print("installing Sessions Desktop and its tools into .venv ...", flush=True)
    run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"])
    STAMP.touch()


def run(command: list[str], env: dict | None = None) -> None:
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


# Type-checked strictly (pyproject's [tool.mypy]); ui and app (Qt) are not yet.
STRICT_PACKAGES = ("sessions_desktop/domain", "sessions_desktop/presentation",
                   "sessions_desktop/services", "sessions_desktop/storage",
                   "sessions_desktop/ical")


def test(args: list[str]) -> None:
    run([str(PY), "-m", "ruff", "check", "."])
    run([str(BIN / "lint-imports")])
    run([str(PY), "-m", "mypy", *STRICT_PACKAGES])
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run([str(PY), "-m", "pytest", *args], env=env)


def bench(args: list[str]) -> None:
    for script in ("run.py", "window.py", "cli_ical.py", "reports.py", "postgres.py",
                   "translations.py"):
        path = ROOT / "benchmarks" / script
        if path.exists():
            run([str(PY), str(path), *args])


TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "sessions_desktop" / "translations"
LANGUAGES = ("de",)  # each has translations/sessions_desktop_<code>.ts


def translations(args: list[str]) -> None:
    """pyside6-lupdate keeps every finished translation and marks new or changed texts
    unfinished (English, the source language, needs no catalogue)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sessions_desktop").rglob("*.py"))
    lupdate, lrelease = str(BIN / "pyside6-lupdate"), str(BIN / "pyside6-lrelease")
    for code in LANGUAGES:
        run([lupdate, "-silent", "-no-obsolete", "-locations", "relative", "-source-language",
             "en", "-target-language", code, *sources,
             "-ts", str(TS_FOLDER / f"sessions_desktop_{code}.ts")])
    QM_FOLDER.mkdir(exist_ok=True)
    for ts in sorted(TS_FOLDER.glob("sessions_desktop_*.ts")):
        run([lrelease, "-silent", str(ts), "-qm", str(QM_FOLDER / f"{ts.stem}.qm")])


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "bench", "translations"):
        print(__doc__)
        return 2
    ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "run":
        os.execv(str(BIN / "sessions-desktop"), [str(BIN / "sessions-desktop"), *rest])
    {"test": test, "bench": bench, "translations": translations}[command](rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
