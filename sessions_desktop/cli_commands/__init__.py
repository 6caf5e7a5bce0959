"""The command line's command handlers, one function per command, grouped by what they touch.

``cli.py`` registers them in its ``COMMANDS`` table; the grammar is in ``cli_args``. A handler
takes the open services and the parsed arguments and returns what to print as JSON (or None).
"""
