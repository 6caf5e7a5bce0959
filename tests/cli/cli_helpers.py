"""Running the real entry point in a subprocess: ``python -m sessions_desktop``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self):
        return json.loads(self.out)

    @property
    def error_line(self) -> str:
        lines = self.err.splitlines()
        assert len(lines) == 1, f"expected one error line, got {self.err!r}"
        return lines[0]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SESSIONS_DESKTOP_DB"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["TZ"] = "Europe/Berlin"
    env.update(extra)
    return env


def run_cli(*args: str, db: Path | None = None, stdin: str | None = None,
            env: dict | None = None) -> Result:
    command = [sys.executable, "-m", "sessions_desktop"]
    if db is not None:
        command += ["--db", str(db)]
    done = subprocess.run([*command, *map(str, args)], input=stdin, capture_output=True,
                          text=True, env=env or environment(), cwd=ROOT, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return Result(done.returncode, done.stdout, done.stderr)
