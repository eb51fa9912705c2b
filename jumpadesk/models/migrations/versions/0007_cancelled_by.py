"""Each cancelled appointment names the desk that cancelled it, so a desk whose screen is
behind names the appointment and who cancelled it instead of an id.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("cancelled_by", sa.String(), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("cancelled_by")
