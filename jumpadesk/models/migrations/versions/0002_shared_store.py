"""Ready for a store shared by several desks.

Times as 64-bit numbers on PostgreSQL (its INTEGER ends in 2038; SQLite's is 64-bit
already). PostgreSQL itself refuses a double booking, whatever the code above it does:
two appointments or two blocked slots of one sub-account that overlap (exclusion
constraints over their time ranges, btree_gist; cancelled appointments do not count),
and an appointment over a blocked slot or a blocked slot over an appointment (a trigger
that checks under a per-sub-account lock, so two transactions cannot both pass it).
Every refusal is SQLSTATE 23P01 (exclusion_violation) naming a constraint that ends in
`_no_overlap`.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: The first key of the per-sub-account advisory lock the trigger takes (the second is
#: the sub-account's id); jumpadesk.models.locks uses other first keys.
OVERLAP_LOCK = 0x6A6401

WIDENED = {
    "appointment": ("start_ts", "end_ts"),
    "blocked_slot": ("start_ts", "end_ts"),
    "occurrence": ("start_ts", "end_ts"),
    "calendar": ("expanded_from", "expanded_to"),
}

TRIGGER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION jumpadesk_refuse_overlap() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'appointment' THEN  -- PL/pgSQL does not short-circuit AND
        IF NEW.status = 'cancelled' THEN
            RETURN NEW;
        END IF;
    END IF;
    -- Waits for any other transaction writing this sub-account's schedule, so the check
    -- below sees what it committed.
    PERFORM pg_advisory_xact_lock({OVERLAP_LOCK}, NEW.sub_account_id);
    IF TG_TABLE_NAME = 'appointment' THEN
        IF EXISTS (SELECT 1 FROM blocked_slot b
                   WHERE b.sub_account_id = NEW.sub_account_id
                     AND int8range(b.start_ts, b.end_ts) && int8range(NEW.start_ts, NEW.end_ts))
        THEN
            RAISE EXCEPTION 'appointment overlaps a blocked slot'
                USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'appointment_no_overlap';
        END IF;
    ELSE
        IF EXISTS (SELECT 1 FROM appointment a
                   WHERE a.sub_account_id = NEW.sub_account_id AND a.status <> 'cancelled'
                     AND int8range(a.start_ts, a.end_ts) && int8range(NEW.start_ts, NEW.end_ts))
        THEN
            RAISE EXCEPTION 'blocked slot overlaps an appointment'
                USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'blocked_slot_no_overlap';
        END IF;
    END IF;
    RETURN NEW;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in WIDENED.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_nullable=False)
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        "ALTER TABLE appointment ADD CONSTRAINT appointment_no_overlap EXCLUDE USING gist "
        "(sub_account_id WITH =, int8range(start_ts, end_ts) WITH &&) "
        "WHERE (status <> 'cancelled')"
    )
    op.execute(
        "ALTER TABLE blocked_slot ADD CONSTRAINT blocked_slot_no_overlap EXCLUDE USING gist "
        "(sub_account_id WITH =, int8range(start_ts, end_ts) WITH &&)"
    )
    op.execute(TRIGGER_FUNCTION)
    op.execute(
        "CREATE TRIGGER appointment_not_over_blocked_slot "
        "BEFORE INSERT OR UPDATE OF sub_account_id, start_ts, end_ts, status ON appointment "
        "FOR EACH ROW EXECUTE FUNCTION jumpadesk_refuse_overlap()"
    )
    op.execute(
        "CREATE TRIGGER blocked_slot_not_over_appointment "
        "BEFORE INSERT OR UPDATE OF sub_account_id, start_ts, end_ts ON blocked_slot "
        "FOR EACH ROW EXECUTE FUNCTION jumpadesk_refuse_overlap()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER blocked_slot_not_over_appointment ON blocked_slot")
    op.execute("DROP TRIGGER appointment_not_over_blocked_slot ON appointment")
    op.execute("DROP FUNCTION jumpadesk_refuse_overlap()")
    op.execute("ALTER TABLE blocked_slot DROP CONSTRAINT blocked_slot_no_overlap")
    op.execute("ALTER TABLE appointment DROP CONSTRAINT appointment_no_overlap")
    for table, columns in WIDENED.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.Integer(), existing_nullable=False)
