"""The floor of a window step on this machine, measured in the same run as the window.

Two figures a window step cannot beat: reading the week's rows from SQLite (plain ``sqlite3``,
the same indexed predicates the service uses, rows fetched and nothing built from them), and
painting the same number of items with ``QPainter`` (a rounded rect and two lines of text
each, into an image the size of the window). The window benchmark prints its own figures
beside these, so a reader sees the ratio to the floor, not only milliseconds.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import datetime
from pathlib import Path

ROWS = """SELECT s.id, s.schedule_id, s.start_utc, s.end_utc, s.fields, s.status
FROM session s WHERE s.start_utc >= ? AND s.start_utc < ? AND s.end_utc > ?
AND s.kind != 'SERIES'"""
OCCURRENCES = """SELECT o.id, o.series_id, o.start_utc, o.end_utc, s.version, s.status
FROM occurrence o JOIN session s ON s.id = o.series_id
WHERE o.start_utc >= ? AND o.start_utc < ? AND o.end_utc > ?"""


def _median_ms(step, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def sql_floor(path: Path, start: datetime, end: datetime) -> tuple[float, int]:
    """(median ms, rows) of reading the singles and instances overlapping [start, end)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    lo, hi = int(start.timestamp()), int(end.timestamp())
    longest = 2 * 86400  # generous: the floor may read a few rows more, never fewer

    def read() -> int:
        rows = connection.execute(ROWS, (lo - longest, hi, lo)).fetchall()
        rows += connection.execute(OCCURRENCES, (lo - longest, hi, lo)).fetchall()
        return len(rows)

    count = read()
    figure = _median_ms(read)
    connection.close()
    return figure, count


def paint_floor(items: int, width: int = 1400, height: int = 900) -> float:
    """Median ms to paint ``items`` tiles (rounded rect, time and title) into an image."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    columns = 7
    per_column = max(1, -(-items // columns))
    column_width = (width - 56) / columns
    row = max(4.0, height / per_column)
    fill, border, ink = QColor("#cfe3ff"), QColor("#3a7bd5"), QColor("#102040")

    def paint() -> None:
        image.fill(QColor("white"))
        painter = QPainter(image)
        for i in range(items):
            column, index = divmod(i, per_column)
            rect = QRectF(56 + column * column_width, index * row, column_width - 1, row - 1)
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, "09:00–10:00")
            painter.drawText(rect.adjusted(0, 12, 0, 0), Qt.AlignmentFlag.AlignLeft,
                             f"Appointment {i:06d}")
        painter.end()

    paint()
    return _median_ms(paint)
