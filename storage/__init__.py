"""SQLite storage through sqlite-utils: one package for schema, migrations, upserts, search and views.

`connect()` is the one way in: it opens the file in WAL mode (so Datasette can read while a refresh
writes), turns on foreign keys and applies pending migrations.
"""
from .db import DatabaseProblem, connect

__all__ = ["DatabaseProblem", "connect"]
