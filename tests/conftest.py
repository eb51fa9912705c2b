"""Fixtures every test can use.

- `jumpadesk_home`: a fresh data folder ($JUMPADESK_HOME). Its store is SQLite in that
  folder, or, for the modules in BOTH_STORES, once on SQLite and once on a fresh database
  of the session's PostgreSQL server (JUMPADESK_DATABASE_URL set; test ids end in
  [sqlite] / [postgresql]). JUMPADESK_TEST_STORES=sqlite (or =postgresql) runs one only.
- `postgres_server`: a real PostgreSQL server for the session (tests/pg.py); skipped
  when PostgreSQL is not installed, except in CI (CI=true), where that fails.
- `pg_url`: the URL of a fresh, migrated database on it.
- `keyring_backend` (autouse): an in-memory keyring for every test; no test ever touches
  the real keychain. The backend's `passwords` dict is {(service, username): password}.
- `icloud`: an iCloud-like account on loopback (tests/icloud_server.py), seeded with the
  sample calendars and events of resources/demo/ in the week of Monday 2026-11-23,
  Europe/Berlin (`icloud_server.FIXED_WEEK`, `FIXED_ZONE`; week_day() builds times in
  it). Fresh for every test: a copy of storage seeded once per session.

The `slow` marker: what the fast lane (`bash scripts/test.sh --fast`, that is
`pytest -m "not slow"`) leaves out for day-to-day work; CI runs everything. Marked slow
here: every test on PostgreSQL (a `[postgresql]` run, or one asking for
`postgres_server` or `pg_url`), every property test (hypothesis), the modules in SLOW and
the tests in SLOW_TESTS; other single tests carry the mark themselves. The fast lane runs
a pytest worker per CPU (pytest-xdist, `-n auto`), so its tests must not depend on one
another or on running alone; the full suite runs one test after another.
"""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Whatever asks keyring outside the fixture below gets a backend that stores nothing.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from tests.icloud_server import IcloudServer, build_seeded_folder  # noqa: E402
from tests.pg import PostgresServer, find_bin_dir  # noqa: E402

TESTS = Path(__file__).resolve().parent
#: Test modules (paths under tests/) whose tests run on both stores; the rest on SQLite.
BOTH_STORES = ("models/", "sync/", "test_scenarios.py", "test_cli_journey.py",
               "services/test_move.py", "services/test_week.py", "services/test_repeats.py",
               "services/test_free.py", "test_cli_free.py", "test_cli_guest.py",
               "test_cli_agenda.py", "test_shared_bookings.py", "test_lost_answers.py",
               "test_shared_store.py", "test_desks.py", "services/test_new_staff.py",
               "test_cli_new_staff.py", "test_cli_edit.py",
               "services/test_undo.py", "services/test_edit.py", "services/test_clients.py",
               "test_cli_clients.py", "test_cli_service_staff.py",
               "ui/test_service_staff_window.py")


#: Test modules (paths under tests/) the fast lane leaves out.
SLOW = (
    # several real jumpadesk processes, or one per command
    "concurrency/", "test_desks.py", "test_cli.py", "test_absurd_arguments.py",
    "test_cli_no_keychain.py",
    "test_damaged_store.py", "test_full_disk.py", "test_private.py",
    "ui/test_booking_race.py", "ui/test_launch.py", "ui/test_launch_store.py",
    "ui/test_live_store.py", "ui/test_sub_account_switcher.py",
    # a store that takes 300 ms over every statement
    "ui/test_gui_thread_never_waits.py",
    # servers that misbehave on purpose until a deadline passes
    "sync/test_hostile_server.py", "test_cli_hostile.py",
    # fuzzing (and every property test with generated input: pytest_collection_modifyitems)
    "sync/test_fuzz.py", "sync/test_fuzz_delivery.py",
    # whole days of a shop against the iCloud-like server, many syncs and bookings each
    "test_scenarios.py", "test_lost_answers.py", "test_cli_journey.py",
    "test_journey_other_servers.py", "services/test_move.py",
    "sync/test_incomplete_listings.py",
)
#: Single tests the fast lane leaves out (module path::function, every parameter): each
#: starts a jumpadesk window or desk as a process of its own and takes seconds. Listed here
#: rather than marked in their modules; tests/test_fast_lane.py checks each still exists.
SLOW_TESTS = frozenset({
    "ui/test_change_time.py::"
    "test_change_time_on_an_appointment_another_desk_cancelled_names_it_and_that_desk",
    "ui/test_no_keychain.py::"
    "test_a_file_only_the_person_can_read_keeps_it_for_a_fresh_desk_and_a_new_process",
    "ui/test_other_server.py::test_a_refusal_shows_whole_on_a_1024_by_700_screen",
})
ON_POSTGRESQL = frozenset({"postgres_server", "pg_url"})
#: Parameters that name the store a test runs on ("kind": a test that asks for pg_url
#: itself when it is "postgresql").
STORE_PARAMETERS = ("store_kind", "kind")


def store_kinds() -> list[str]:
    wanted = os.environ.get("JUMPADESK_TEST_STORES", "sqlite,postgresql")
    return [k.strip() for k in wanted.split(",") if k.strip() in ("sqlite", "postgresql")]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_kind" not in metafunc.fixturenames:
        return
    module = Path(str(metafunc.definition.fspath)).resolve().relative_to(TESTS).as_posix()
    if module.startswith(BOTH_STORES):
        metafunc.parametrize("store_kind", store_kinds())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow marker on the modules in SLOW, on every test on PostgreSQL and on every
    property test (hypothesis)."""
    for item in items:
        module = Path(str(item.fspath)).resolve().relative_to(TESTS).as_posix()
        callspec = getattr(item, "callspec", None)
        params = callspec.params if callspec is not None else {}
        on_postgresql = (
            any(params.get(name) == "postgresql" for name in STORE_PARAMETERS)
            or bool(ON_POSTGRESQL & set(getattr(item, "fixturenames", ()))))
        generated = getattr(getattr(item, "function", None), "is_hypothesis_test", False)
        listed = f"{module}::{getattr(item, 'originalname', item.name)}" in SLOW_TESTS
        if module.startswith(SLOW) or listed or on_postgresql or generated:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def store_kind() -> str:
    """The store a test's data folder uses, where the test is not run on both."""
    return "sqlite"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if find_bin_dir() is None:
        message = "PostgreSQL is not installed (apt-get install postgresql; scripts/setup.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = PostgresServer()
    try:
        server.start()  # inside: a server that fails to start leaves no folder behind
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh database with jumpadesk's schema on the session's PostgreSQL server."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring set with keyring.set_keyring for the test's duration."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def jumpadesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                   request: pytest.FixtureRequest, store_kind: str) -> Path:
    """A fresh, empty JUMPADESK_HOME; the store lives there (SQLite), or on a fresh
    PostgreSQL database named by JUMPADESK_DATABASE_URL when store_kind says so."""
    home = tmp_path / "jumpadesk-home"
    home.mkdir()
    monkeypatch.setenv("JUMPADESK_HOME", str(home))
    monkeypatch.delenv("JUMPADESK_DATABASE_URL", raising=False)
    if store_kind == "postgresql":
        monkeypatch.setenv("JUMPADESK_DATABASE_URL", request.getfixturevalue("pg_url"))
    return home


@pytest.fixture(scope="session")
def _icloud_seeded_storage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("icloud-seeded")
    build_seeded_folder(folder)
    return folder


@pytest.fixture
def icloud(_icloud_seeded_storage: Path, tmp_path: Path) -> Iterator[IcloudServer]:
    """A running iCloud-like server with the seeded account; see tests/icloud_server.py.

    Discovery starts at `icloud.url` (http://127.0.0.1:P1/); the calendar home and the
    calendars are on `icloud.partition_url` (http://127.0.0.2:P2/). Useful members:
    apple_id, password, calendar_url(name), calendar_path(name), home_url, requests,
    reset_requests(), request_count(), fail_next(), cut_next(), expire_sync_tokens(),
    revoke_password(), put_event(), add_event(), delete_event(), get_event(), hrefs().
    """
    folder = tmp_path / "icloud"
    shutil.copytree(_icloud_seeded_storage, folder)
    server = IcloudServer(folder, seed=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()
