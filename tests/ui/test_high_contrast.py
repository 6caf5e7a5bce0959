"""The "High contrast" themes in Settings: the window's palette, tiles outlined in the text
colour with black or white text, grid lines and dimmed texts that still read; back to the
system theme afterwards (the theme is the application's)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from sessions_desktop.presentation.colours import contrast_ratio
from sessions_desktop.presentation.themes import AA_TEXT, NON_TEXT, PALETTES
from sessions_desktop.ui.common.palette_colours import grid_colours
from sessions_desktop.ui.shell.preferences import apply_theme, load_preferences


@pytest.fixture
def themed(window):
    yield window
    apply_theme("system")


@pytest.mark.parametrize("theme", ("high-contrast", "high-contrast-light"))
def test_settings_switch_to_high_contrast(qtbot, themed, theme):
    window = themed
    dialog = window.desktop.settings.settings_dialog()
    labels = [dialog.theme.itemText(i) for i in range(dialog.theme.count())]
    assert "High contrast (dark)" in labels and "High contrast (light)" in labels
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
    assert load_preferences(window.settings).theme == theme
    colours = PALETTES[theme]
    view = window.views.week.grid_view
    qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Base).name()
                    == colours["Base"])
    palette = view.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == colours["Base"]
    assert palette.color(QPalette.ColorRole.Text).name() == colours["Text"]
    tiles = view.tiles()
    assert tiles
    for tile in tiles:
        assert tile.colours.border == colours["Text"], "every tile is outlined"
        assert contrast_ratio(tile.colours.text, tile.colours.background) >= AA_TEXT
    grid = grid_colours(palette)
    base = colours["Base"]
    assert contrast_ratio(grid.dim_text.name(), base) >= AA_TEXT
    assert contrast_ratio(grid.hour_line.name(), base) >= NON_TEXT
    dialog.close()
