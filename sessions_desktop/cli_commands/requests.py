"""The Wix request bodies of ``update`` and ``delete``, checked and turned into service arguments.

``update`` takes a bare session object (the fields to change, as ``get`` prints them) or the
Wix body ``{"session": {...}, "participantNotification": {"notifyParticipants": true,
"message": "..."}}``, optionally with the V1 field masks ``deleted`` (fields that go back to the
schedule's value) and ``updated`` (only these fields of ``session`` apply) and the deprecated
top-level ``notifyParticipants``. ``delete`` takes ``{"participantNotification": {...}}`` (or the
deprecated ``notifyParticipants``). Every problem is collected into one ValidationError.

The notification is passed on to the services, which accept it and send nothing (see
docs/decisions.md); the command says so on stderr when a caller asked for one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sessions_desktop.errors import ValidationError, Violations

MAX_MESSAGE = 10_000
UPDATE_KEYS = ("session", "participantNotification", "notifyParticipants", "deleted", "updated")
DELETE_KEYS = ("participantNotification", "notifyParticipants")
_NOTIFICATION_KEYS = ("notifyParticipants", "message")


@dataclass(frozen=True)
class UpdateRequest:
    """What ``update`` sends on: the Wix-shaped session patch and the notification (or None)."""

    session: dict[str, Any]
    notification: dict[str, Any] | None


def update_request(body: Any, session_id: str) -> UpdateRequest:
    """A bare session or the Wix envelope; ``session.id``, if given, must be ``session_id``."""
    if not isinstance(body, Mapping):
        raise ValidationError("must be a JSON object: a session, or "
                              '{"session": {...}, "participantNotification": {...}}',
                              field="body")
    problems = Violations()
    if "session" not in body:
        for key in DELETE_KEYS:
            if key in body:
                problems.add(key, 'goes beside the session, not in it: {"session": {...}, '
                                  '"participantNotification": {...}}')
        session: dict[str, Any] = {k: v for k, v in body.items() if k not in DELETE_KEYS}
        notification = None
    else:
        _unknown_keys(body, UPDATE_KEYS, "", problems)
        raw = body["session"]
        if not isinstance(raw, Mapping):
            problems.add("session", "must be a JSON object (the fields to change)")
            raw = {}
        session = dict(raw)
        notification = _notification(body, problems)
        _apply_masks(body, session, problems)
    given_id = session.pop("id", None)
    if given_id is not None and given_id != session_id:
        problems.add("session.id", f"{given_id!r} is not the session being updated "
                                   f"({session_id!r}); leave it out or make them agree")
    problems.raise_if_any()
    return UpdateRequest(session, notification)


def delete_request(body: Any) -> dict[str, Any] | None:
    """The notification of a delete body (None when it asks for none)."""
    if not isinstance(body, Mapping):
        raise ValidationError('must be a JSON object: {"participantNotification": '
                              '{"notifyParticipants": true, "message": "..."}}', field="body")
    problems = Violations()
    _unknown_keys(body, DELETE_KEYS, "", problems)
    notification = _notification(body, problems)
    problems.raise_if_any()
    return notification


def _notification(body: Mapping, problems: Violations) -> dict[str, Any] | None:
    """``participantNotification`` in the services' spelling: notify_participants, message."""
    raw = body.get("participantNotification")
    legacy = body.get("notifyParticipants")
    if legacy is not None and not isinstance(legacy, bool):
        problems.add("notifyParticipants", "must be true or false")
    if raw is None:
        return None if legacy is None else {"notify_participants": legacy is True,
                                            "message": None}
    if not isinstance(raw, Mapping):
        problems.add("participantNotification", 'must be an object like {"notifyParticipants": '
                                                'true, "message": "..."}')
        return None
    _unknown_keys(raw, _NOTIFICATION_KEYS, "participantNotification.", problems)
    notify = raw.get("notifyParticipants", False)
    message = raw.get("message")
    if not isinstance(notify, bool):
        problems.add("participantNotification.notifyParticipants", "must be true or false")
    if legacy is not None and "notifyParticipants" in raw and legacy != notify:
        problems.add("notifyParticipants", "disagrees with participantNotification."
                                           "notifyParticipants; give only one of them")
    if message is not None and not isinstance(message, str):
        problems.add("participantNotification.message", "must be text")
    elif message is not None and len(message) > MAX_MESSAGE:
        problems.add("participantNotification.message",
                     f"is {len(message)} characters long; at most {MAX_MESSAGE}")
    if "notifyParticipants" not in raw and legacy is not None:
        notify = legacy
    return {"notify_participants": notify is True, "message": message}


def _apply_masks(body: Mapping, session: dict[str, Any], problems: Violations) -> None:
    """V1 field masks: ``updated`` keeps only the named fields; ``deleted`` resets fields."""
    updated = _mask(body, "updated", problems)
    deleted = _mask(body, "deleted", problems)
    if updated is not None:
        missing = [name for name in updated if name not in session]
        if missing:
            problems.add("updated", f"names {', '.join(missing)}, not in the session; a field "
                                    "to reset goes in 'deleted'")
        for name in list(session):
            if name not in updated and name != "id":
                del session[name]
    resettable = _resettable()
    for name in deleted or ():
        if name not in resettable:
            problems.add("deleted", f"{name!r} cannot be reset; these can: "
                                    f"{', '.join(sorted(resettable))}")
        elif session.get(name) is not None:
            problems.add("deleted", f"{name!r} is also given a value in the session")
        else:
            session[name] = None  # None: inherit the schedule's (or series') value again


def _resettable() -> set[str]:
    from sessions_desktop.services.inputs import OWN_FIELDS
    from sessions_desktop.services.wire_input import WRITABLE

    return {wix for wix, snake in WRITABLE.items() if snake in OWN_FIELDS}


def _mask(body: Mapping, key: str, problems: Violations) -> list[str] | None:
    """A FieldMask as a JSON list of names or protobuf's comma-separated text."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, Mapping) and set(value) == {"paths"}:
        value = value["paths"]
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        problems.add(key, "must be a list of field names or a comma-separated text")
        return None
    names = [n.strip() for n in names if n.strip()]
    nested = [n for n in names if "." in n]
    if nested:
        problems.add(key, f"names a part of a field ({', '.join(nested)}); only whole fields "
                          "can be named")
    return [n for n in names if n not in nested]


def _unknown_keys(data: Mapping, allowed: tuple[str, ...], prefix: str,
                  problems: Violations) -> None:
    for key in data:
        if key not in allowed:
            problems.add(f"{prefix}{key}", f"is not part of this request (expected "
                                           f"{', '.join(allowed)})")
