"""The team's day: one column per staff member for one day (ui/team_paint paints it from a
services/team_day.TeamDaySnapshot read on a worker; the view never asks the store).

Click or drag in a column chooses a time for that staff member and asks to book it
(`slot_chosen`); the keyboard does the same: Left/Right move between columns, Up/Down
move the time a quarter hour, Shift+Up/Down make it shorter or longer, Enter books,
Escape lets go. Tab walks the column's blocks; Enter or a double-click on a block opens
its details (`item_activated`), Delete or Backspace cancels it or removes the blocked slot
(`delete_requested`, asked first as in the week). Dragging an appointment higher or lower
in its column moves it (`move_requested`), by its lower edge makes it longer or shorter
(the same request, its start kept; the cursor shows the edge); to another column asks to
give it to that staff member (`give_requested`), at the time it was dropped at. The
preview is red where the new time would clash (booking's rule).

The hours down the side stay put while the columns scroll sideways, and the header (the
names and the all-day row) scrolls with them.

`TeamPanel` puts the view under its title (a button: click it to jump to a date), the
previous and next day, today, and the choice of whom to show (Staff, all by default).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import Source
from jumpadesk.rows import SubAccountRow
from jumpadesk.services.team_day import TeamDaySnapshot
from jumpadesk.ui.event_details import tooltip_html
from jumpadesk.ui.team_cache import TeamStaticLayer
from jumpadesk.ui.team_layout import TeamLayout, TeamMetrics, compute_team_layout
from jumpadesk.ui.team_paint import (
    Chosen,
    Dragged,
    hour_label_rect,
    moments,
    paint_chosen,
    paint_dragged,
    paint_grid,
    paint_gutter,
    paint_header,
)
from jumpadesk.ui.translation import long_day, translate
from jumpadesk.ui.week_drag import RESIZE_EDGE, movable, snap
from jumpadesk.ui.week_focus import announce, spoken_item
from jumpadesk.ui.week_layout import (
    MINUTES_PER_DAY,
    SNAP_MINUTES,
    Block,
    selection_minutes,
    slot_at,
    snap_down,
)
from jumpadesk.ui.week_text import TextLine, WeekFonts, timed_lines

#: Where the keyboard's first choice in a column starts when nothing is chosen: 09:00.
FIRST_MINUTE = 9 * 60


class TeamDayView(QWidget):
    """The columns' grid (in a scroll area: the whole day is its height).

    Signals:
        slot_chosen(object, object, object): book this staff member (SubAccountRow) from
            start to end (aware datetimes).
        give_requested(object, object, object, object, object): give the appointment
            (ScheduleItem) of the first staff member to the second, at start..end.
        column_changed(int): the keyboard's column changed (the header follows).
        item_activated(object, object): open the details of this item (ScheduleItem) of
            this staff member (SubAccountRow).
        move_requested(object, object, object, object): move the appointment
            (ScheduleItem) of this staff member to start..end, in their column (a resize
            by its lower edge keeps its start).
        delete_requested(object, object): Delete on this appointment or blocked slot
            (ScheduleItem) of this staff member (SubAccountRow).
        header_stale(): the header's picture is out of date (the layout or the focus).
    """

    slot_chosen = Signal(object, object, object)
    give_requested = Signal(object, object, object, object, object)
    column_changed = Signal(int)
    item_activated = Signal(object, object)
    move_requested = Signal(object, object, object, object)
    delete_requested = Signal(object, object)
    header_stale = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the cursor shows an appointment's lower edge
        self.metrics = TeamMetrics()
        self.fonts = WeekFonts.of(self.font())
        self.snapshot: TeamDaySnapshot | None = None
        self.layout_: TeamLayout | None = None
        self._lines: dict[int, list[TextLine]] = {}
        self.chosen: Chosen | None = None
        self.dragged: Dragged | None = None
        self.focus_item: ScheduleItem | None = None  # the block Tab or a click is on
        self.static = TeamStaticLayer()
        # Where the left button went down: the point, the appointment there (to drag),
        # the minute and the column.
        self._press: tuple[QPointF, Block | None, float, int] | None = None
        self._resize = False  # the press was on that appointment's lower edge
        self.current = 0
        self.setMinimumHeight(int(24 * self.metrics.hour_height) + 1)

    # -- what is shown -------------------------------------------------------------

    def show_snapshot(self, team: TeamDaySnapshot) -> None:
        """Paint this day (what was chosen stays chosen when its column is still there)."""
        same_day = self.snapshot is not None and self.snapshot.day == team.day
        self.snapshot = team
        if not same_day or (self.chosen and self.chosen.column >= len(team.columns)):
            self.chosen = None
        if self.focus_item is not None and not any(self.focus_item in c.items
                                                   for c in team.columns):
            self.focus_item = None
        self.current = min(self.current, max(0, len(team.columns) - 1))
        self._relayout()

    def _relayout(self) -> None:
        if self.snapshot is None:
            return
        self.layout_ = compute_team_layout(self.snapshot, float(self.width()), self.metrics,
                                           names_height=self.names_height())
        self._lines = {id(b): timed_lines(b, self.fonts, self.snapshot.columns[b.day].zone)
                       for b in self.layout_.blocks}
        self.setMinimumWidth(int(self.layout_.column_left(len(self.snapshot.columns))))
        self.update()
        self.header_stale.emit()

    def blocks(self) -> list[Block]:
        return list(self.layout_.blocks) if self.layout_ is not None else []

    def block_texts(self) -> list[list[str]]:
        """The text of each block as painted, column by column (for tests and reading)."""
        return [[line.text for line in self._lines.get(id(b), [])] for b in self.blocks()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(event.rect())
        lay = self.layout_
        if lay is None:
            p.fillRect(rect, self.palette().base())
            return
        focus = self.focus_item if self.hasFocus() else None
        pal, lines = self.palette(), self._lines
        self.static.paint(p, self, lay, (pal.cacheKey(), focus), lambda q, whole: paint_grid(
            q, lay, pal, self.fonts, lines, whole, focus), rect)
        if self.chosen is not None:
            paint_chosen(p, lay, self.chosen, self.palette(), self.fonts, self.hasFocus())
        if self.dragged is not None:
            paint_dragged(p, lay, self.dragged, self.palette())
        paint_gutter(p, lay, self.palette(), self.fonts, self.scrolled(), rect)
        p.end()

    def names_height(self) -> float:
        """The header's row of names: one line of bold text and a little room."""
        return float(int(QFontMetricsF(self.fonts.bold).height() + self.metrics.names_padding))

    def scrolled(self) -> float:
        """How far the columns are scrolled sideways (where the view's visible part
        begins, in its own coordinates)."""
        return float(max(0, -self.x()))

    def hour_label_rect(self, hour: int) -> QRectF:
        """Where the label of `hour` is painted (for tests and reading)."""
        assert self.layout_ is not None
        return hour_label_rect(self.layout_, self.fonts, hour, self.scrolled())

    # -- the mouse -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        lay = self.layout_
        if lay is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        column = lay.column_at(pos.x())
        if column is None:
            return
        block = lay.block_at(pos)
        self._press = (pos, block if block and _givable(block.item) else None,
                       lay.minute_at(pos.y()), column)
        self._resize = block is not None and _at_lower_edge(block, pos)
        self._set_current(column)
        if block is not None:  # a click on a block gives it the focus, a drag moves an
            # appointment, a drag over anything else chooses the time it covers
            self.focus_item, self.chosen = block.item, None
            self.header_stale.emit()
            self._announce()
        else:
            self.focus_item = None
            first, last = slot_at(lay.minute_at(pos.y()))
            self.chosen = Chosen(column, first, last)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """On a block: its details (the click before already chose any free time)."""
        lay = self.layout_
        if lay is None or event.button() != Qt.MouseButton.LeftButton:
            return
        block = lay.block_at(event.position())
        if block is not None:
            self.activate(block.item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        lay, press = self.layout_, self._press
        if lay is None:
            return
        pos = event.position()
        if press is None:  # hovering: the resize shape over an appointment's lower edge
            block = lay.block_at(pos)
            if block is not None and _at_lower_edge(block, pos):
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.unsetCursor()
            return
        start, block, minute, pressed_in = press
        if block is not None and self._resize:
            end = min(max(snap(lay.minute_at(pos.y())), block.start_minute + SNAP_MINUTES),
                      MINUTES_PER_DAY)
            shift = int(end - block.end_minute)
            self.dragged = Dragged(block, block.day, shift, resize=True) if shift else None
        elif block is not None:
            column = lay.column_at(pos.x())
            shift = round((lay.minute_at(pos.y()) - minute) / SNAP_MINUTES) * SNAP_MINUTES
            if column is not None and (column != block.day or shift):
                self.dragged = Dragged(block, column, int(shift))
            else:  # back where it was: nothing to do when let go
                self.dragged = None
        elif abs(pos.y() - start.y()) > 4:
            first, last = selection_minutes(minute, lay.minute_at(pos.y()))
            self.chosen = Chosen(pressed_in, first, max(last, first + SNAP_MINUTES))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        press, self._press = self._press, None
        dragged, self.dragged = self.dragged, None
        if press is None or self.layout_ is None:
            return
        if press[1] is not None:
            if dragged is not None and dragged.column != dragged.block.day:
                self._give(dragged)
            elif dragged is not None:
                self._move(dragged)
        elif self.chosen is not None:
            self.book_chosen()
        self.update()

    def _give(self, dragged: Dragged) -> None:
        lay, team = self.layout_, self.snapshot
        assert lay is not None and team is not None
        item, shift = dragged.block.item, timedelta(minutes=dragged.shift)
        self.give_requested.emit(item, team.columns[dragged.block.day].sub_account,
                                 team.columns[dragged.column].sub_account,
                                 item.start + shift, item.end + shift)

    def _move(self, dragged: Dragged) -> None:
        team = self.snapshot
        assert team is not None
        item, shift = dragged.block.item, timedelta(minutes=dragged.shift)
        start = item.start if dragged.resize else item.start + shift
        self.move_requested.emit(item, team.columns[dragged.column].sub_account,
                                 start, item.end + shift)

    def item_at(self, pos: QPointF) -> ScheduleItem | None:
        """The item of the block at a point of the view (None: none)."""
        block = self.layout_.block_at(pos) if self.layout_ is not None else None
        return block.item if block is not None else None

    def activate(self, item: ScheduleItem) -> None:
        """Ask for the details of `item`, in the keyboard's column."""
        team = self.snapshot
        column = _column_of(team, item)
        if team is not None and column is not None:
            self.item_activated.emit(item, team.columns[column].sub_account)

    # -- the keyboard --------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's name)
        """Tab and Shift+Tab walk the blocks of the keyboard's column (as the week walks
        its blocks) before the focus leaves the view."""
        lay = self.layout_
        order = lay.column_items(self.current) if lay is not None and self.hasFocus() else []
        if order:
            at = order.index(self.focus_item) if self.focus_item in order else None
            index = (0 if next else len(order) - 1) if at is None else at + (1 if next else -1)
            if 0 <= index < len(order):
                self.focus_item, self.chosen = order[index], None
                self.update()
                self.header_stale.emit()
                self._announce()
                return True
        self.focus_item = None
        self.update()
        self.header_stale.emit()
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        team = self.snapshot
        if team is None or not team.columns:
            super().keyPressEvent(event)
            return
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        chosen = self.chosen or Chosen(self.current, FIRST_MINUTE, FIRST_MINUTE + 30)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focus_item is not None:
            self.activate(self.focus_item)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not shift:
            self._request_delete()
            return
        if shift and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.focus_item:
            self._request_give(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                   Qt.Key.Key_Escape) and self.focus_item is not None:
            self.focus_item = None  # the keys go back to choosing a time
            if key == Qt.Key.Key_Escape:
                self.update()
                return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            column = min(max(chosen.column + step, 0), len(team.columns) - 1)
            self.chosen = Chosen(column, chosen.first, chosen.last)
            self._set_current(column)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -SNAP_MINUTES if key == Qt.Key.Key_Up else SNAP_MINUTES
            if shift:
                last = min(max(chosen.last + step, chosen.first + SNAP_MINUTES), MINUTES_PER_DAY)
                self.chosen = Chosen(chosen.column, chosen.first, last)
            else:
                first = min(max(chosen.first + step, 0), MINUTES_PER_DAY - (chosen.last
                                                                             - chosen.first))
                self.chosen = Chosen(chosen.column, first, first + chosen.last - chosen.first)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.chosen is not None:
            self.book_chosen()
        elif key == Qt.Key.Key_Escape and self.chosen is not None:
            self.chosen = None
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def _request_give(self, step: int) -> None:
        """Shift+Left/Right on the focused appointment: give it to the staff member of the
        column that way, at its own time (asked first, as a drag is); else a beep."""
        item, team = self.focus_item, self.snapshot
        column = _column_of(team, item) if item is not None else None
        if (item is None or team is None or column is None or item.source != Source.APPOINTMENT
                or not 0 <= column + step < len(team.columns)):
            QApplication.beep()
            return
        self.give_requested.emit(item, team.columns[column].sub_account,
                                 team.columns[column + step].sub_account, item.start, item.end)

    def _request_delete(self) -> None:
        """Delete on the focused appointment or blocked slot: ask to cancel or remove it
        (as the week's Delete does); on anything else, a beep."""
        item, team = self.focus_item, self.snapshot
        column = _column_of(team, item) if item is not None else None
        if (item is None or team is None or column is None
                or item.source not in (Source.APPOINTMENT, Source.BLOCKED)):
            QApplication.beep()
            return
        self.delete_requested.emit(item, team.columns[column].sub_account)

    def _announce(self) -> None:
        """Tell assistive technology which block has the focus (spoken as the week says
        it, whether the guest came included)."""
        item, team = self.focus_item, self.snapshot
        column = _column_of(team, item) if item is not None else None
        if item is not None and team is not None and column is not None:
            announce(self, spoken_item(item, team.columns[column].zone))

    def event(self, event: QEvent) -> bool:
        """A block's tooltip: what the week's says (arrived or no-show included)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            lay, team = self.layout_, self.snapshot
            block = lay.block_at(QPointF(event.pos())) if lay is not None else None
            if block is not None and team is not None:
                QToolTip.showText(event.globalPos(), tooltip_html(
                    block.item, team.columns[block.day].zone), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _set_current(self, column: int) -> None:
        if column != self.current:
            self.current = column
            self.column_changed.emit(column)

    def book_chosen(self) -> None:
        """Ask to book the chosen time for its column's staff member."""
        if self.chosen is None or self.layout_ is None or self.snapshot is None:
            return
        start, end = moments(self.layout_, self.chosen)
        self.slot_chosen.emit(self.snapshot.columns[self.chosen.column].sub_account, start, end)

    def choose(self, column: int, start: datetime, end: datetime) -> None:
        """Choose [start, end) in a column, as a drag there does (tests, Find a Time)."""
        assert self.snapshot is not None
        zone = self.snapshot.columns[column].zone
        midnight = datetime.combine(self.snapshot.day, datetime.min.time(), zone)
        first = int((start - midnight).total_seconds() // 60)
        last = int((end - midnight).total_seconds() // 60)
        self.chosen = Chosen(column, snap_down(first), last)
        self._set_current(column)
        self.update()

    def scroll_to_morning(self, area: QScrollArea) -> None:
        """08:00 at the top, its label whole."""
        fm = QFontMetricsF(self.fonts.small)
        area.verticalScrollBar().setValue(int(8 * self.metrics.hour_height - fm.height()))


def _column_of(team: TeamDaySnapshot | None, item: ScheduleItem) -> int | None:
    """The column `item` is in (None: in none)."""
    if team is None:
        return None
    return next((n for n, c in enumerate(team.columns) if item in c.items), None)


def _at_lower_edge(block: Block, pos: QPointF) -> bool:
    """Whether a press at `pos` is on the lower edge of an appointment that may be made
    longer or shorter (the week's rule: week_drag.movable, RESIZE_EDGE pixels)."""
    return movable(block) and pos.y() >= block.rect.bottom() - RESIZE_EDGE


def _givable(item: ScheduleItem) -> bool:
    """An appointment of the column's own (not another's shared booking) can be given."""
    return item.source == Source.APPOINTMENT and item.ref_id is not None


class TeamHeader(QWidget):
    """The names over the columns, laid out as the view's columns are."""

    def __init__(self, view: TeamDayView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.follow()
        view.column_changed.connect(lambda _n: self.update())
        view.header_stale.connect(self.update)

    def follow(self) -> None:
        """As tall as the names and the all-day row need; painted again."""
        lay = self._view.layout_
        band = lay.band_height() if lay is not None else 0.0
        self.setFixedHeight(int(self._view.names_height() + band))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        view = self._view
        lay = view.layout_
        p = QPainter(self)
        if lay is not None:
            paint_header(p, lay, self.palette(), view.fonts,
                         (float(self.width()), float(self.height()), -view.scrolled()),
                         view.current, view.focus_item if view.hasFocus() else None)
        p.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """On an all-day block: its details."""
        lay = self._view.layout_
        point = event.position() + QPointF(self._view.scrolled(), 0)
        block = lay.all_day_at(point) if lay is not None else None
        if block is not None:
            self._view.activate(block.item)


class TeamPanel(QWidget):
    """The team's day with its title and choices.

    Signals:
        day_changed(object): the day shown is to be another (a date).
        date_asked(): the title was clicked: ask which date to jump to.
        shown_changed(object): whom to show changed (a list of sub-account ids, or None
            for everyone).
    """

    day_changed = Signal(object)
    date_asked = Signal()
    shown_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.view = TeamDayView()
        self.header = TeamHeader(self.view)
        self.title = QPushButton()
        self.title.setFlat(True)
        self.title.setToolTip(
            translate("team_day", "Jump to a date ({key})").format(key="Ctrl+G"))
        self.title.setStyleSheet("font-size: 16px; font-weight: 600; text-align: left;")
        self.title.clicked.connect(self.date_asked)
        self.staff_button = QToolButton()
        self.staff_button.setText(translate("team_day", "Staff"))
        self.staff_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.staff_menu = QMenu(self.staff_button)
        self.staff_button.setMenu(self.staff_menu)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        for text, days in (("\u25c0", -1), (translate("team_day", "Today"), 0), ("\u25b6", 1)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=days: self._step(d))
            bar.addWidget(button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.staff_button)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Sideways, the hours are painted again where they stay and the names follow.
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._scrolled_sideways)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        self._today: date | None = None
        self.view.scroll_to_morning(self.scroll_area)

    def _scrolled_sideways(self, _value: int) -> None:
        self.view.update()
        self.header.update()

    def set_today(self, today: date) -> None:
        self._today = today

    def _step(self, days: int) -> None:
        if days == 0 and self._today is not None:
            self.day_changed.emit(self._today)
        elif self.day is not None:
            self.day_changed.emit(self.day + timedelta(days=days))

    def show_snapshot(self, team: TeamDaySnapshot, *, choosing: bool = True) -> None:
        """Paint `team`; with `choosing` the Staff menu offers every sub-account."""
        self.day = team.day
        self.title.setText(long_day(team.day))
        self.staff_button.setVisible(choosing)
        shown = {c.sub_account.id for c in team.columns}
        self.staff_menu.clear()
        for sub in team.everyone:
            action = QAction(sub.name, self.staff_menu)
            action.setCheckable(True)
            action.setChecked(sub.id in shown)
            action.setData(sub.id)
            action.toggled.connect(self._on_staff_toggled)
            self.staff_menu.addAction(action)
        self.view.show_snapshot(team)
        self.header.follow()

    def _on_staff_toggled(self, _checked: bool) -> None:
        actions = self.staff_menu.actions()
        ids = [a.data() for a in actions if a.isChecked()]
        self.shown_changed.emit(None if len(ids) == len(actions) else ids)

    def staff(self) -> list[SubAccountRow]:
        """The staff members shown, in order."""
        team = self.view.snapshot
        return [c.sub_account for c in team.columns] if team is not None else []

