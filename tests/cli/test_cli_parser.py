"""The parser built for one subcommand reads its arguments exactly as the whole parser does."""

from __future__ import annotations

import pytest

from sessions_desktop.cli_args import _COMMANDS, build_parser


@pytest.mark.parametrize("argv", [
    ["query", "--from", "2027-03-01", "--to", "2027-03-08", "--limit", "5"],
    ["--db", "query", "query", "--from", "2027-03-01", "--to", "2027-03-08"],
    ["--db=x.sqlite3", "export", "out.ics", "--include-pi"],
    ["import", "--partial", "file.ics"],
    ["schedules"],
])
def test_one_subcommand_parses_as_the_whole_parser(argv):
    narrowed = build_parser(argv)
    assert len(narrowed._subparsers._group_actions[0].choices) == 1
    assert vars(narrowed.parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_help_and_unknown_words_get_every_subcommand():
    for argv in ([], ["--help"], ["report", "utilisation"], ["querry"]):
        choices = build_parser(argv)._subparsers._group_actions[0].choices
        assert set(_COMMANDS) | {"report", "print"} <= set(choices)
