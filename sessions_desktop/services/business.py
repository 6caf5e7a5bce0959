"""Facts about the business kept in the database itself, so they travel with its backups."""

from __future__ import annotations

NAME_KEY = "business_name"


def business_name(services) -> str:
    """The business's display name ("" until someone sets it)."""
    return services.ctx.repo.get_meta(NAME_KEY, "") or ""


def set_business_name(services, name: str) -> None:
    repo = services.ctx.repo
    with repo.write():
        repo.set_meta(NAME_KEY, name.strip())


def is_empty(services) -> bool:
    """No schedules yet: a first run (every session belongs to a schedule)."""
    return not services.schedules.by_id()
