"""Command-line tests run the real entry point in a subprocess (see ``cli_helpers``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import NOW

from sessions_desktop.services import open_services


@pytest.fixture
def db(tmp_path) -> Path:
    """An empty database with business zone Europe/Berlin."""
    path = tmp_path / "cli.sqlite3"
    with open_services(path, now=lambda: NOW) as svc:
        svc.ctx.set_business_zone("Europe/Berlin")
    return path


@pytest.fixture
def studio(db) -> dict:
    """A small business: a class schedule with singles and a weekly series, and a staff
    member with working hours. Returns the ids."""
    with open_services(db, now=lambda: NOW) as svc:
        yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 12,
                                              "title": "Yoga class"})
        anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})
        singles = [svc.sessions.create_session({
            "schedule_id": yoga.id, "start": datetime(2025, 3, day, 9), "end":
            datetime(2025, 3, day, 10), "title": f"Single {day}"}).id for day in (3, 4, 5)]
        weekly = svc.sessions.create_session({
            "schedule_id": yoga.id, "start": datetime(2025, 3, 3, 18),
            "end": datetime(2025, 3, 3, 19), "recurrence": "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8",
            "title": "Evening flow"}).id
        hours = svc.sessions.create_session({
            "schedule_id": anna.id, "type": "WORKING_HOURS", "start": datetime(2025, 3, 3, 8),
            "end": datetime(2025, 3, 3, 16), "recurrence": "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"}).id
        busy = svc.sessions.create_session({
            "schedule_id": yoga.id, "start": datetime(2025, 3, 4, 10),
            "end": datetime(2025, 3, 4, 11), "title": "Private",
            "affected_schedules": [{"scheduleId": anna.id}]}).id
    return {"yoga": yoga.id, "anna": anna.id, "singles": singles, "weekly": weekly,
            "hours": hours, "busy": busy}
