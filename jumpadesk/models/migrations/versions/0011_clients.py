"""Clients: each appointment names the desk that booked it and whether the guest arrived
or did not come; each contact keeps the front desk's notes.

An appointment from before names no desk ("" : booked before this was recorded) and is
unmarked; a contact from before has no notes.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("booked_by", sa.String(), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("attendance", sa.String(), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("notes", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("notes")
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("attendance")
        batch.drop_column("booked_by")
