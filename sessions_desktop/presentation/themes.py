"""The colour themes Settings offers, as plain "#rrggbb" colours per palette role, and the
contrast every text in them must reach.

The high-contrast themes follow the platforms' own high-contrast schemes: pure black and
white with yellow (dark) or dark blue (light) for what is selected and for links. Every text
role against the background it is drawn on reaches at least WCAG AA (4.5:1); tiles keep the
schedule's colour, with text black or white (``colours.readable_text_colour``, never below
4.58:1 on any colour) and, in these themes, an outline in the text colour so every tile
stands out from the grid (non-text contrast, 3:1).
"""

from __future__ import annotations

from sessions_desktop.presentation.colours import contrast_ratio, mix
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP

THEMES = ("system", "light", "dark", "high-contrast", "high-contrast-light")
# shown through translate("Themes", ...) by the Settings dialog
THEME_LABELS = {"system": QT_TRANSLATE_NOOP("Themes", "System"),
                "light": QT_TRANSLATE_NOOP("Themes", "Light"),
                "dark": QT_TRANSLATE_NOOP("Themes", "Dark"),
                "high-contrast": QT_TRANSLATE_NOOP("Themes", "High contrast (dark)"),
                "high-contrast-light": QT_TRANSLATE_NOOP("Themes", "High contrast (light)")}
AA_TEXT = 4.5
NON_TEXT = 3.0

# Palette role name (QPalette.ColorRole) -> colour.
DARK: dict[str, str] = {
    "Window": "#2b2d30", "WindowText": "#e6e6e6", "Base": "#1e1f22", "AlternateBase": "#2b2d30",
    "Text": "#e6e6e6", "Button": "#36383b", "ButtonText": "#e6e6e6", "Highlight": "#3d7bd9",
    "HighlightedText": "#ffffff", "ToolTipBase": "#36383b", "ToolTipText": "#e6e6e6",
    "PlaceholderText": "#9a9ca0", "Link": "#6ea8ff", "BrightText": "#ff6b6b",
}
HIGH_CONTRAST_DARK: dict[str, str] = {
    "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000", "AlternateBase": "#1c1c1c",
    "Text": "#ffffff", "Button": "#000000", "ButtonText": "#ffffff", "Highlight": "#ffff00",
    "HighlightedText": "#000000", "ToolTipBase": "#000000", "ToolTipText": "#ffffff",
    "PlaceholderText": "#d8d8d8", "Link": "#ffff00", "LinkVisited": "#ff9cff",
    "BrightText": "#ff8a8a", "Light": "#ffffff", "Midlight": "#c8c8c8", "Mid": "#c8c8c8",
    "Dark": "#ffffff", "Shadow": "#ffffff", "Accent": "#ffff00",
}
HIGH_CONTRAST_LIGHT: dict[str, str] = {
    "Window": "#ffffff", "WindowText": "#000000", "Base": "#ffffff", "AlternateBase": "#ececec",
    "Text": "#000000", "Button": "#ffffff", "ButtonText": "#000000", "Highlight": "#1a1aa6",
    "HighlightedText": "#ffffff", "ToolTipBase": "#ffffff", "ToolTipText": "#000000",
    "PlaceholderText": "#333333", "Link": "#0000c8", "LinkVisited": "#6a0080",
    "BrightText": "#b00000", "Light": "#000000", "Midlight": "#404040", "Mid": "#404040",
    "Dark": "#000000", "Shadow": "#000000", "Accent": "#1a1aa6",
}
# Disabled texts: exempt from WCAG, still kept readable (4.5:1) here.
DISABLED = {"high-contrast": "#a8a8a8", "high-contrast-light": "#595959", "dark": "#7a7c80"}
PALETTES = {"dark": DARK, "high-contrast": HIGH_CONTRAST_DARK,
            "high-contrast-light": HIGH_CONTRAST_LIGHT}

# (text role, role it is drawn on)
TEXT_PAIRS = (("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
              ("ButtonText", "Button"), ("HighlightedText", "Highlight"),
              ("ToolTipText", "ToolTipBase"), ("PlaceholderText", "Window"),
              ("PlaceholderText", "Base"), ("Link", "Base"), ("Link", "Window"),
              ("BrightText", "Base"))


def is_high_contrast(theme: str) -> bool:
    return theme.startswith("high-contrast")


def outline(theme: str) -> str | None:
    """The colour of every tile's outline in a high-contrast theme (None elsewhere)."""
    return PALETTES[theme]["Text"] if is_high_contrast(theme) else None


def readable_dim(text: str, base: str, amount: float, minimum: float = AA_TEXT) -> str:
    """``text`` moved toward ``base`` by ``amount`` at most, but never below ``minimum``
    contrast on ``base``: dimmed text (cancelled rows, other months) that still reads."""
    step = amount
    while step > 0.0:
        dimmed = mix(text, base, step)
        if contrast_ratio(dimmed, base) >= minimum:
            return dimmed
        step = round(step - 0.05, 2)
    return text


def too_faint(palette: dict[str, str]) -> list[tuple[str, str, float]]:
    """The text pairs of a palette below AA: (text role, background role, ratio)."""
    found = []
    for fore, back in TEXT_PAIRS:
        if fore in palette and back in palette:
            ratio = contrast_ratio(palette[fore], palette[back])
            if ratio < AA_TEXT:
                found.append((fore, back, round(ratio, 2)))
    return found
