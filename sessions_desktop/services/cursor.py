"""Paging cursors: the whole query plus the last position, signed so a cursor that was altered
or comes from another database is refused as a ValidationError, never a crash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass

from sessions_desktop.errors import ValidationError
from sessions_desktop.storage.repository import Repository


@dataclass(frozen=True, slots=True)
class QueryKey:
    """Everything that defines a query; a cursor continues exactly this query."""

    from_utc: int
    to_utc: int
    type: str | None
    include_cancelled: bool
    filter: str            # canonical JSON, "" for none
    fieldset: str
    limit: int


def _secret(repo: Repository) -> bytes:
    value = repo.get_meta("cursor_secret")
    if value is None:
        with repo.write():   # read again under the write lock: another desk may have been first
            value = repo.get_meta("cursor_secret")
            if value is None:
                value = os.urandom(16).hex()   # as secrets.token_hex, without importing random
                repo.set_meta("cursor_secret", value)
    return value.encode()


def encode_cursor(repo: Repository, key: QueryKey, after: tuple[int, str]) -> str:
    payload = json.dumps({"q": asdict(key), "a": list(after)}, separators=(",", ":"),
                         sort_keys=True).encode()
    body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
    mac = hmac.new(_secret(repo), body.encode(), hashlib.sha256).hexdigest()[:24]
    return f"{body}.{mac}"


def decode_cursor(repo: Repository, cursor: str) -> tuple[QueryKey, tuple[int, str]]:
    bad = ValidationError("the cursor is not valid for this database; start the query again "
                          "without a cursor", field="cursor")
    if not isinstance(cursor, str) or "." not in cursor or len(cursor) > 8192:
        raise bad
    body, mac = cursor.rsplit(".", 1)
    expected = hmac.new(_secret(repo), body.encode(), hashlib.sha256).hexdigest()[:24]
    if not hmac.compare_digest(mac, expected):
        raise bad
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        key = QueryKey(**data["q"])
        after = (int(data["a"][0]), str(data["a"][1]))
    except (ValueError, KeyError, TypeError, IndexError):
        raise bad from None
    return key, after
