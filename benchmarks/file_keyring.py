"""A keychain a benchmark's child process reads: passwords in a JSON file named by
$JUMPADESK_BENCH_KEYRING (harness.child_env sets it and PYTHON_KEYRING_BACKEND). A module
of its own, so that only a process that asks the keychain loads keyring.

For benchmarks only; not part of the app.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend

KEYRING_FILE_ENV = "JUMPADESK_BENCH_KEYRING"


class FileKeyring(keyring.backend.KeyringBackend):
    """Passwords in a JSON file named by $JUMPADESK_BENCH_KEYRING; for benchmarks only."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\0{username}", None)
        self._path().write_text(json.dumps(data))
