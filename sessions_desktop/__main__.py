"""Entry point: no arguments opens the window; a subcommand runs the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from sessions_desktop import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
