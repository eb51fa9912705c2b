"""`jumpadesk agenda` (issue 20 item 7) on a real store synced from the iCloud-like server,
SQLite and PostgreSQL: one staff member's day in time order (appointments with the
guest's name and phone, blocked slots, busy and free events) with the opening hours, as
lines, as CSV and as a printable PDF, or every staff member's day with --all; the same
from the read-only path and the full Desk."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from jumpadesk import cli
from tests.helpers.cli import both_paths, jd, open_cli_shop, zulu
from tests.icloud_server import IcloudServer, week_day

TUESDAY = "2026-11-24"


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Main and Alex; on Tuesday Main has the seeded events, a free "Gym" in Family, Ann
    Lee's haircut and a blocked cleaning; Alex a blocked training."""
    icloud.add_event("Family", "Gym", week_day(1, "13:00"), week_day(1, "14:00"),
                     transp="TRANSPARENT")
    return open_cli_shop(capsys, monkeypatch, icloud, staff=("Alex",), then=(
        ("book", "--start", zulu(week_day(1, "12:00")), "--end", zulu(week_day(1, "12:45")),
         "--title", "Haircut", "--name", "Ann Lee", "--phone", "+49 170 5550101",
         "--in-the-past"),
        ("block", "--start", zulu(week_day(1, "16:30")), "--end", zulu(week_day(1, "17:00")),
         "--title", "Cleaning"),
        ("block", "--sub-account", "Alex", "--start", zulu(week_day(1, "09:00")),
         "--end", zulu(week_day(1, "10:00")), "--title", "Training"),
        ("sync",)))


MAIN_DAY = [
    "Main, Tuesday 2026-11-24 (Europe/Berlin)",
    "Open 09:00 \u2013 18:00",
    "08:00\u201309:00   busy  Dentist (Home)",
    "10:00\u201311:30   busy  Quarterly planning (Work)",
    "12:00\u201312:45   busy  Haircut \u00b7 Ann Lee, +49 170 5550101 (Work, appointment #1)",
    "13:00\u201314:00   free  Gym (Family)",
    "15:00\u201316:00   free  Board review (Work)",
    "16:30\u201317:00   busy  Cleaning (blocked slot #1)",
]


def test_agenda_says_the_day_in_time_order_with_the_guest_and_the_hours(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = both_paths(capsys, monkeypatch, "agenda", "--day", TUESDAY)
    assert (code, err) == (0, "")
    assert out.splitlines() == MAIN_DAY
    code, out, _ = both_paths(capsys, monkeypatch, "agenda", "--day", "2026-11-28")
    assert out.splitlines() == ["Main, Saturday 2026-11-28 (Europe/Berlin)",
                                "Closed all day",
                                "all day       busy  Grandma visiting (Family)"]
    code, out, _ = both_paths(capsys, monkeypatch, "agenda", "--day", "2026-10-06")
    assert out.splitlines() == ["Main, Tuesday 2026-10-06 (Europe/Berlin)",
                                "Open 09:00 \u2013 18:00", "Nothing on the schedule."]


def test_agenda_all_says_every_staff_members_day(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = both_paths(capsys, monkeypatch, "agenda", "--day", TUESDAY, "--all")
    assert (code, err) == (0, "")
    alex = ["Alex, Tuesday 2026-11-24 (Europe/Berlin)", "Open 09:00 \u2013 18:00",
            "09:00\u201310:00   busy  Training (blocked slot #2)"]
    assert out.splitlines() == [*alex, "", *MAIN_DAY]
    code, out, _ = both_paths(capsys, monkeypatch, "agenda", "--day", TUESDAY,
                              "--sub-account", "Alex")
    assert out.splitlines() == alex


def test_what_agenda_cannot_take_is_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = both_paths(capsys, monkeypatch, "agenda", "--day", TUESDAY,
                                "--sub-account", "Maria")
    assert (code, out) == (2, "")
    assert "Maria" in err and err.count("\n") == 1
    code, _, err = jd(capsys, "agenda", "--day", TUESDAY, "--all", "--sub-account", "Alex")
    assert (code, err) == (2, "jumpadesk: Give --sub-account or --all, not both.\n")
    with pytest.raises(SystemExit) as exit_:
        cli.main(["agenda", "--day", "24.11.2026"])
    assert exit_.value.code == 2
    assert "is not a day; give it as YYYY-MM-DD" in capsys.readouterr().err


def test_agenda_csv_has_a_row_for_everything_on_the_day(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "day.csv"
    target.write_text("yesterday's sheet\n")  # replaced whole
    code, out, err = jd(capsys, "agenda", "--day", TUESDAY, "--all", "--csv", str(target))
    assert (code, err) == (0, "")
    assert out == f"Saved everyone's day, Tue 2026-11-24, as CSV to {target}.\n"
    with open(target, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["sub_account", "start", "end", "kind", "title", "guest", "phone", "calendar", "busy"],
        ["Alex", "2026-11-24T09:00:00+01:00", "2026-11-24T10:00:00+01:00", "blocked",
         "Training", "", "", "", "yes"],
        ["Main", "2026-11-24T08:00:00+01:00", "2026-11-24T09:00:00+01:00", "event",
         "Dentist", "", "", "Home", "yes"],
        ["Main", "2026-11-24T10:00:00+01:00", "2026-11-24T11:30:00+01:00", "event",
         "Quarterly planning", "", "", "Work", "yes"],
        ["Main", "2026-11-24T12:00:00+01:00", "2026-11-24T12:45:00+01:00", "appointment",
         "Haircut", "Ann Lee", "+49 170 5550101", "Work", "yes"],
        ["Main", "2026-11-24T13:00:00+01:00", "2026-11-24T14:00:00+01:00", "event",
         "Gym", "", "", "Family", "no"],
        ["Main", "2026-11-24T15:00:00+01:00", "2026-11-24T16:00:00+01:00", "event",
         "Board review", "", "", "Work", "no"],
        ["Main", "2026-11-24T16:30:00+01:00", "2026-11-24T17:00:00+01:00", "blocked",
         "Cleaning", "", "", "", "yes"],
    ]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_title_a_spreadsheet_would_run_stays_text_in_the_csv(
    shop: IcloudServer, capsys: pytest.CaptureFixture, tmp_path: Path,
) -> None:
    shop.add_event("Home", '=HYPERLINK("http://127.0.0.1/x","Call")', week_day(1, "17:00"),
                   week_day(1, "17:30"))
    assert jd(capsys, "sync")[0] == 0
    target = tmp_path / "day.csv"
    assert jd(capsys, "agenda", "--day", TUESDAY, "--csv", str(target))[0] == 0
    with open(target, encoding="utf-8", newline="") as handle:
        rows = {row[4]: row for row in csv.reader(handle)}
    assert "'=HYPERLINK(\"http://127.0.0.1/x\",\"Call\")" in rows
    assert rows["Haircut"][6] == "+49 170 5550101"  # a phone number stays one


@pytest.mark.skipif(sys.platform == "win32", reason="a folder's write bit is POSIX")
def test_a_folder_that_cannot_be_written_gets_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture, tmp_path: Path,
) -> None:
    if os.geteuid() == 0:
        # root writes anywhere: a folder on a read-only place is a file's path instead
        target = tmp_path / "a-file" / "day.csv"
        (tmp_path / "a-file").write_text("")
        code, out, err = jd(capsys, "agenda", "--day", TUESDAY, "--csv", str(target))
        assert (code, out) == (1, "")
        assert err == (f"jumpadesk: jumpadesk cannot save day.csv: the folder "
                       f"{tmp_path / 'a-file'} does not exist.\n")
        return
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    code, out, err = jd(capsys, "agenda", "--day", TUESDAY, "--csv", str(locked / "day.csv"))
    assert (code, out) == (1, "")
    assert err == (f"jumpadesk: jumpadesk cannot save day.csv in {locked}: this user may "
                   "not write in that folder. Choose another folder.\n")


def test_agenda_pdf_is_a_printable_day_sheet_per_staff_member(
    shop: IcloudServer, tmp_path: Path,
) -> None:
    """As a whole process, in a German locale: a real PDF, one page a staff member, the
    date as the locale writes it, the guest and the times on Main's page, in German
    (issue 22: the command line speaks the system's language)."""
    target = tmp_path / "Tuesday.pdf"
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"}
    env.pop("QT_QPA_PLATFORM", None)  # the command line needs no display of its own
    done = subprocess.run([sys.executable, "-m", "jumpadesk", "agenda", "--day", TUESDAY,
                           "--all", "--pdf", str(target)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (f"Den Tagesplan aller, Di 24.11.2026, als PDF in {target} "
                           "gespeichert.\n")
    assert target.read_bytes().startswith(b"%PDF-")
    pages = [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())  # "ﬀ"
             for page in PdfReader(target).pages]
    assert len(pages) == 2
    assert pages[0].startswith("Alex, Dienstag, 24. November 2026")
    assert "09:00 – 10:00 belegt Training" in pages[0]
    assert "Ann Lee" not in pages[0]
    assert pages[1].startswith("Main, Dienstag, 24. November 2026")
    assert "Geöffnet 09:00 – 18:00" in pages[1]
    assert "12:00 – 12:45 belegt Haircut · Ann Lee, +49 170 5550101" in pages[1]
    assert "13:00 – 14:00 frei Gym (Family)" in pages[1]


def test_a_day_read_from_calendars_that_could_not_be_synced_says_so(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A day sheet never passes for certain when a calendar could not be read: under the
    hours, which calendar may be out of date and why, and the day as it was last read."""
    shop.fail_next(10, status=500)
    assert jd(capsys, "sync")[0] == cli.EXIT_SYNC_FAILED
    shop.clear_faults()
    code, out, err = both_paths(capsys, monkeypatch, "agenda", "--day", TUESDAY)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == MAIN_DAY[:2]
    assert lines[2].startswith("May be out of date: ")
    assert [line for line in lines if not line.startswith("May be out of date: ")] == MAIN_DAY


@pytest.mark.slow  # a process of its own
def test_agenda_loads_qt_only_for_a_pdf(shop: IcloudServer) -> None:
    probe = ("import sys\n"
             "from jumpadesk.__main__ import main\n"
             f"code = main(['agenda', '--day', '{TUESDAY}'])\n"
             "print(code, 'PySide6' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.splitlines()[-1] == "0 False", done.stderr
