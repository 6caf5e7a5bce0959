"""Checks of the session editor's values, field by field, before anything is sent.

The editor shows each message beside its field and keeps Save disabled while any is left, so a
person fixes everything in one pass; the service checks again on save (the contract's rules),
and these messages are written for a person, not for the log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sessions_desktop.domain.recurrence import parse_rule
from sessions_desktop.domain.time import is_known_zone
from sessions_desktop.errors import ValidationError
from sessions_desktop.presentation.i18n import translate

MAX_TITLE = 6000
EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")
URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(slots=True)
class FormValues:
    """What the editor's widgets hold, as plain values (texts where a person types)."""

    title: str = ""
    start: datetime | None = None
    end: datetime | None = None
    time_zone: str = "UTC"
    recurrence: str | None = None
    custom_address: str | None = None     # None: the business location
    price_amount: str = ""
    price_currency: str = ""
    conference_url: str = ""
    participant_emails: list[str] = field(default_factory=list)


def check_email(text: str) -> str | None:
    """A message for a malformed e-mail address, None when it is fine or empty."""
    if text and not EMAIL.match(text.strip()):
        return translate("SessionForm", "“{text}” is not an e-mail address").format(text=text)
    return None


def check_price(amount: str, currency: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not amount.strip():
        return out
    try:
        value = Decimal(amount.strip().replace(",", "."))
    except InvalidOperation:
        out["price"] = translate("SessionForm", "The amount must be a number, like 20 or 12.50")
        return out
    if value < 0 or not value.is_finite():
        out["price"] = translate("SessionForm", "The amount cannot be negative")
    elif not CURRENCY.match(currency.strip().upper()):
        out["price"] = translate("SessionForm", "Give a three-letter currency code, like EUR")
    return out


def check_rule(text: str | None) -> str | None:
    if not text:
        return None
    try:
        parse_rule(text)
    except ValidationError as exc:
        return str(exc).replace("recurrence: ", "")
    return None


def check(values: FormValues) -> dict[str, str]:
    """Field name -> message for every problem (empty when the form can be saved)."""
    out: dict[str, str] = {}
    if len(values.title) > MAX_TITLE:
        out["title"] = translate(
            "SessionForm", "At most {MAX_TITLE} characters (now {n_title})"
        ).format(MAX_TITLE=MAX_TITLE, n_title=len(values.title))
    if values.start and values.end and values.end <= values.start:
        out["end"] = translate("SessionForm", "The end must be after the start")
    if not is_known_zone(values.time_zone):
        out["time_zone"] = translate(
            "SessionForm", "“{time_zone}” is not a known time zone"
        ).format(time_zone=values.time_zone)
    rule = check_rule(values.recurrence)
    if rule:
        out["recurrence"] = rule
    if values.custom_address is not None and not values.custom_address.strip():
        out["location"] = translate("SessionForm", "Type the address, or choose the business "
                                                   "location")
    out.update(check_price(values.price_amount, values.price_currency))
    if values.conference_url and not URL.match(values.conference_url.strip()):
        out["conference"] = translate("SessionForm", "A link starts with https:// or http://")
    bad = [m for m in map(check_email, values.participant_emails) if m]
    if bad:
        out["participants"] = bad[0]
    return out
