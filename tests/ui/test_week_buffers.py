"""A service's buffers in the week (issue 20 item 3): drawn as a lighter part of the
appointment's block, in real Qt widgets offscreen, measured as a person sees them:
the pixels just below an appointment with a buffer after it are tinted with its colour,
lighter than the block; without a buffer they are the grid's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtGui import QColor

from jumpadesk.availability import APPOINTMENT_COLOR
from jumpadesk.ui.colors import color_distance
from jumpadesk.ui.week_view import WeekView
from tests.helpers.week import at, item

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def colour(source: str = "appointment") -> Any:
    return item(at(4, "10:00"), at(4, "11:00"), "Colour", source=source,
                reason="appointment", color=APPOINTMENT_COLOR, calendar="Appointments")


def pixel(view: WeekView, x: float, y: float) -> QColor:
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(x * ratio), int(y * ratio))


def test_a_buffer_after_an_appointment_is_drawn_lighter_below_it(
    qtbot: Any, view: WeekView
) -> None:
    plain = colour()
    buffered = replace(colour(), start=at(3, "10:00"), end=at(3, "11:00"),
                       buffer_after=timedelta(minutes=30))
    view.set_items([plain, buffered])
    view.scroll_to_minute(9 * 60)
    [under_plain] = view.visible_rects_of(view.items()[0])
    [under_buffered] = view.visible_rects_of(view.items()[1])
    # A quarter hour below each block's end, in the middle of its column.
    quarter = under_plain.height() / 4
    grid = pixel(view, under_plain.center().x(), under_plain.bottom() + quarter)
    tinted = pixel(view, under_buffered.center().x(), under_buffered.bottom() + quarter)
    block = pixel(view, under_buffered.right() - 4, under_buffered.bottom() - 4)
    assert color_distance(grid, tinted) > 5, (grid.name(), tinted.name())  # seen
    assert color_distance(tinted, block) > 10, (tinted.name(), block.name())  # lighter
    # Past the buffer's end (30 min), the grid again.
    past = pixel(view, under_buffered.center().x(), under_buffered.bottom() + 3 * quarter)
    assert color_distance(past, pixel(view, under_plain.center().x(),
                                      under_plain.bottom() + 3 * quarter)) < 2, past.name()
