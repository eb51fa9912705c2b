"""Live across desks: PostgreSQL tells every listening desk what changed.

Each change to the schedule's tables sends a NOTIFY on the channel `jumpadesk_changes`
when its transaction commits (jumpadesk.models.watch listens). Appointments and blocked
slots say which sub-account and span changed, so a week view repaints only that; the
other tables (a sync's calendars and occurrences, connections, roles, contacts) send
their table's name once per statement (PostgreSQL folds repeats within a transaction).
SQLite needs nothing here: its watchers poll PRAGMA data_version.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CHANNEL = "jumpadesk_changes"
SPAN_TABLES = ("appointment", "blocked_slot")
TABLE_ONLY = ("sub_account", "connection", "sub_account_connection", "calendar",
              "calendar_role", "calendar_object", "occurrence", "contact")

SPAN_FUNCTION = f"""
CREATE OR REPLACE FUNCTION jumpadesk_notify_span() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'sub', OLD.sub_account_id,
            'start', OLD.start_ts, 'end', OLD.end_ts)::text);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'sub', NEW.sub_account_id,
            'start', NEW.start_ts, 'end', NEW.end_ts)::text);
    END IF;
    RETURN NULL;
END $$;
"""

TABLE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION jumpadesk_notify_table() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', json_build_object('table', TG_TABLE_NAME)::text);
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SPAN_FUNCTION)
    op.execute(TABLE_FUNCTION)
    for table in SPAN_TABLES:
        op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH ROW EXECUTE FUNCTION jumpadesk_notify_span()")
    for table in TABLE_ONLY:
        op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION jumpadesk_notify_table()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in SPAN_TABLES + TABLE_ONLY:
        op.execute(f"DROP TRIGGER {table}_notify ON {table}")
    op.execute("DROP FUNCTION jumpadesk_notify_table()")
    op.execute("DROP FUNCTION jumpadesk_notify_span()")
