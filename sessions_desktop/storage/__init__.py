"""The only package that talks to SQLite (through peewee)."""

from sessions_desktop.storage import driver as _driver  # noqa: F401  (peewee, psycopg held back)
