"""Opening hours per sub-account: seven "HH:MM-HH:MM" (empty: closed) joined by ";";
an empty column means the default (jumpadesk.hours.DEFAULT_OPENING_HOURS).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sub_account") as batch:
        batch.add_column(sa.Column("opening_hours", sa.String(), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sub_account") as batch:
        batch.drop_column("opening_hours")
