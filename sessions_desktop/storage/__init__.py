"""The only package that talks to SQLite (through peewee)."""

from sessions_desktop.storage import peewee_first  # noqa: F401  # before any ``import peewee``
