"""The "Share this schedule with other desks" page against a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from jumpadesk.service import Desk
from jumpadesk.ui.share_page import SharePage
from tests.pg import PostgresServer, free_port


@pytest.fixture
def salon(postgres_server: PostgresServer) -> Iterator[str]:
    name = f"salon_{free_port()}"
    postgres_server.admin("DROP ROLE IF EXISTS desk")
    postgres_server.admin("CREATE ROLE desk LOGIN PASSWORD 'front-desk-pw'")
    postgres_server.admin(f"CREATE DATABASE {name} OWNER desk")
    try:
        yield f"postgresql://desk:front-desk-pw@127.0.0.1:{postgres_server.port}/{name}"
    finally:
        postgres_server.drop_database(name)
        postgres_server.admin("DROP ROLE IF EXISTS desk")


def press(qtbot: Any, page: SharePage, button: Any) -> str:
    button.click()
    qtbot.waitUntil(lambda: page.answer.text() != "Working…" and page._task is None,
                    timeout=30_000)
    return page.answer.text()


def test_test_copy_and_use_from_the_window(
    qtbot: Any, jumpadesk_home: Path, salon: str,
) -> None:
    start = datetime(2026, 11, 25, 9, tzinfo=UTC)
    desk = Desk()
    desk.block("Main", start, start + timedelta(hours=1), "Stock take")
    desk.engine.dispose()

    page = SharePage()
    qtbot.addWidget(page)
    assert page.where.text().startswith("This desk keeps its schedule in the data file")
    assert not page.test_button.isEnabled()

    page.url.setText(salon.replace("front-desk-pw", "wrong"))
    assert "refused the password" in press(qtbot, page, page.test_button)
    page.url.setText(salon)
    assert "holds no schedule yet" in press(qtbot, page, page.test_button)
    assert press(qtbot, page, page.copy_button).startswith("Copied 0 appointments, 1 blocked")
    with qtbot.waitSignal(page.store_changed, timeout=30_000):
        page.use_button.click()
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    assert page.where.text().startswith("This desk keeps its schedule in the shared schedule")
    shared = Desk()
    assert [i.title for i in shared.schedule("Main", start, start + timedelta(hours=1))] == [
        "Stock take"]
    shared.engine.dispose()
    assert "again" in press(qtbot, page, page.local_button)
    assert page.where.text().startswith("This desk keeps its schedule in the data file")
