"""The command line's grammar: one argparse parser with a subparser per command.

Usage errors print one line, ``INVALID_ARGUMENT: ...``, and exit 2, like every other error of
the command line (see ``cli.py``).
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from sessions_desktop.names import APP_ID

EPILOG = """\
Dates are ISO-8601 (2025-03-10, 2025-03-10T09:00, 2025-03-10T09:00+01:00); without an offset
they mean the business time zone, and a plain date means its midnight. Output is JSON in the
Wix Sessions shape. An error prints one line 'CODE: message' to stderr and exits non-zero:
2 INVALID_ARGUMENT, 3 NOT_FOUND, 4 CONFLICT, 5 FAILED_PRECONDITION, 6 STORAGE, 7 IO_ERROR.
"""

QUERY_EXAMPLE = """\
examples:
  sessions-desktop query --from 2027-01-04 --to 2027-01-11 --all-pages
  sessions-desktop query --cursor CURSOR          (the next page; the cursor alone)
  sessions-desktop query --definitions --from 2027-01-01 --to 2030-01-01"""
UPDATE_EXAMPLE = """\
examples:
  echo '{"title": "Yoga for beginners"}' | sessions-desktop update ID --json -
  sessions-desktop update SERIES_ID --scope ALL --json body.json, with body.json:
    {"session": {"notes": "Bring a mat"}, "deleted": ["capacity"],
     "participantNotification": {"notifyParticipants": true, "message": "New notes"}}
The notification is accepted and checked, but Sessions Desktop sends no messages itself."""
DELETE_EXAMPLE = """\
example:
  echo '{"participantNotification": {"notifyParticipants": true, "message": "Sorry"}}' \\
    | sessions-desktop delete ID --json -
The notification is accepted and checked, but Sessions Desktop sends no messages itself."""
SCHEDULES_EXAMPLE = """\
examples:
  sessions-desktop schedules --include-archived
  echo '{"name": "Pilates", "kind": "GROUP"}' | sessions-desktop schedules create --json -
  sessions-desktop schedules archive ID"""
SCHEDULE_CREATE_EXAMPLE = """\
example:
  sessions-desktop schedules create --json - <<'END'
  {"name": "Pilates", "kind": "GROUP", "timeZone": "Europe/Berlin", "colour": "#2a9d8f",
   "defaultDurationMinutes": 50, "defaults": {"title": "Pilates", "capacity": 10}}
  END
kind: INDIVIDUAL, GROUP, COURSE (services), STAFF, ROOM, EQUIPMENT (resources), BUSINESS."""

SESSION_TYPES = ("EVENT", "WORKING_HOURS", "AVAILABILITY", "ALL")
SCOPES = ("THIS", "FOLLOWING", "ALL")
FIELDSETS = ("NO_PI", "ALL_PI")


class UsageError(Exception):
    """A command line that does not parse; exits 2 with one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _upper(text: str) -> str:
    return text.upper()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def build_parser(argv: list[str] | None = None) -> Parser:
    """The whole parser; given the arguments, only the subcommand they name (argparse spends
    about 6 ms building all twenty, a tenth of a short ``query``'s whole process)."""
    parser = Parser(prog=APP_ID, epilog=EPILOG,
                    formatter_class=argparse.RawDescriptionHelpFormatter,
                    description="A desktop calendar with the semantics of the Wix Bookings "
                                "Sessions API. Without a command it opens the window.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="the database file, or postgresql://user@host:port/dbname for a "
                             "calendar shared on a PostgreSQL server (default: "
                             "$SESSIONS_DESKTOP_DB or the user's data folder)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add Sessions Desktop (entry and icon) to this user's "
                             "applications menu, then exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = _COMMANDS.get(_command_in(argv or []))
    if named is not None:
        named(commands)
        return parser
    for add in _COMMANDS.values():
        add(commands)
    from sessions_desktop.cli_commands.reports import add_commands

    add_commands(commands, _sub)
    return parser


def _command_in(argv: list[str]) -> str:
    """The first word that is not an option or the value of ``--db``: the subcommand, if any."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return ""


def _sub(commands, name: str, text: str, example: str = "", usage: str | None = None
         ) -> Parser:
    """A subcommand; ``example`` (shown under the description in --help) may span lines."""
    description = f"{text}\n\n{example}" if example else text
    return commands.add_parser(name, help=text, description=description, epilog=EPILOG,
                               usage=usage,
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def _import(commands) -> None:
    p = _sub(commands, "import", "Import an iCalendar (.ics) file; re-importing the same UIDs "
                                 "updates those sessions instead of duplicating them.")
    p.add_argument("file", metavar="FILE.ics", help="the file to read ('-' for stdin)")
    p.add_argument("--schedule", metavar="NAME",
                   help="import into this schedule (created as a GROUP service if missing)")
    p.add_argument("--partial", action="store_true",
                   help="import what is readable of a damaged file (default: all or nothing)")


def _export(commands) -> None:
    p = _sub(commands, "export", "Export sessions to an iCalendar (.ics) file, named after the "
                                 "business. Working hours and time off stay out unless asked "
                                 "for; staff and rooms are written as attendees.")
    p.add_argument("file", metavar="FILE.ics", help="the file to write ('-' for stdout); a "
                                                    "folder with --per-staff")
    p.add_argument("--from", dest="start", metavar="DATE", help="only sessions from this date")
    p.add_argument("--to", dest="end", metavar="DATE", help="only sessions before this date")
    p.add_argument("--schedule", dest="schedules", metavar="ID", nargs="+", action="extend",
                   help="only these schedules (ids; see the 'schedules' command)")
    p.add_argument("--include-pi", action="store_true",
                   help="include personal information: location and participants")
    p.add_argument("--include-working-hours", action="store_true",
                   help="also the working hours of staff, rooms and the business")
    p.add_argument("--include-time-off", action="store_true",
                   help="also time off (sessions tagged Blocked)")
    p.add_argument("--name", metavar="TEXT",
                   help="the calendar's name (default: the business's name)")
    p.add_argument("--per-staff", action="store_true",
                   help="write one file per staff member (their sessions and those that take "
                        "them) into the folder FILE, plus one for the whole business")


def _publish(commands) -> None:
    p = _sub(commands, "publish", "Feeds for phones: keep one .ics per staff member and one for "
                                  "the business in a folder (a synced folder is a calendar "
                                  "subscription), rewritten after every change. Without "
                                  "options: publish now with the saved setting.")
    p.add_argument("--folder", metavar="DIR", help="publish into this folder from now on")
    p.add_argument("--include-pi", action="store_true",
                   help="with --folder: the feeds include personal information")
    p.add_argument("--off", action="store_true", help="stop publishing")


def _query(commands) -> None:
    p = _sub(commands, "query", "Query sessions overlapping a time window (at most one year), "
                                "sorted by start.", QUERY_EXAMPLE)
    p.add_argument("--from", dest="start", metavar="DATETIME", help="window start")
    p.add_argument("--to", dest="end", metavar="DATETIME", help="window end (exclusive)")
    p.add_argument("--type", type=_upper, choices=SESSION_TYPES, help="narrow by session type")
    p.add_argument("--filter", metavar="JSON",
                   help='a Wix filter, e.g. \'{"scheduleId": "abc"}\'')
    p.add_argument("--fieldsets", type=_upper, choices=FIELDSETS,
                   help="ALL_PI adds participants, location, conference (default NO_PI)")
    p.add_argument("--limit", type=_positive, metavar="N", help="page size (default 100, "
                                                                  "at most 1000)")
    p.add_argument("--cursor", metavar="C",
                   help="continue a query from its next cursor; the cursor carries the "
                        "window and filters, so give it alone (with --limit or --all-pages)")
    p.add_argument("--all-pages", action="store_true",
                   help="follow the cursor and print one response with every session")
    p.add_argument("--include-cancelled", action="store_true",
                   help="also return cancelled sessions")
    p.add_argument("--definitions", action="store_true",
                   help="return the recurring sessions (series definitions) active in the "
                        "window instead of their instances (Wix instances=false): every one "
                        "at once, no pages, no one-year limit")
    p.add_argument("--pretty", action="store_true",
                   help="indent the JSON (the default on a terminal; compact otherwise)")


def _get(commands) -> None:
    p = _sub(commands, "get", "Print one session (single, recurring session or instance).")
    p.add_argument("id", metavar="ID")
    p.add_argument("--fieldsets", type=_upper, choices=FIELDSETS)


def _list(commands) -> None:
    p = _sub(commands, "list", "Print sessions by id, in the order given; unknown ids are "
                               "left out.")
    p.add_argument("ids", metavar="ID", nargs="+")
    p.add_argument("--fieldsets", type=_upper, choices=FIELDSETS)


def _json_source(p: Parser) -> None:
    p.add_argument("--json", required=True, metavar="FILE|-",
                   help="the session as Wix-shaped JSON, from a file or '-' for stdin")


def _create(commands) -> None:
    p = _sub(commands, "create", "Create a session from Wix-shaped JSON (needs scheduleId, "
                                 "start and end).")
    _json_source(p)


def _scope_and_version(p: Parser) -> None:
    p.add_argument("--scope", type=_upper, choices=SCOPES,
                   help="for an instance of a series: this one, this and following, or all")
    _expected_version(p, "session")


def _update(commands) -> None:
    p = _sub(commands, "update", "Change a session: the fields given replace, the rest stay; "
                                 "null (or naming a field in 'deleted') goes back to the "
                                 "schedule's value.", UPDATE_EXAMPLE)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", required=True, metavar="FILE|-",
                   help="the fields to change (a session), or the Wix request body "
                        "{\"session\": {...}, \"participantNotification\": {...}}; '-' reads "
                        "stdin")
    _scope_and_version(p)


def _delete(commands) -> None:
    p = _sub(commands, "delete", "Cancel a session (soft delete; 'restore' brings it back).",
             DELETE_EXAMPLE)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", metavar="FILE|-",
                   help="the Wix request body {\"participantNotification\": {...}}, from a "
                        "file or '-' for stdin (optional)")
    _scope_and_version(p)


def _restore(commands) -> None:
    p = _sub(commands, "restore", "Bring a cancelled session, series or instance back "
                                  "(CONFIRMED again).",
             "example:  sessions-desktop restore SESSION_ID --expected-version 3")
    p.add_argument("id", metavar="ID")
    p.add_argument("--expected-version", "--version", dest="expected_version", type=int,
                   metavar="N", help="refuse (CONFLICT) unless the session is still at this "
                                     "version")


def _schedules(commands) -> None:
    p = _sub(commands, "schedules", "List the schedules as JSON (no ACTION, or 'list'); create, "
                                    "change, archive or unarchive one.", SCHEDULES_EXAMPLE,
             usage="%(prog)s [-h] [--include-archived] [ACTION ...]")
    p.add_argument("--include-archived", action="store_true",
                   help="list archived schedules too")
    actions = p.add_subparsers(dest="schedules_command", metavar="ACTION", prog=p.prog)
    listing = _sub(actions, "list", "List the schedules as JSON (the same as no ACTION).")
    listing.add_argument("--include-archived", action="store_true", default=argparse.SUPPRESS,
                         help="list archived schedules too")
    create = _sub(actions, "create", "Create a schedule from JSON in the shape 'schedules' "
                                     "prints (needs name and kind).", SCHEDULE_CREATE_EXAMPLE)
    _schedule_json(create)
    update = _sub(actions, "update", "Change a schedule: the fields given replace, the rest "
                                     "stay; a default set to null is no longer given.")
    update.add_argument("id", metavar="ID")
    _schedule_json(update)
    _expected_version(update, "schedule")
    for name, text in (("archive", "Archive a schedule: its sessions stay, it leaves lists "
                                   "and pickers."),
                       ("unarchive", "Bring an archived schedule back to lists and pickers.")):
        action = _sub(actions, name, text)
        action.add_argument("id", metavar="ID")
        _expected_version(action, "schedule")


def _schedule_json(p: Parser) -> None:
    p.add_argument("--json", required=True, metavar="FILE|-",
                   help="the schedule as JSON (name, kind, timeZone, colour, "
                        "defaultDurationMinutes, defaults {...}), from a file or '-' for stdin")


def _expected_version(p: Parser, what: str) -> None:
    p.add_argument("--expected-version", type=int, metavar="N",
                   help=f"refuse (CONFLICT) unless the {what} is still at this version")


def _slots(commands) -> None:
    p = _sub(commands, "slots", "Free slots of a resource: its working hours minus busy "
                                "events.")
    p.add_argument("--resource", required=True, metavar="ID", help="the resource schedule's id")
    p.add_argument("--duration", required=True, type=_positive, metavar="MINUTES")
    p.add_argument("--from", dest="start", required=True, metavar="DATETIME")
    p.add_argument("--to", dest="end", required=True, metavar="DATETIME")


def _copy(commands) -> None:
    p = _sub(commands, "copy", "Copy a whole calendar between SQLite files and PostgreSQL "
                               "databases, in either direction: all or nothing, checked equal "
                               "afterwards (row counts and a digest of every row).")
    p.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL",
                   help="the calendar to copy (a file or postgresql://...)")
    p.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL",
                   help="a new file or an empty PostgreSQL database")
    p.add_argument("--progress", action="store_true",
                   help="report progress on stderr (the default when stderr is a terminal)")


_COMMANDS = {"import": _import, "export": _export, "publish": _publish, "query": _query,
             "get": _get, "list": _list, "create": _create, "update": _update,
             "delete": _delete, "restore": _restore, "schedules": _schedules, "slots": _slots,
             "copy": _copy}
