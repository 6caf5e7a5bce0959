"""Text is checked before it is written: no lone surrogates, no control characters, bounded.

A lone UTF-16 surrogate (JSON ``"\\ud800"``) is not text: SQLite cannot store it as UTF-8 and
every later read, export or JSON print of the row fails. NUL and the other control characters
(except tab, line feed and carriage return) break exports and terminals. Over-long values make
every view slow. Each is refused as INVALID_ARGUMENT naming the field, before anything is
written. ``check_strings`` walks a checked value (a dataclass, a list, a mapping) so every text
inside a location, rate or participant is checked under its own path.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from sessions_desktop.errors import ValidationError, Violations

DEFAULT_MAX = 2_000
# The longest text each field (by its last name in the path) may hold.
MAX_LENGTH = {"title": 6_000, "notes": 20_000, "description": 20_000, "tags": 200,
              "name": 200, "id": 255, "schedule_id": 255, "recurrence": 1_000}
MAX_ITEMS = {"tags": 100, "participants": 1_000, "affected_schedules": 200,
             "labeled_price_options": 50}
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_SINGLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
SINGLE_LINE = frozenset({"id", "schedule_id", "time_zone", "type", "recurrence", "email",
                         "phone", "contact_id", "currency", "amount", "down_pay_amount"})


_INDEX = re.compile(r"\[\d+\]$")


@lru_cache(maxsize=4096)
def _leaf(field: str) -> str:
    """The last name in a path (``participants[2].name`` -> ``name``); paths repeat, so the
    answer is cached (a bulk import asks it hundreds of thousands of times)."""
    return _INDEX.sub("", field.rsplit(".", 1)[-1])


@lru_cache(maxsize=4096)
def rules_for(field: str) -> tuple[int, re.Pattern[str]]:
    """The longest text ``field`` may hold and the pattern of characters it may not."""
    leaf = _leaf(field)
    return MAX_LENGTH.get(leaf, DEFAULT_MAX), _BAD_SINGLE_LINE if leaf in SINGLE_LINE else _BAD


def clean_text(value: str, field: str) -> bool:
    """Is ``value`` storable as the text of ``field`` (``text_problem`` would say None)?"""
    limit, bad = rules_for(field)
    return len(value) <= limit and bad.search(value) is None


def text_problem(value: str, field: str = "", max_length: int | None = None) -> str | None:
    """Why ``value`` may not be stored as the text of ``field``; None when it may."""
    longest, pattern = rules_for(field)
    limit = max_length or longest
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,}"
    bad = pattern.search(value)
    if bad is None:
        return None
    char, where = bad.group(), bad.start() + 1
    if "\ud800" <= char <= "\udfff":
        return (f"holds an unpaired surrogate (U+{ord(char):04X}) at character {where}; "
                "that is not text")
    if char == "\x00":
        return f"holds a NUL character (U+0000) at character {where}"
    return f"holds the control character U+{ord(char):04X} at character {where}"


def check_text(value: Any, problems: Violations, field: str,
               max_length: int | None = None) -> None:
    if isinstance(value, str):
        why = text_problem(value, field, max_length)
        if why:
            problems.add(field, why)


def check_strings(value: Any, problems: Violations, field: str) -> None:
    """Every text inside ``value`` (dataclasses, lists, tuples, mappings), by path."""
    stack: list[tuple[Any, str]] = [(value, field)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            check_text(item, problems, path)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend((getattr(item, name), f"{path}.{name}")
                         for name in _field_names(type(item)))
        elif isinstance(item, (list, tuple)):
            _check_count(item, problems, path)
            stack.extend((element, f"{path}[{i}]") for i, element in enumerate(item))
        elif isinstance(item, Mapping):
            stack.extend((element, f"{path}.{key}") for key, element in item.items()
                         if isinstance(key, str))
            stack.extend((key, f"{path} key") for key in item if isinstance(key, str))


@lru_cache(maxsize=256)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _check_count(items: list[Any] | tuple[Any, ...], problems: Violations, path: str) -> None:
    most = MAX_ITEMS.get(_leaf(path))
    if most is not None and len(items) > most:
        problems.add(path, f"holds {len(items):,} items; at most {most:,}")


def require_text(value: Any, field: str) -> None:
    """Raise INVALID_ARGUMENT when ``value`` is a string that is not storable text (ids and
    other lookups, which would otherwise fail inside the database)."""
    problems = Violations()
    check_text(value, problems, field)
    if problems:
        raise ValidationError(list(problems.items))
