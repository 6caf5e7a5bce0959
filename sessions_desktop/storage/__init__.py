"""The only package that talks to SQLite (through peewee)."""
