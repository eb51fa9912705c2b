"""The command line end to end on a fresh data folder, as a script or a person uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(home: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "JUMPADESK_DATABASE_URL"}
    full_env["JUMPADESK_HOME"] = str(home)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "jumpadesk", *args],
        capture_output=True, text=True, env=full_env, timeout=60, stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_block_shows_in_busy_and_events_then_unblock_frees_it(home: Path) -> None:
    made = run(home, "block", "--start", "2026-11-25T10:00:00+01:00",
               "--end", "2026-11-25T11:30:00+01:00", "--title", "Stock take")
    assert made.returncode == 0, made.stderr
    slot_id = made.stdout.strip()
    assert slot_id.isdigit()

    busy = run(home, "busy", "--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z",
               "--json")
    assert busy.returncode == 0, busy.stderr
    assert json.loads(busy.stdout) == {
        "busy": [{"start": "2026-11-25T09:00:00Z", "end": "2026-11-25T10:30:00Z"}]
    }

    events = run(home, "events", "--from", "2026-11-25T00:00:00Z",
                 "--to", "2026-11-26T00:00:00Z", "--json")
    listed = json.loads(events.stdout)
    assert [(e["title"], e["source"], e["busy"], e["reason"]) for e in listed] == [
        ("Stock take", "blocked", True, "Blocked slot")
    ]

    gone = run(home, "unblock", slot_id)
    assert gone.returncode == 0, gone.stderr
    after = run(home, "busy", "--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z",
                "--json")
    assert json.loads(after.stdout) == {"busy": []}


def test_touching_blocks_merge_are_clipped_and_an_overlapping_block_is_refused(
    home: Path,
) -> None:
    for start, end in [("09:00", "10:00"), ("10:00", "11:00"), ("11:00", "11:15"),
                       ("15:00", "16:00")]:
        r = run(home, "block", "--start", f"2026-11-25T{start}:00Z",
                "--end", f"2026-11-25T{end}:00Z")
        assert r.returncode == 0, r.stderr
    # A block over a block is refused like a booking over one, and names it.
    over = run(home, "block", "--start", "2026-11-25T09:30:00Z",
               "--end", "2026-11-25T10:30:00Z", "--title", "Lunch")
    assert over.returncode == 3
    assert over.stderr.startswith("jumpadesk: That time is not free")
    assert "Blocked slot" in over.stderr
    busy = run(home, "busy", "--from", "2026-11-25T09:45:00Z", "--to", "2026-11-25T15:30:00Z",
               "--json")
    assert json.loads(busy.stdout)["busy"] == [
        {"start": "2026-11-25T09:45:00Z", "end": "2026-11-25T11:15:00Z"},
        {"start": "2026-11-25T15:00:00Z", "end": "2026-11-25T15:30:00Z"},
    ]


def test_sub_account_flag_means_the_same_before_and_after_the_command(home: Path) -> None:
    assert run(home, "timezone", "Asia/Tokyo").returncode == 0
    for name in ("Salon B", "Salon C"):
        assert run(home, "sub-accounts", "add", name).returncode == 0
    before = run(home, "--sub-account", "Salon B", "timezone", "Europe/Berlin")
    assert before.returncode == 0, before.stderr
    after = run(home, "timezone", "America/New_York", "--sub-account", "Salon C")
    assert after.returncode == 0, after.stderr
    assert run(home, "timezone", "--sub-account", "Salon B").stdout.strip() == "Europe/Berlin"
    assert run(home, "--sub-account", "Salon C", "timezone").stdout.strip() == "America/New_York"
    assert run(home, "timezone").stdout.strip() == "Asia/Tokyo"  # Main was left alone
    # The flag before the command books into that sub-account, not Main.
    blocked = run(home, "--sub-account", "Salon B", "block", "--start", "2026-11-25T09:00:00Z",
                  "--end", "2026-11-25T10:00:00Z")
    assert blocked.returncode == 0, blocked.stderr
    span = ("--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z", "--json")
    assert json.loads(run(home, "busy", *span).stdout)["busy"] == []
    assert len(json.loads(run(home, "busy", "--sub-account", "Salon B", *span).stdout)["busy"]) == 1
    # Two different names are refused rather than guessed.
    both = run(home, "--sub-account", "Salon B", "busy", "--sub-account", "Salon C", *span)
    assert both.returncode == 2
    assert "given twice" in both.stderr
    shown = run(home, "--help").stdout + run(home, "busy", "--help").stdout
    assert shown.count("--sub-account NAME") >= 2


def test_sub_accounts_keep_their_own_blocked_time(home: Path) -> None:
    assert run(home, "sub-accounts", "add", "Salon North").returncode == 0
    run(home, "block", "--sub-account", "Salon North", "--start", "2026-11-25T09:00:00Z",
        "--end", "2026-11-25T10:00:00Z")
    main = run(home, "busy", "--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z",
               "--json")
    north = run(home, "busy", "--sub-account", "Salon North", "--from", "2026-11-25T00:00:00Z",
                "--to", "2026-11-26T00:00:00Z", "--json")
    assert json.loads(main.stdout)["busy"] == []
    assert len(json.loads(north.stdout)["busy"]) == 1


def test_a_misspelt_sub_account_is_refused_with_the_names_there_are_and_nothing_is_made(
    home: Path,
) -> None:
    span = ("--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z")
    commands = [("busy", *span), ("events", *span, "--json"), ("status",), ("timezone",),
                ("block", "--start", "2026-11-25T09:00:00Z", "--end", "2026-11-25T10:00:00Z")]
    for args in commands:  # on a fresh data folder: Main is all there is
        refused = run(home, "--sub-account", "mian", *args)
        assert (refused.returncode, refused.stdout) == (2, ""), args
        assert refused.stderr == ("jumpadesk: There is no sub-account named 'mian'; there are: "
                                  "Main.\n")
    assert run(home, "sub-accounts", "add", "Salon B").returncode == 0
    for args in commands:  # the read-only questions and the full Desk alike
        refused = run(home, *args, "--sub-account", "Salon  C")
        assert (refused.returncode, refused.stdout) == (2, ""), args
        assert refused.stderr == ("jumpadesk: There is no sub-account named 'Salon  C'; there "
                                  "are: Main, Salon B.\n")
    listed = run(home, "sub-accounts", "--json")
    assert [s["name"] for s in json.loads(listed.stdout)] == ["Main", "Salon B"]
    busy = run(home, "busy", *span, "--json")  # and Main's slots were not touched
    assert json.loads(busy.stdout) == {"busy": []}


def test_sub_accounts_are_listed_added_renamed_and_removed_by_name(home: Path) -> None:
    assert run(home, "timezone", "Europe/Berlin").returncode == 0
    added = run(home, "sub-accounts", "add", "Salon B")  # in the first one's zone
    assert (added.returncode, added.stdout) == (0, "Added Salon B, in Europe/Berlin.\n")
    added = run(home, "sub-accounts", "add", "Studio", "--timezone", "Asia/Tokyo")
    assert added.stdout == "Added Studio, in Asia/Tokyo.\n"
    again = run(home, "sub-accounts", "add", "Studio")
    assert again.returncode == 1 and 'already a sub-account called "Studio"' in again.stderr
    listed = run(home, "sub-accounts")
    assert listed.stdout.split("\n") == [
        f"{'Main':<24} Europe/Berlin", f"{'Salon B':<24} Europe/Berlin",
        f"{'Studio':<24} Asia/Tokyo", ""]
    assert run(home, "--sub-account", "Salon B", "block", "--start", "2026-11-25T09:00:00Z",
               "--end", "2026-11-25T10:00:00Z").returncode == 0

    renamed = run(home, "sub-accounts", "rename", "Salon B", "Salon North")
    assert (renamed.returncode, renamed.stdout) == (0, "Renamed Salon B to Salon North.\n")
    span = ("--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z", "--json")
    north = run(home, "busy", "--sub-account", "Salon North", *span)
    assert len(json.loads(north.stdout)["busy"]) == 1  # its blocked slot came along
    assert run(home, "busy", "--sub-account", "Salon B", *span).returncode == 2

    removed = run(home, "sub-accounts", "remove", "Salon North")
    assert (removed.returncode, removed.stdout) == (
        0, "Removed Salon North: it had no past appointments; its 1 blocked slot and 0 "
           "contacts are deleted.\n")
    gone = run(home, "sub-accounts", "remove", "Salon North")
    assert gone.returncode == 2 and "there are: Main, Studio." in gone.stderr
    assert [s["name"] for s in json.loads(run(home, "sub-accounts", "list", "--json").stdout)
            ] == ["Main", "Studio"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("busy", "--from", "2026-11-25T09:00", "--to", "2026-11-25T10:00Z"), "no time zone"),
        (("busy", "--from", "2026-11-25T10:00Z", "--to", "2026-11-25T09:00Z"), "after the start"),
        (("block", "--start", "tomorrow", "--end", "2026-11-25T10:00Z"), "ISO 8601"),
        (("unblock", "42"), "no blocked slot 42"),
        (("cancel", "7"), "no appointment 7"),
        (("book", "--in-the-past",
          "--start", "2026-11-25T09:00Z", "--end", "2026-11-25T10:00Z", "--title", "Cut"),
         "linked calendar"),
        (("configure", "--linked", "Work"), "no calendar account connected"),
        (("connect", "--apple-id", "a@icloud.com"), "JUMPADESK_PASSWORD"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_bad_input_gets_one_sentence_not_a_traceback(
    home: Path, args: tuple[str, ...], words: str
) -> None:
    r = run(home, *args)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert words in r.stderr
    assert r.stderr.startswith("jumpadesk: ")
    assert len(r.stderr.strip().splitlines()) == 1


def test_contacts_start_empty_and_are_json(home: Path) -> None:
    r = run(home, "contacts", "--json")
    assert r.returncode == 0
    assert json.loads(r.stdout) == []


def test_version_and_data_folder(home: Path) -> None:
    from jumpadesk import __version__

    r = run(home, "--version")
    assert r.stdout.strip() == f"jumpadesk {__version__}"
    run(home, "contacts")
    assert (home / "jumpadesk.db").exists()
    assert (home / "logs" / "jumpadesk.log").exists()


def test_opening_hours_are_shown_and_set_per_weekday_with_a_lunch_break(home: Path) -> None:
    shown = run(home, "hours")
    assert shown.returncode == 0, shown.stderr
    week = [f"{'Monday':<10} 09:00 \u2013 18:00", f"{'Tuesday':<10} 09:00 \u2013 18:00",
            f"{'Wednesday':<10} 09:00 \u2013 18:00", f"{'Thursday':<10} 09:00 \u2013 18:00",
            f"{'Friday':<10} 09:00 \u2013 18:00", f"{'Saturday':<10} closed",
            f"{'Sunday':<10} closed", ""]
    assert shown.stdout.split("\n") == week

    lunch = run(home, "hours", "set", "--day", "tue", "--ranges", "09:00-12:30,13:30-18:00")
    assert (lunch.returncode, lunch.stdout) == (
        0, "Main's opening hours are saved: Tuesday 09:00 \u2013 12:30, 13:30 \u2013 18:00.\n")
    closed = run(home, "hours", "set", "--day", "wed,thu", "--day", "Friday", "--closed")
    assert closed.stdout == ("Main's opening hours are saved: Wednesday: closed; Thursday: "
                             "closed; Friday: closed.\n")
    late = run(home, "hours", "set", "--day", "sat", "--ranges", "18:00-24:00")
    assert late.returncode == 0, late.stderr

    listed = json.loads(run(home, "hours", "--json").stdout)
    assert listed[1] == {"day": "Tuesday", "closed": False,
                         "ranges": [{"opens": "09:00", "closes": "12:30"},
                                    {"opens": "13:30", "closes": "18:00"}]}
    assert listed[2] == {"day": "Wednesday", "closed": True, "ranges": []}
    assert listed[5]["ranges"] == [{"opens": "18:00", "closes": "24:00"}]
    assert run(home, "hours", "show").stdout.split("\n")[1] == (
        f"{'Tuesday':<10} 09:00 \u2013 12:30, 13:30 \u2013 18:00")

    for args, sentence in [
        (("--day", "tue", "--ranges", "09:00-13:00,12:00-18:00"),
         "On Tuesday, 09:00 \u2013 13:00 and 12:00 \u2013 18:00 overlap; give each time of "
         "day to one range."),
        (("--day", "tue", "--ranges", "9-5"),
         '"9-5" is not a range of hours for Tuesday; write them like 09:00-12:30,13:30-18:00.'),
        (("--day", "tuz", "--closed"),
         '"tuz" is not a weekday; use mon, tue, wed, thu, fri, sat or sun.'),
    ]:
        refused = run(home, "hours", "set", *args)
        assert (refused.returncode, refused.stdout, refused.stderr) == (
            2, "", f"jumpadesk: {sentence}\n"), args
    assert json.loads(run(home, "hours", "--json").stdout) == listed  # nothing changed


def test_a_repeating_block_is_busy_every_weekday_and_one_day_or_all_of_it_is_removed(
    home: Path,
) -> None:
    assert run(home, "timezone", "Europe/Berlin").returncode == 0
    made = run(home, "block", "--start", "2026-12-14T12:30:00+01:00", "--end",
               "2026-12-14T13:15:00+01:00", "--title", "Lunch", "--repeat", "weekdays",
               "--until", "2026-12-31")
    assert made.returncode == 0, made.stderr
    slot_id = made.stdout.strip()
    span = ("--from", "2026-12-14T00:00:00Z", "--to", "2026-12-21T00:00:00Z")
    lunches = [{"start": f"2026-12-{day}T11:30:00Z", "end": f"2026-12-{day}T12:15:00Z"}
               for day in (14, 15, 16, 17, 18)]
    assert json.loads(run(home, "busy", *span, "--json").stdout) == {"busy": lunches}
    events = run(home, "events", *span).stdout.split("\n")
    assert events[0] == (f"Mon 12-14 12:30–13:15 busy Lunch [#{slot_id}] (Blocked: Blocked "
                         "slot; repeats every weekday (Monday to Friday) until Thursday 31 "
                         "December 2026)")
    assert len(events) == 6
    listed = json.loads(run(home, "events", *span, "--json").stdout)
    assert {e["repeat"] for e in listed} == {"every weekday (Monday to Friday) until "
                                             "Thursday 31 December 2026"}
    after = ("--from", "2027-01-01T00:00:00Z", "--to", "2027-01-08T00:00:00Z", "--json")
    assert json.loads(run(home, "busy", *after).stdout) == {"busy": []}  # past its last day

    one = run(home, "unblock", slot_id, "--only", "2026-12-16")
    assert (one.returncode, one.stdout) == (
        0, "Removed \u201cLunch\u201d on Wednesday 16 December 2026 only; it still blocks every "
           "weekday (Monday to Friday) until Thursday 31 December 2026.\n")
    assert json.loads(run(home, "busy", *span, "--json").stdout) == {
        "busy": lunches[:2] + lunches[3:]}
    weekend = run(home, "unblock", slot_id, "--only", "2026-12-19")
    assert (weekend.returncode, weekend.stderr) == (
        1, "jumpadesk: \u201cLunch\u201d does not block Saturday 19 December 2026: it repeats "
           "every weekday (Monday to Friday) from Monday 14 December 2026 until Thursday 31 "
           "December 2026.\n")

    gone = run(home, "unblock", slot_id)
    assert (gone.returncode, gone.stdout) == (0, f"Removed blocked slot {slot_id}.\n")
    assert json.loads(run(home, "busy", *span, "--json").stdout) == {"busy": []}

    weekly = run(home, "block", "--start", "2026-12-14T08:00:00+01:00", "--end",
                 "2026-12-14T08:30:00+01:00", "--repeat", "weekly", "--days", "tue,thu")
    assert weekly.returncode == 0, weekly.stderr
    assert [b["start"] for b in json.loads(run(home, "busy", *span, "--json").stdout)["busy"]
            ] == ["2026-12-15T07:00:00Z", "2026-12-17T07:00:00Z"]
    for args, sentence in [
        (("--days", "mon"), "--days and --until go with --repeat; add --repeat daily, weekdays "
                            "or weekly."),
        (("--repeat", "daily", "--until", "31.12.2026"),
         '"31.12.2026" is not a day; write it like 2026-12-31.'),
        (("--repeat", "daily", "--days", "mon"),
         "Weekdays are chosen only for a block that repeats weekly."),
    ]:
        refused = run(home, "block", "--start", "2026-12-21T08:00:00Z", "--end",
                      "2026-12-21T09:00:00Z", *args)
        assert (refused.returncode, refused.stdout, refused.stderr) == (
            2, "", f"jumpadesk: {sentence}\n"), args


def test_the_time_zone_is_set_by_a_city_or_a_country(home: Path) -> None:
    for typed, zone in (("New York", "America/New_York"), ("zurich", "Europe/Zurich"),
                        ("Germany", "Europe/Berlin")):
        chosen = run(home, "timezone", typed)
        assert (chosen.returncode, chosen.stdout) == (0, f"{zone}\n"), chosen.stderr
    several = run(home, "timezone", "Indonesia")
    assert several.returncode == 1  # the notes are the time zone database's own words
    assert several.stderr.startswith('jumpadesk: "Indonesia" has several time zones: '
                                     "Asia/Jakarta (Java, Sumatra), Asia/Pontianak (")
    assert several.stderr.endswith("); name one of them.\n")
    assert run(home, "timezone").stdout == "Europe/Berlin\n"  # unchanged
    added = run(home, "sub-accounts", "add", "Studio", "--timezone", "Tokyo")
    assert added.stdout == "Added Studio, in Asia/Tokyo.\n"
