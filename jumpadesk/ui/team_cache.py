"""The team's day's static layer: one picture of the grid (the closed hours' shading, the
lines, every block with its text, the ring of the block with the keyboard's focus) at the
screen's pixel ratio, painted anew only when what it shows changed: another layout (a new
read, another width), another palette, another focused block. Between those a repaint
copies the picture, and the view paints what moves over it (the chosen time, a dragged
block, the hours down the side)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from jumpadesk.ui.week_cache import device_ratio


class TeamStaticLayer:
    """The picture and what it was painted from. `paints` counts how often it was
    painted anew (for tests and the benchmark)."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._made_of: object = None  # the layout it shows, compared by identity
        self._key: tuple[object, ...] | None = None
        self.paints = 0

    def forget(self) -> None:
        """Paint it anew next time."""
        self._image, self._made_of, self._key = None, None, None

    def paint(self, p: QPainter, widget: QWidget, made_of: object, key: tuple[object, ...],
              draw: Callable[[QPainter, QRectF], None], rect: QRectF) -> None:
        """Copy the part `rect` of the picture of `made_of` (and `key`, compared by
        equality) onto `p`, first painting it whole with `draw` when it is not that."""
        ratio = device_ratio(p, widget)
        key = (*key, widget.width(), widget.height(), ratio)
        if self._image is None or self._made_of is not made_of or self._key != key:
            image = QImage(max(1, math.ceil(widget.width() * ratio)),
                           max(1, math.ceil(widget.height() * ratio)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter, QRectF(0, 0, widget.width(), widget.height()))
            painter.end()
            self._image, self._made_of, self._key = image, made_of, key
            self.paints += 1
        source = QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio,
                        rect.height() * ratio)
        p.drawImage(rect, self._image, source)


__all__ = ["TeamStaticLayer"]
