"""The store's schema migrations (Alembic), the same for SQLite and PostgreSQL.

jumpadesk runs them itself when it opens a store (jumpadesk.models.db); a new revision
is written with `alembic -c jumpadesk/models/migrations/alembic.ini revision -m "..."`
and its upgrade() kept by hand, portable to both databases (batch mode on SQLite).
"""
