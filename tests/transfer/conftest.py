from __future__ import annotations

import pytest
from transfer_sample import build_sample, fresh


@pytest.fixture
def source(tmp_path):
    svc = fresh(tmp_path / "source.sqlite3")
    ids = build_sample(svc)
    yield svc, ids
    svc.close()


@pytest.fixture
def target(tmp_path):
    svc = fresh(tmp_path / "target.sqlite3")
    yield svc
    svc.close()
