"""Which lines or bars a chart draws: a chart with more than a handful of series is unreadable,
so many keys are merged by their group (class -> service), and many groups become the
largest few plus "Others"."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

MAX_SERIES = 6

Key = TypeVar("Key", bound=Hashable)


def top_groups(keys: Iterable[Key], weight: Callable[[Key], float],
               name: Callable[[Key], str], group: Callable[[Key], str],
               most: int = MAX_SERIES) -> list[tuple[str, list[Key]]]:
    """(series name, keys) pairs, at most ``most``, heaviest first."""
    ordered_keys = sorted(keys, key=lambda k: (-weight(k), name(k)))
    if len(ordered_keys) <= most:
        names = [name(k) for k in ordered_keys]
        return [(n if names.count(n) == 1 else f"{n} ({group(k)})", [k])
                for n, k in zip(names, ordered_keys, strict=True)]
    merged: dict[str, list[Key]] = {}
    for key in ordered_keys:
        merged.setdefault(group(key), []).append(key)
    ordered = sorted(merged.items(), key=lambda kv: (-sum(map(weight, kv[1])), kv[0]))
    if len(ordered) <= most:
        return ordered
    head, tail = ordered[:most - 1], ordered[most - 1:]
    return [*head, ("Others", [k for _, ks in tail for k in ks])]
