"""Colours of session tiles, derived from the schedule's "#rrggbb" colour.

Text is black or white, whichever contrasts more with the background by the WCAG 2 contrast
ratio, so any colour a user picks stays readable. Cancelled and past sessions are the schedule
colour mixed toward white: still recognisably theirs, visibly less present.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

BLACK = "#000000"
WHITE = "#ffffff"

RGB = tuple[int, int, int]


def parse_colour(text: str) -> RGB:
    """(r, g, b) of '#rrggbb' or '#rgb'; ValueError otherwise."""
    digits = text.strip().removeprefix("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {text!r}")
    try:
        value = int(digits, 16)
    except ValueError:
        raise ValueError(f"not a #rrggbb colour: {text!r}") from None
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c))) for c in rgb))


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in parse_colour(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    if contrast_ratio(background, BLACK) >= contrast_ratio(background, WHITE):
        return BLACK
    return WHITE


def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) of the way toward ``other``."""
    amount = max(0.0, min(1.0, amount))
    pairs = zip(parse_colour(colour), parse_colour(other), strict=True)
    r, g, b = (round(a + (b - a) * amount) for a, b in pairs)
    return to_hex((r, g, b))


def lighter(colour: str, amount: float = 0.5) -> str:
    return mix(colour, WHITE, amount)


def darker(colour: str, amount: float = 0.3) -> str:
    return mix(colour, BLACK, amount)


@dataclass(frozen=True, slots=True)
class TileColours:
    background: str
    border: str
    text: str
    hatch: str = ""     # the stripes of blocked time ("" means the border's colour)

    @property
    def stripes(self) -> str:
        return self.hatch or self.border


# The outline of every tile in a high-contrast theme (its text colour), None otherwise; set
# by the window when the theme changes (``set_outline``), read by every ``tile_colours``.
_OUTLINE: list[str | None] = [None]


def set_outline(colour: str | None) -> None:
    _OUTLINE[0] = colour


def outline() -> str | None:
    return _OUTLINE[0]


def tile_colours(base: str, *, cancelled: bool = False, past: bool = False) -> TileColours:
    """Fill, border and text of a tile; cancelled fades more than past (it is also struck out).
    In a high-contrast theme past sessions keep their colour and every tile is outlined in the
    theme's text colour."""
    return _tile_colours(base, cancelled, past, _OUTLINE[0])


@lru_cache(maxsize=1024)
def _tile_colours(base: str, cancelled: bool, past: bool, line: str | None) -> TileColours:
    """Cached: a busy month paints hundreds of tiles in a handful of schedule colours."""
    if line is None:
        fade = 0.65 if cancelled else 0.4 if past else 0.0
    else:
        fade = 0.5 if cancelled else 0.0
    background = lighter(base, fade)
    shade = darker(background, 0.25)
    return TileColours(background, shade if line is None else line,
                       readable_text_colour(background), shade)
