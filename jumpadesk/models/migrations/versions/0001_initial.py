"""The schema of jumpadesk's first stores (SQLite user_version 1, made by create_all).

A store from before migrations has exactly these tables; jumpadesk stamps it with this
revision and upgrades it from here.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable)


def _int(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _fk(column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [target])


def upgrade() -> None:
    """Create every table of the first schema; long because it lists each table's DDL."""
    op.create_table(
        "connection",
        _int("id"), _text("apple_id"), _text("server_url"), _text("principal_url"),
        _text("home_url"), _text("owner_addresses"), _text("state"),
        _when("last_sync_at", True), _when("last_attempt_at", True), _text("last_error"),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("server_url", "apple_id"),
    )
    op.create_table(
        "sub_account",
        _int("id"), _text("name"), _text("timezone"), _when("created_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sub_account_name", "sub_account", ["name"], unique=True)
    op.create_table(
        "blocked_slot",
        _int("id"), _int("sub_account_id"), _text("title"), _int("start_ts"), _int("end_ts"),
        _when("created_at"),
        _fk("sub_account_id", "sub_account.id"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_blocked_slot_sub_account_id", "blocked_slot", ["sub_account_id"])
    op.create_table(
        "calendar",
        _int("id"), _int("connection_id"), _text("path"), _text("url"), _text("name"),
        _text("color"), _int("order"), _text("access"), _text("kind"), _text("source_url"),
        _text("ctag"), _text("sync_token"), _flag("deleted_on_server"),
        _when("last_sync_at", True), _text("last_error"), _when("last_error_at", True),
        _int("expanded_from"), _int("expanded_to"),
        _fk("connection_id", "connection.id"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("connection_id", "path"),
    )
    op.create_index("ix_calendar_connection_id", "calendar", ["connection_id"])
    op.create_table(
        "contact",
        _int("id"), _int("sub_account_id"), _text("name"), _text("email"), _text("phone"),
        _when("created_at"),
        _fk("sub_account_id", "sub_account.id"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contact_email", "contact", ["email"])
    op.create_index("ix_contact_sub_account_id", "contact", ["sub_account_id"])
    op.create_table(
        "sub_account_connection",
        _int("sub_account_id"), _int("connection_id"),
        _fk("connection_id", "connection.id"),
        _fk("sub_account_id", "sub_account.id"),
        sa.PrimaryKeyConstraint("sub_account_id", "connection_id"),
    )
    op.create_table(
        "appointment",
        _int("id"), _int("sub_account_id"), _int("calendar_id", True), _int("contact_id", True),
        _text("title"), _int("start_ts"), _int("end_ts"), _text("uid"), _text("href"),
        _text("etag"), _text("status"), _text("guest_name"), _text("guest_email"),
        _text("guest_phone"), _when("created_at"),
        _fk("calendar_id", "calendar.id"),
        _fk("contact_id", "contact.id"),
        _fk("sub_account_id", "sub_account.id"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_appointment_sub_account_id", "appointment", ["sub_account_id"])
    op.create_table(
        "calendar_object",
        _int("id"), _int("calendar_id"), _text("href"), _text("etag"), _text("uid"),
        _text("ics"), _text("error"), _when("updated_at"),
        _fk("calendar_id", "calendar.id"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("calendar_id", "href"),
    )
    op.create_index("ix_calendar_object_calendar_id", "calendar_object", ["calendar_id"])
    op.create_table(
        "calendar_role",
        _int("sub_account_id"), _int("calendar_id"), _text("role"),
        _fk("calendar_id", "calendar.id"),
        _fk("sub_account_id", "sub_account.id"),
        sa.PrimaryKeyConstraint("sub_account_id", "calendar_id", "role"),
    )
    op.create_table(
        "occurrence",
        _int("id"), _int("object_id"), _int("calendar_id"), _text("uid"),
        _text("recurrence_id"), _text("title"), _text("location"), _int("start_ts"),
        _int("end_ts"), _flag("floating"), _flag("all_day"), _flag("busy"), _text("reason"),
        _text("kind"),
        _fk("calendar_id", "calendar.id"),
        _fk("object_id", "calendar_object.id"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_occurrence_cal_span", "occurrence", ["calendar_id", "start_ts", "end_ts"])
    op.create_index("ix_occurrence_object_id", "occurrence", ["object_id"])


def downgrade() -> None:
    for table in ("occurrence", "calendar_role", "calendar_object", "appointment",
                  "sub_account_connection", "contact", "calendar", "blocked_slot",
                  "sub_account", "connection"):
        op.drop_table(table)
