"""Colours for the week view: readable text on any calendar colour.

iCloud lets people pick any colour for a calendar, from pale yellow to navy, so text
colour is chosen by contrast (WCAG relative luminance), never hard-coded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from jumpadesk.availability import APPOINTMENT_COLOR, PENDING_COLOR

FALLBACK_COLOR = "#888888"
BLACK = QColor(0x1B, 0x1B, 0x1F)
WHITE = QColor(0xFF, 0xFF, 0xFF)


def parse_color(value: str | QColor | None, fallback: str = FALLBACK_COLOR) -> QColor:
    """A calendar colour as a QColor.

    iCloud sends `#RRGGBBAA`; QColor would read eight hex digits as `#AARRGGBB`, so the
    alpha is dropped here (a calendar colour is always drawn opaque).
    """
    if isinstance(value, QColor):
        return QColor(value) if value.isValid() else QColor(fallback)
    text = (value or "").strip()
    if text.startswith("#") and len(text) == 9:
        text = text[:7]
    color = QColor(text)
    if not color.isValid():
        return QColor(fallback)
    color.setAlpha(255)
    return color


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor | str) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    c = parse_color(color)
    return (
        0.2126 * _channel(c.redF())
        + 0.7152 * _channel(c.greenF())
        + 0.0722 * _channel(c.blueF())
    )


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio between two opaque colours, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def readable_text_color(background: QColor | str) -> QColor:
    """Near-black or white, whichever reads better on `background`."""
    bg = parse_color(background)
    if contrast_ratio(BLACK, bg) >= contrast_ratio(WHITE, bg):
        return QColor(BLACK)
    return QColor(WHITE)


def blend(top: QColor | str, bottom: QColor | str, amount: float) -> QColor:
    """`top` laid over `bottom` at opacity `amount` (0..1), as an opaque colour."""
    t, b = parse_color(top), parse_color(bottom)
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        t.redF() * amount + b.redF() * (1 - amount),
        t.greenF() * amount + b.greenF() * (1 - amount),
        t.blueF() * amount + b.blueF() * (1 - amount),
    )


def ensure_contrast(
    foreground: QColor | str, background: QColor | str, minimum: float = 4.5
) -> QColor:
    """`foreground` darkened (on light backgrounds) or lightened (on dark ones) until it
    reaches `minimum` contrast against `background`, keeping its hue as long as possible."""
    fg, bg = parse_color(foreground), parse_color(background)
    if contrast_ratio(fg, bg) >= minimum:
        return fg
    target = BLACK if relative_luminance(bg) > 0.18 else WHITE
    for step in range(1, 21):
        candidate = blend(target, fg, step / 20)
        if contrast_ratio(candidate, bg) >= minimum:
            return candidate
    return QColor(target)


def text_color_on(
    foreground: QColor | str, backgrounds: Sequence[QColor | str], minimum: float = 4.5
) -> QColor:
    """`foreground` moved toward black or white until it reaches `minimum` contrast with
    every one of `backgrounds` (a fill and the hatch lines across it, say), keeping its
    hue as long as it can; the better extreme when neither direction gets there."""
    fg = parse_color(foreground)
    bgs = [parse_color(b) for b in backgrounds]

    def worst(c: QColor) -> float:
        return min(contrast_ratio(c, b) for b in bgs)

    if worst(fg) >= minimum:
        return fg
    first = BLACK if relative_luminance(bgs[0]) > 0.18 else WHITE
    for target in (first, WHITE if first == BLACK else BLACK):
        for step in range(1, 21):
            candidate = blend(target, fg, step / 20)
            if worst(candidate) >= minimum:
                return candidate
    return QColor(max((BLACK, WHITE), key=worst))


def _lab(color: QColor) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def color_distance(a: QColor | str, b: QColor | str) -> float:
    """How different two colours look: CIE76 ΔE in L*a*b* (about 2.3 is just noticeable;
    #2E8B57 and the appointment green #2E7D32 are about 12 apart)."""
    return math.dist(_lab(parse_color(a)), _lab(parse_color(b)))


#: The colours the app keeps for its own blocks: an appointment, and one not yet confirmed.
RESERVED_COLORS = (APPOINTMENT_COLOR, PENDING_COLOR)
#: How far (ΔE) a calendar's colour is kept from them, so a busy event never passes for an
#: appointment, in the week or in the legend (issue 21 item 5).
RESERVED_DISTANCE = 25.0


@lru_cache(maxsize=256)
def calendar_color(color: str) -> str:
    """A calendar's colour as the week and its legend draw it: as chosen, unless it comes
    within RESERVED_DISTANCE of an appointment's colour; then the nearest colour that does
    not, its hue turned (or, for a greyish colour, its lightness moved) the least."""
    chosen = parse_color(color)

    def clear(c: QColor) -> bool:
        return all(color_distance(c, r) >= RESERVED_DISTANCE for r in RESERVED_COLORS)

    if clear(chosen):
        return color
    hue, sat, light = chosen.hslHue(), chosen.hslSaturation(), chosen.lightness()
    hue = max(hue, 0)  # -1 for a grey
    turned = [QColor.fromHsl((hue + turn) % 360, max(sat, 60), light)
              for step in range(15, 181, 15) for turn in (step, -step)]
    lighter_or_darker = [QColor.fromHsl(hue, sat, min(max(moved, 0), 255))
                         for shift in range(15, 241, 15)
                         for moved in (light + shift, light - shift)]
    # A greyish colour keeps its greyness and moves in lightness; a coloured one its
    # lightness, turning in hue.
    order = lighter_or_darker + turned if sat < 60 else turned + lighter_or_darker
    return next((c.name() for c in order if clear(c)), FALLBACK_COLOR)


def with_alpha(color: QColor | str, alpha: float) -> QColor:
    c = parse_color(color)
    c.setAlphaF(min(max(alpha, 0.0), 1.0))
    return c


def is_dark(color: QColor | str) -> bool:
    """True for a background that wants light text (a dark theme's window or base)."""
    return relative_luminance(color) < 0.18


def readable_on(
    color: QColor | str, role: QPalette.ColorRole = QPalette.ColorRole.Window,
    palette: QPalette | None = None, minimum: float = 4.5,
) -> str:
    """`color` as "#rrggbb", adjusted to read on a palette role (the application's
    palette unless given): fixed colours such as the error red stay readable in a dark
    theme. For style sheets, which take no palette-aware colour."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return ensure_contrast(color, palette.color(role), minimum).name()


def dark_palette() -> QPalette:
    """A dark desktop theme's colours, for pictures and tests of dark mode."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pal = QPalette()
    colours = {
        role.Window: "#2B2B2E", role.WindowText: "#E6E6E6", role.Base: "#1E1E21",
        role.AlternateBase: "#2A2A2E", role.Text: "#E6E6E6", role.Button: "#35353A",
        role.ButtonText: "#E6E6E6", role.Highlight: "#3D8EDB",
        role.HighlightedText: "#FFFFFF", role.ToolTipBase: "#35353A",
        role.ToolTipText: "#E6E6E6", role.PlaceholderText: "#9A9AA0", role.Mid: "#4A4A50",
        role.Dark: "#151517", role.Light: "#4A4A50", role.Midlight: "#3E3E44",
        role.Shadow: "#000000", role.Link: "#6CB4FF", role.BrightText: "#FFFFFF",
    }
    for r, value in colours.items():
        pal.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, r, QColor("#77777D"))
    return pal
