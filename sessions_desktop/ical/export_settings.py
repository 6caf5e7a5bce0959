"""What every writer of an export's VEVENTs shares: the settings a worker process gets with
each chunk. A module of its own so the exporter and the plain writer both use it without
importing each other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sessions_desktop.domain.model import Schedule


@dataclass(slots=True)
class ExportSettings:
    """What a writer needs besides the sessions."""

    schedules: dict[str, Schedule]
    business_time_zone: str
    include_pi: bool
    stamp: datetime
