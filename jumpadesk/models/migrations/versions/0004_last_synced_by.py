"""Which desk last synced an account, so desks sharing a store can say whose data they
show when they cannot sync it themselves (no app-specific password in their keychain).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("connection") as batch:
        batch.add_column(sa.Column("last_synced_by", sa.String(), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("connection") as batch:
        batch.drop_column("last_synced_by")
