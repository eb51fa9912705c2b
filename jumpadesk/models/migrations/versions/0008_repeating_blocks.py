"""Blocked slots that repeat: every day, every weekday or weekly on chosen days, until a
last day or without end, with single days taken out.

Four text columns on blocked_slot (jumpadesk.repeats reads them); a slot from before
has them empty and happens once, as it did. The row keeps its first occurrence in
start_ts/end_ts, so PostgreSQL's exclusion constraint and its appointment trigger
(revision 0002) still guard that one; the later occurrences are checked by the
booking transaction (models.locks.booking_transaction), which reads blocked slots
with their repeats expanded.

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


def upgrade() -> None:
    with op.batch_alter_table("blocked_slot") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("blocked_slot") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
