"""The command line's reports and printed sheets, for scripts and cron jobs:

    sessions-desktop report utilisation --from 2026-10-05 --to 2026-11-30 [--csv]
    sessions-desktop print roster --date 2026-12-01 --resource "Tom" --pdf tom.pdf

A report prints JSON (every table, the chart's data, notes), or one table as CSV, or writes
a PDF. Dates are whole days; ``--to`` is exclusive, as in ``query``. A PDF is drawn by the
window's own printing code on an off-screen Qt platform, so no display is needed.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import Any

from sessions_desktop.errors import ValidationError

REPORT_KINDS = ("utilisation", "staff", "rooms", "revenue")
_APP = None   # the process's Qt application, kept alive while painting
GROUPINGS = ("week", "month")


# -- grammar ------------------------------------------------------------------------------
def add_commands(commands, sub) -> None:
    p = sub(commands, "report", "A report for a period: utilisation (places booked against "
                                "capacity), staff (hours booked against working hours), "
                                "rooms (hours used) or revenue (price × participants).")
    p.add_argument("kind", choices=REPORT_KINDS, metavar="KIND",
                   help="utilisation, staff, rooms or revenue")
    p.add_argument("--from", dest="start", required=True, metavar="DATE",
                   help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", required=True, metavar="DATE",
                   help="the day after the last (exclusive, as in 'query')")
    p.add_argument("--schedule", dest="schedules", metavar="NAME|ID", nargs="+",
                   action="extend", help="only these schedules (names or ids)")
    p.add_argument("--by", choices=GROUPINGS, help="group by week or month (default: by week "
                                                   "up to half a year, else by month)")
    p.add_argument("--threshold", type=float, metavar="PERCENT", default=50.0,
                   help="utilisation: list sessions filled below this (default 50)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="print one table as CSV")
    out.add_argument("--json", action="store_true", help="print JSON (the default)")
    out.add_argument("--pdf", metavar="OUT.pdf", help="write the report (chart and tables) "
                                                      "as a PDF")
    p.add_argument("--table", metavar="KEY", help="with --csv: which table (default the "
                                                  "first; the JSON lists the keys)")
    q = sub(commands, "print", "Print a sheet to PDF: a day roster (one page per staff "
                               "member or room) or the class list of one session.")
    q.add_argument("sheet", choices=("roster", "class-list"), metavar="SHEET",
                   help="roster or class-list")
    q.add_argument("--date", metavar="DATE", help="roster: the day")
    q.add_argument("--resource", dest="resources", metavar="NAME|ID", nargs="+",
                   action="extend", help="roster: these staff members or rooms (default: "
                                         "everyone with bookings that day)")
    q.add_argument("--session", metavar="ID", help="class-list: the session")
    q.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF to write")
    q.add_argument("--include-pi", action="store_true",
                   help="print participants' names and phone numbers (left out otherwise)")
    q.add_argument("--paper", choices=("A4", "Letter", "A5", "Legal", "A3"),
                   help="paper size (default: the locale's)")
    q.add_argument("--grayscale", action="store_true", help="black and white")


# -- commands -----------------------------------------------------------------------------
def _day(text: str | None, option: str) -> date:
    if not text:
        raise ValidationError("is required", field=option)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{text!r} is not a date (YYYY-MM-DD)", field=option) from None


def cmd_report(svc, args) -> Any:
    reports = svc.reports
    if not 0 <= args.threshold <= 100:
        raise ValidationError("must be 0 to 100", field="--threshold")
    options: dict = {"by": args.by,
                     "schedule_ids": reports.resolve(args.schedules) if args.schedules
                     else None}
    if args.kind == "utilisation":
        options["threshold"] = args.threshold / 100
    report = reports.run(args.kind, _day(args.start, "--from"), _day(args.end, "--to"),
                         **options)
    if args.table and not args.csv:
        raise ValidationError("goes with --csv", field="--table")
    if args.csv:
        try:
            table = report.table(args.table)
        except KeyError:
            keys = ", ".join(t.key for t in report.tables)
            raise ValidationError(f"{args.table!r} is not one of {keys}",
                                  field="--table") from None
        sys.stdout.write(table.to_csv())
        sys.stdout.flush()
        return None
    if args.pdf:
        return _report_pdf(reports, report, args.pdf)
    return report.to_json()


def _report_pdf(reports, report, out: str) -> dict:
    _gui()
    from sessions_desktop.ui.common.paper_output import PaperOptions, default_page_size, write_pdf
    from sessions_desktop.ui.reports.report_paper import report_painting

    painting = report_painting(report, reports.business_name(), reports.now())
    pages = write_pdf(out, painting, PaperOptions(default_page_size(), landscape=True),
                      report.title)
    return {"pdf": os.path.abspath(out), "pages": pages}


def cmd_print(svc, args) -> dict:
    _gui()
    from PySide6.QtGui import QPageSize

    from sessions_desktop.ui.common.paper_output import PaperOptions, default_page_size, write_pdf
    from sessions_desktop.ui.printing.documents import class_list_document, roster_document

    reports = svc.reports
    if args.sheet == "roster":
        ids = reports.resolve(args.resources) if args.resources else None
        document = roster_document(reports, _day(args.date, "--date"), ids, args.include_pi)
    else:
        if not args.session:
            raise ValidationError("is required for a class list", field="--session")
        document = class_list_document(reports, args.session, args.include_pi)
    size = getattr(QPageSize.PageSizeId, args.paper) if args.paper else default_page_size()
    pages = write_pdf(args.pdf, document.paint, PaperOptions(size, False, args.grayscale),
                      document.title)
    return {"pdf": os.path.abspath(args.pdf), "pages": pages}


def _gui() -> None:
    """A Qt application for fonts and painting, on the off-screen platform: a command never
    opens a window and must work from cron, with no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    global _APP
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication([sys.argv[0]])


REPORT_COMMANDS = {"report": cmd_report, "print": cmd_print}
