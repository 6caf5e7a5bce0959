"""Benchmark of issue 13: reports and printed PDFs on the ten-year business.

    python benchmarks/reports.py [--repeat N]

- each report (utilisation, staff, rooms, revenue) for a year (about 30,000 sessions),
  warm (median of N runs in one process) and cold (a new process: open the file, run once);
  goal <= 1 s;
- against the naive way for utilisation: one ``scheduleId``-filtered query per class
  schedule, which is what a report written against the query API alone would do;
- a day roster as PDF, for the busiest resource of the year and for everyone; goal <= 1 s;
- a year's month-by-month utilisation as PDF (report + drawing + file); goal <= 3 s.

Figures are wall-clock on this machine; the header prints the load average, since other work
inflates them. The ten-year database comes from ``benchmarks/build_business.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from build_business import build, fixed_now  # noqa: E402

from sessions_desktop.services import open_services  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
DATABASE = OUT / "business-seed7.sqlite3"
YEAR = (date(2025, 11, 24), date(2026, 11, 23))
GOALS = {"report": 1.0, "roster pdf": 1.0, "year pdf": 3.0}
KINDS = ("utilisation", "staff", "rooms", "revenue")


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    value = work()
    return time.perf_counter() - started, value


def warm(svc, kind: str, repeat: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds of ``repeat`` runs (CPU time shows what other work
    on the machine adds to the wall clock)."""
    times, cpu, report = [], [], None
    for _ in range(repeat):
        started = time.process_time()
        seconds, report = timed(lambda: svc.reports.run(kind, *YEAR))
        times.append(seconds)
        cpu.append(time.process_time() - started)
    return statistics.median(times), statistics.median(cpu), report


def plain_query(svc) -> float:
    """The year's sessions through query_sessions alone (what every report reads first)."""
    def run() -> int:
        result = svc.queries.query_sessions(*YEAR, include_cancelled=True, limit=1000)
        count = len(result.items)
        while result.has_next:
            result = svc.queries.query_sessions(cursor=result.next_cursor)
            count += len(result.items)
        return count
    return timed(run)[0]


def cold(kind: str) -> float:
    """A new process opens the file and runs the report once (timed inside it)."""
    code = "\n".join((
        "import sys, time",
        f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'benchmarks')!r}]",
        "from datetime import date",
        "from build_business import fixed_now",
        "from sessions_desktop.services import open_services",
        "t = time.perf_counter()",
        f"s = open_services({str(DATABASE)!r}, now=fixed_now())",
        f"s.reports.run({kind!r}, date(*{_ymd(YEAR[0])}), date(*{_ymd(YEAR[1])}))",
        "print(time.perf_counter() - t)"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _ymd(day: date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


def naive_utilisation(svc) -> tuple[float, int]:
    """One scheduleId-filtered query per class schedule over the year, all pages."""
    from sessions_desktop.services.reports.load import CLASS_KINDS

    def run() -> int:
        count = 0
        for schedule in svc.schedules.list_schedules():
            if schedule.kind not in CLASS_KINDS:
                continue
            result = svc.queries.query_sessions(*YEAR, include_cancelled=True, limit=1000,
                                                filter={"scheduleId": schedule.id})
            count += len(result.items)
            while result.has_next:
                result = svc.queries.query_sessions(cursor=result.next_cursor)
                count += len(result.items)
        return count
    seconds, count = timed(run)
    return seconds, count  # type: ignore[return-value]


def busiest_day(svc) -> tuple[date, str]:
    """The day and resource with the most sessions in the year (a full roster page)."""
    from sessions_desktop.services.reports.load import load_sessions
    from sessions_desktop.services.reports.period import ReportPeriod

    resources = {s.id for s in svc.reports.resources()}
    tz = svc.ctx.business_zone
    counts: Counter = Counter()
    for item in load_sessions(svc.queries, ReportPeriod(*YEAR, tz)):
        s = item.session
        if s.schedule_id in resources and not s.is_cancelled:
            counts[(s.start.astimezone(tz).date(), s.schedule_id)] += 1
    (day, resource), _ = counts.most_common(1)[0]
    return day, resource


def pdf_figures(svc, folder: Path) -> dict[str, tuple[float, int]]:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - kept alive
    from sessions_desktop.ui.common.paper_output import PaperOptions, write_pdf
    from sessions_desktop.ui.printing.documents import roster_document
    from sessions_desktop.ui.reports.report_paper import report_painting

    day, resource = busiest_day(svc)
    figures = {}

    def roster(ids, name):
        def run():
            doc = roster_document(svc.reports, day, ids, include_pi=True)
            return write_pdf(folder / f"{name}.pdf", doc.paint, PaperOptions(), doc.title)
        roster_run = timed(run)
        figures[f"roster pdf, {name} ({day})"] = roster_run

    roster([resource], "one resource")
    roster(None, "everyone")

    def year_pdf():
        report = svc.reports.utilisation(*YEAR, by="month")
        painting = report_painting(report, svc.reports.business_name(), svc.reports.now())
        return write_pdf(folder / "year.pdf", painting, PaperOptions(landscape=True),
                         report.title)
    figures["year utilisation pdf, by month"] = timed(year_pdf)
    return figures


def main(argv: list[str]) -> None:
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 5
    build(DATABASE)
    load = os.getloadavg()[0]
    lines = [f"reports on the ten-year business, {YEAR[0]} to {YEAR[1]} "
             f"(load average {load:.1f})", ""]
    svc = open_services(DATABASE, now=fixed_now())
    lines.append(f"{'report (a year)':<24}{'cold':>10}{'warm':>10}{'warm CPU':>10}"
                 f"{'goal':>8}  rows")
    warm_times = {}
    for kind in KINDS:
        seconds, cpu, report = warm(svc, kind, repeat)
        warm_times[kind] = seconds
        rows = sum(len(t.rows) for t in report.tables)  # type: ignore[attr-defined]
        lines.append(f"{kind:<24}{cold(kind) * 1000:>8.0f}ms{seconds * 1000:>8.0f}ms"
                     f"{cpu * 1000:>8.0f}ms{GOALS['report'] * 1000:>6.0f}ms  {rows:,}")
    query = statistics.median(plain_query(svc) for _ in range(repeat))
    lines.append(f"{'(the year query alone)':<24}{'':>10}{query * 1000:>8.0f}ms")
    one = next(s for s in svc.schedules.list_schedules() if s.kind.value == "GROUP")
    narrowed = statistics.median(timed(lambda: svc.reports.utilisation(
        *YEAR, schedule_ids=[one.id]))[0] for _ in range(repeat))
    lines.append(f"{'utilisation, one class':<24}{'':>10}{narrowed * 1000:>8.0f}ms")
    naive, count = naive_utilisation(svc)
    lines += ["", f"naive utilisation: a scheduleId query per class schedule ({count:,} "
                  f"sessions): {naive * 1000:.0f} ms, {naive / warm_times['utilisation']:.1f}x "
                  "the report"]
    with tempfile.TemporaryDirectory() as folder:
        lines += ["", f"{'PDF':<48}{'time':>10}{'pages':>7}{'goal':>8}"]
        for name, (seconds, pages) in pdf_figures(svc, Path(folder)).items():
            goal = GOALS["year pdf" if name.startswith("year") else "roster pdf"]
            lines.append(f"{name:<48}{seconds * 1000:>8.0f}ms{pages:>7}{goal * 1000:>6.0f}ms")
    svc.close()
    text = "\n".join(lines)
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "reports.txt").write_text(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
