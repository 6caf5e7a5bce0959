"""The command line: ``sessions-desktop [--db PATH] COMMAND ...``; no command opens the window.

Every command prints JSON on stdout. Every error prints exactly one line ``CODE: message`` on
stderr and exits with the error's status (usage errors: 2); never a traceback for bad input.
The grammar is in ``cli_args``; this module opens the services and runs one command.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sessions_desktop.cli_args import UsageError, build_parser
from sessions_desktop.errors import (
    NotFoundError,
    SessionsError,
    StorageError,
    ValidationError,
)

IO_ERROR, IO_STATUS = "IO_ERROR", 7
DEBUG_ENV = "SESSIONS_DESKTOP_DEBUG"


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(list(argv))
    except UsageError as exc:
        return _fail("INVALID_ARGUMENT", str(exc), 2)
    if args.install_desktop_entry:
        from sessions_desktop import desktop_entry

        return desktop_entry.main()
    if args.command is None:
        return _launch_window(list(argv))
    try:
        return _run(args)
    except SessionsError as exc:
        return _fail(exc.code, exc.message, exc.exit_status)
    except UsageError as exc:
        return _fail("INVALID_ARGUMENT", str(exc), 2)
    except FileNotFoundError as exc:
        return _fail(NotFoundError.code, f"{exc.filename}: no such file", NotFoundError.exit_status)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(IO_ERROR, f"{where}{exc.strerror or exc}", IO_STATUS)
    except KeyboardInterrupt:
        return _fail("CANCELLED", "interrupted; nothing more was written", 130)
    except Exception as exc:  # last line of defence: one line, never a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        return _unexpected(exc)


def _unexpected(exc: Exception) -> int:
    """A database error the storage layer did not translate is still a STORAGE error."""
    module = type(exc).__module__.split(".")[0]
    if module in ("peewee", "sqlite3"):
        text = str(exc)
        if "locked" in text or "busy" in text:
            text = f"the database is locked by another program ({text})"
        return _fail(StorageError.code, text, StorageError.exit_status)
    return _fail("INTERNAL", f"{type(exc).__name__}: {exc}", 1)


def _fail(code: str, message: str, status: int) -> int:
    text = " ".join(str(message).split())
    sys.stderr.write(f"{code}: {text}\n")
    return status


def _launch_window(argv: list[str]) -> int:
    try:
        from sessions_desktop import app
    except ImportError as exc:
        return _fail("UNAVAILABLE", f"the window cannot start: {exc}", 1)
    return int(app.main(argv) or 0)


def _run(args) -> int:
    from sessions_desktop.services import open_services

    handler = COMMANDS[args.command]
    with open_services(args.db or os.environ.get("SESSIONS_DESKTOP_DB") or None) as svc:
        publisher = _publisher(svc) if args.command in WRITES else None
        result = handler(svc, args)
        if publisher is not None:
            _publish_after_write(publisher)
    if result is not None:
        _print_json(result, pretty=getattr(args, "pretty", False) or sys.stdout.isatty())
    return 0


def _print_json(data: Any, pretty: bool = True) -> None:
    """Indented on a terminal (or with --pretty), compact for a program reading it: the
    indentation of a large answer costs more than the query."""
    if pretty:
        text = json.dumps(data, ensure_ascii=False, indent=2)
    else:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head`: the reader has gone, that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


WRITES = frozenset({"create", "update", "delete", "import"})


def _publisher(svc):
    from sessions_desktop.services.publish import Publisher, publish_settings

    return Publisher(svc) if publish_settings(svc).on else None


def _publish_after_write(publisher) -> None:
    """Feeds for phones follow every change; a feed that cannot be written is said on stderr
    (the change itself is saved)."""
    try:
        publisher.flush()
    except (OSError, SessionsError) as exc:
        sys.stderr.write(f"WARNING: the feeds were not published: {exc}\n")


# -- input helpers ------------------------------------------------------------------------
def parse_when(text: str | None, option: str, svc) -> datetime | None:
    """An ISO-8601 option value as an aware datetime (business zone unless it has an offset;
    a plain date means its midnight)."""
    if text is None:
        return None
    from sessions_desktop.domain.time import as_aware
    from sessions_desktop.services.wire_input import parse_moment

    moment = parse_moment(text)
    if moment is None:
        raise ValidationError(f"{text!r} is not an ISO-8601 date or date-time", field=option)
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, datetime.min.time())
    return as_aware(moment, svc.ctx.business_zone)


def read_json(source: str, option: str = "--json") -> Any:
    raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        name = "stdin" if source == "-" else source
        raise ValidationError(f"{name} is not valid JSON ({exc.msg} at line {exc.lineno}, "
                              f"column {exc.colno})", field=option) from None


def read_bytes(source: str) -> bytes:
    return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()


def _wire(session) -> dict:
    from sessions_desktop.domain.wire import session_to_wire

    return session_to_wire(session)


# -- commands -----------------------------------------------------------------------------
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
    return {"sessions": [_wire(s) for s in items],
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
    return _wire(svc.sessions.get_session(args.id, args.fieldsets))


def cmd_list(svc, args) -> dict:
    return {"sessions": [_wire(s) for s in svc.sessions.list_sessions(args.ids, args.fieldsets)]}


def cmd_create(svc, args) -> dict:
    from sessions_desktop.services.wire_input import session_fields_from_wire

    fields = session_fields_from_wire(read_json(args.json))
    return _wire(svc.sessions.create_session(fields))


def cmd_update(svc, args) -> dict:
    from sessions_desktop.services.wire_input import session_fields_from_wire

    patch = session_fields_from_wire(read_json(args.json), patch=True)
    return _wire(svc.sessions.update_session(args.id, patch, scope=args.scope,
                                             expected_version=args.expected_version))


def cmd_delete(svc, args) -> dict:
    change = svc.sessions.delete_session(args.id, scope=args.scope,
                                         expected_version=args.expected_version)
    return {"deleted": change.result_id or args.id, "changedIds": list(change.ids)}


def cmd_schedules(svc, args) -> dict:
    schedules = svc.schedules.list_schedules(include_archived=args.include_archived)
    return {"schedules": [schedule_to_wire(s) for s in schedules]}


def schedule_to_wire(schedule) -> dict:
    from sessions_desktop.domain.wire import field_to_wire

    d = schedule.defaults
    defaults = {wix: field_to_wire(name, getattr(d, name))
                for name, wix in (("title", "title"), ("tags", "tags"),
                                  ("capacity", "capacity"), ("location", "location"),
                                  ("rate", "rate"), ("affected_schedules", "affectedSchedules"),
                                  ("time_reserved_after", "timeReservedAfter"))
                if getattr(d, name) not in (None, ())}
    return {"id": schedule.id, "name": schedule.name, "ownerKind": str(schedule.owner_kind),
            "kind": str(schedule.kind), "ownerId": schedule.owner_id,
            "timeZone": schedule.time_zone, "colour": schedule.colour,
            "defaultDurationMinutes": schedule.default_duration_minutes,
            "defaults": defaults, "status": str(schedule.status), "version": schedule.version}


def cmd_slots(svc, args) -> dict:
    from sessions_desktop.domain.wire import datetime_to_wire

    start = parse_when(args.start, "--from", svc)
    end = parse_when(args.end, "--to", svc)
    zone_name = svc.schedules.get_schedule(args.resource).time_zone
    slots = svc.availability.free_slots(args.resource, args.duration, start, end)
    return {"slots": [{"resourceId": s.resource_id, "start": datetime_to_wire(s.start, zone_name),
                       "end": datetime_to_wire(s.end, zone_name)} for s in slots]}


def cmd_import(svc, args) -> dict:
    from sessions_desktop.services.transfer import import_ics

    source = read_bytes("-") if args.file == "-" else Path(args.file)
    report = import_ics(svc, source, schedule_name=args.schedule, partial=args.partial)
    return report.to_json()


def cmd_export(svc, args) -> dict | None:
    from sessions_desktop.services.transfer import export_ics, export_staff_files

    start = parse_when(args.start, "--from", svc)
    end = parse_when(args.end, "--to", svc)
    if (start is None) != (end is None):
        raise UsageError("export: give both --from and --to, or neither")
    kinds = {"working_hours": args.include_working_hours, "time_off": args.include_time_off}
    if args.per_staff:
        if args.file == "-" or args.schedules or args.name:
            raise UsageError("export --per-staff: give a folder, without --schedule or --name")
        reports = export_staff_files(svc, args.file, start=start, end=end,
                                     include_pi=args.include_pi, business_file=True, **kinds)
        return {"files": [report.to_json() for report in reports]}
    options = {"start": start, "end": end, "schedule_ids": args.schedules,
               "include_pi": args.include_pi, "calendar_name": args.name, **kinds}
    if args.file == "-":
        export_ics(svc, sys.stdout.buffer, **options)
        sys.stdout.buffer.flush()
        return None
    return export_ics(svc, args.file, **options).to_json()


def cmd_publish(svc, args) -> dict:
    from sessions_desktop.services.publish import (
        publish_feeds,
        publish_settings,
        set_publish_settings,
    )

    if args.off:
        set_publish_settings(svc, None)
    elif args.folder is not None:
        set_publish_settings(svc, Path(args.folder).absolute(), include_pi=args.include_pi)
    settings = publish_settings(svc)
    reports = publish_feeds(svc)
    return {"folder": settings.folder, "includePi": settings.include_pi,
            "files": [report.to_json() for report in reports]}


COMMANDS: dict[str, Callable[[Any, Any], Any]] = {
    "query": cmd_query, "get": cmd_get, "list": cmd_list, "create": cmd_create,
    "update": cmd_update, "delete": cmd_delete, "schedules": cmd_schedules,
    "slots": cmd_slots, "import": cmd_import, "export": cmd_export, "publish": cmd_publish,
}

__all__ = ["main", "parse_when"]
