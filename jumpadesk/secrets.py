"""The only module that touches the keychain.

The app-specific password is stored under service "jumpadesk", account
"<server URL> <Apple ID>", and only after the server has accepted it.
"""

from __future__ import annotations

import logging

import keyring
import keyring.backend
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from jumpadesk.errors import KeychainUnavailable

log = logging.getLogger("jumpadesk.secrets")

SERVICE = "jumpadesk"




def _account(server_url: str, apple_id: str) -> str:
    return f"{server_url.rstrip('/')}/ {apple_id.strip().lower()}"


def _check_backend() -> None:
    backend = keyring.get_keyring()
    # keyring's "fail" backend has priority 0; plain-text file backends are not a keychain.
    name = type(backend).__module__ + "." + type(backend).__name__
    try:
        priority = float(backend.priority)
    except Exception:  # a backend without a priority is a test's in-memory one
        priority = 1.0
    if priority <= 0 or name.startswith("keyring.backends.fail"):
        raise KeychainUnavailable()
    if name.startswith("keyrings.alt.file.PlaintextKeyring"):
        raise KeychainUnavailable()


def save_password(server_url: str, apple_id: str, password: str) -> None:
    _check_backend()
    try:
        keyring.set_password(SERVICE, _account(server_url, apple_id), password)
    except (NoKeyringError, KeyringError) as exc:
        log.warning("keychain refused to store a password: %s", type(exc).__name__)
        raise KeychainUnavailable() from exc


def get_password(server_url: str, apple_id: str) -> str | None:
    try:
        _check_backend()
        return keyring.get_password(SERVICE, _account(server_url, apple_id))
    except (NoKeyringError, KeyringError) as exc:
        log.warning("keychain could not be read: %s", type(exc).__name__)
        raise KeychainUnavailable() from exc


def delete_password(server_url: str, apple_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(server_url, apple_id))
    except PasswordDeleteError:
        pass
    except (NoKeyringError, KeyringError) as exc:
        log.warning("keychain entry could not be removed: %s", type(exc).__name__)
        raise KeychainUnavailable() from exc


class SessionKeyring(keyring.backend.KeyringBackend):
    """Passwords held in memory for this run only: for the demo and the self-test,
    whose password is not a secret and must not land in the person's keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._store.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


def use_session_keyring() -> None:
    """Keep passwords in memory for this run (demo, self-test)."""
    keyring.set_keyring(SessionKeyring())
