"""What a report is, independent of how it is shown: typed tables, chart data and notes.

Values stay typed (dates, hours as floats, money as Decimal, fractions for percentages) so
the window formats them with the user's locale, the CSV writes them plainly for a
spreadsheet, and JSON keeps them exact. Nothing here knows about Qt.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

# Column kinds: how a value is meant (and formatted).
TEXT, DATE, DATETIME, MONTH, COUNT, HOURS, PERCENT, MONEY, FLAG = (
    "text", "date", "datetime", "month", "count", "hours", "percent", "money", "flag")

KINDS = ("utilisation", "staff", "rooms", "revenue")
TITLES = {"utilisation": "Utilisation", "staff": "Staff time", "rooms": "Rooms",
          "revenue": "Revenue"}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    kind: str = TEXT


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of typed values in column order; ``total`` is the sum row (or None)."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str) -> list[Any]:
        index = self.column(key)
        return [row[index] for row in self.rows]

    def to_csv(self) -> str:
        """The table (and its total row) as CSV: ISO dates, plain numbers, a header row."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([_csv_header(c) for c in self.columns])
        for row in self.rows:
            writer.writerow([_csv_value(c, v) for c, v in zip(self.columns, row, strict=True)])
        if self.total is not None:
            writer.writerow([_csv_value(c, v)
                             for c, v in zip(self.columns, self.total, strict=True)])
        return out.getvalue()

    def to_json(self) -> dict[str, Any]:
        keys = [c.key for c in self.columns]
        return {"key": self.key, "title": self.title,
                "columns": [{"key": c.key, "label": c.label, "kind": c.kind}
                            for c in self.columns],
                "rows": [dict(zip(keys, map(_json_value, row), strict=True))
                         for row in self.rows],
                "total": (dict(zip(keys, map(_json_value, self.total), strict=True))
                          if self.total is not None else None)}


@dataclass(frozen=True, slots=True)
class ChartSeries:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """Categories along the x axis (dates of weeks or months, or names), one value per
    category in every series. ``unit`` is "%" (values are fractions), "h" or a currency."""

    title: str
    kind: str                      # "bar" (grouped), "stacked" or "line"
    categories: tuple[Any, ...]
    category_kind: str             # DATE (weeks), MONTH or TEXT
    series: tuple[ChartSeries, ...]
    unit: str
    threshold: float | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing to draw: no categories, or no value at all (zeros are values: a week with
        nobody booked is worth seeing)."""
        return not self.categories or all(v is None for s in self.series for v in s.values)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "kind": self.kind, "unit": self.unit,
                "categoryKind": self.category_kind, "threshold": self.threshold,
                "categories": [_json_value(c) for c in self.categories],
                "series": [{"name": s.name, "values": list(s.values)} for s in self.series]}


@dataclass(frozen=True, slots=True)
class Report:
    """One run of a report: its tables (the first is the main one), chart and notes."""

    kind: str
    title: str
    start: date
    end: date                       # exclusive
    tables: tuple[Table, ...]
    chart: Chart
    notes: tuple[str, ...] = ()
    schedules: tuple[str, ...] = ()  # names of the schedules chosen; empty means all
    made_at: datetime | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def table(self, key: str | None = None) -> Table:
        if key is None:
            return self.tables[0]
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    def to_json(self) -> dict[str, Any]:
        return {"report": self.kind, "title": self.title, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "schedules": list(self.schedules),
                "options": self.options, "notes": list(self.notes),
                "madeAt": self.made_at.isoformat() if self.made_at else None,
                "tables": [t.to_json() for t in self.tables], "chart": self.chart.to_json()}


def _csv_header(column: Column) -> str:
    suffix = {HOURS: " (h)", PERCENT: " (%)"}.get(column.kind, "")
    return column.label + suffix


def _csv_value(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == HOURS:
        return f"{value:.2f}"
    if column.kind == PERCENT:
        return f"{value * 100:.1f}"
    if column.kind == MONTH and isinstance(value, date):
        return f"{value:%Y-%m}"
    if column.kind == DATETIME and isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if column.kind == FLAG:
        return str(value) if value else ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float):
        return round(value, 6)
    return value
