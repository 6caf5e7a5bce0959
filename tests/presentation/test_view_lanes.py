"""Side-by-side lanes of overlapping sessions, and what fits in a month cell."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessions_desktop.domain.day_order import chip_order
from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.layout import (
    CellFit,
    Placement,
    assign_lanes,
    fit_chips,
)

ITEMS = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 90)), max_size=40
).map(lambda spans: [(f"s{i:02d}", start, start + length) for i, (start, length) in
                     enumerate(spans)])


def effective(items: list[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """The intervals as drawn: zero-length items last one minute."""
    return {key: (start, max(end, start + 1)) for key, start, end in items}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def clusters(spans: dict[str, tuple[int, int]]) -> list[set[str]]:
    """Connected components of the overlap graph, by brute force."""
    groups: list[set[str]] = []
    for key in spans:
        touching = [g for g in groups if any(overlaps(spans[key], spans[k]) for k in g)]
        merged = {key}.union(*touching)
        groups = [g for g in groups if g not in touching] + [merged]
    return groups


def busiest(spans: list[tuple[int, int]]) -> int:
    return max(sum(s <= t < e for s, e in spans) for t, _ in spans)


@given(ITEMS)
def test_items_in_one_lane_never_overlap(items: list[tuple[str, int, int]]) -> None:
    placed, spans = assign_lanes(items), effective(items)
    for a in spans:
        for b in spans:
            if a < b and placed[a].lane == placed[b].lane:
                assert not overlaps(spans[a], spans[b])


@given(ITEMS)
def test_a_cluster_has_as_many_lanes_as_its_busiest_instant(items: list) -> None:
    placed, spans = assign_lanes(items), effective(items)
    assert set(placed) == set(spans)
    for group in clusters(spans):
        counts = {placed[key].lanes for key in group}
        assert counts == {busiest([spans[key] for key in group])}
        assert all(0 <= placed[key].lane < placed[key].lanes for key in group)


@given(ITEMS, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_input_order(items: list, rng) -> None:
    shuffled = list(items)
    rng.shuffle(shuffled)
    assert assign_lanes(shuffled) == assign_lanes(items)


def test_a_chain_of_overlaps_is_one_cluster() -> None:
    placed = assign_lanes([("a", 540, 660), ("b", 600, 720), ("c", 660, 780), ("d", 840, 900)])
    assert placed == {
        "a": Placement(0, 2), "b": Placement(1, 2), "c": Placement(0, 2), "d": Placement(0, 1),
    }


def test_touching_sessions_share_a_lane_and_longer_ones_go_left() -> None:
    placed = assign_lanes([("short", 600, 630), ("long", 600, 720), ("next", 630, 660)])
    assert placed["long"] == Placement(0, 2)
    assert placed["short"] == placed["next"] == Placement(1, 2)


def test_zero_length_sessions_at_one_instant_get_their_own_lanes() -> None:
    placed = assign_lanes([("x", 600, 600), ("y", 600, 600), ("z", 601, 620)])
    assert sorted(p.lane for p in placed.values()) == [0, 0, 1]
    assert placed["x"] == Placement(0, 2) and placed["y"] == Placement(1, 2)


def test_datetimes_and_custom_minimal_lengths_work() -> None:
    at = datetime(2026, 11, 25, 10)
    items = [("a", at, at), ("b", at + timedelta(minutes=5), at + timedelta(hours=1))]
    assert assign_lanes(items)["a"].lanes == 1
    assert assign_lanes(items, min_length=timedelta(minutes=10))["a"].lanes == 2


def test_all_day_row_lanes_from_day_indices() -> None:
    placed = assign_lanes([("trip", 0, 3), ("fair", 2, 4), ("holiday", 4, 5)])
    assert placed["trip"].lane != placed["fair"].lane
    assert placed["holiday"] == Placement(0, 1)


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        assign_lanes([("a", 0, 10), ("a", 20, 30)])


def test_chips_that_fit_are_all_shown() -> None:
    assert fit_chips(["a", "b"], 3) == CellFit(("a", "b"), 0)
    assert fit_chips([], 0) == CellFit((), 0)


def test_a_full_cell_gives_its_last_row_to_more() -> None:
    assert fit_chips(list("abcde"), 3) == CellFit(("a", "b"), 3)
    assert fit_chips(list("ab"), 1) == CellFit((), 2)
    fit = fit_chips(list("abcdefg"), 4)
    assert len(fit.visible) + 1 == 4 and len(fit.visible) + fit.more == 7


def session(key: str, start: datetime, hours: float, *, all_day: bool = False,
            title: str | None = None) -> Session:
    return Session(key, "sch", start, start + timedelta(hours=hours), "UTC", title=title,
                   all_day=all_day)


def test_month_chips_put_all_day_first_then_by_start() -> None:
    day = datetime(2026, 11, 25, tzinfo=UTC)
    chips = [
        session("late", day.replace(hour=15), 1),
        session("early-short", day.replace(hour=9), 1),
        session("holiday", day, 24, all_day=True),
        session("early-long", day.replace(hour=9), 3),
    ]
    ordered = [s.id for s in sorted(chips, key=chip_order)]
    assert ordered == ["holiday", "early-long", "early-short", "late"]
