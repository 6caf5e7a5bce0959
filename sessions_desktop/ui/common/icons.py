"""The application icon, from the PNG sizes and the SVG in resources/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from sessions_desktop.resource_files import ICON_SIZES, icon_png, icon_svg


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_png(size)
        if path is not None:
            icon.addFile(str(path))
    svg = icon_svg()
    if icon.isNull() and svg is not None:
        icon.addFile(str(svg))
    return icon
