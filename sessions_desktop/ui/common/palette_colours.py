"""Neutral colours of the calendar grids, derived from the widget's palette.

Hard-coded greys look right only on a light theme; mixing the palette's base, text and
highlight colours gives the same hierarchy (working hours brightest, lines faint, other
months dimmed) on a dark theme as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from sessions_desktop.presentation.colours import contrast_ratio
from sessions_desktop.presentation.themes import readable_dim

HIGH = 15.0   # text on base at least this: a high-contrast palette (black and white: 21)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


@dataclass(frozen=True)
class GridColours:
    working: QColor        # working hours, month days of this month
    off_hours: QColor      # outside working hours
    other_month: QColor    # month days of the neighbouring months
    hour_line: QColor
    quarter_line: QColor
    today_tint: QColor     # translucent, over the day column
    drop_target: QColor    # a month day under a dragged chip
    dim_text: QColor       # day numbers of other months
    group_row: QColor      # agenda day rows


def grid_colours(palette: QPalette) -> GridColours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    tint = QColor(255, 214, 90, 40 if base.lightness() > 128 else 28)
    # Dimmed text (cancelled rows, other months' days) stays readable: AA 4.5:1 on the base.
    dim = QColor(readable_dim(text.name(), base.name(), 0.5))
    if contrast_ratio(text.name(), base.name()) >= HIGH:   # a high-contrast palette
        return GridColours(
            working=base, off_hours=mix(base, text, 0.12), other_month=mix(base, text, 0.08),
            hour_line=mix(base, text, 0.5), quarter_line=mix(base, text, 0.25),
            today_tint=tint, drop_target=mix(base, highlight, 0.3), dim_text=dim,
            group_row=mix(base, highlight, 0.2))
    return GridColours(
        working=base, off_hours=mix(base, text, 0.06), other_month=mix(base, text, 0.035),
        hour_line=mix(base, text, 0.17), quarter_line=mix(base, text, 0.07), today_tint=tint,
        drop_target=mix(base, highlight, 0.18), dim_text=dim,
        group_row=mix(base, highlight, 0.08))
