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

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last",
            -2: "second to last"}
UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year",
         "HOURLY": "hour", "MINUTELY": "minute", "SECONDLY": "second"}
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
        return [f"UNTIL={form.until.strftime('%Y%m%d')}T235959"]
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
        parts.append(f"BYMONTHDAY={form.month_day}")
    elif form.repeat == "monthly_nth":
        parts.append(f"BYDAY={form.ordinal}{form.weekday}")
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
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _day_list(codes: list[str]) -> str:
    if sorted(codes, key=WEEKDAY_CODES.index) == list(WEEKDAY_CODES[:5]):
        return "weekdays"
    return _join([DAY_NAMES[WEEKDAY_CODES.index(c)] for c in
                  sorted(codes, key=WEEKDAY_CODES.index)])


def _nth(n: int) -> str:
    if 10 <= abs(n) % 100 <= 20 or abs(n) % 10 not in (1, 2, 3):
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}[abs(n) % 10]
    return f"{n}{suffix}" if n > 0 else ("last day" if n == -1 else f"{-n}{suffix} to last day")


def _weekday_phrase(n: int, code: str) -> str:
    name = DAY_NAMES[WEEKDAY_CODES.index(code)]
    return f"the {ORDINALS.get(n, _nth(n))} {name}" if n else name


def _every(rule: RecurrenceRule) -> str:
    unit = UNITS[rule.freq]
    return f"Every {unit}" if rule.interval == 1 else f"Every {rule.interval} {unit}s"


def _on_what(rule: RecurrenceRule, start: datetime) -> str:
    days = rule.part("BYMONTHDAY")
    months = [MONTH_NAMES[m - 1] for m in rule.part("BYMONTH")]
    if rule.byday and any(n for n, _ in rule.byday):
        text = " on " + _join([_weekday_phrase(n, d) for n, d in rule.byday])
        return text + (" of " + _join(months) if months else "")
    if rule.byday:
        text = " on " + _day_list([d for _, d in rule.byday])
        return text + (" in " + _join(months) if months else "")
    if rule.freq == "WEEKLY":
        return " on " + DAY_NAMES[start.weekday()]
    if rule.freq == "MONTHLY":
        return " on the " + _join([_nth(d) for d in days or (start.day,)])
    if rule.freq == "YEARLY":
        months = months or [MONTH_NAMES[start.month - 1]]
        return " on " + _join([f"{d} {m}" for m in months for d in days or (start.day,)])
    return " in " + _join(months) if months else ""


def _custom_tail(rule: RecurrenceRule) -> str:
    """Parts the phrase does not speak of are shown as they are written."""
    rest = [f"{n}={','.join(str(v) for v in vs)}" for n, vs in rule.parts
            if n not in ("BYMONTHDAY", "BYMONTH")]
    if rule.wkst:
        rest.append(f"WKST={rule.wkst}")
    return f" ({';'.join(rest)})" if rest else ""


def long_date(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


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
        return "Does not repeat"
    rule = parse_rule(text)
    out = _every(rule) + _on_what(rule, start) + _custom_tail(rule)
    if rule.until is not None:
        bound = until_local(rule, tz or UTC_ZONE)
        assert bound is not None
        out += f", until {long_date(bound.date())}"
    count = session_count(text, start, tz, exdates)
    if count is not None:
        out += f", {count} session{'s' if count != 1 else ''}"
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
