"""Colours for the week view: readable text on any calendar colour.

iCloud lets people pick any colour for a calendar, from pale yellow to navy, so text
colour is chosen by contrast (WCAG relative luminance), never hard-coded.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

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


def with_alpha(color: QColor | str, alpha: float) -> QColor:
    c = parse_color(color)
    c.setAlphaF(min(max(alpha, 0.0), 1.0))
    return c
