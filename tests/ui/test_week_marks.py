"""How the week view marks an appointment (issue 10): one iCloud has not confirmed yet
has a dashed border; one that an iCloud event now overlaps carries a warning mark."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from jumpadesk.availability import ScheduleItem
from jumpadesk.ui.week_view import WeekView
from tests.helpers.week import at, item

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AMBER = QColor("#F6C344")


def appointment(day: int, status: str = "written", over: tuple[str, ...] = ()) -> ScheduleItem:
    base = item(at(day, "10:00"), at(day, "11:00"), "Haircut", source="appointment",
                reason="appointment", color="#34C759")
    return replace(base, ref_id=day + 1, status=status, overlapped_by=over)


def amber_pixels(view: WeekView, rect: Any) -> int:
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    count = 0
    for x in range(round(rect.left()), round(rect.right())):
        for y in range(round(rect.top()), round(rect.bottom())):
            c = image.pixelColor(round(x * ratio), round(y * ratio))
            if abs(c.red() - AMBER.red()) < 12 and abs(c.green() - AMBER.green()) < 12 \
                    and abs(c.blue() - AMBER.blue()) < 12:
                count += 1
    return count


def test_an_unconfirmed_appointment_has_a_dashed_border(view: WeekView) -> None:
    written, pending = appointment(0), appointment(1, "pending")
    unconfirmed = appointment(2, "unconfirmed")
    view.set_items([written, pending, unconfirmed])
    view.scroll_to_minute(9 * 60)
    lay = view.week_layout()
    paint = {b.item.ref_id: view.painter.block_paint_of(b) for b in lay.timed}
    assert paint[written.ref_id].dashed is False
    assert paint[pending.ref_id].dashed is True
    assert paint[unconfirmed.ref_id].dashed is True
    # Painted: along the dashed border some pixels are the border's, some are not.
    image = view.grab().toImage()
    [rect] = view.rects_of(pending)
    y = rect.top() + 0.5
    ratio = image.devicePixelRatio()
    border = paint[pending.ref_id].border
    along = [image.pixelColor(round(x * ratio), round(y * ratio))
             for x in range(round(rect.left()) + 8, round(rect.right()) - 8)]
    near = [abs(c.lightness() - border.lightness()) < 20 for c in along]
    assert any(near) and not all(near)


def test_an_overlapped_appointment_carries_a_warning_mark(view: WeekView) -> None:
    fine = appointment(0)
    clashed = appointment(1, over=("Dentist (Home, 10:30–11:30)",))
    view.set_items([fine, clashed])
    view.scroll_to_minute(9 * 60)
    assert view.scene.warning_rects_of(fine) == []
    [mark] = view.scene.warning_rects_of(clashed)
    [block] = view.rects_of(clashed)
    assert block.contains(mark.center()) and mark.width() >= 8
    assert amber_pixels(view, mark) > 10
    # The same corner of the appointment nothing overlaps has no mark.
    [plain] = view.rects_of(fine)
    same = mark.translated(QPointF(plain.right() - block.right(), 0))
    assert amber_pixels(view, same) == 0
