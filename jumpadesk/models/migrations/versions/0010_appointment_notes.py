"""Notes on an appointment: what the receptionist writes about it ("allergic to
ammonia"), kept here and written to its event's description in iCloud.

An appointment from before has none.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("notes", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("notes")
