"""The ical package loads its readers and writers (and icalendar) only when asked for: a
``query`` process loads none of ical nor icalendar, and every public name still resolves."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import sessions_desktop.ical as ical


def _modules_after(code: str) -> list[str]:
    probe = (f"{code}\nimport json, sys\n"
             "print(json.dumps(sorted(m for m in sys.modules "
             "if m.startswith(('icalendar', 'sessions_desktop.ical')))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_query_never_loads_icalendar(tmp_path):
    database = tmp_path / "q.sqlite3"
    loaded = _modules_after(
        "from sessions_desktop import cli\n"
        f"assert cli.main(['--db', {str(database)!r}, 'query', '--from', '2026-11-16', "
        "'--to', '2026-11-23']) == 0")
    assert loaded == []


def test_every_public_name_resolves_to_its_module():
    from sessions_desktop.ical import batch, export, import_, plan

    homes = {"Workers": batch, "ExportBundle": export, "SeriesExport": export,
             "export_calendar": export, "parse_calendar": import_,
             "stream_calendar": import_}
    for name in ical.__all__:
        home = homes.get(name, plan)
        assert getattr(ical, name) is getattr(home, name), name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(ical, "no_such_name")  # noqa: B009
