"""Which desk cancelled an appointment, so a desk whose screen is behind can say who did
("“Haircut” for Jana Weber ... was cancelled by Front desk") instead of an id.

Its revision id names what it adds ("0006_cancelled_by"), not only a number: another
revision made at the same time elsewhere cannot be mistaken for this one.

Revision ID: 0006_cancelled_by
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_cancelled_by"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("cancelled_by", sa.String(), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("cancelled_by")
