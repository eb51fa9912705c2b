"""A fresh store for the service functions, with nothing connected."""

from __future__ import annotations

from pathlib import Path

import pytest

from jumpadesk.config import Settings
from jumpadesk.models import make_engine
from jumpadesk.services.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(make_engine(f"sqlite:///{tmp_path / 'jumpadesk.db'}"), Settings())
