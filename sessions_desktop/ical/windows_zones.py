"""Windows time zone names (as Outlook and Exchange write them in TZID) to IANA names.

icalendar ships the full CLDR ``windowsZones.xml`` table (``icalendar.timezone.windows_to_olson``);
we use it. A few of the commonest names are kept here as a fallback in case a future icalendar
moves that module, so the common cases never regress.
"""

from __future__ import annotations

_FALLBACK = {
    "UTC": "Etc/UTC",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Tokyo Standard Time": "Asia/Tokyo",
    "India Standard Time": "Asia/Calcutta",
    "China Standard Time": "Asia/Shanghai",
}

try:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON as _TABLE
except ImportError:  # pragma: no cover - depends on the icalendar release
    _TABLE = {}

WINDOWS_TO_IANA: dict[str, str] = {**_FALLBACK, **_TABLE}
_FOLDED = {name.casefold(): iana for name, iana in WINDOWS_TO_IANA.items()}


def windows_to_iana(name: str) -> str | None:
    """The IANA name for a Windows zone name (case-insensitive), or None."""
    return _FOLDED.get(name.strip().casefold())


def canonical_names() -> frozenset[str]:
    """IANA names that stand for a Windows zone: the representative zone of each region."""
    return frozenset(WINDOWS_TO_IANA.values())
