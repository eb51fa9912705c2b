"""The iCalendar files the readers' tests read (tests/fixtures/ics)."""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
