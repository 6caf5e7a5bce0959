"""Proof, checked by mypy, that the services object is what the window's seam declares.

``Services`` never names ``ServicesApi`` (a protocol is matched by shape), so nothing else
would notice when the two drift apart; this assignment fails type checking when they do.
Nothing calls it at run time.
"""

from __future__ import annotations

from sessions_desktop.services import Services
from sessions_desktop.services.api import ServicesApi


def _conforms(services: Services) -> ServicesApi:
    return services
