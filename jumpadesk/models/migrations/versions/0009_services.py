"""Services: a list the business offers (name, length, buffer before and after), and on
each appointment the service it was booked for with its buffers as they were then.

An appointment from before has no service and no buffers, and blocks as it did.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column("buffer_before_minutes", sa.Integer(), nullable=False),
        sa.Column("buffer_after_minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_service_name", "service", ["name"], unique=True)
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("service_name", sa.String(), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("buffer_before_minutes", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("buffer_after_minutes", sa.Integer(), nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("buffer_after_minutes")
        batch.drop_column("buffer_before_minutes")
        batch.drop_column("service_name")
    op.drop_index("ix_service_name", table_name="service")
    op.drop_table("service")
