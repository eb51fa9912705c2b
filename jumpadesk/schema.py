"""Which schema this jumpadesk's store has: one home for the numbers both ways of reading
it agree on, the ORM's migrations (models/db.py) and the plain SQL (rows.py, pg_reading.py).

Nothing is imported here, so every layer may ask.
"""

#: SQLite's user_version: 1 = made by create_all before migrations, 2 = under Alembic.
SCHEMA_VERSION = 2
#: The Alembic revision a store is at when this jumpadesk made or upgraded it, and must
#: be at for a plain read to be sure of the columns; a test keeps it equal to the newest
#: revision in models/migrations/versions.
SCHEMA_HEAD = "0012"
