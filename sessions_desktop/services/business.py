"""Facts about the business kept in the database itself, so they travel with its backups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sessions_desktop.services import Services
    from sessions_desktop.services.context import ServiceContext

NAME_KEY = "business_name"


class WithContext(Protocol):
    """The services or one of them: anything that holds the service context."""

    @property
    def ctx(self) -> ServiceContext: ...


def business_name(services: WithContext) -> str:
    """The business's display name ("" until someone sets it)."""
    return services.ctx.repo.get_meta(NAME_KEY, "") or ""


def set_business_name(services: WithContext, name: str) -> None:
    repo = services.ctx.repo
    with repo.write():
        repo.set_meta(NAME_KEY, name.strip())


def is_empty(services: Services) -> bool:
    """No schedules yet: a first run (every session belongs to a schedule)."""
    return not services.schedules.by_id()
