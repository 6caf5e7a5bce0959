"""Before a "this and following" or "all" save: how many sessions change, and which changed
ones keep their own values. The numbers come from ``presentation.series_diff``; this module
only reads the series' instances through the query service and shows the text."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QMessageBox, QWidget

from sessions_desktop.domain.enums import Scope
from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.rule_summary import next_dates, session_count
from sessions_desktop.presentation.series_diff import SeriesPreview, kept_values
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.texts import moment_text

YEARS_READ = 3   # changed instances further out than this are not listed (the count is exact)


def series_instances(services, series: Session, start: datetime) -> list[Session]:
    """Instances of ``series`` from ``start``, a year at a time, for a few years at most."""
    out: list[Session] = []
    for year in range(YEARS_READ):
        lo = start + timedelta(days=365 * year)
        result = services.queries.query_sessions(
            lo, lo + timedelta(days=365), filter={"recurringSessionId": series.id},
            fieldsets="ALL_PI", limit=1000)
        out += result.items
        while result.has_next:
            result = services.queries.query_sessions(cursor=result.next_cursor)
            out += result.items
    return out


def build_preview(services, instance: Session, series: Session, scope: Scope,
                  patch_fields: set[str]) -> SeriesPreview:
    tz = series.start.tzinfo
    first = series.start if scope is Scope.ALL else instance.original_start or instance.start
    rule = series.recurrence or ""
    count = session_count(rule, series.start.astimezone(tz), tz,
                          series.excluded_dates) if rule else None
    if count is not None and scope is Scope.FOLLOWING:
        count = len(next_dates(rule, series.start.astimezone(tz), count,
                               after=first.astimezone(tz), tz=tz,
                               exdates=series.excluded_dates))
    items = series_instances(services, series, first)
    return SeriesPreview(count, first, kept_values(items, series, patch_fields, instance.id))


def when(moment: datetime) -> str:
    return moment_text(moment)


def ask_preview(parent: QWidget | None, preview: SeriesPreview) -> bool:
    box = QMessageBox(QMessageBox.Icon.Information, translate("Preview", "Change the series"),
                      preview.text(when), parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box.exec() == QMessageBox.StandardButton.Save
