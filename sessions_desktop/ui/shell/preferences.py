"""The user's preferences: kept in QSettings, applied to a window at once.

Business name and time zone belong to the database (they travel with it and its backups) and
are read and written through the services; everything else is a per-user preference.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from sessions_desktop.presentation.colours import set_outline
from sessions_desktop.presentation.themes import DISABLED, PALETTES, THEMES, outline
from sessions_desktop.presentation.zones import zone_or_none
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.language import CHOICES
from sessions_desktop.ui.shell.controller import locale_first_weekday

SNAPS = (5, 10, 15, 20, 30, 60)
LANGUAGE_CODES = tuple(code for code, _ in CHOICES)


@dataclass
class Preferences:
    first_day_of_week: int = 0        # 0 = Monday .. 6 = Sunday
    visible_start: int = 0            # first hour shown in the day and week grids
    visible_end: int = 24
    work_start: int = 9               # default working hours (shaded when none are set)
    work_end: int = 17
    session_minutes: int = 60         # length of a new session
    snap_minutes: int = 15
    theme: str = "system"
    reminders: bool = True            # reminders shown as desktop notifications
    quit_to_tray: bool = False        # closing the window keeps running in the tray
    language: str = "system"          # system, en, de: read at start (ui/common/language.py)
    second_zone: str = ""             # a second column of hours in the grid ("" for none)

    def problems(self) -> list[str]:
        found = []
        if not 0 <= self.visible_start < self.visible_end <= 24:
            found.append(translate("Preferences", "visible hours must start before they end"))
        if not 0 <= self.work_start < self.work_end <= 24:
            found.append(translate("Preferences", "working hours must start before they end"))
        if self.snap_minutes not in SNAPS:
            found.append(
                translate("Preferences", "snap must be one of {join} minutes").format(
                    join=", ".join(map(str, SNAPS))
                )
            )
        if self.theme not in THEMES:
            found.append(
                translate("Preferences", "theme must be one of {join}").format(
                    join=", ".join(THEMES)
                )
            )
        if not 5 <= self.session_minutes <= 24 * 60:
            found.append(translate("Preferences", "a new session lasts 5 minutes to 24 hours"))
        if self.language not in LANGUAGE_CODES:
            found.append(translate("Preferences", "the language must be one of {join}").format(
                join=", ".join(LANGUAGE_CODES)))
        if self.second_zone and zone_or_none(self.second_zone) is None:
            found.append(translate("Preferences", "the second time zone is not a known zone"))
        if not 0 <= self.first_day_of_week <= 6:
            found.append(
                translate("Preferences", "the first day of the week is 0 (Monday) to 6 (Sunday)"))
        return found


def load_preferences(settings: QSettings) -> Preferences:
    """Saved preferences; anything missing or unreadable takes its default."""
    prefs = Preferences(first_day_of_week=locale_first_weekday())
    for item in fields(Preferences):
        key = "first_day_of_week" if item.name == "first_day_of_week" else f"prefs/{item.name}"
        value = settings.value(key)
        if value in (None, ""):
            continue
        try:
            setattr(prefs, item.name, _read(item.type, value))
        except (TypeError, ValueError):
            continue
    return prefs if not prefs.problems() else _repaired(prefs)


def _read(kind: object, value: object) -> object:
    """QSettings gives text back from an ini file: "true", "15", "dark"."""
    if kind == "str":
        return str(value)
    if kind == "bool":
        if str(value).lower() not in ("true", "false", "1", "0"):
            raise ValueError(value)
        return str(value).lower() in ("true", "1")
    return int(value)  # type: ignore[call-overload]


def _repaired(prefs: Preferences) -> Preferences:
    default = Preferences(first_day_of_week=locale_first_weekday())
    for name in asdict(prefs):
        trial = Preferences(**{**asdict(default), name: getattr(prefs, name)})
        if not trial.problems():
            setattr(default, name, getattr(prefs, name))
    return default


def save_preferences(settings: QSettings, prefs: Preferences) -> None:
    for name, value in asdict(prefs).items():
        settings.setValue("first_day_of_week" if name == "first_day_of_week" else f"prefs/{name}",
                          value)
    settings.sync()


def apply_preferences(window, prefs: Preferences) -> None:
    """Make ``window`` show ``prefs`` now: first day, visible hours, snap, lengths, theme."""
    if apply_theme(prefs.theme):
        window.views.restyle()      # tiles take the theme's colours (and outlines)
    controller, grid = window.controller, window.views.week.grid_view
    grid.day_hours = (prefs.visible_start, prefs.visible_end)
    grid.snap_minutes = prefs.snap_minutes
    grid.default_minutes = prefs.session_minutes
    grid.default_working = (prefs.work_start * 60.0, prefs.work_end * 60.0)
    grid.second_zone = zone_or_none(prefs.second_zone)
    columns = window.views.resources.view          # the staff and rooms columns
    columns.day_hours, columns.snap_minutes = grid.day_hours, grid.snap_minutes
    columns.default_minutes = prefs.session_minutes
    window.actions_.default_minutes = prefs.session_minutes
    if controller.first_weekday != prefs.first_day_of_week:
        controller.first_weekday = prefs.first_day_of_week
        window.sidebar.mini_month.set_first_weekday(prefs.first_day_of_week)
        controller.period_changed.emit()
        controller.reload()
    grid.rebuild()
    grid.resetCachedContent()    # the hours' gutter may have gained or lost a column
    columns.rebuild()
    window.views.week.scroll_to_working_hours()
    reminders = getattr(window, "reminders", None)    # made after the settings (ui/reminders)
    if reminders is not None:
        reminders.apply(prefs)


# -- theme ---------------------------------------------------------------------------
_SYSTEM: dict[str, object] = {}


def apply_theme(theme: str) -> bool:
    """system: the platform's own style and palette; light: Fusion's; dark and the two high
    contrast themes: Fusion with their palettes (``presentation.themes``). True when the
    theme changed (the views then redraw their tiles)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if not _SYSTEM:
        _SYSTEM["style"] = app.style().name()
        _SYSTEM["palette"] = QPalette(app.palette())
        _SYSTEM["applied"] = "system"
    if _SYSTEM["applied"] == theme:
        return False
    _SYSTEM["applied"] = theme
    set_outline(outline(theme) if theme in PALETTES else None)
    if theme == "system":
        app.setStyle(str(_SYSTEM["style"]))
        app.setPalette(_SYSTEM["palette"])
        return True
    app.setStyle("Fusion")
    fusion = QStyleFactory.create("Fusion")
    app.setPalette(theme_palette(theme) if theme in PALETTES else fusion.standardPalette())
    return True


def theme_palette(theme: str) -> QPalette:
    """A QPalette from the theme's colours (roles it leaves out keep Fusion's)."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    for name, colour in PALETTES[theme].items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    disabled = QColor(DISABLED.get(theme, "#7a7c80"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def dark_palette() -> QPalette:
    return theme_palette("dark")
