"""A keychain that refuses to store anything, as a locked or broken Secret Service does:
a real keyring backend, selected in a child process with
PYTHON_KEYRING_BACKEND=tests.refusing_keyring.RefusingKeyring, or installed in this one
with keyring.set_keyring(RefusingKeyring())."""

from __future__ import annotations

import keyring.backend
from keyring.errors import PasswordDeleteError, PasswordSetError


class RefusingKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keychain is locked and stores nothing")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("no such password")
