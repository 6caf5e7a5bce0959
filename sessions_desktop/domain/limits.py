"""The bounds every input and every expansion keeps, in one place.

A hostile or careless input (a rule with a billion instances, a date in year 9999, a title full
of control characters) must be refused with a message that names the limit, never hang the app
or reach the database. The numbers are generous for a business calendar and small enough that
the worst accepted input costs well under a second (docs/decisions.md, "Limits").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from sessions_desktop.errors import ValidationError

# Dates: sessions, rule ends, extra and excluded dates and query windows lie in these years.
FIRST_YEAR = 1900
LAST_YEAR = 2200
RANGE_TEXT = f"{FIRST_YEAR} to {LAST_YEAR}"

# Rules.
MAX_RULE_COUNT = 10_000          # COUNT=...; an endless rule is expanded window by window
MAX_PER_DAY = 288                # instances a rule may give in one day: one every 5 minutes
MAX_RULE_TEXT = 1_000            # characters of RRULE text
MAX_EXTRA_DATES = 5_000          # RDATEs, and EXDATEs, of one series

# Expansion: instances one call may generate, and what one query page may look through.
MAX_INSTANCES_PER_CALL = 200_000
MAX_INSTANCES_PER_PAGE = 50_000
PAGE_SECONDS = 0.5


def year_in_range(value: date | datetime) -> bool:
    return FIRST_YEAR <= value.year <= LAST_YEAR


def out_of_range(value: date | datetime) -> str:
    """The violation text for a date outside the supported years."""
    return f"{value.isoformat()} is outside the supported years {RANGE_TEXT}"


class ExpansionLimitError(ValidationError):
    """An expansion needed more instances (or time) than its budget allows."""

    def __init__(self, message: str, field: str = "recurrence") -> None:
        super().__init__(message, field=field)


class ExpansionBudget:
    """How much expansion one call or one request may do, counted where instances are made.

    ``spend()`` is called for every instance generated; past ``instances`` or ``seconds``
    (checked on a monotonic clock every 256 instances) it raises ExpansionLimitError, which a
    query page turns into a shorter page and every other caller reports as INVALID_ARGUMENT.
    """

    __slots__ = ("_clock", "_deadline", "instances", "limit", "spent", "what")

    def __init__(self, instances: int = MAX_INSTANCES_PER_CALL, seconds: float | None = None,
                 what: str = "this rule", clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = instances
        self.instances = instances
        self.spent = 0
        self.what = what
        self._clock = clock
        self._deadline = None if seconds is None else clock() + seconds

    def spend(self, count: int = 1) -> None:
        self.spent += count
        if self.spent > self.limit:
            raise ExpansionLimitError(f"{self.what} needs more than {self.limit:,} instances; "
                                      "that is more than one request may expand")
        if self._deadline is not None and not self.spent & 255 and \
                self._clock() > self._deadline:
            raise ExpansionLimitError(f"{self.what} took longer than one request may take")

    @property
    def exhausted(self) -> bool:
        return self.spent > self.limit or (self._deadline is not None and
                                           self._clock() > self._deadline)
