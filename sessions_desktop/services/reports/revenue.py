"""Revenue: price × participants for sessions with a rate, per service and month.

The price of a session is its rate's "general" option, else its first labelled option; a rate
that is only a text ("Free", "Ask us") or no rate at all brings no money and is counted apart.
Money is Decimal, never float; currencies are never added together (one row per currency).
A session counts in the month where it starts, cancelled sessions not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sessions_desktop.domain.model import Rate, Schedule
from sessions_desktop.services.reports.chart_groups import top_groups
from sessions_desktop.services.reports.load import Timed, is_event, starts_inside
from sessions_desktop.services.reports.model import (
    COUNT,
    DATE,
    MONEY,
    MONTH,
    TEXT,
    Chart,
    ChartSeries,
    Column,
    Table,
)
from sessions_desktop.services.reports.period import WEEK, Buckets, ReportPeriod

PREFERRED_OPTION = "general"


def price_of(rate: Rate | None) -> tuple[Decimal, str] | None:
    if rate is None or not rate.labeled_price_options:
        return None
    options = rate.options()
    price = options.get(PREFERRED_OPTION) or rate.labeled_price_options[0][1]
    try:
        amount = Decimal(price.amount)
    except (InvalidOperation, TypeError):
        return None
    return (amount, price.currency) if amount.is_finite() else None


@dataclass
class Money:
    sessions: int = 0
    participants: int = 0
    revenue: Decimal = Decimal(0)


@dataclass(frozen=True)
class RevenueCounts:
    cells: dict[tuple[str, int, str], Money]     # (schedule id, bucket, currency)
    unpriced: int
    cancelled: int


def count_revenue(items: Iterable[Timed], chosen: set[str], period: ReportPeriod,
                  buckets: Buckets) -> RevenueCounts:
    cells: dict[tuple[str, int, str], Money] = {}
    unpriced = cancelled = 0
    for item in items:
        s = item.session
        if not is_event(s) or s.schedule_id not in chosen or not starts_inside(item, period):
            continue
        if item.cancelled:
            cancelled += 1
            continue
        price = price_of(s.rate)
        if price is None:
            unpriced += 1
            continue
        i = buckets.index(item.low)
        assert i is not None   # counted sessions start inside the period: in a bucket
        cell = cells.setdefault((s.schedule_id, i, price[1]), Money())
        cell.sessions += 1
        cell.participants += s.total_number_of_participants
        cell.revenue += price[0] * s.total_number_of_participants
    return RevenueCounts(cells, unpriced, cancelled)


def revenue_tables(counts: RevenueCounts, schedules: Mapping[str, Schedule], buckets: Buckets,
                   grouping: str) -> tuple[tuple[Table, ...], Chart]:
    label = Column("week", "Week of", DATE) if grouping == WEEK else \
        Column("month", "Month", MONTH)
    money_columns = (Column("sessions", "Sessions", COUNT),
                     Column("participants", "Participants", COUNT),
                     Column("revenue", "Revenue", MONEY), Column("currency", "Currency", TEXT))

    def name(schedule_id: str) -> str:
        return schedules[schedule_id].name

    order = sorted(counts.cells, key=lambda k: (name(k[0]).casefold(), k[1], k[2]))
    rows = tuple((name(k[0]), buckets.labels[k[1]], *_money(counts.cells[k]), k[2])
                 for k in order)
    main = Table("revenue", "By service and " + grouping,
                 (Column("service", "Service", TEXT), label, *money_columns), rows)
    services: dict[tuple[str, str], Money] = {}
    for (schedule_id, _, currency), cell in counts.cells.items():
        _merge(services.setdefault((schedule_id, currency), Money()), cell)
    totals_by_currency: dict[str, Money] = {}
    for (_, currency), cell in services.items():
        _merge(totals_by_currency.setdefault(currency, Money()), cell)
    per_service = Table(
        "services", "By service", (Column("service", "Service", TEXT), *money_columns),
        tuple((name(k[0]), *_money(services[k]), k[1])
              for k in sorted(services, key=lambda k: (name(k[0]).casefold(), k[1]))),
        _total(totals_by_currency))
    currencies = tuple(sorted(totals_by_currency))
    by_currency = Table("currencies", "Totals", (Column("currency", "Currency", TEXT),
                                                 *money_columns[:3]),
                        tuple((c, *_money(totals_by_currency[c])) for c in currencies))
    return (main, per_service, by_currency), _chart(counts, schedules, buckets, grouping,
                                                    currencies)


def _money(cell: Money) -> tuple[int, int, Decimal]:
    return cell.sessions, cell.participants, cell.revenue


def _merge(into: Money, cell: Money) -> None:
    into.sessions += cell.sessions
    into.participants += cell.participants
    into.revenue += cell.revenue


def _total(by_currency: dict[str, Money]) -> tuple[str, int, int, Decimal, str] | None:
    """One total row when one currency is in play; several currencies are never added."""
    if len(by_currency) != 1:
        return None
    currency, money = next(iter(by_currency.items()))
    return ("All services", *_money(money), currency)


def _chart(counts: RevenueCounts, schedules: Mapping[str, Schedule], buckets: Buckets,
           grouping: str,
           currencies: tuple[str, ...]) -> Chart:
    """Revenue per bucket, a bar per service, in the currency with the most money."""
    title = "Revenue by week" if grouping == WEEK else "Revenue by month"
    if not currencies:
        return Chart(title, "stacked", buckets.labels, DATE if grouping == WEEK else MONTH, (),
                     "")
    totals = {c: sum((m.revenue for k, m in counts.cells.items() if k[2] == c), Decimal(0))
              for c in currencies}
    currency = max(currencies, key=lambda c: (totals[c], c))
    per_service: dict[str, dict[int, Decimal]] = {}
    for (schedule_id, i, c), cell in counts.cells.items():
        if c == currency:
            per_service.setdefault(schedule_id, {})[i] = cell.revenue
    groups = top_groups(per_service, lambda k: float(sum(per_service[k].values())),
                        lambda k: schedules[k].name, lambda k: schedules[k].name)
    series = tuple(ChartSeries(name, tuple(
        float(sum(per_service[k].get(i, 0) for k in keys)) for i in range(len(buckets.labels))))
        for name, keys in groups)
    return Chart(f"{title} ({currency})", "stacked", buckets.labels,
                 DATE if grouping == WEEK else MONTH, series, currency)
