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


def recipients(people: Iterable[Participant] | None) -> list[str]:
    """Distinct addresses in booking order; people without one are left out."""
    seen: dict[str, None] = {}
    for person in people or ():
        address = (person.email or "").strip()
        if address and address.casefold() not in {a.casefold() for a in seen}:
            seen[address] = None
    return list(seen)


def when_text(start: datetime, end: datetime) -> str:
    return f"{start:%A %d %B %Y, %H:%M}–{end:%H:%M}"


def moved_message(title: str, old: tuple[datetime, datetime], new: tuple[datetime, datetime]
                  ) -> tuple[str, str]:
    subject = f"New time: {title}"
    body = (f"Hello,\n\n“{title}” has moved.\n\nWas: {when_text(*old)}\n"
            f"Now: {when_text(*new)}\n\nSee you there!\n")
    return subject, body


def cancelled_message(title: str, when: tuple[datetime, datetime]) -> tuple[str, str]:
    subject = f"Cancelled: {title}"
    body = (f"Hello,\n\nUnfortunately “{title}” on {when_text(*when)} is cancelled.\n\n"
            "We are sorry for the inconvenience.\n")
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
    days = f"{first:%A %d %B}" if first == last else f"{first:%A %d %B} to {last:%A %d %B %Y}"
    lines = "\n".join(f"- {title}, {when_text(start, end)}" for title, start, end in sessions)
    subject = f"Cancelled: {reason}"
    body = (f"Hello,\n\nWe are closed {'on' if first == last else 'from'} {days} "
            f"({reason}). These sessions are cancelled:\n\n{lines}\n\n"
            "We are sorry for the inconvenience.\n")
    return subject, body
