"""The bounded fuzzing run (issue 14): generated and mutated iCalendar objects and WebDAV
answers, whole or in pages whose tokens repeat or go missing (issue 18), through the real
parse / expand / fetch / store path. Deterministic (derandomized)
and a few seconds long; scripts/fuzz.py runs the same checks for as long as you like."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jumpadesk.models import make_engine
from tests.fuzz_strategies import (
    GeneratedEvent,
    calendar_objects,
    check_calendar_object,
    check_multistatus,
    check_paged_listing,
    make_calendar,
    multistatus_bodies,
    mutated,
    sync_pages,
)

BOUNDED = settings(
    max_examples=120,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@BOUNDED
@given(calendar_objects())
def test_generated_calendar_objects_are_read_or_named_never_free_by_accident(
    event: GeneratedEvent,
) -> None:
    check_calendar_object(event.ics, event.must_block)


@BOUNDED
@given(st.data())
def test_mutated_calendar_objects_never_raise_or_hang(data: st.DataObject) -> None:
    event = data.draw(calendar_objects())
    check_calendar_object(data.draw(mutated(event.ics)))


@BOUNDED
@given(st.binary(max_size=300))
def test_arbitrary_bytes_are_not_a_calendar_and_not_a_crash(blob: bytes) -> None:
    check_calendar_object(b"BEGIN:VCALENDAR\r\n" + blob + b"\r\nEND:VCALENDAR\r\n")


def test_webdav_answers_are_parsed_fetched_and_stored_without_a_traceback(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fuzz.db'}")
    calendar_id = make_calendar(engine)

    @settings(BOUNDED, max_examples=80)
    @given(multistatus_bodies(), st.sampled_from(["", "tok-1"]))
    def answer(body: bytes, token: str) -> None:
        check_multistatus(body, engine, calendar_id, token)

    answer()


def test_paged_answers_are_followed_to_a_whole_end_or_change_nothing(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fuzz.db'}")
    calendar_id = make_calendar(engine)

    @settings(BOUNDED, max_examples=150)
    @given(sync_pages(), st.sampled_from(["", "tok-1"]))
    def answer(pages: list[bytes], token: str) -> None:
        check_paged_listing(pages, engine, calendar_id, token)

    answer()
