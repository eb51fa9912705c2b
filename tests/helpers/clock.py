"""A clock a test sets by hand."""

from __future__ import annotations

from datetime import datetime


class Clock:
    """Says `now` whenever asked; a test moves it by setting `now`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
