"""Session commands: query, get, list, create, update, delete."""

from __future__ import annotations

import json

from sessions_desktop.cli_args import UsageError
from sessions_desktop.cli_commands.inputs import parse_when, read_json, wire
from sessions_desktop.errors import ValidationError


def cmd_query(svc, args) -> dict:
    if args.cursor is None and (args.start is None or args.end is None):
        raise UsageError("query: --from and --to are required unless --cursor is given")
    request = {"type": args.type, "include_cancelled": args.include_cancelled,
               "fieldsets": args.fieldsets, "filter": _filter(args.filter),
               "limit": args.limit or (1000 if args.all_pages else None)}
    if args.cursor is None:
        request.update(from_date=parse_when(args.start, "--from", svc),
                       to_date=parse_when(args.end, "--to", svc))
    else:
        request = {"cursor": args.cursor, "limit": args.limit}
    result = svc.queries.query_sessions(**request)
    items = list(result.items)
    while args.all_pages and result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        items.extend(result.items)
    return {"sessions": [wire(s) for s in items],
            "pagingMetadata": {"count": len(items), "cursors": {"next": result.next_cursor},
                               "hasNext": result.has_next}}


def _filter(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                              field="--filter") from None
    if not isinstance(value, dict):
        raise ValidationError("must be a JSON object", field="--filter")
    return value


def cmd_get(svc, args) -> dict:
    return wire(svc.sessions.get_session(args.id, args.fieldsets))


def cmd_list(svc, args) -> dict:
    return {"sessions": [wire(s) for s in svc.sessions.list_sessions(args.ids, args.fieldsets)]}


def cmd_create(svc, args) -> dict:
    from sessions_desktop.services.wire_input import session_fields_from_wire

    fields = session_fields_from_wire(read_json(args.json))
    return wire(svc.sessions.create_session(fields))


def cmd_update(svc, args) -> dict:
    from sessions_desktop.services.wire_input import session_fields_from_wire

    patch = session_fields_from_wire(read_json(args.json), patch=True)
    return wire(svc.sessions.update_session(args.id, patch, scope=args.scope,
                                            expected_version=args.expected_version))


def cmd_delete(svc, args) -> dict:
    change = svc.sessions.delete_session(args.id, scope=args.scope,
                                         expected_version=args.expected_version)
    return {"deleted": change.result_id or args.id, "changedIds": list(change.ids)}
