#!/usr/bin/env python3
"""Render resources/icons/sessions-desktop.svg to the PNG sizes of the hicolor icon theme.

    python resources/make_icons.py

Writes resources/icons/hicolor/<N>x<N>/apps/sessions-desktop.png for N in 16..512 (QtSvg,
part of PySide6-Essentials). Run it again after editing the SVG and commit both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "sessions-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        target = HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sessions-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size, renderer).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(HERE.parent))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
