"""Documents to print: what a page shows for the view, a day roster or a class list.

A ``Document`` reads its data once when made (so the preview, the printer and the PDF show
the same thing) and paints on any paged device.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtWidgets import QWidget

from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.paper import Ink, Masthead
from sessions_desktop.ui.common.paper_output import paint_document
from sessions_desktop.ui.common.report_format import printed_text
from sessions_desktop.ui.printing.sheets import class_list_blocks, roster_blocks
from sessions_desktop.ui.printing.view_print import paint_view


@dataclass
class Document:
    title: str
    file_name: str
    paint: Callable[[QPagedPaintDevice, QPainter, Ink], int]


def view_document(reports, widget: QWidget, period_title: str, view_name: str) -> Document:
    masthead = Masthead(period_title,
        translate("Documents", "{view_name} as shown on screen").format(view_name=view_name),
                        reports.business_name(), printed_text(reports.now()))
    return Document(
        translate("Documents", "{view_name}: {period_title}").format(
            view_name=view_name, period_title=period_title
        ),
        f"{view_name.lower()}.pdf",
        lambda device, painter, ink: paint_view(device, painter, ink, widget, masthead),
    )


def roster_document(reports, day: date, resource_ids: list[str] | None,
                    include_pi: bool) -> Document:
    roster = reports.roster(day, resource_ids, include_pi)
    blocks, masthead = roster_blocks(roster, reports.business_name(),
                                     printed_text(reports.now()))
    who = roster.pages[0].resource_name if resource_ids and roster.pages else "everyone"
    name = f"roster-{day.isoformat()}-{_slug(who)}.pdf"
    return Document(
        translate("Documents", "Day roster {isoformat} ({who})").format(
            isoformat=day.isoformat(), who=who
        ),
        name,
        lambda device, painter, ink: paint_document(device, painter, ink, blocks, masthead),
    )


def class_list_document(reports, session_id: str, include_pi: bool) -> Document:
    entry = reports.class_list(session_id, include_pi)
    blocks, masthead = class_list_blocks(entry, reports.business_name(),
                                         printed_text(reports.now()))
    name = f"class-list-{entry.start.date().isoformat()}-{_slug(entry.title)}.pdf"
    return Document(translate("Documents", "Class list: {title}").format(title=entry.title), name,
                    lambda device, painter, ink: paint_document(device, painter, ink, blocks,
                                                                masthead))


def _slug(text: str) -> str:
    kept = "".join(c.lower() if c.isalnum() else "-" for c in text.split("(")[0].strip())
    return "-".join(part for part in kept.split("-") if part)[:40] or "sheet"
