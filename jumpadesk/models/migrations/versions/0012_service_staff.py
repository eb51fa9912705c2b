"""Which staff offer each service: a row per service and sub-account that offers it.

A service with no row is offered by everyone, so every service from before stays offered
by every sub-account, as it was; once staff are named, only they offer it. On PostgreSQL a
change tells the other desks (the table's name, as revision 0003's tables do).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_staff",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("sub_account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"]),
        sa.ForeignKeyConstraint(["sub_account_id"], ["sub_account.id"]),
        sa.PrimaryKeyConstraint("service_id", "sub_account_id"),
    )
    op.create_index("ix_service_staff_sub_account_id", "service_staff", ["sub_account_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER service_staff_notify AFTER INSERT OR UPDATE OR DELETE "
                   "ON service_staff FOR EACH STATEMENT EXECUTE FUNCTION "
                   "jumpadesk_notify_table()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER service_staff_notify ON service_staff")
    op.drop_index("ix_service_staff_sub_account_id", table_name="service_staff")
    op.drop_table("service_staff")
