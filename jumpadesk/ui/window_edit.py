"""The window's Edit… of an appointment (from its details): the form filled on a worker
from the store, the edit made on a worker by the Desk (written to its calendar in place),
the week read again, and the step handed to Undo. A refusal (the phone changed it
meanwhile, a time a longer service would take is not free, an email that cannot be one)
is said in the form, which keeps what was typed.

`EditController` works for an `EditHost` (the main window).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.errors import BookingUnconfirmed
from jumpadesk.service import StaleData
from jumpadesk.services.appointment_edit import Changes, Details, Edited
from jumpadesk.services.offered import Offered
from jumpadesk.services.undo import EditDone
from jumpadesk.ui.edit_appointment import EditAppointmentDialog
from jumpadesk.ui.event_details import item_title, uses_am_pm
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import translate
from jumpadesk.ui.window_host import SubAccountHost
from jumpadesk.ui.window_undo import appointment_words
from jumpadesk.week import WeekSnapshot
from jumpadesk.wording import stale_question


class EditHost(SubAccountHost, Protocol):
    """What editing needs of the window it works in."""

    @property
    def week(self) -> WeekSnapshot | None: ...
    @property
    def services(self) -> tuple[Offered, ...]: ...

    def ask(self, title: str, text: str) -> bool: ...
    def restart_recheck(self) -> None: ...


class EditController(QObject):
    """Opens the edit form for an appointment and makes the edit.

    Signals:
        done(object): an edit went through (its Edited) and the week shows it.
        failed(str): it was refused; the sentence is in the form.
        undoable(object): an edit made, as a step Undo can undo (EditDone).
    """

    done = Signal(object)
    failed = Signal(str)
    undoable = Signal(object)

    def __init__(self, host: EditHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.dialog: EditAppointmentDialog | None = None
        self._item: ScheduleItem | None = None
        self._what = ""

    @Slot(ScheduleItem)
    def open_edit(self, item: ScheduleItem) -> EditAppointmentDialog | None:
        """The form for an appointment, filled once its details are read (a worker)."""
        if item.ref_id is None:
            return None
        dialog = EditAppointmentDialog(item_title(item),
                                       [o.name for o in self._host.services], self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._on_dialog_submitted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog, self._item = dialog, item
        self._what = appointment_words(item, self._host.week)
        desk, sub, ref = self._host.desk, self._host.sub, item.ref_id
        task = self._host.run_call(lambda: Details.of(desk.appointment(sub, ref)),
                                   "read appointment")
        task.succeeded.connect(self._on_read_succeeded)
        task.failed.connect(self._on_read_failed)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_read_succeeded(self, details: object) -> None:
        if self.dialog is not None and isinstance(details, Details):
            self.dialog.show_details(details)

    @Slot(object)
    def _on_read_failed(self, failure: TaskFailure) -> None:
        if self.dialog is not None:
            self.dialog.show_error(failure.sentence)

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    @Slot(Changes)
    def _on_dialog_submitted(self, changes: Changes) -> None:
        self.submit(changes)

    def submit(self, changes: Changes, *, allow_stale: bool = False) -> Task | None:
        """Make the edit on a worker."""
        item = self._item
        if item is None or item.ref_id is None:
            return None
        desk, sub, ref = self._host.desk, self._host.sub, item.ref_id
        task = self._host.run_call(
            lambda: desk.edit_appointment(sub, ref, changes, allow_stale=allow_stale), "edit")
        task.succeeded.connect(self._on_edit_succeeded)
        task.failed.connect(lambda failure: self._on_edit_failed(changes, failure))
        self._host.statusBar().showMessage(translate(
            "window_edit", "Changing \u201c{title}\u201d\u2026").format(title=item_title(item)))
        return task

    @Slot(object)
    def _on_edit_succeeded(self, result: object) -> None:
        assert isinstance(result, Edited)
        if self.dialog is not None:
            self.dialog.accept()
        if result.before != result.after:
            self.undoable.emit(EditDone(self._host.sub, result.appointment.id or 0,
                                        self._what, result.before, result.after))
        self._host.statusBar().showMessage(result.sentence(), 8000)
        self._host.reload_schedule(conflicts=True, then=lambda: self.done.emit(result))

    def _on_edit_failed(self, changes: Changes, failure: TaskFailure) -> None:
        error = failure.error
        if isinstance(error, StaleData):
            question = stale_question(error.stale, self._host.tz, uses_am_pm(), "Change")
            if self._host.ask(translate("window_edit", "Change anyway?"), question):
                self.submit(changes, allow_stale=True)
                return
        if isinstance(error, BookingUnconfirmed):
            self._host.restart_recheck()
        if self.dialog is not None:
            self.dialog.show_error(failure.sentence)
        else:
            self._host.statusBar().showMessage(failure.sentence, 30_000)
        self._host.reload_schedule()
        self.failed.emit(failure.sentence)
