"""A damaged store, a read-only folder and absurd arguments, as a person meets them on the
command line: one sentence that names the file and what to do, the file left as it was,
never a fresh start on top of it and never "Something went wrong".

Real `jumpadesk` processes on a real data folder; the damage is done to the file the way
disks and people do it (emptied, overwritten, cut short, pages scrambled).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses, Result
from tests.hostile_disk import plain_user, run

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

DAY = ("--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z")
INTERNAL = "Something went wrong"


def one_sentence(done: Result) -> str:
    assert done.returncode == 1, (done.args, done.stdout, done.stderr)
    assert done.stdout == "", done.args
    assert done.stderr.startswith("jumpadesk: ") and done.stderr.count("\n") == 1, done.stderr
    assert INTERNAL not in done.stderr
    return done.stderr.removeprefix("jumpadesk: ").strip()


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def desk(tmp_path: Path) -> DeskProcesses:
    """A data folder with one blocked slot in it, its store closed (no WAL left)."""
    desk = DeskProcesses(tmp_path)
    done = desk.run("block", "--start", "2026-11-25T10:00:00Z", "--end", "2026-11-25T11:00:00Z",
                    "--title", "Stock take")
    assert done.returncode == 0, done.stderr
    assert not Path(f"{desk.home / 'jumpadesk.db'}-wal").exists()
    return desk


def empty(path: Path) -> None:
    path.write_bytes(b"")


def not_sqlite(path: Path) -> None:
    path.write_bytes(b"Dear diary, " * 4000)


def cut_short(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 3)


def scrambled_pages(path: Path) -> None:
    """SQLite's header intact, every page after the first overwritten."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for page in range(4096, size, 4096):
            handle.seek(page)
            handle.write(bytes((page // 4096 * 37 + i) % 251 for i in range(4096)))


QUESTIONS = [("status",), ("busy", *DAY), ("events", *DAY), ("conflicts",)]
CHANGES = [("block", "--start", "2026-11-25T12:00:00Z", "--end", "2026-11-25T13:00:00Z"),
           ("timezone", "Asia/Tokyo"), ("contacts",)]


@pytest.mark.parametrize(("damage", "why"), [
    (empty, "it is empty: 0 bytes"),
    (not_sqlite, "it is not a SQLite database"),
    (cut_short, "it is cut short"),
    (scrambled_pages, "SQLite finds it malformed"),
])
def test_a_damaged_store_is_named_with_the_newest_backup_and_left_as_it_is(
    desk: DeskProcesses, damage: Callable[[Path], None], why: str
) -> None:
    store = desk.home / "jumpadesk.db"
    older = desk.home / "jumpadesk.db.v1.bak"
    newest = desk.home / "jumpadesk.db.0004.bak"
    for backup, when in ((older, 1_700_000_000), (newest, 1_750_000_000)):
        backup.write_bytes(store.read_bytes())
        os.utime(backup, (when, when))
    damage(store)
    damaged = fingerprint(store)

    for args in QUESTIONS + CHANGES:
        sentence = one_sentence(desk.run(*args))
        assert sentence.startswith(f"The jumpadesk data file {store} is damaged ({why}"), args
        assert f"copy {newest} (saved " in sentence and str(older) not in sentence
        assert fingerprint(store) == damaged, args  # not opened as a fresh store
    assert not Path(f"{store}-wal").exists()

    # Restored as the sentence says, the schedule is back.
    newest.replace(store)
    busy = desk.run("busy", *DAY, "--json")
    assert json.loads(busy.stdout)["busy"] == [
        {"start": "2026-11-25T10:00:00Z", "end": "2026-11-25T11:00:00Z"}]


def test_only_a_missing_store_is_a_fresh_start(tmp_path: Path) -> None:
    desk = DeskProcesses(tmp_path)
    store = desk.home / "jumpadesk.db"
    # Several processes starting at once on no store make one, and none finds it empty.
    starts = [("block", "--start", f"2026-11-25T{h:02}:00:00Z",
               "--end", f"2026-11-25T{h:02}:30:00Z") for h in (9, 11, 13, 15)]
    results = desk.run_together(starts)
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr for r in results]
    assert len(json.loads(desk.run("busy", *DAY, "--json").stdout)["busy"]) == 4

    empty(store)
    sentence = one_sentence(desk.run("status"))
    assert sentence == (
        f"The jumpadesk data file {store} is damaged (it is empty: 0 bytes); jumpadesk changed "
        "nothing in it. There is no backup of it in its folder: restore it from a backup of "
        "this computer, or move it aside to start again with an empty schedule.")
    assert store.stat().st_size == 0

    # Moved aside as the sentence says, the next start is a fresh one.
    store.rename(desk.home / "damaged.db")
    status = desk.run("status")
    assert (status.returncode, status.stdout) == (0, "Main: no calendar account connected yet.\n")


@posix_only
def test_a_read_only_data_folder_is_named_as_read_only(desk: DeskProcesses) -> None:
    desk.home.chmod(0o500)
    try:
        for args in [("block", "--start", "2026-11-25T12:00:00Z", "--end",
                      "2026-11-25T13:00:00Z"), ("status",), ("busy", *DAY)]:
            sentence = one_sentence(run(desk, *args, prepare=plain_user()))
            assert sentence.startswith(f"The jumpadesk data folder {desk.home} is read-only"), args
    finally:
        desk.home.chmod(0o700)


@posix_only
def test_a_read_only_store_file_is_named_and_still_answers_questions(
    desk: DeskProcesses,
) -> None:
    store = desk.home / "jumpadesk.db"
    store.chmod(0o400)
    try:
        blocked = run(desk, "block", "--start", "2026-11-25T12:00:00Z",
                      "--end", "2026-11-25T13:00:00Z", prepare=plain_user())
        assert one_sentence(blocked).startswith(f"The jumpadesk data file {store} is read-only")
        busy = run(desk, "busy", *DAY, "--json", prepare=plain_user())
        assert busy.returncode == 0, busy.stderr
        assert len(json.loads(busy.stdout)["busy"]) == 1
    finally:
        store.chmod(0o600)


def test_the_read_only_path_refuses_an_empty_store_without_asking_the_full_desk(
    desk: DeskProcesses,
) -> None:
    empty(desk.home / "jumpadesk.db")
    probe = ("import sys, jumpadesk.cli as c\n"
             "code = c.main(['busy', '--from', '2026-11-25T00:00:00Z', '--to', "
             "'2026-11-26T00:00:00Z'])\n"
             "heavy = [m for m in ('sqlalchemy', 'alembic') if m in sys.modules]\n"
             "print(code, heavy)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=desk.env, timeout=60)
    assert done.stdout == "1 []\n", done.stderr
    assert "is damaged (it is empty: 0 bytes)" in done.stderr


def test_a_file_in_the_way_of_a_fresh_store_is_not_replaced(tmp_path: Path) -> None:
    from jumpadesk import store_file

    path = tmp_path / "jumpadesk.db"
    store_file.create(path)
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE kept (x)")
    store_file.create(path)  # another process that looked a moment earlier
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("kept",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jumpadesk.db"]
