"""What `events` and `busy` say (text and --json) on a store of fixed dates is kept, byte
for byte, in tests/fixtures/answers/: the schedule's sources, reasons (with what was
assumed to read an event), kinds and statuses are typed in the code, and the answers, the
read-only path's and the full Desk's, stay what they were before they were.

The store: the iCloud-like account's seeded week (Monday 2026-11-23, Berlin), events of
every reason (busy, tentative, free, cancelled, declined, travel, one that cannot be read,
one that repeats too often to expand, each read with an assumption), appointments of two
sub-accounts in a shared calendar, a blocked slot and a repeating one. Its events are
read from the stored occurrences or, past the stored span, from the objects themselves.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from jumpadesk import cli
from jumpadesk.store_url import database_url
from tests.helpers.cli import jd, zulu
from tests.helpers.ics import FIXTURES
from tests.icloud_server import IcloudServer, week_day

BERLIN = ZoneInfo("Europe/Berlin")
KEPT = Path(__file__).resolve().parent / "fixtures" / "answers"

#: Events put into Home (Main's conflict calendar) on top of the seeded ones.
HOME_EVENTS = ("lenient_customized_zone.ics", "lenient_rscale.ics", "apple_travel_time.ics",
               "apple_tentative.ics", "invite_declined_by_owner.ics", "lenient_zero_length.ics",
               "floating_time.ics", "lenient_gmt_offset_zone.ics")
#: Put after the bookings: it blocks all the time from Tue 24 Nov 2026 09:00 UTC on.
LATER_EVENTS = ("lenient_minutely.ics",)

STORED_FROM = date(2026, 11, 1)
#: Where the stored span ends (400 days ahead of today by default): a fixed day too, so the
#: event that repeats too often to expand, which blocks up to there, says the same end.
STORED_UNTIL = date(2036, 1, 8)
SPANS = {
    "seeded week": (week_day(0), week_day(7)),
    "april": (datetime(2026, 4, 1, tzinfo=BERLIN), datetime(2026, 5, 1, tzinfo=BERLIN)),
}


def _as_radicale_takes(ics: str) -> str:
    """The fixture without its repeated DTSTAMP line (Radicale refuses a second one)."""
    lines = ics.splitlines()
    return "\r\n".join(line for n, line in enumerate(lines)
                        if not (line.startswith("DTSTAMP") and line in lines[:n]))


def _ok(capsys: pytest.CaptureFixture, *args: str) -> str:
    code, out, err = jd(capsys, *args)
    assert code == 0, (args, err)
    return out


def _fixed_store(icloud: IcloudServer, capsys: pytest.CaptureFixture,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    # The stored span runs from 1 Nov 2026 to 8 Jan 2036 whenever this runs: the seeded
    # week is read from stored occurrences, April from the objects.
    monkeypatch.setenv("JUMPADESK_DAYS_BACK", str((date.today() - STORED_FROM).days))
    monkeypatch.setenv("JUMPADESK_DAYS_AHEAD", str((STORED_UNTIL - date.today()).days))
    for args in (("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
                 ("timezone", "Europe/Berlin"),
                 ("sub-accounts", "add", "Front desk"),
                 ("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family"),
                 ("--sub-account", "Front desk", "connect", "--apple-id", icloud.apple_id,
                  "--server", icloud.url),
                 ("--sub-account", "Front desk", "configure", "--linked", "Work")):
        _ok(capsys, *args)
    for name in HOME_EVENTS:
        # RSCALE as iCloud keeps it
        icloud.put_event_as_is("Home", _as_radicale_takes((FIXTURES / name).read_text()))
    _ok(capsys, "sync")
    monday = week_day(0)
    for args in (("book", "--start", zulu(monday.replace(hour=7)), "--end",
                  zulu(monday.replace(hour=8)), "--title", "Colour", "--name", "Ann Lee",
                  "--in-the-past"),
                 ("block", "--start", zulu(monday.replace(hour=8)), "--end",
                  zulu(monday.replace(hour=8, minute=30)), "--title", "Lunch"),
                 ("block", "--start", zulu(monday.replace(hour=18, minute=30)), "--end",
                  zulu(monday.replace(hour=19)), "--title", "Close up", "--repeat", "weekdays"),
                 ("--sub-account", "Front desk", "book", "--start",
                  zulu(monday + timedelta(days=2, hours=6)), "--end",
                  zulu(monday + timedelta(days=2, hours=7)), "--title", "Beard trim",
                  "--in-the-past")):
        _ok(capsys, *args)
    for name in LATER_EVENTS:
        icloud.put_event("Home", (FIXTURES / name).read_text())
    _ok(capsys, "sync")


def _answers(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    answers: dict[str, str] = {}
    for full in (False, True):
        if full:
            monkeypatch.setenv(cli.FULL_PATH_ENV, "1")
        for sub in ("Main", "Front desk"):
            for span, (start, end) in SPANS.items():
                for command in ("events", "busy"):
                    for extra in ((), ("--json",)):
                        out = _ok(capsys, "--sub-account", sub, command, "--from", zulu(start),
                                  "--to", zulu(end), *extra)
                        key = " ".join((sub, span, command, *extra))
                        assert answers.setdefault(key, out) == out, key  # both paths alike
    monkeypatch.delenv(cli.FULL_PATH_ENV)
    return answers


def _stored_reasons() -> list[list[object]]:
    """The occurrence table's reasons as stored: its text is kept as it was."""
    engine = create_engine(database_url())
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT DISTINCT o.title, o.reason, o.kind, o.busy FROM occurrence o "
                "ORDER BY o.title, o.kind, o.reason")).all()
    finally:
        engine.dispose()
    return [[title, reason, kind, bool(busy)] for title, reason, kind, busy in rows]


def test_events_and_busy_say_what_they_said_on_a_fixed_store(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fixed_store(icloud, capsys, monkeypatch)
    answers = _answers(capsys, monkeypatch)
    kept = json.loads((KEPT / "events_and_busy.json").read_text(encoding="utf-8"))
    assert sorted(answers) == sorted(kept)
    for key, said in kept.items():
        assert answers[key] == said, key
    # What the store holds of each occurrence's reason: the text the plain readers and
    # older desks read (what was assumed after a ";").
    kept_reasons = json.loads((KEPT / "stored_reasons.json").read_text(encoding="utf-8"))
    assert _stored_reasons() == kept_reasons
