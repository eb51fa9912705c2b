"""Appointments stay apart from every calendar colour (issue 21 item 5): a calendar
coloured #2E8B57 (sea green) used to draw its busy events, and its legend swatch, in
nearly the appointments' green. Measured as a person sees it: CIE76 ΔE between the
pixels painted, and between the legend's swatches."""

from __future__ import annotations

from itertools import product
from typing import Any

import pytest
from PySide6.QtGui import QColor

from jumpadesk.availability import APPOINTMENT_COLOR, PENDING_COLOR
from jumpadesk.ui.colors import RESERVED_DISTANCE, calendar_color, color_distance, dark_palette
from jumpadesk.ui.week_layout import STYLE_SOLID
from jumpadesk.ui.week_paint import block_paint
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.ui.week_view import WeekView
from tests.helpers.clock import Clock
from tests.helpers.week import BERLIN, MONDAY, at, item

SEA_GREEN = "#2E8B57"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def haircut() -> Any:
    return item(at(1, "10:00"), at(1, "12:00"), "Haircut: Jana Weber", source="appointment",
                reason="appointment", color=APPOINTMENT_COLOR, calendar="Appointments")


def garden() -> Any:
    return item(at(2, "10:00"), at(2, "12:00"), "Garden", color=SEA_GREEN, calendar="Garden")


def painted_fill(view: WeekView, shown: Any) -> QColor:
    """The colour painted inside a block, away from its text and outline."""
    [rect] = view.visible_rects_of(shown)
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    spot = rect.bottomRight().toPoint()
    return image.pixelColor(int((spot.x() - 4) * ratio), int((spot.y() - 4) * ratio))


def test_a_sea_green_calendar_is_drawn_apart_from_the_appointments(
    qtbot: Any, view: WeekView
) -> None:
    appointment, event = haircut(), garden()
    view.set_items([appointment, event])
    view.scroll_to_minute(9 * 60)
    apart = color_distance(painted_fill(view, appointment), painted_fill(view, event))
    assert apart >= RESERVED_DISTANCE, f"ΔE {apart:.1f}"


def test_the_legend_swatches_are_apart_and_match_the_blocks(qtbot: Any, clock: Clock) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    panel.set_items([haircut(), garden()])
    panel.set_calendars([("Garden", SEA_GREEN)])
    entries = {e.label: e for e in panel.legend.entries()}
    assert color_distance(entries["Garden"].color, entries["Appointment"].color) >= (
        RESERVED_DISTANCE)
    panel.view.scroll_to_minute(9 * 60)
    panel.resize(1000, 800)
    panel.show()
    qtbot.waitExposed(panel)
    drawn = painted_fill(panel.view, garden_shown := panel.view.items()[1])
    assert garden_shown.title == "Garden"
    assert color_distance(drawn, entries["Garden"].color) < 2.3  # the same, to the eye


def test_no_calendar_colour_passes_for_an_appointment_in_light_or_dark() -> None:
    steps = range(0, 256, 51)
    colours = [f"#{r:02X}{g:02X}{b:02X}" for r, g, b in product(steps, steps, steps)]
    colours += [SEA_GREEN, "#34C759", "#2E7D32", "#006400", "#228B22", "#3CB371",
                "#6E8F70", "#888888", "#5B8C5A"]
    for base in (QColor("#FFFFFF"), dark_palette().color(dark_palette().ColorRole.Base)):
        appointment = block_paint(STYLE_SOLID, APPOINTMENT_COLOR, base).fill
        pending = block_paint(STYLE_SOLID, PENDING_COLOR, base).fill
        for colour in colours:
            fill = block_paint(STYLE_SOLID, calendar_color(colour), base).fill
            assert color_distance(fill, appointment) >= RESERVED_DISTANCE, colour
            assert color_distance(fill, pending) >= RESERVED_DISTANCE, colour
    # Colours far from the appointments' are drawn as chosen.
    assert calendar_color("#1BADF8") == "#1BADF8" and calendar_color("#FF2968") == "#FF2968"
