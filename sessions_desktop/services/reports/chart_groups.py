"""Which lines or bars a chart draws: a chart with more than a handful of series is unreadable,
so many keys are merged by their group (class -> service), and many groups become the
largest few plus "Others"."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

MAX_SERIES = 6


def top_groups(keys: Iterable[Hashable], weight: Callable[[Hashable], float],
               name: Callable[[Hashable], str], group: Callable[[Hashable], str],
               most: int = MAX_SERIES) -> list[tuple[str, list]]:
    """(series name, keys) pairs, at most ``most``, heaviest first."""
    keys = sorted(keys, key=lambda k: (-weight(k), name(k)))
    if len(keys) <= most:
        names = [name(k) for k in keys]
        return [(n if names.count(n) == 1 else f"{n} ({group(k)})", [k])
                for n, k in zip(names, keys, strict=True)]
    merged: dict[str, list] = {}
    for key in keys:
        merged.setdefault(group(key), []).append(key)
    ordered = sorted(merged.items(), key=lambda kv: (-sum(map(weight, kv[1])), kv[0]))
    if len(ordered) <= most:
        return ordered
    head, tail = ordered[:most - 1], ordered[most - 1:]
    return [*head, ("Others", [k for _, ks in tail for k in ks])]
