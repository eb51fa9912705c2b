"""Blocked slots that repeat: every day, every weekday or weekly on chosen days, until a
last day or without end, with single days taken out.

Four text columns on blocked_slot (jumpadesk.repeats reads them); a slot from before
has them empty and happens once, as it did. The row keeps its first occurrence in
start_ts/end_ts, so PostgreSQL's exclusion constraint and its appointment trigger
(revision 0002) still guard that one; the later occurrences are checked by the
booking transaction (models.locks.booking_transaction), which reads blocked slots
with their repeats expanded.

On PostgreSQL a change to a repeating blocked slot is announced to the other desks
(revision 0003) as reaching from its first occurrence on without end, so every week it
may show in repaints, not only its first day's.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = ("repeat_rule", "repeat_days", "repeat_until", "repeat_skipped")
CHANNEL = "jumpadesk_changes"  # revision 0003's
FOREVER = 2**63 - 1

BLOCKED_SLOT_FUNCTION = f"""
CREATE OR REPLACE FUNCTION jumpadesk_notify_blocked_slot() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'sub', OLD.sub_account_id, 'start', OLD.start_ts,
            'end', CASE WHEN OLD.repeat_rule = '' THEN OLD.end_ts ELSE {FOREVER} END)::text);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'sub', NEW.sub_account_id, 'start', NEW.start_ts,
            'end', CASE WHEN NEW.repeat_rule = '' THEN NEW.end_ts ELSE {FOREVER} END)::text);
    END IF;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    with op.batch_alter_table("blocked_slot") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(BLOCKED_SLOT_FUNCTION)
    op.execute("DROP TRIGGER blocked_slot_notify ON blocked_slot")
    op.execute("CREATE TRIGGER blocked_slot_notify AFTER INSERT OR UPDATE OR DELETE "
               "ON blocked_slot FOR EACH ROW EXECUTE FUNCTION jumpadesk_notify_blocked_slot()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER blocked_slot_notify ON blocked_slot")
        op.execute("CREATE TRIGGER blocked_slot_notify AFTER INSERT OR UPDATE OR DELETE "
                   "ON blocked_slot FOR EACH ROW EXECUTE FUNCTION jumpadesk_notify_span()")
        op.execute("DROP FUNCTION jumpadesk_notify_blocked_slot()")
    with op.batch_alter_table("blocked_slot") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
