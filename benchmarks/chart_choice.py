"""How to draw the reports' charts: the figures behind the choice in docs/decisions.md.

    python benchmarks/chart_choice.py

Draws the same chart (fill by week: 8 weeks, 4 classes as grouped bars, a threshold line) into
a one-page PDF with each way that is installed, and prints: the installed size of what it
needs beyond PySide6-Essentials, the time to import it in a fresh process, the median time to
draw the chart into a PDF, the file size, and whether the PDF's text is text (pdftotext reads
the legend). Ways that are not installed are listed as such; to compare them all, run it in a
scratch environment with ``pip install PySide6-Addons matplotlib pyqtgraph``.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QRectF  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from sessions_desktop.services.reports.model import Chart, ChartSeries  # noqa: E402

WEEKS = tuple(date(2026, 10, 5) + timedelta(weeks=i) for i in range(8))
CLASSES = {"Evening flow": (1.0, .93, .93, .86, 1.0, 1.11, 1.07, 1.0),
           "Morning yoga": (.43, .39, .43, .43, .43, .36, .61, .36),
           "Pilates Mat": (1.05, .7, .8, .8, .85, .85, .65, .75),
           "Weekend yoga": (.5, .57, .57, .79, .71, None, .64, .64)}
CHART = Chart("Fill by week", "bar", WEEKS, "date",
              tuple(ChartSeries(n, v) for n, v in CLASSES.items()), "%", 0.5)
DPI = 96
REPEAT = 15
EXTRA = {"QPainter (ours)": [], "QtCharts": ["PySide6-Addons"],
         "matplotlib": ["matplotlib", "numpy", "pillow", "fonttools", "kiwisolver",
                        "contourpy", "cycler", "pyparsing"],
         "pyqtgraph": ["pyqtgraph", "numpy"]}
IMPORTS = {"QPainter (ours)": "import sessions_desktop.ui.common.chart_painter",
           "QtCharts": "from PySide6 import QtCharts",
           "matplotlib": "import matplotlib; matplotlib.use('pdf'); import matplotlib.pyplot",
           "pyqtgraph": "import pyqtgraph"}


def installed_mb(names: list[str]) -> float | None:
    total = 0
    for name in names:
        try:
            files = md.distribution(name).files or []
        except md.PackageNotFoundError:
            return None
        total += sum(f.size or 0 for f in files)
    return total / 1e6


def import_seconds(statement: str) -> float:
    code = f"import time; t=time.perf_counter(); {statement}; print(time.perf_counter()-t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode:
        raise ImportError(done.stderr.strip().splitlines()[-1])
    return float(done.stdout.strip().splitlines()[-1])


def pdf_writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    return writer


def with_qpainter(path: Path) -> None:
    from sessions_desktop.ui.common.chart_painter import ChartLook, paint_chart
    from sessions_desktop.ui.common.paper import Ink

    writer = pdf_writer(path)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSizeF(8)
    look = ChartLook(DPI / 72, font, QColor("black"), QColor("#c8c8c8"), QColor("white"),
                     Ink(False))
    paint_chart(painter, QRectF(0, 0, writer.width(), writer.height() / 2), CHART, look,
                lambda d: f"{d:%d %b}", lambda v: f"{v * 100:.0f} %")
    painter.end()


def with_qtcharts(path: Path) -> None:
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QLineSeries,
        QValueAxis,
    )
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsScene

    chart = QChart()
    bars = QBarSeries()
    for series in CHART.series:
        bar_set = QBarSet(series.name)
        bar_set.append([v * 100 if v is not None else 0 for v in series.values])
        bars.append(bar_set)
    chart.addSeries(bars)
    threshold = QLineSeries()
    threshold.append(0, 50)
    threshold.append(len(WEEKS) - 1, 50)
    chart.addSeries(threshold)
    x = QBarCategoryAxis()
    x.append([f"{d:%d %b}" for d in WEEKS])
    y = QValueAxis()
    y.setRange(0, 120)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x)
    bars.attachAxis(y)
    chart.setTitle(CHART.title)
    scene = QGraphicsScene()
    scene.addItem(chart)
    writer = pdf_writer(path)
    chart.resize(writer.width(), writer.height() / 2)
    painter = QPainter(writer)
    scene.render(painter, QRectF(0, 0, writer.width(), writer.height() / 2),
                 QRectF(0, 0, writer.width(), writer.height() / 2))
    painter.end()


def with_matplotlib(path: Path) -> None:
    import matplotlib

    matplotlib.use("pdf")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(11.0, 3.8))
    width = 0.8 / len(CHART.series)
    for i, series in enumerate(CHART.series):
        axes.bar([c + i * width for c in range(len(WEEKS))],
                 [v * 100 if v is not None else 0 for v in series.values], width,
                 label=series.name)
    axes.axhline(50, linestyle="--", color="#C0392B")
    axes.set_xticks([c + 0.4 - width / 2 for c in range(len(WEEKS))],
                    [f"{d:%d %b}" for d in WEEKS])
    axes.set_title(CHART.title)
    axes.legend(ncols=4)
    figure.savefig(path)
    plt.close(figure)


def with_pyqtgraph(path: Path) -> None:
    import pyqtgraph as pg

    plot = pg.PlotItem(title=CHART.title)
    width = 0.8 / len(CHART.series)
    for i, series in enumerate(CHART.series):
        plot.addItem(pg.BarGraphItem(x=[c + i * width for c in range(len(WEEKS))],
                                     height=[v * 100 if v is not None else 0
                                             for v in series.values], width=width,
                                     brush=pg.intColor(i)))
    from PySide6.QtCore import Qt

    plot.addLine(y=50, pen=pg.mkPen("#C0392B", style=Qt.PenStyle.DashLine))
    scene = pg.GraphicsScene()
    scene.addItem(plot)
    writer = pdf_writer(path)
    plot.resize(writer.width(), writer.height() / 2)
    painter = QPainter(writer)
    scene.render(painter, QRectF(0, 0, writer.width(), writer.height() / 2),
                 QRectF(0, 0, writer.width(), writer.height() / 2))
    painter.end()


WAYS = {"QPainter (ours)": with_qpainter, "QtCharts": with_qtcharts,
        "matplotlib": with_matplotlib, "pyqtgraph": with_pyqtgraph}


def has_text(path: Path, word: str) -> str:
    if not shutil.which("pdftotext"):
        return "?"
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return "yes" if word in out else "no"


def main(argv: list[str]) -> None:
    """``--keep DIR`` keeps the PDFs there, to look at."""
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:   # QtCharts and pyqtgraph need the widgets
        main.app = QApplication([])  # type: ignore[attr-defined]
    print(f"{'way':<18}{'extra install':>14}{'import':>10}{'chart→PDF':>12}{'PDF':>9}"
          f"{'text':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for name, draw in WAYS.items():
            size = installed_mb(EXTRA[name])
            if size is None:
                print(f"{name:<18}{'not installed':>14}")
                continue
            try:
                imported = import_seconds(IMPORTS[name])
            except ImportError as exc:
                print(f"{name:<18}{'cannot import':>14}  {exc}")
                continue
            path = Path(folder) / f"{name.split()[0]}.pdf"
            draw(path)   # warm up (first use loads fonts, builds caches)
            times = []
            for _ in range(REPEAT):
                started = time.perf_counter()
                draw(path)
                times.append(time.perf_counter() - started)
            print(f"{name:<18}{size:>11.0f} MB{imported * 1000:>8.0f}ms"
                  f"{statistics.median(times) * 1000:>10.1f}ms"
                  f"{path.stat().st_size / 1024:>7.0f}kB{has_text(path, 'Evening'):>6}")
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, keep / path.name)


if __name__ == "__main__":
    main(sys.argv[1:])
