"""The window's Edit > Undo (Ctrl+Z): a stack of what was done at this desk in this
window (a cancel, a move, an edit, an appointment given to another staff member:
services/undo.py's records, and any other kind with the same members), the last one
undone on a worker by the Desk, checked as the change itself was: an undo that would now
double book is refused with the usual sentence and changes nothing (and stays on the
stack, to be tried again once the time is free).

`UndoController` works for an `UndoHost` (the main window): its menu bar, a call on a
worker, the week read again, a warning shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.errors import BookingUnconfirmed, ServerFailed, ServerUnreachable, SlotTaken
from jumpadesk.service import StaleData
from jumpadesk.services.undo import Undoable
from jumpadesk.ui.event_details import uses_am_pm
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate
from jumpadesk.ui.window_host import SubAccountHost
from jumpadesk.week import WeekSnapshot
from jumpadesk.wording import stale_question

#: Refusals after which the same undo may go through later: it stays on the stack.
_TRY_AGAIN = (SlotTaken, ServerFailed, ServerUnreachable)

#: By a step's kind (services/undo.py): the Undo item with the appointment in words and
#: without, and the status bar's sentence while it is undone, with and without.
_SAID = {
    "Cancel": (QT_TRANSLATE_NOOP("window_undo", "Undo Cancel of {what}"),
               QT_TRANSLATE_NOOP("window_undo", "Undo Cancel"),
               QT_TRANSLATE_NOOP("window_undo", "Undoing the cancel of {what}\u2026"),
               QT_TRANSLATE_NOOP("window_undo", "Undoing the cancel\u2026")),
    "Move": (QT_TRANSLATE_NOOP("window_undo", "Undo Move of {what}"),
             QT_TRANSLATE_NOOP("window_undo", "Undo Move"),
             QT_TRANSLATE_NOOP("window_undo", "Undoing the move of {what}\u2026"),
             QT_TRANSLATE_NOOP("window_undo", "Undoing the move\u2026")),
    "Edit": (QT_TRANSLATE_NOOP("window_undo", "Undo Edit of {what}"),
             QT_TRANSLATE_NOOP("window_undo", "Undo Edit"),
             QT_TRANSLATE_NOOP("window_undo", "Undoing the edit of {what}\u2026"),
             QT_TRANSLATE_NOOP("window_undo", "Undoing the edit\u2026")),
    # An appointment given to another staff member ({name}), given back to {back}.
    "Reassign": (QT_TRANSLATE_NOOP("window_undo", "Undo Giving {what} to {name}"),
                 QT_TRANSLATE_NOOP("window_undo", "Undo Giving to {name}"),
                 QT_TRANSLATE_NOOP("window_undo", "Giving {what} back to {back}\u2026"),
                 QT_TRANSLATE_NOOP("window_undo", "Giving the appointment back to "
                                                  "{back}\u2026")),
    "": (QT_TRANSLATE_NOOP("window_undo", "Undo {what}"),  # a kind named by its label
         QT_TRANSLATE_NOOP("window_undo", "Undo"),
         QT_TRANSLATE_NOOP("window_undo", "Undoing {what}\u2026"),
         QT_TRANSLATE_NOOP("window_undo", "Undoing\u2026")),
}


def appointment_words(item: ScheduleItem, week: WeekSnapshot | None) -> str:
    """An appointment as the Undo item names it: "Haircut · Ann Lee" (the guest as the
    week read it, else as the item says: one of the team day's, whose staff member's week
    is still being read)."""
    guest = week.guest_of(item) if week is not None else None
    name = guest.name if guest is not None else item.guest
    return f"{item.title} \u00b7 {name}" if name else item.title


def undo_words(step: Undoable, *, menu: bool) -> str:
    """The Undo item for `step` ("Undo Cancel of Haircut · Ann Lee", "Undo Giving
    Haircut · Ann Lee to Alex", a guest's "&" kept a letter), or with `menu` False the
    status bar's sentence while it is undone."""
    what = getattr(step, "what", None)
    if step.kind in _SAID and isinstance(what, str):
        said = _SAID[step.kind]
    else:  # a kind not known here: named by its label
        said, what = _SAID[""], step.label
    with_what, alone = said[:2] if menu else said[2:]
    names = {"name": str(getattr(step, "given_to", "")),
             "back": str(getattr(step, "given_back_to", ""))}
    if menu:
        what = what.replace("&", "&&")
        names = {key: name.replace("&", "&&") for key, name in names.items()}
    return translate("window_undo", with_what if what else alone).format(what=what, **names)


class UndoHost(SubAccountHost, Protocol):
    """What undo needs of the window it works in."""

    def ask(self, title: str, text: str) -> bool: ...
    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)
    def warn(self, failure: TaskFailure) -> None: ...
    def restart_recheck(self) -> None: ...


class UndoController(QObject):
    """The Edit menu's Undo and the stack of steps it undoes, last first.

    Signals:
        undone(str): an undo went through and the week shows it; its sentence.
        failed(str): an undo was refused; its sentence was shown.
    """

    undone = Signal(str)
    failed = Signal(str)

    def __init__(self, host: UndoHost, parent: QWidget,
                 sources: Iterable[SignalInstance] = ()) -> None:
        """`sources`: signals that each carry a step done (an Undoable) to push."""
        super().__init__(parent)
        self._host = host
        self.steps: list[Undoable] = []
        self._running: Task | None = None
        self.edit_menu = QMenu(translate("window_undo", "&Edit"), parent)
        self.undo_action = QAction(translate("window_undo", _SAID[""][1]), parent)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.edit_menu.addAction(self.undo_action)
        parent.addAction(self.undo_action)  # Ctrl+Z wherever the focus is in the window
        bar = host.menuBar()
        menus = bar.actions()
        # After File, as desktops place Edit.
        bar.insertMenu(menus[1], self.edit_menu) if len(menus) > 1 else bar.addMenu(
            self.edit_menu)
        for source in sources:
            source.connect(self.push)
        self._refresh()

    @Slot(object)
    def push(self, step: Undoable) -> None:
        """A change made in this window: the next Undo undoes it."""
        self.steps.append(step)
        self._refresh()

    def _refresh(self) -> None:
        top = self.steps[-1] if self.steps else None
        self.undo_action.setText(undo_words(top, menu=True) if top is not None
                                 else translate("window_undo", _SAID[""][1]))
        self.undo_action.setEnabled(top is not None and self._running is None)

    @Slot()
    def _on_undo_action_triggered(self) -> None:
        self.undo()

    def undo(self, *, allow_stale: bool = False) -> Task | None:
        """Undo the last step on a worker; None when there is nothing to undo (or one
        is being undone). Out-of-date calendars ask first, as booking does."""
        if not self.steps or self._running is not None:
            return None
        step = self.steps.pop()
        desk = self._host.desk
        task = self._host.run_call(lambda: desk.undo(step, allow_stale=allow_stale), "undo")
        self._running = task
        task.succeeded.connect(self._on_undo_succeeded)
        task.failed.connect(lambda failure: self._on_undo_failed(step, failure))
        self._host.statusBar().showMessage(undo_words(step, menu=False))
        self._refresh()
        return task

    @Slot(object)
    def _on_undo_succeeded(self, sentence: object) -> None:
        self._running = None
        self._refresh()
        said = str(sentence)
        self._host.statusBar().showMessage(said, 8000)
        self._host.reload_schedule(conflicts=True, then=lambda: self.undone.emit(said))

    def _on_undo_failed(self, step: Undoable, failure: TaskFailure) -> None:
        self._running = None
        if isinstance(failure.error, StaleData):
            self.steps.append(step)
            self._refresh()
            question = stale_question(failure.error.stale, self._host.tz, uses_am_pm(), "Undo")
            if self._host.ask(translate("window_undo", "Undo anyway?"), question):
                self.undo(allow_stale=True)
                return
            failure = TaskFailure(translate(
                "window_undo", "Not undone: the schedule may be out of date. Sync again, "
                "then try once more."), failure.error)
        if isinstance(failure.error, BookingUnconfirmed):
            self._host.restart_recheck()  # sent: done, as far as this desk can tell
        elif isinstance(failure.error, _TRY_AGAIN):
            self.steps.append(step)
        self._refresh()
        self._host.reload_schedule()
        self._host.warn(failure)
        self.failed.emit(failure.sentence)
