"""SQLModel tables and the database session; no network, no Qt."""

from jumpadesk.models.db import SCHEMA_VERSION, StoreError, make_engine, session_scope
from jumpadesk.models.tables import (
    Appointment,
    BlockedSlot,
    BookableService,
    Calendar,
    CalendarObject,
    CalendarRole,
    Connection,
    Contact,
    Occurrence,
    ServiceStaff,
    SubAccount,
    SubAccountConnection,
    utcnow,
)

__all__ = [
    "SCHEMA_VERSION",
    "Appointment",
    "BlockedSlot",
    "BookableService",
    "Calendar",
    "CalendarObject",
    "CalendarRole",
    "Connection",
    "Contact",
    "Occurrence",
    "ServiceStaff",
    "StoreError",
    "SubAccount",
    "SubAccountConnection",
    "make_engine",
    "session_scope",
    "utcnow",
]
