"""Colours for the week view: readable text on any calendar colour.

iCloud lets people pick any colour for a calendar, from pale yellow to navy, so text
colour is chosen by contrast (WCAG relative luminance), never hard-coded.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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
