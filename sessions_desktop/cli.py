"""The command line: ``sessions-desktop [--db PATH] COMMAND ...``; no command opens the window.

Every command prints JSON on stdout. Every error prints exactly one line ``CODE: message`` on
stderr and exits with the error's status (usage errors: 2); never a traceback for bad input.
The grammar is in ``cli_args``, the handlers in ``cli_commands`` (one function per command,
registered in ``COMMANDS`` below); this module opens the services and runs one command.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sessions_desktop.cli_args import UsageError, build_parser
from sessions_desktop.cli_commands.inputs import parse_when, read_bytes
from sessions_desktop.cli_commands.reports import REPORT_COMMANDS
from sessions_desktop.cli_commands.schedules import cmd_schedules
from sessions_desktop.cli_commands.sessions import (
    cmd_create,
    cmd_delete,
    cmd_get,
    cmd_list,
    cmd_query,
    cmd_restore,
    cmd_update,
)
from sessions_desktop.errors import NotFoundError, SessionsError, StorageError

IO_ERROR, IO_STATUS = "IO_ERROR", 7
DEBUG_ENV = "SESSIONS_DESKTOP_DEBUG"


def main(argv: list[str]) -> int:
    try:
        args = build_parser(list(argv)).parse_args(list(argv))
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
        return _fail(IO_ERROR, _os_words(exc), IO_STATUS)
    except KeyboardInterrupt:
        return _fail("CANCELLED", "interrupted; nothing more was written", 130)
    except Exception as exc:  # last line of defence: one line, never a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        return _unexpected(exc)


def _os_words(exc: OSError) -> str:
    """A file the command reads or writes (not the database): what went wrong, plainly."""
    import errno

    where = f"{exc.filename}: " if exc.filename else ""
    plain = {errno.ENOSPC: "the disk is full; the file was not written",
             errno.EROFS: "the disk is read-only; the file was not written",
             errno.EACCES: "permission denied", errno.EIO: "the disk cannot be read or "
             "written (was the drive removed?)"}.get(exc.errno or 0)
    return f"{where}{plain or exc.strerror or exc}"


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

    if args.command == "copy":   # two calendars of its own, not --db
        _print_json(cmd_copy(args))
        return 0
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
    """Indented on a terminal (or with --pretty), compact for a program reading it (the
    indentation of a large answer costs more than the query). Readable UTF-8 where the output
    takes it; escaped ASCII where it does not (and for a row written before text was
    checked, whose lone surrogate UTF-8 cannot carry), so a write that succeeded is never
    reported as a failure."""
    if not pretty and _write_compact(data):
        return
    layout: dict[str, Any] = {"indent": 2} if pretty else {"separators": (",", ":")}
    text = json.dumps(data, ensure_ascii=False, **layout)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(data, ensure_ascii=True, **layout)
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head`: the reader has gone, that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _write_compact(data: Any) -> bool:
    """The compact answer through orjson (the same bytes as ``json.dumps`` with compact
    separators and readable UTF-8, about ten times sooner) when the output takes UTF-8;
    False leaves it to ``json`` (a non-UTF-8 output, a lone surrogate, a value orjson
    refuses)."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None or (stream.encoding or "").lower().replace("-", "") != "utf8":
        return False
    import orjson

    try:
        encoded = orjson.dumps(data)
    except (TypeError, orjson.JSONEncodeError):
        return False
    try:
        stream.flush()
        buffer.write(encoded + b"\n")
        buffer.flush()
    except BrokenPipeError:  # `... | head`: the reader has gone, that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return True


WRITES = frozenset({"create", "update", "delete", "restore", "import"})


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


# -- commands not yet in cli_commands (import, export, publish and slots) ------------
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

    svc.database.refuse_if_read_only()    # before reading a large file for nothing
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


def cmd_copy(args) -> dict:
    from sessions_desktop.storage.copy import copy_calendar

    show = args.progress or sys.stderr.isatty()
    last = [""]

    def progress(table: str, done: int, total: int) -> None:
        if show and (table != last[0] or done == total or done % 100_000 == 0):
            last[0] = table
            counted = f": {done:,} / {total:,} rows" if total else ""
            sys.stderr.write(f"{table}{counted}\n")
            sys.stderr.flush()

    return copy_calendar(args.source, args.target, progress).to_json()


COMMANDS: dict[str, Callable[[Any, Any], Any]] = {
    "query": cmd_query, "get": cmd_get, "list": cmd_list, "create": cmd_create,
    "update": cmd_update, "delete": cmd_delete, "restore": cmd_restore,
    "schedules": cmd_schedules, "publish": cmd_publish,
    "slots": cmd_slots, "import": cmd_import, "export": cmd_export,
    **REPORT_COMMANDS,   # report, print (cli_commands.reports)
}

__all__ = ["main", "parse_when"]
