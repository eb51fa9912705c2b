"""The store names the jumpadesk that brought it to each schema revision, so a desk
with an older jumpadesk can say which version to install; and a store starts with its
first sub-account, Main, in the computer's time zone (nothing makes one on first use
any more).

Revision ID: 0006
Revises: 0005
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from jumpadesk.config import DEFAULT_SUB_ACCOUNT
from jumpadesk.zones import system_timezone

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SUB_ACCOUNT = sa.table(
    "sub_account", sa.column("name", sa.String()), sa.column("timezone", sa.String()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("opening_hours", sa.String()),
)


def upgrade() -> None:
    op.create_table(
        "store_version",
        sa.Column("revision", sa.String(), nullable=False),
        sa.Column("app_version", sa.String(), nullable=False),
        sa.Column("upgraded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("revision"),
    )
    if not op.get_bind().execute(sa.text("SELECT count(*) FROM sub_account")).scalar():
        op.bulk_insert(SUB_ACCOUNT, [{
            "name": DEFAULT_SUB_ACCOUNT, "timezone": system_timezone(),
            "created_at": datetime.now(UTC).replace(microsecond=0), "opening_hours": "",
        }])


def downgrade() -> None:
    op.drop_table("store_version")
