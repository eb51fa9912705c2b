"""The demo's and the self-test's keychain: passwords held in memory for one run
(jumpadesk.secrets.use_session_keyring installs it). A module of its own so that keyring,
which it subclasses, loads only when a keychain is used."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class SessionKeyring(KeyringBackend):
    """Passwords held in memory for this run only: for the demo and the self-test,
    whose password is not a secret and must not land in the person's keychain.

    Only ever installed on purpose (`use_session_keyring`): keyring would otherwise find
    it among the backends it can use (every subclass counts once imported) and, with no
    Secret Service, choose it, alone or first in a chain, so a real password would be
    "kept" in memory and forgotten at quit. Its priority raises, which is how a backend
    tells keyring it is not one to choose."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("jumpadesk's session keyring is only used when set on purpose")

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
