"""Handing a session from one staff member or room to another: the new list of links.

Pure, so the service that writes the change and the view that previews it during a drag
compute the same list: the new resource takes the old one's place (and its BUSY or FREE);
a resource already linked is not linked twice; no old resource adds the new one at the end,
no new resource takes the old one off.
"""

from __future__ import annotations

from sessions_desktop.domain.model import LinkedSchedule


def swapped_links(links: tuple[LinkedSchedule, ...] | list[LinkedSchedule],
                  from_id: str | None, to_id: str | None) -> list[LinkedSchedule]:
    """``links`` with ``from_id`` replaced by ``to_id``; raises ValueError when ``from_id``
    is given but not linked."""
    out = list(links)
    ids = [link.schedule_id for link in out]
    if from_id is not None and from_id not in ids:
        raise ValueError(f"{from_id!r} is not linked")
    if to_id is not None and to_id in ids:
        return [link for link in out if link.schedule_id != from_id or from_id == to_id]
    if from_id is None:
        return out + ([LinkedSchedule(to_id)] if to_id is not None else [])
    at = ids.index(from_id)
    if to_id is None:
        del out[at]
    else:
        out[at] = LinkedSchedule(to_id, out[at].transparency)
    return out
