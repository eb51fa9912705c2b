"""Share this schedule with other desks: where the schedule is kept, and moving it to a
PostgreSQL server that several desks share.

The page shows where this desk keeps its schedule and takes a database URL; Test says
what is wrong with it in a sentence, "Copy this desk's schedule there" fills an empty
shared store once, "Use it at this desk" switches (the window restarts its Desk on the
new store: `store_changed`). Every call runs off the GUI thread (jumpadesk.ui.tasks);
the work itself is jumpadesk.store_admin, which the command line shares.

Signals:
    store_changed(str): this desk now keeps its schedule where the sentence says;
        the window should open a new Desk (Desk()) and repaint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk import store_admin
from jumpadesk.models import make_engine
from jumpadesk.store_url import database_url
from jumpadesk.ui.plain import plain_label, rich_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

HELP = (QT_TRANSLATE_NOOP("share_page", "Several desks can share one schedule on a PostgreSQL "
    "server: bookings made at one "
        "desk show at the others within seconds, and nobody is double booked. Ask whoever "
        "runs the server for the address, like postgresql://desk@server.local/salon."))


def _copy_local_schedule(url: str) -> dict[str, int]:
    source = make_engine(database_url())
    try:
        return store_admin.copy_to(source, url)
    finally:
        source.dispose()


class SharePage(QWidget):
    """See the module's docstring."""

    store_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        layout = QVBoxLayout(self)
        title = rich_label(translate("share_page", "<b>Share this schedule with other desks</b>"))
        layout.addWidget(title)
        intro = plain_label(translate("share_page", HELP))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.where = plain_label()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://desk@server.local/salon")
        self.url.setAccessibleName(translate("share_page", "Database address"))
        layout.addWidget(self.url)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(translate("share_page", "Test"))
        self.copy_button = QPushButton(translate("share_page", "Copy this desk's schedule there"))
        self.use_button = QPushButton(translate("share_page", "Use it at this desk"))
        self.local_button = QPushButton(translate("share_page", "Back to this computer only"))
        for b in (self.test_button, self.copy_button, self.use_button, self.local_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.answer = plain_label()
        self.answer.setWordWrap(True)
        self.answer.setObjectName("shareAnswer")
        layout.addWidget(self.answer)
        layout.addStretch(1)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.local_button.clicked.connect(self._on_local_clicked)
        self.url.textChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        info = store_admin.describe()
        self.where.setText(translate("share_page", "This desk keeps its schedule in {store}.")
                           .format(store=info['store']))
        self.local_button.setVisible(info["kind"] == "postgresql")
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has_url = bool(self.url.text().strip()) and self._task is None
        for b in (self.test_button, self.copy_button, self.use_button):
            b.setEnabled(has_url)
        self.local_button.setEnabled(self._task is None)

    def _run(self, fn: Callable[[], Any], label: str, done: Callable[[Any], None]) -> None:
        self.answer.setText(translate("share_page", "Working…"))
        task = run_task(fn, label=label)
        self._task = task
        task.succeeded.connect(done)
        task.failed.connect(self._on_failed)
        task.ended.connect(self._on_ended)
        self._update_buttons()

    @Slot()
    def _on_test_clicked(self) -> None:
        url = self.url.text().strip()
        self._run(lambda: store_admin.check(url).sentence(), "store test",
                  self._on_answer)

    @Slot()
    def _on_copy_clicked(self) -> None:
        url = self.url.text().strip()
        self._run(lambda: _copy_local_schedule(url), "store copy", self._on_copied)

    @Slot()
    def _on_use_clicked(self) -> None:
        url = self.url.text().strip()
        self._run(lambda: store_admin.use(url), "store use", self._on_switched)

    @Slot()
    def _on_local_clicked(self) -> None:
        self._run(lambda: store_admin.use("local"), "store use local", self._on_switched)

    @Slot(object)
    def _on_answer(self, sentence: object) -> None:
        self.answer.setText(str(sentence))

    @Slot(object)
    def _on_copied(self, counts: object) -> None:
        c = counts if isinstance(counts, dict) else {}
        self.answer.setText(
            translate("share_page", "Copied {appointments} appointments, {blocked} blocked "
                      "slots and {contacts} contacts. Now choose \u201cUse it at this "
                      "desk\u201d, here and at every other desk.").format(
                appointments=c.get('appointment', 0), blocked=c.get('blocked_slot', 0),
                contacts=c.get('contact', 0)))

    @Slot(object)
    def _on_switched(self, sentence: object) -> None:
        self.answer.setText(str(sentence))
        self.refresh()
        self.store_changed.emit(str(sentence))

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self.answer.setText(failure.sentence)

    @Slot()
    def _on_ended(self) -> None:
        self._task = None
        self._update_buttons()
