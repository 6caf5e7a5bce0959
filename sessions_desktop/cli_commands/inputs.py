"""Reading what the command line is given: dates, JSON bodies, files; printing sessions."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sessions_desktop.errors import ValidationError


def parse_when(text: str | None, option: str, svc) -> datetime | None:
    """An ISO-8601 option value as an aware datetime (business zone unless it has an offset;
    a plain date means its midnight)."""
    if text is None:
        return None
    from sessions_desktop.domain.limits import out_of_range, year_in_range
    from sessions_desktop.domain.time import as_aware
    from sessions_desktop.services.wire_input import parse_moment

    moment = parse_moment(text)
    if moment is None:
        raise ValidationError(f"{text!r} is not an ISO-8601 date or date-time", field=option)
    if not year_in_range(moment):
        raise ValidationError(out_of_range(moment), field=option)
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, datetime.min.time())
    return as_aware(moment, svc.ctx.business_zone)


MAX_JSON_BYTES = 16 * 1024 * 1024  # a session with 1,000 participants is well under 1 MB


def read_json(source: str, option: str = "--json") -> Any:
    """A JSON body from a file or stdin ('-'), read no further than MAX_JSON_BYTES."""
    name = "stdin" if source == "-" else source
    if source == "-":
        raw = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
    else:
        with Path(source).open("rb") as handle:
            raw = handle.read(MAX_JSON_BYTES + 1)
    if len(raw) > MAX_JSON_BYTES:
        raise ValidationError(f"{name} is larger than {MAX_JSON_BYTES // (1024 * 1024)} MB; "
                              "nothing was read", field=option)
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{name} is not UTF-8 text ({exc.reason} at byte {exc.start})",
                              field=option) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{name} is not valid JSON ({exc.msg} at line {exc.lineno}, "
                              f"column {exc.colno})", field=option) from None
    except RecursionError:
        raise ValidationError(f"{name} is nested too deeply to be a session", field=option
                              ) from None


def read_bytes(source: str) -> bytes:
    return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()


def wire(session) -> dict:
    from sessions_desktop.domain.wire import session_to_wire

    return session_to_wire(session)
