"""Opening the window on a shared PostgreSQL store of an older schema asks first: the
dialog says which version every desk will then need; Not Now changes nothing and opens
no window, Upgrade Now upgrades it and opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jumpadesk import __version__
from jumpadesk.schema import SCHEMA_HEAD
from jumpadesk.ui.launch import open_desk
from jumpadesk.ui.store_upgrade import StoreUpgradeDialog
from tests.pg import PostgresServer
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def older_shared_store(postgres_server: PostgresServer, jumpadesk_home: Path,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """This desk's store: a shared one at revision 0004, as older desks left it."""
    name = postgres_server.create_database_at("0004")
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", postgres_server.url(name))
    try:
        yield name
    finally:
        postgres_server.drop_database(name)


def answer_with(button: str, seen: list[StoreUpgradeDialog]) -> None:
    """Click `button` in the upgrade dialog once it is up (it runs its own loop)."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, StoreUpgradeDialog):
        QTimer.singleShot(20, lambda: answer_with(button, seen))
        return
    seen.append(dialog)
    getattr(dialog, button).click()


def revision(postgres_server: PostgresServer, name: str) -> list[tuple]:
    return postgres_server.admin("SELECT version_num FROM alembic_version", name)


def test_the_window_asks_before_upgrading_a_shared_store(
    qtbot: Any, older_shared_store: str, postgres_server: PostgresServer,
) -> None:
    seen: list[StoreUpgradeDialog] = []
    QTimer.singleShot(0, lambda: answer_with("not_now_button", seen))
    assert open_desk() is None
    [dialog] = seen
    assert dialog.text() == (
        f"The shared schedule on 127.0.0.1:{postgres_server.port} ({older_shared_store}) has "
        f"the schema of an older jumpadesk (0004); this jumpadesk ({__version__}) needs "
        f"schema {SCHEMA_HEAD}.")
    assert dialog.informativeText().startswith(
        f"After the upgrade, every desk that shares this schedule needs jumpadesk "
        f"{__version__} or newer")
    assert "Opening hours per sub-account" in dialog.detailedText()
    assert revision(postgres_server, older_shared_store) == [("0004",)]  # not now: untouched

    QTimer.singleShot(0, lambda: answer_with("upgrade_button", seen))
    desk = open_desk()
    assert desk is not None and len(seen) == 2
    assert revision(postgres_server, older_shared_store) == [(SCHEMA_HEAD,)]
    assert [s.name for s in desk.sub_accounts()] == ["Main"]
    desk.engine.dispose()
