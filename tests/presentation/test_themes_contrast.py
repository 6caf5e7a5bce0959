"""WCAG contrast of the themes, computed without Qt: every text of the high-contrast palettes
reaches AA (4.5:1); the text on a tile reaches AA on every schedule colour a person can pick
(a 16-step cube of all 16.7 million, the sample colours and the worst case), past and
cancelled included; every tile's outline stands out from the grid (3:1)."""

from __future__ import annotations

import itertools

import pytest

from sessions_desktop.presentation.colours import (
    contrast_ratio,
    relative_luminance,
    set_outline,
    tile_colours,
    to_hex,
)
from sessions_desktop.presentation.themes import (
    AA_TEXT,
    NON_TEXT,
    PALETTES,
    THEMES,
    is_high_contrast,
    outline,
    readable_dim,
    too_faint,
)

HIGH = ("high-contrast", "high-contrast-light")
SAMPLE = ("#7f8c8d", "#8e44ad", "#c0392b", "#16a085", "#d35400", "#34495e", "#5d6d7e",
          "#2e86de", "#10ac84", "#ee5253", "#e58e26", "#3a7bd5", "#b2bec3", "#95a5a6",
          "#f8c291", "#2c3e50")
CUBE = tuple(to_hex(rgb) for rgb in itertools.product(range(0, 256, 17), repeat=3))


def every_colour() -> tuple[str, ...]:
    # The worst background for black-or-white text has luminance sqrt(1.05 * 0.05) - 0.05.
    greys = tuple(to_hex((v, v, v)) for v in range(110, 140))
    return CUBE + SAMPLE + greys


@pytest.fixture
def theme_outline():
    yield set_outline
    set_outline(None)


@pytest.mark.parametrize("theme", HIGH)
def test_every_text_of_the_high_contrast_palettes_reaches_aa(theme: str) -> None:
    assert is_high_contrast(theme) and theme in THEMES
    assert too_faint(PALETTES[theme]) == []


@pytest.mark.parametrize("theme", HIGH)
def test_text_on_tiles_reaches_aa_on_every_schedule_colour(theme: str, theme_outline) -> None:
    theme_outline(outline(theme))
    grid = PALETTES[theme]["Base"]
    worst_text, worst_outline = 21.0, 21.0
    for colour, past, cancelled in itertools.product(every_colour(), (False, True),
                                                     (False, True)):
        tile = tile_colours(colour, past=past, cancelled=cancelled)
        worst_text = min(worst_text, contrast_ratio(tile.text, tile.background))
        worst_outline = min(worst_outline, contrast_ratio(tile.border, grid))
    assert worst_text >= AA_TEXT, worst_text
    assert worst_outline >= NON_TEXT, worst_outline
    print(f"{theme}: tile text at least {worst_text:.2f}:1, outlines {worst_outline:.1f}:1 "
          f"over {len(every_colour()) * 4} colours and states")


def test_the_worst_colour_still_reads() -> None:
    """Black or white text: the minimum over all colours is about 4.58:1 (AA holds)."""
    worst = min(max(contrast_ratio(c, "#000000"), contrast_ratio(c, "#ffffff"))
                for c in every_colour())
    assert 4.5 <= worst < 4.7
    middle = min(every_colour(), key=lambda c: abs(relative_luminance(c) - 0.179))
    assert contrast_ratio(tile_colours(middle).text, middle) >= AA_TEXT


@pytest.mark.parametrize("theme", ("dark", *HIGH))
def test_dimmed_text_stays_readable(theme: str) -> None:
    palette = PALETTES[theme]
    dim = readable_dim(palette["Text"], palette["Base"], 0.5)
    assert contrast_ratio(dim, palette["Base"]) >= AA_TEXT
    assert dim != palette["Text"] or theme in HIGH


def test_the_light_themes_dimmed_text_is_lifted_to_aa() -> None:
    """Plain mixing halfway (the old dimming) gave 3.9:1 on white; now it stops at 4.5."""
    assert contrast_ratio("#808080", "#ffffff") < AA_TEXT
    assert contrast_ratio(readable_dim("#000000", "#ffffff", 0.5), "#ffffff") >= AA_TEXT
