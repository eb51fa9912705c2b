"""The main window's conflict watch: the appointments something added in iCloud later
now overlaps, as the week's read found them (WeekSnapshot.conflicts, within
availability.CONFLICT_HORIZON), each told once: a desktop notification through the
system tray (the status bar without one), naming the appointment and whom to call.

Nothing here touches the store: the window hands over what each read found."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from jumpadesk.schedule_problems import AppointmentConflict
from jumpadesk.ui.event_details import uses_am_pm
from jumpadesk.ui.plain import tray_text
from jumpadesk.ui.translation import translate


class ConflictWatch(QObject):
    """The double bookings ahead of the sub-account on screen, and those told already.

    `window` is where the tray icon belongs and whose status bar says them; `zone()` is
    the shown sub-account's zone, `sub_id()` its id.

    Signals:
        announced(str): a conflict was told (once per conflict); the sentence shown.
    """

    announced = Signal(str)

    def __init__(self, window: QWidget, say: Callable[[str, int], None],
                 zone: Callable[[], ZoneInfo], sub_id: Callable[[], int]) -> None:
        super().__init__(window)
        self._window = window
        self._say = say
        self._zone = zone
        self._sub_id = sub_id
        # Appointments something now overlaps, by id; and the conflicts told already.
        self._conflicts: dict[int | None, AppointmentConflict] = {}
        self._told: set[tuple[object, ...]] = set()
        self.tray: QSystemTrayIcon | None = None

    def found(self, conflicts: Iterable[AppointmentConflict]) -> None:
        """What a read of the double bookings ahead found: these, and no others."""
        self._conflicts = {c.appointment.ref_id: c for c in conflicts}

    def appointment_ids(self) -> set[int]:
        """The appointments, not yet over, that something added later now overlaps."""
        return {ref for ref in self._conflicts if ref is not None}

    def announce(self) -> None:
        """A desktop notification (the status bar without a system tray) for each
        conflict not told before, naming the appointment and its guest."""
        fresh = []
        for ref, conflict in self._conflicts.items():
            key = (self._sub_id(), ref, tuple(sorted((o.title, o.start, o.calendar)
                                                     for o in conflict.overlapping)))
            if key not in self._told:
                self._told.add(key)
                fresh.append(conflict)
        if not fresh:
            return
        sentences = [self.sentence(conflict) for conflict in fresh]
        count, others = len(fresh), len(fresh) - 1
        title = (translate("window_conflicts", "An appointment is double booked")
                 if count == 1
                 else translate("window_conflicts", "%n appointments are double booked", None,
                                count))
        self._notify(title, "\n".join(sentences))
        more = translate("window_conflicts", "{sentence} (and %n more)", None,
                         others) if others else "{sentence}"
        self._say(more.format(sentence=sentences[0]), 60_000)
        for sentence in sentences:
            self.announced.emit(sentence)

    def sentence(self, conflict: AppointmentConflict) -> str:
        """The sentence `jumpadesk conflicts` says, on the person's clock."""
        return conflict.sentence(self._zone(), uses_am_pm())

    def _notify(self, title: str, text: str) -> None:
        """A desktop notification through the system tray, when there is one."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            app = QApplication.instance()
            icon = (app.windowIcon() if isinstance(app, QApplication)
                    else self._window.windowIcon())
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("jumpadesk")
            self.tray.show()
        self.tray.showMessage(tray_text(title), tray_text(text),
                              QSystemTrayIcon.MessageIcon.Warning, 30_000)

    def hide_tray(self) -> None:
        """No icon left behind in the panel."""
        if self.tray is not None:
            self.tray.hide()
