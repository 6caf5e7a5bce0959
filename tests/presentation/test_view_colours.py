"""Tile colours derived from a schedule colour."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessions_desktop.presentation.colours import (
    BLACK,
    WHITE,
    contrast_ratio,
    darker,
    lighter,
    mix,
    parse_colour,
    readable_text_colour,
    relative_luminance,
    tile_colours,
    to_hex,
)

COLOURS = st.tuples(*[st.integers(0, 255)] * 3).map(to_hex)


def test_parse_and_print_round_trip() -> None:
    assert parse_colour("#3a7bd5") == (0x3A, 0x7B, 0xD5)
    assert parse_colour("#abc") == (0xAA, 0xBB, 0xCC)
    assert to_hex((0x3A, 0x7B, 0xD5)) == "#3a7bd5"
    for bad in ("3a7bd", "#12345g", "", "#1234"):
        with pytest.raises(ValueError):
            parse_colour(bad)


def test_known_backgrounds_get_the_obvious_text_colour() -> None:
    assert readable_text_colour(WHITE) == BLACK
    assert readable_text_colour("#ffff00") == BLACK
    assert readable_text_colour(BLACK) == WHITE
    assert readable_text_colour("#000080") == WHITE
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21)


@given(COLOURS)
def test_the_text_colour_is_the_more_readable_one(background: str) -> None:
    chosen = readable_text_colour(background)
    other = WHITE if chosen == BLACK else BLACK
    assert contrast_ratio(background, chosen) >= contrast_ratio(background, other)
    assert contrast_ratio(background, chosen) >= 4.5  # WCAG AA holds for any background


@given(COLOURS)
def test_lighter_and_darker_move_luminance_the_right_way(colour: str) -> None:
    assert relative_luminance(lighter(colour, 0.3)) >= relative_luminance(colour)
    assert relative_luminance(darker(colour, 0.3)) <= relative_luminance(colour)
    assert lighter(colour, 1) == WHITE and darker(colour, 1) == BLACK
    assert mix(colour, BLACK, 0) == colour


def test_cancelled_fades_more_than_past() -> None:
    base = "#3a7bd5"
    normal, past = tile_colours(base), tile_colours(base, past=True)
    cancelled = tile_colours(base, cancelled=True)
    assert normal.background == base
    lum = [relative_luminance(c.background) for c in (normal, past, cancelled)]
    assert lum[0] < lum[1] < lum[2]
    for colours in (normal, past, cancelled):
        assert colours.text == readable_text_colour(colours.background)
        assert relative_luminance(colours.border) < relative_luminance(colours.background)
