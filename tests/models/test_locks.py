"""A booking transaction on a shared store takes the locks of one decision, once: a
second hold_schedule for another sub-account or other calendars would decide without
their locks, so it is refused rather than passed over."""

from __future__ import annotations

import pytest

from jumpadesk.models import make_engine
from jumpadesk.models.locks import booking_transaction, hold_schedule


def test_a_second_hold_for_another_decision_is_refused(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        with booking_transaction(engine) as s:
            hold_schedule(s, 1, writing_to=[7])
            hold_schedule(s, 1, writing_to=[7, None])  # the same decision: held already
            with pytest.raises(RuntimeError, match="hold_schedule asked for"):
                hold_schedule(s, 2, writing_to=[7])
            with pytest.raises(RuntimeError, match="hold_schedule asked for"):
                hold_schedule(s, 1, writing_to=[7, 8])
    finally:
        engine.dispose()
