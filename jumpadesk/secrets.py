"""The only module that touches the keychain, and the only one that reads or writes a
password anywhere.

A password is stored under service "jumpadesk", account "<server URL>/ <user>", and only
after the server has accepted it. Where it goes (kinds.PasswordKeeping):

- the system keychain, whenever this computer has one that keeps what it is given
  (`keychain_problem` says why not: keyring's fail or null backend, a chain of only
  in-memory or plain-text backends, or a backend that does not give back what it was
  given: a probe entry is stored, read back and deleted);
- without one, where the person chose before connecting: `passwords.json` in the data
  folder, readable only by them (0600, the folder 0700), or memory until jumpadesk quits.
  An account kept in memory is remembered by name in that file (never its password), so
  the next start can ask for it again and say why; meanwhile `JUMPADESK_PASSWORD`, when
  set, gives it to the process (the command line's `--password-for-this-run`).

Nothing here ever logs a password.
"""

from __future__ import annotations

import json
import logging
import os
import secrets as random_tokens
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jumpadesk.config import home_dir, replace_whole
from jumpadesk.errors import KeychainUnavailable, NoKeychain
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.language import translate
from jumpadesk.lazy import LazyModule

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring (and what it loads: jaraco, urllib.request, http.client) loads the first time the
# keychain is asked, so the window's first week and the command line's questions, which
# never ask it, do not pay for it.
keyring = LazyModule("keyring")
keyring_errors = LazyModule("keyring.errors")

log = logging.getLogger("jumpadesk.secrets")

SERVICE = "jumpadesk"
#: In the data folder: passwords kept in a file by the person's choice, and the names of
#: accounts whose password was kept only until jumpadesk quit.
PASSWORD_FILE = "passwords.json"
#: What the environment may give, for an account kept only for a run.
PASSWORD_VARIABLE = "JUMPADESK_PASSWORD"

# Passwords kept until this process ends, by account.
_this_run: dict[str, str] = {}


def _account(server_url: str, apple_id: str) -> str:
    return f"{server_url.rstrip('/')}/ {apple_id.strip().lower()}"


# -- is there a keychain? -------------------------------------------------------------


def _name(backend: object) -> str:
    return type(backend).__module__ + "." + type(backend).__name__


def _no_keychain(backend: KeyringBackend) -> bool:
    """keyring's stand-ins for "none": the fail and null backends, plain-text files."""
    name = _name(backend)
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return True
    if "plaintext" in name.lower():
        return True
    try:
        return float(backend.priority) <= 0 and not _is_chain(backend)
    except Exception:  # a backend without a priority is one a program set itself
        return False


def _is_chain(backend: object) -> bool:
    return _name(backend).startswith("keyring.backends.chainer")


def _forgets(backend: object) -> bool:
    """A backend that keeps passwords in this process's memory only."""
    return "memory" in _name(backend).lower()


def _static_problem() -> str | None:
    """Why the chosen backend is no keychain, from what it is (no entry written)."""
    backend = keyring.get_keyring()
    if _is_chain(backend):
        members = list(getattr(backend, "backends", []))
        usable = [b for b in members if not _no_keychain(b) and not _forgets(b)]
        if not usable:
            found = ", ".join(_name(b) for b in members) or "none"
            return f"keyring found no system keychain (backends: {found})"
        return None
    if _no_keychain(backend):
        return f"keyring's backend is {_name(backend)}"
    return None


def keychain_problem() -> str | None:
    """None when the system keychain keeps what it is given; else why not, for the log.
    Stores a probe entry, reads it back and deletes it (the keychain may ask to be
    unlocked, as it would for the password itself)."""
    problem = _static_problem()
    if problem:
        return problem
    probe = f"keychain check {random_tokens.token_hex(8)}"
    token = random_tokens.token_hex(16)
    try:
        keyring.set_password(SERVICE, probe, token)
        if keyring.get_password(SERVICE, probe) != token:
            return f"{_name(keyring.get_keyring())} did not give back what it was given"
    except Exception as exc:  # any refusal means: no keychain here
        return f"{_name(keyring.get_keyring())} refused to store a password ({type(exc).__name__})"
    finally:
        try:
            keyring.delete_password(SERVICE, probe)
        except Exception:  # never stored, or already gone
            pass
    return None


def _check_backend() -> None:
    problem = _static_problem()
    if problem:
        log.info("no keychain: %s", problem)
        raise KeychainUnavailable()


# -- the file in the data folder ------------------------------------------------------


@dataclass
class _Kept:
    passwords: dict[str, str] = field(default_factory=dict)
    this_run_only: set[str] = field(default_factory=set)


def _file() -> Path:
    return home_dir() / PASSWORD_FILE


def _read() -> _Kept:
    path = _file()
    try:
        mode = path.stat().st_mode
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _Kept()
    except (OSError, ValueError) as exc:
        log.warning("%s could not be read: %s", PASSWORD_FILE, type(exc).__name__)
        return _Kept()
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("%s was readable by others; made private again", PASSWORD_FILE)
        path.chmod(0o600)
    if not isinstance(raw, dict):
        return _Kept()
    passwords = raw.get("passwords")
    only = raw.get("this_run_only")
    return _Kept(
        {k: v for k, v in passwords.items() if isinstance(k, str) and isinstance(v, str)}
        if isinstance(passwords, dict) else {},
        {a for a in only if isinstance(a, str)} if isinstance(only, list) else set())


def _write(kept: _Kept) -> None:
    """The whole file, replaced at once, created 0600 in a folder made 0700."""
    folder = home_dir()
    folder.chmod(0o700)
    path = _file()
    if not kept.passwords and not kept.this_run_only:
        path.unlink(missing_ok=True)
        return
    text = json.dumps({"passwords": kept.passwords,
                       "this_run_only": sorted(kept.this_run_only)}, indent=1)
    replace_whole(path, lambda partial: partial.write_text(text, encoding="utf-8"))


# -- keeping, finding and forgetting a password ----------------------------------------


def save_password(server_url: str, apple_id: str, password: str,
                  keeping: PasswordKeeping = PasswordKeeping.KEYCHAIN) -> None:
    """Keep the password where `keeping` says. In the keychain it is read back: a
    keychain that does not keep it raises KeychainUnavailable (nothing is then kept)."""
    account = _account(server_url, apple_id)
    if keeping == PasswordKeeping.KEYCHAIN:
        _check_backend()
        try:
            keyring.set_password(SERVICE, account, password)
            kept = keyring.get_password(SERVICE, account) == password
        except (keyring_errors.NoKeyringError, keyring_errors.KeyringError) as exc:
            log.warning("keychain refused to store a password: %s", type(exc).__name__)
            raise KeychainUnavailable() from exc
        if not kept:
            log.warning("keychain did not give back the password it was given")
            raise KeychainUnavailable()
    file = _read()
    before = (dict(file.passwords), set(file.this_run_only))
    file.passwords.pop(account, None)
    file.this_run_only.discard(account)
    _this_run.pop(account, None)
    if keeping == PasswordKeeping.FILE:
        file.passwords[account] = password
    elif keeping == PasswordKeeping.THIS_RUN:
        _this_run[account] = password
        file.this_run_only.add(account)
    if (file.passwords, file.this_run_only) != before:
        _write(file)
    log.info("password kept: %s", keeping.value)


def _without_keychain(account: str, file: _Kept) -> str | None:
    """The password from this run, the file, or (for an account kept for a run only)
    the environment; None when none of them has it."""
    if account in _this_run:
        return _this_run[account]
    if account in file.passwords:
        return file.passwords[account]
    if account in file.this_run_only:
        given = "".join(os.environ.get(PASSWORD_VARIABLE, "").split())
        return given or None
    return None


def get_password(server_url: str, apple_id: str) -> str | None:
    account = _account(server_url, apple_id)
    file = _read()
    found = _without_keychain(account, file)
    if found is not None or account in file.this_run_only:
        return found
    try:
        _check_backend()
        return keyring.get_password(SERVICE, account)
    except (keyring_errors.NoKeyringError, keyring_errors.KeyringError) as exc:
        log.warning("keychain could not be read: %s", type(exc).__name__)
        raise KeychainUnavailable() from exc


def kept_until_quit(server_url: str, apple_id: str) -> bool:
    """The person chose to keep this password only until jumpadesk quit, and this run
    has not been given it: it must be entered again. Reads no keychain."""
    account = _account(server_url, apple_id)
    file = _read()
    return account in file.this_run_only and _without_keychain(account, file) is None


def kept_where(server_url: str, apple_id: str) -> PasswordKeeping:
    """Where an account's password is kept now: the private file, until jumpadesk quits,
    or (neither) the keychain. Reads the file, never the keychain."""
    account = _account(server_url, apple_id)
    file = _read()
    if account in _this_run or account in file.this_run_only:
        return PasswordKeeping.THIS_RUN
    if account in file.passwords:
        return PasswordKeeping.FILE
    return PasswordKeeping.KEYCHAIN


def disconnected_sentence(account: str, sub_name: str, outcome: str,
                          keeping: PasswordKeeping) -> str:
    """What a disconnect did (`outcome`, Desk.disconnect's: "unlinked" when other
    sub-accounts still use the account, else "removed"), naming where the password was
    (`keeping`, kept_where's, read before it): the window's and the command line's."""
    names = {"sub_account": sub_name, "account": account}
    if outcome == "unlinked":
        said = {PasswordKeeping.FILE: translate(
                    "secrets", "{sub_account} no longer uses {account}; other sub-accounts still "
                               "do, so its password stays in jumpadesk's private password file."),
                PasswordKeeping.THIS_RUN: translate(
                    "secrets", "{sub_account} no longer uses {account}; other sub-accounts still "
                               "do, so its password stays kept until jumpadesk quits.")}.get(
            keeping) or translate("secrets", "{sub_account} no longer uses {account}; other "
                                             "sub-accounts still do, so its password stays in "
                                             "the keychain.")
        return said.format(**names)
    said = {PasswordKeeping.FILE: translate(
                "secrets", "Disconnected {account}: password in jumpadesk's private file and "
                           "cached events removed."),
            PasswordKeeping.THIS_RUN: translate(
                "secrets", "Disconnected {account}: password kept until jumpadesk quits and "
                           "cached events removed.")}.get(keeping) or translate(
        "secrets", "Disconnected {account}: keychain entry and cached events removed.")
    return said.format(**names)


def delete_password(server_url: str, apple_id: str) -> None:
    """Forget the password wherever it is kept."""
    account = _account(server_url, apple_id)
    file = _read()
    if account in file.passwords or account in file.this_run_only:
        file.passwords.pop(account, None)
        file.this_run_only.discard(account)
        _write(file)
    _this_run.pop(account, None)
    if _static_problem():
        return  # no keychain: nothing was ever kept there
    try:
        keyring.delete_password(SERVICE, account)
    except keyring_errors.PasswordDeleteError:
        pass
    except (keyring_errors.NoKeyringError, keyring_errors.KeyringError) as exc:
        log.warning("keychain entry could not be removed: %s", type(exc).__name__)
        raise KeychainUnavailable() from exc


def forget_this_run() -> None:
    """What quitting does to passwords kept until jumpadesk quits: they are gone (the
    next run asks for them). For tests that play a second start in one process."""
    _this_run.clear()


def check_can_keep(keeping: PasswordKeeping | None) -> None:
    """Before connecting: the keychain (when that is where the password is to go) keeps
    what it is given; else NoKeychain, whose sentence offers the other two places."""
    if keeping not in (None, PasswordKeeping.KEYCHAIN):
        return
    problem = keychain_problem()
    if problem:
        log.info("no keychain: %s", problem)
        raise NoKeychain()


def use_session_keyring() -> None:
    """Keep passwords in memory for this run (demo, self-test)."""
    from jumpadesk.session_keyring import SessionKeyring  # a keyring backend: loads keyring

    keyring.set_keyring(SessionKeyring())


def password_kept_until_quit(account: str, service: str) -> str:
    """Why the password of an account is asked for again: it was kept in memory only,
    as chosen on a computer without a keychain."""
    return translate("secrets", "The password for {account} on {service} was kept only until "
                                "jumpadesk quit, as chosen when it was connected, because this "
                                "computer has no keychain. Enter it again to sync this "
                                "account.").format(account=account, service=service)


def password_kept_where(account: str, service: str, keeping: str) -> str:
    """Where a password chosen to be kept outside a keychain now is ("" for the keychain:
    nothing to say). `keeping` is a kinds.PasswordKeeping."""
    if keeping == "this-run":
        return translate("secrets", "The password for {account} on {service} is kept until "
                                    "jumpadesk quits; jumpadesk asks for it again at the next "
                                    "start.").format(account=account, service=service)
    if keeping == "file":
        return translate("secrets", "The password for {account} on {service} is kept in a file "
                                    "in jumpadesk's data folder that only you can read.").format(
            account=account, service=service)
    return ""
