"""The recurrence editor's Qt-free half: form choices <-> RRULE text, a plain-language summary
and the next dates.

The editor offers a few common shapes (daily, weekly on chosen days, monthly on a day or on the
Nth or last weekday, yearly) and a custom RRULE for everything else; keeping the mapping here
lets a table of rules test it without a window. Dates come from the domain's expander, the one
the service uses, so what the editor lists is what the calendar will show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.domain.recurrence import (
    WEEKDAY_CODES,
    RecurrenceRule,
    SeriesTiming,
    local_slots,
    parse_rule,
    until_local,
)
from sessions_desktop.errors import ValidationError
from sessions_desktop.presentation.i18n import QT_TRANSLATE_NOOP, translate

# English as written; shown through ``translate("RuleSummary", ...)`` (see ``day_name``).
DAY_NAMES = (
    QT_TRANSLATE_NOOP("RuleSummary", "Monday"),
    QT_TRANSLATE_NOOP("RuleSummary", "Tuesday"),
    QT_TRANSLATE_NOOP("RuleSummary", "Wednesday"),
    QT_TRANSLATE_NOOP("RuleSummary", "Thursday"),
    QT_TRANSLATE_NOOP("RuleSummary", "Friday"),
    QT_TRANSLATE_NOOP("RuleSummary", "Saturday"),
    QT_TRANSLATE_NOOP("RuleSummary", "Sunday"),
)
MONTH_NAMES = (QT_TRANSLATE_NOOP("RuleSummary", "January"),
               QT_TRANSLATE_NOOP("RuleSummary", "February"),
               QT_TRANSLATE_NOOP("RuleSummary", "March"), QT_TRANSLATE_NOOP("RuleSummary", "April"),
               QT_TRANSLATE_NOOP("RuleSummary", "May"), QT_TRANSLATE_NOOP("RuleSummary", "June"),
               QT_TRANSLATE_NOOP("RuleSummary", "July"), QT_TRANSLATE_NOOP("RuleSummary", "August"),
               QT_TRANSLATE_NOOP("RuleSummary", "September"),
               QT_TRANSLATE_NOOP("RuleSummary", "October"),
               QT_TRANSLATE_NOOP("RuleSummary", "November"),
               QT_TRANSLATE_NOOP("RuleSummary", "December"))
ORDINALS = {1: QT_TRANSLATE_NOOP("RuleSummary", "first"),
            2: QT_TRANSLATE_NOOP("RuleSummary", "second"),
            3: QT_TRANSLATE_NOOP("RuleSummary", "third"),
            4: QT_TRANSLATE_NOOP("RuleSummary", "fourth"),
            5: QT_TRANSLATE_NOOP("RuleSummary", "fifth"),
            -1: QT_TRANSLATE_NOOP("RuleSummary", "last"),
            -2: QT_TRANSLATE_NOOP("RuleSummary", "second to last")}
# frequency -> (every one, every n): whole phrases, so a language can inflect "every"
EVERY = {
    "DAILY": (QT_TRANSLATE_NOOP("RuleSummary", "Every day"),
              QT_TRANSLATE_NOOP("RuleSummary", "Every {n} days")),
    "WEEKLY": (QT_TRANSLATE_NOOP("RuleSummary", "Every week"),
               QT_TRANSLATE_NOOP("RuleSummary", "Every {n} weeks")),
    "MONTHLY": (QT_TRANSLATE_NOOP("RuleSummary", "Every month"),
                QT_TRANSLATE_NOOP("RuleSummary", "Every {n} months")),
    "YEARLY": (QT_TRANSLATE_NOOP("RuleSummary", "Every year"),
               QT_TRANSLATE_NOOP("RuleSummary", "Every {n} years")),
    "HOURLY": (QT_TRANSLATE_NOOP("RuleSummary", "Every hour"),
               QT_TRANSLATE_NOOP("RuleSummary", "Every {n} hours")),
    "MINUTELY": (QT_TRANSLATE_NOOP("RuleSummary", "Every minute"),
                 QT_TRANSLATE_NOOP("RuleSummary", "Every {n} minutes")),
    "SECONDLY": (QT_TRANSLATE_NOOP("RuleSummary", "Every second"),
                 QT_TRANSLATE_NOOP("RuleSummary", "Every {n} seconds")),
}


def day_name(index: int) -> str:
    """Monday is 0, in the window's language."""
    return translate("RuleSummary", DAY_NAMES[index])


def month_name(month: int) -> str:
    """January is 1, in the window's language."""
    return translate("RuleSummary", MONTH_NAMES[month - 1])
REPEATS = ("none", "daily", "weekly", "monthly_day", "monthly_nth", "monthly_last", "yearly",
           "custom")
COUNT_CAP = 5000   # beyond this a finite rule is summarised without its number of sessions
UTC_ZONE = ZoneInfo("UTC")


@dataclass(frozen=True, slots=True)
class RuleForm:
    """What the recurrence editor's controls hold."""

    repeat: str = "none"
    interval: int = 1
    weekdays: tuple[str, ...] = ()
    month_day: int = 1
    ordinal: int = 1
    weekday: str = "MO"
    ends: str = "never"          # never, on, after
    until: date | None = None
    count: int = 10
    custom: str = ""


def _end_parts(form: RuleForm) -> list[str]:
    if form.ends == "on" and form.until is not None:
        # A naive local bound at the end of the day: every slot of that day is included.
        return [
            "UNTIL={strftime}T235959".format(
                strftime=form.until.strftime("%Y%m%d")
            )
        ]
    if form.ends == "after":
        return [f"COUNT={max(1, form.count)}"]
    return []


def form_to_text(form: RuleForm, start: datetime) -> str | None:
    """The RRULE text the form describes; None for no repetition."""
    if form.repeat == "none":
        return None
    if form.repeat == "custom":
        return form.custom.strip() or None
    freq = {"daily": "DAILY", "weekly": "WEEKLY", "yearly": "YEARLY"}.get(form.repeat,
                                                                          "MONTHLY")
    parts = [f"FREQ={freq}"]
    if form.interval > 1:
        parts.append(f"INTERVAL={form.interval}")
    parts += _end_parts(form)
    if form.repeat == "weekly":
        days = [d for d in WEEKDAY_CODES if d in form.weekdays] or [WEEKDAY_CODES[start.weekday()]]
        parts.append("BYDAY=" + ",".join(days))
    elif form.repeat == "monthly_day":
        parts.append(
            f"BYMONTHDAY={form.month_day}")
    elif form.repeat == "monthly_nth":
        parts.append(
            f"BYDAY={form.ordinal}{form.weekday}"
        )
    elif form.repeat == "monthly_last":
        parts.append(f"BYDAY=-1{form.weekday}")
    return ";".join(parts)


def _shape(rule: RecurrenceRule) -> str | None:
    """Which simple choice a parsed rule is, or None when only the custom text can hold it."""
    extra = {name for name, _ in rule.parts}
    ordinals = {n for n, _ in rule.byday}
    if rule.wkst or (extra and extra != {"BYMONTHDAY"}):
        return None
    if rule.freq == "DAILY" and not rule.byday and not extra:
        return "daily"
    if rule.freq == "WEEKLY" and not extra and ordinals <= {0}:
        return "weekly"
    if rule.freq == "MONTHLY":
        if extra == {"BYMONTHDAY"} and not rule.byday and len(rule.part("BYMONTHDAY")) == 1:
            return "monthly_day"
        if not extra and len(rule.byday) == 1 and ordinals <= {1, 2, 3, 4, -1}:
            return "monthly_last" if ordinals == {-1} else "monthly_nth"
        if not extra and not rule.byday:
            return "monthly_day"
    if rule.freq == "YEARLY" and not extra and not rule.byday:
        return "yearly"
    return None


def form_from_text(text: str | None, start: datetime) -> RuleForm:
    """The form showing ``text`` (a rule outside the simple shapes becomes custom text)."""
    base = RuleForm(weekdays=(WEEKDAY_CODES[start.weekday()],), month_day=start.day,
                    weekday=WEEKDAY_CODES[start.weekday()], ordinal=min(4, (start.day + 6) // 7))
    if not text:
        return base
    try:
        rule = parse_rule(text)
    except ValidationError:
        return replace(base, repeat="custom", custom=text)
    shape = _shape(rule)
    until = rule.until
    if isinstance(until, datetime):
        until = (until.astimezone(start.tzinfo) if until.tzinfo and start.tzinfo
                 else until).date()
    ends = "after" if rule.count else "on" if until else "never"
    form = replace(base, interval=rule.interval, ends=ends, until=until,
                   count=rule.count or base.count)
    if shape is None or (ends == "on" and not _is_end_of_day(rule)):
        return replace(form, repeat="custom", custom=text)
    if shape == "weekly":
        return replace(form, repeat=shape, weekdays=tuple(d for _, d in rule.byday)
                       or base.weekdays)
    if shape == "monthly_day":
        return replace(form, repeat=shape, month_day=(rule.part("BYMONTHDAY") or (start.day,))[0])
    if shape in ("monthly_nth", "monthly_last"):
        n, day = rule.byday[0]
        return replace(form, repeat=shape, ordinal=n if n > 0 else base.ordinal, weekday=day)
    return replace(form, repeat=shape)


def _is_end_of_day(rule: RecurrenceRule) -> bool:
    """Only a whole-day UNTIL round-trips through the date picker unchanged."""
    until = rule.until
    return not isinstance(until, datetime) or (until.tzinfo is None
                                               and until.time() == time(23, 59, 59))


def _join(items: list[str]) -> str:
    return (
        items[0]
        if len(items) == 1
        else ", ".join(items[:-1]) + translate("RuleSummary", " and ") + items[-1]
    )


def _day_list(codes: list[str]) -> str:
    if sorted(codes, key=WEEKDAY_CODES.index) == list(WEEKDAY_CODES[:5]):
        return translate("RuleSummary", "weekdays")
    return _join([day_name(WEEKDAY_CODES.index(c)) for c in
                  sorted(codes, key=WEEKDAY_CODES.index)])


def _nth(n: int) -> str:
    """'3rd', 'last day', '2nd to last day' (a day of the month)."""
    if n == -1:
        return translate("RuleSummary", "last day")
    if 10 <= abs(n) % 100 <= 20 or abs(n) % 10 not in (1, 2, 3):
        number = translate("RuleSummary", "{n}th")
    else:
        number = {1: translate("RuleSummary", "{n}st"), 2: translate("RuleSummary", "{n}nd"),
                  3: translate("RuleSummary", "{n}rd")}[abs(n) % 10]
    number = number.format(n=abs(n))
    if n > 0:
        return number
    return translate("RuleSummary", "{nth} to last day").format(nth=number)


def _weekday_phrase(n: int, code: str) -> str:
    name = day_name(WEEKDAY_CODES.index(code))
    ordinal = translate("RuleSummary", ORDINALS[n]) if n in ORDINALS else _nth(n)
    return (
        translate("RuleSummary", "the {ordinal} {name}").format(ordinal=ordinal, name=name)
        if n
        else name
    )


def _every(rule: RecurrenceRule) -> str:
    one, many = EVERY[rule.freq]
    if rule.interval == 1:
        return translate("RuleSummary", one)
    return translate("RuleSummary", many).format(n=rule.interval)


def _on_what(rule: RecurrenceRule, start: datetime) -> str:
    days = rule.part("BYMONTHDAY")
    months = [month_name(m) for m in rule.part("BYMONTH")]
    if rule.byday and any(n for n, _ in rule.byday):
        text = translate("RuleSummary", " on ") + _join(
            [_weekday_phrase(n, d) for n, d in rule.byday]
        )
        return text + (translate("RuleSummary", " of ") + _join(months) if months else "")
    if rule.byday:
        text = translate("RuleSummary", " on ") + _day_list([d for _, d in rule.byday])
        return text + (translate("RuleSummary", " in ") + _join(months) if months else "")
    if rule.freq == "WEEKLY":
        return translate("RuleSummary", " on ") + day_name(start.weekday())
    if rule.freq == "MONTHLY":
        return translate("RuleSummary", " on the ") + _join([_nth(d) for d in days or (start.day,)])
    if rule.freq == "YEARLY":
        months = months or [month_name(start.month)]
        return translate("RuleSummary", " on ") + _join(
            [
                translate("RuleSummary", "{d} {m}").format(d=d, m=m)
                for m in months
                for d in days or (start.day,)
            ]
        )
    return translate("RuleSummary", " in ") + _join(months) if months else ""


def _custom_tail(rule: RecurrenceRule) -> str:
    """Parts the phrase does not speak of are shown as they are written."""
    rest = [f"{n}={','.join(str(v) for v in vs)}" for n, vs in rule.parts
            if n not in ("BYMONTHDAY", "BYMONTH")]
    if rule.wkst:
        rest.append(f"WKST={rule.wkst}")
    return translate("RuleSummary", " ({join})").format(join=';'.join(rest)) if rest else ""


def long_date(day: date) -> str:
    return translate("RuleSummary", "{day} {month} {year}").format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def timing(text: str, start: datetime, tz: ZoneInfo | None = None,
           exdates: tuple[datetime, ...] = ()) -> SeriesTiming:
    """A timing for ``text`` from naive wall-clock ``start`` (for counting and listing)."""
    return SeriesTiming(parse_rule(text), start.replace(tzinfo=None), timedelta(hours=1),
                        tz or UTC_ZONE, exdates=frozenset(d.replace(tzinfo=None)
                                                          for d in exdates))


def session_count(text: str, start: datetime, tz: ZoneInfo | None = None,
                  exdates: tuple[datetime, ...] = ()) -> int | None:
    """How many sessions a finite rule gives (None: no end, or more than COUNT_CAP)."""
    rule = parse_rule(text)
    if rule.count is None and rule.until is None:
        return None
    seen = 0
    for _ in local_slots(timing(text, start, tz, exdates), start.replace(tzinfo=None),
                         datetime.max):
        seen += 1
        if seen > COUNT_CAP:
            return None
    return seen


def summary(text: str | None, start: datetime, tz: ZoneInfo | None = None,
            exdates: tuple[datetime, ...] = ()) -> str:
    """'Every 2 weeks on Monday and Thursday, until 30 June 2027, 24 sessions'."""
    if not text:
        return translate("RuleSummary", "Does not repeat")
    rule = parse_rule(text)
    out = _every(rule) + _on_what(rule, start) + _custom_tail(rule)
    if rule.until is not None:
        bound = until_local(rule, tz or UTC_ZONE)
        assert bound is not None
        out += translate("RuleSummary", ", until {long_date}").format(
            long_date=long_date(bound.date())
        )
    count = session_count(text, start, tz, exdates)
    if count is not None:
        text = (QT_TRANSLATE_NOOP("RuleSummary", ", {count} session") if count == 1
                else QT_TRANSLATE_NOOP("RuleSummary", ", {count} sessions"))
        out += translate("RuleSummary", text).format(count=count)
    return out


def next_dates(text: str, start: datetime, count: int = 10, *, after: datetime | None = None,
               tz: ZoneInfo | None = None, exdates: tuple[datetime, ...] = ()
               ) -> list[datetime]:
    """The next ``count`` wall-clock slots at or after ``after`` (default: the start)."""
    first = start.replace(tzinfo=None)
    lo = max(first, after.replace(tzinfo=None)) if after else first
    out = []
    for slot in local_slots(timing(text, start, tz, exdates), lo, datetime.max):
        out.append(slot)
        if len(out) >= count:
            break
    return out
