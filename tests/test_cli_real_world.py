"""Issue 14 items 4-6 end to end on the command line, against the iCloud-like server: what
real calendars contain blocks, is named in `sync` and `status`, and explains itself in
`events`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.cli import jd, zulu
from tests.helpers.ics import FIXTURES
from tests.icloud_server import IcloudServer, week_day


@pytest.fixture
def configured(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
               monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "connect", "--apple-id", icloud.apple_id, "--server", icloud.url)[0] == 0
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    code, _, err = jd(capsys, "configure", "--linked", "Work", "--conflict", "Home")
    assert code == 0, err
    return icloud


def test_what_cannot_be_expanded_blocks_and_is_named(configured: IcloudServer,
                                                     capsys: pytest.CaptureFixture) -> None:
    icloud = configured
    icloud.put_event("Work", (FIXTURES / "lenient_minutely.ics").read_text())
    icloud.put_event("Home", (FIXTURES / "lenient_customized_zone.ics").read_text())
    # Radicale refuses RSCALE; iCloud keeps it.
    icloud.put_event_as_is("Home", (FIXTURES / "lenient_rscale.ics").read_text())

    code, out, err = jd(capsys, "sync")
    assert code == 0, err
    assert ("'Team sync' in Work repeats every minute; jumpadesk cannot expand it, so it "
            "blocks all the time from Tue 24 Nov 2026 09:00 UTC on. Check it in iCloud.") in out
    assert "'Supplier call' in Home time zone 'Customized Time Zone' is unknown" in out
    assert "'Grandma's lunar birthday' in Home repeats by the Chinese calendar" in out

    code, out, _ = jd(capsys, "status")
    assert code == 0
    checks = [line for line in out.splitlines() if line.startswith("Check: ")]
    assert len(checks) == 3 and any("Team sync" in line for line in checks)

    # Thursday afternoon is inside the minutely rule's span: busy, and it says why.
    start, end = week_day(3, "15:00"), week_day(3, "16:00")
    code, out, _ = jd(capsys, "busy", "--from", zulu(start), "--to", zulu(end), "--json")
    assert json.loads(out)["busy"] == [{"start": zulu(start), "end": zulu(end)}]
    code, out, _ = jd(capsys, "events", "--from", zulu(start), "--to", zulu(end), "--json")
    [team] = [e for e in json.loads(out) if e["title"] == "Team sync"]
    assert team["busy"] and team["reason"].startswith("Repeats too often to show one by one")

    # The Outlook event, read in the business's zone (Berlin): 09:00-10:00 on Tuesday.
    code, out, _ = jd(capsys, "events", "--from", zulu(week_day(1, "08:00")),
                      "--to", zulu(week_day(1, "12:00")), "--json")
    [call] = [e for e in json.loads(out) if e["title"] == "Supplier call"]
    assert (call["start"], call["end"]) == (zulu(week_day(1, "09:00")), zulu(week_day(1, "10:00")))
    assert "read in the business's zone" in call["reason"]

    code, _, err = jd(capsys, "book", "--in-the-past", "--start", week_day(3, "15:00").isoformat(),
                      "--end", week_day(3, "15:30").isoformat(), "--title", "Haircut",
                      "--name", "Ann Lee")
    assert code == 3 and "Team sync" in err
