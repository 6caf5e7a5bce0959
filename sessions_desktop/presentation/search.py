"""The toolbar search: does a session match what was typed (title, tag, participant name or
e-mail)? Every word must match somewhere, case- and accent-insensitively, so "anna yoga"
finds Anna's yoga class."""

from __future__ import annotations

import unicodedata

from sessions_desktop.domain.model import Session


def fold(text: str) -> str:
    """Lower case without accents: 'Müller' and 'muller' match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def haystack(session: Session) -> str:
    parts = [session.title or "", *session.tags]
    for person in session.participants or ():
        parts += [person.name or "", person.email or ""]
    return fold(" ".join(parts))


def matches(session: Session, query: str) -> bool:
    words = fold(query).split()
    if not words:
        return False
    text = haystack(session)
    return all(word in text for word in words)
