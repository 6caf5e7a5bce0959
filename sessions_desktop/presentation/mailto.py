"""A mailto: draft telling participants that their session moved or was cancelled.

The app sends nothing (decisions: participant notification): it opens the person's own mail
program with the addresses in Bcc, so participants never see each other's addresses, and a
short summary they can edit before sending.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import quote

from sessions_desktop.domain.model import Participant
from sessions_desktop.presentation.i18n import translate


def recipients(people: Iterable[Participant] | None) -> list[str]:
    """Distinct addresses in booking order; people without one are left out."""
    seen: dict[str, None] = {}
    for person in people or ():
        address = (person.email or "").strip()
        if address and address.casefold() not in {a.casefold() for a in seen}:
            seen[address] = None
    return list(seen)


def when_text(start: datetime, end: datetime) -> str:
    return translate("Mailto", "{start:%A %d %B %Y, %H:%M}–{end:%H:%M}").format(
        start=start, end=end
    )


def moved_message(title: str, old: tuple[datetime, datetime], new: tuple[datetime, datetime]
                  ) -> tuple[str, str]:
    subject = translate("Mailto", "New time: {title}").format(title=title)
    body = translate(
        "Mailto",
        "Hello,\n\n“{title}” has moved.\n\nWas: {when_text}\nNow: {when_text2}\n\nSee you there!\n",
    ).format(title=title, when_text=when_text(*old), when_text2=when_text(*new))
    return subject, body


def cancelled_message(title: str, when: tuple[datetime, datetime]) -> tuple[str, str]:
    subject = translate("Mailto", "Cancelled: {title}").format(title=title)
    body = translate(
        "Mailto",
        "Hello,\n\nUnfortunately “{title}” on {when_text} is cancelled.\n\nWe "
        "are sorry for the inconvenience.\n",
    ).format(title=title, when_text=when_text(*when))
    return subject, body


def mailto_url(addresses: Iterable[str], subject: str, body: str) -> str:
    """``mailto:?bcc=a,b&subject=...&body=...`` with RFC 6068 percent-encoding."""
    bcc = ",".join(quote(a, safe="@+") for a in addresses)
    query = [f"bcc={bcc}"] if bcc else []
    query += [f"subject={quote(subject, safe='')}",
              f"body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"]
    return "mailto:?" + "&".join(query)


def closure_message(reason: str, first: date, last: date,
                    sessions: list[tuple[str, datetime, datetime]]) -> tuple[str, str]:
    """One message to everyone booked into the sessions a closure cancelled (in Bcc)."""
    days = (
        translate("Mailto", "{first:%A %d %B}").format(first=first)
        if first == last
        else translate("Mailto", "{first:%A %d %B} to {last:%A %d %B %Y}").format(
            first=first, last=last
        )
    )
    lines = "\n".join(f"- {title}, {when_text(start, end)}" for title, start, end in sessions)
    subject = translate("Mailto", "Cancelled: {reason}").format(reason=reason)
    body = translate(
        "Mailto",
        "Hello,\n\nWe are closed {value} {days} ({reason}). These sessions are "
        "cancelled:\n\n{lines}\n\nWe are sorry for the inconvenience.\n",
    ).format(value="on" if first == last else "from", days=days, reason=reason, lines=lines)
    return subject, body
