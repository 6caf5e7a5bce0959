"""Session commands: query, get, list, create, update, delete, restore."""

from __future__ import annotations

import json
import sys

from sessions_desktop.cli_args import UsageError
from sessions_desktop.cli_commands.inputs import parse_when, read_json, wire
from sessions_desktop.errors import ValidationError

# The options that shape a query; a cursor carries its own, so none may come with it.
QUERY_SHAPE = (("start", "--from"), ("end", "--to"), ("type", "--type"), ("filter", "--filter"),
               ("fieldsets", "--fieldsets"), ("include_cancelled", "--include-cancelled"),
               ("definitions", "--definitions"))


def cmd_query(svc, args) -> dict:
    if args.cursor is not None:
        return _continue_query(svc, args)
    if args.start is None or args.end is None:
        raise UsageError("query: --from and --to are required unless --cursor is given")
    request = {"from_date": parse_when(args.start, "--from", svc),
               "to_date": parse_when(args.end, "--to", svc), "type": args.type,
               "include_cancelled": args.include_cancelled, "fieldsets": args.fieldsets,
               "filter": _filter(args.filter)}
    if args.definitions:
        return _definitions(svc, args, request)
    result = svc.queries.query_sessions(
        **request, limit=args.limit or (1000 if args.all_pages else None))
    return _pages(svc, args, result)


def _continue_query(svc, args) -> dict:
    """A cursor alone continues its query (with --limit and --all-pages if given)."""
    given = [option for name, option in QUERY_SHAPE if getattr(args, name)]
    if given:
        raise UsageError(f"query: --cursor continues the query it came from, so it cannot be "
                         f"combined with {', '.join(given)}; give the cursor alone, or start "
                         "a new query without it")
    return _pages(svc, args, svc.queries.query_sessions(cursor=args.cursor, limit=args.limit))


def _pages(svc, args, result) -> dict:
    items = list(result.items)
    while args.all_pages and result.has_next:
        result = svc.queries.query_sessions(cursor=result.next_cursor)
        items.extend(result.items)
    return {"sessions": [wire(s) for s in items],
            "pagingMetadata": {"count": len(items), "cursors": {"next": result.next_cursor},
                               "hasNext": result.has_next}}


def _definitions(svc, args, request: dict) -> dict:
    """instances=false: the series definitions active in the window, unpaged, any length."""
    if args.limit is not None:
        raise UsageError("query: --definitions returns every series at once, without pages; "
                         "leave out --limit")
    result = svc.queries.query_sessions(**request, instances=False)
    return {"sessions": [wire(s) for s in result.items],
            "pagingMetadata": {"count": len(result.items), "cursors": {"next": None},
                               "hasNext": False}}


def _filter(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                              field="--filter") from None
    except RecursionError:
        raise ValidationError("is nested too deeply", field="--filter") from None
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
    from sessions_desktop.cli_commands.requests import update_request
    from sessions_desktop.services.wire_input import session_fields_from_wire

    request = update_request(read_json(args.json), args.id)
    patch = session_fields_from_wire(request.session, patch=True)
    session = svc.sessions.update_session(args.id, patch, scope=args.scope,
                                          expected_version=args.expected_version,
                                          participant_notification=request.notification)
    _say_nobody_was_told(request.notification)
    return wire(session)


def cmd_delete(svc, args) -> dict:
    from sessions_desktop.cli_commands.requests import delete_request

    notification = delete_request(read_json(args.json)) if args.json is not None else None
    change = svc.sessions.delete_session(args.id, scope=args.scope,
                                         expected_version=args.expected_version,
                                         participant_notification=notification)
    _say_nobody_was_told(notification)
    return {"deleted": change.result_id or args.id, "changedIds": list(change.ids)}


def cmd_restore(svc, args) -> dict:
    return wire(svc.sessions.restore_session(args.id, expected_version=args.expected_version))


def _say_nobody_was_told(notification: dict | None) -> None:
    """The services accept a notification and send nothing; a caller who asked must know."""
    if notification and notification["notify_participants"]:
        sys.stderr.write("NOTE: participants were not notified; Sessions Desktop sends no "
                         "messages itself (the window offers an e-mail draft)\n")
