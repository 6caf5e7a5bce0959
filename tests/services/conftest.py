from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sessions_desktop.services import open_services

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def svc(location):
    """A fresh calendar (an SQLite file, then a PostgreSQL database: every contract test runs
    on both) with a fixed "now" and the business zone Europe/Berlin."""
    services = open_services(location, now=lambda: NOW)
    services.ctx.set_business_zone("Europe/Berlin")
    yield services
    services.close()


@pytest.fixture
def yoga(svc):
    return svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "capacity": 12,
                                          "title": "Yoga class", "tags": ["GROUP"]})


@pytest.fixture
def anna(svc):
    return svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})


def read_all(svc, start, end, **kwargs):
    """Every session of a window, following the cursor through all pages."""
    result = svc.queries.query_sessions(start, end, **kwargs)
    items = list(result.items)
    while result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        items.extend(result.items)
    return items


@pytest.fixture
def window(svc):
    return lambda start, end, **kwargs: read_all(svc, start, end, **kwargs)
