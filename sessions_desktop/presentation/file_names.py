"""Default names of exported files: the business first, then what it is and its date, so a
downloads folder of exports sorts and reads at a glance ("linden-movement-studio-2026-11-25
.ics", "linden-movement-studio-week-2026-11-23.pdf")."""

from __future__ import annotations

import re
from datetime import date

MAX_STEM = 120


def slug(text: str) -> str:
    """'Linden Movement Studio' -> 'linden-movement-studio': safe on every platform."""
    words = re.sub(r"[^\w]+", "-", text.casefold(), flags=re.UNICODE).strip("-_")
    return re.sub(r"-{2,}", "-", words)


def export_name(business: str, stem: str, suffix: str, day: date | None = None) -> str:
    """``business`` before ``stem`` (unless already there) and ``day`` after it when given
    and the stem has no date of its own;
    ``suffix`` like '.ics'. An empty business leaves the name as it was."""
    parts = [slug(business)] if slug(business) and not stem.startswith(slug(business)) else []
    parts += [stem] if stem else []
    if day is not None and not re.search(r"\d{4}-\d{2}-\d{2}", stem):   # dated already
        parts.append(day.isoformat())
    name = "-".join(p for p in parts if p) or "calendar"
    return name[:MAX_STEM] + suffix
