"""The data folder's SQLite file seen as a file, before and around SQLite.

- `check(path)`: only a missing file is a fresh start. Anything else must look like a
  whole SQLite database (not empty, SQLite's header, not shorter than that header says),
  or it is refused as damaged with a sentence naming it and the newest backup beside it;
  it is never opened as a new, empty store (SQLite would happily make one of an empty
  file, and delete the WAL beside it).
- `create(path)`: a fresh store file, made whole and private (0600) under another name,
  then put in place without replacing anything, so no process ever finds it empty.
- The sentences for a store file that is damaged, read-only, or on a full disk, by
  SQLite's result code or the system's errno, with the path and what to do.

No SQLAlchemy here: the command line's read-only path (services/read_only.py) uses it too.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jumpadesk.config import PRIVATE_FILE_MODE, replace_whole
from jumpadesk.errors import CannotSave, DamagedStore, StoreError
from jumpadesk.language import translate

#: The first 16 bytes of every SQLite 3 database (https://sqlite.org/fileformat.html).
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: Below this much free space (or when a write of this size is refused) the disk is full.
ROOM_NEEDED = 1 << 20
#: The errnos of a write refused for want of room: no space, over quota, over a size limit.
NO_ROOM = frozenset(code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG)
                    if code is not None)
READ_ONLY_ERRNOS = frozenset((errno.EACCES, errno.EPERM, errno.EROFS))

FULL_SENTENCE = ("The disk is full, so jumpadesk could not save. Nothing was changed; free "
                 "some space and try again.")
BUSY_SENTENCE = ("The jumpadesk data file is busy in another program. Close other copies of "
                 "jumpadesk and try again.")
READ_ONLY_SENTENCE = ("The jumpadesk data folder is read-only. Check its permissions and try "
                      "again.")
CANNOT_OPEN_SENTENCE = ("The jumpadesk data file cannot be opened. Check that its folder "
                        "exists.")


def full_sentence() -> str:
    """FULL_SENTENCE in the person's language (the other three alike)."""
    return translate("store", "The disk is full, so jumpadesk could not save. Nothing was "
                              "changed; free some space and try again.")


def busy_sentence() -> str:
    return translate("store", "The jumpadesk data file is busy in another program. Close "
                              "other copies of jumpadesk and try again.")


def read_only_folder_sentence() -> str:
    return translate("store", "The jumpadesk data folder is read-only. Check its permissions "
                              "and try again.")


def cannot_open_folder_sentence() -> str:
    return translate("store", "The jumpadesk data file cannot be opened. Check that its folder "
                              "exists.")


def malformed() -> str:
    return translate("store", "SQLite finds it malformed")


def not_sqlite() -> str:
    return translate("store", "it is not a SQLite database")


# -- before opening ---------------------------------------------------------------------


def check(path: Path) -> bool:
    """Whether a store file is at `path` (False: none, a fresh start). DamagedStore when
    the file there cannot be a whole SQLite database; a StoreError when it cannot be read."""
    why = damage(path)
    if why is not None:
        raise DamagedStore(damaged_sentence(path, why), path)
    return path.exists()


def damage(path: Path) -> str | None:
    """Why the file at `path` cannot be a whole SQLite database, or None (it may be one, or
    there is no file). Reads its first 100 bytes only; SQLite itself finds damage deeper
    in the file when it reads there (SQLITE_CORRUPT, see sqlite_sentence)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(os_error_sentence(exc) or cannot_open_folder_sentence()) from exc
    if size == 0:
        return translate("store", "it is empty: 0 bytes")
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        return not_sqlite()
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The header's page count holds when its change counter matches "version valid for";
    # while a checkpoint copies pages out of the WAL the file may lag, so only then.
    counts_hold = head[24:28] == head[92:96] and not _has_wal_frames(path)
    if counts_hold and pages and size < pages * page_size:
        return translate("store", "it is cut short: {size} of its {whole} bytes are "
                                  "there").format(size=size, whole=pages * page_size)
    return None


def _has_wal_frames(path: Path) -> bool:
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


# -- making a fresh store ------------------------------------------------------------------


def create(path: Path) -> None:
    """A fresh, empty store file at `path` (SQLite in WAL mode, 0600), unless another
    process made one first (then that one stays, untouched)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.new")
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
    try:
        if os.name == "posix":
            os.chmod(partial, PRIVATE_FILE_MODE)  # whatever the umask; its WAL copies this
        connection = sqlite3.connect(partial)
        try:
            connection.execute("PRAGMA journal_mode=WAL")  # writes the header: one page
        finally:
            connection.close()
        _put_in_place(partial, path)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)


def _put_in_place(partial: Path, path: Path) -> None:
    try:
        os.link(partial, path)  # fails, rather than replaces, when a store is there
        return
    except FileExistsError:
        return
    except OSError:
        if path.exists():
            return
    # A file system without hard links: a rename (Windows' never replaces a file).
    try:
        os.rename(partial, path)
    except FileExistsError:
        pass


# -- backups ------------------------------------------------------------------------------


def backups(path: Path) -> list[Path]:
    """The backups made beside `path` before migrations (jumpadesk.db.v1.bak,
    jumpadesk.db.0004.bak...), newest first, whole ones only."""
    found = []
    for candidate in path.parent.glob(f"{path.name}.*.bak"):
        try:
            if damage(candidate) is None:
                found.append((candidate.stat().st_mtime, candidate))
        except (OSError, StoreError):  # a backup that cannot be read is not offered
            continue
    return [p for _, p in sorted(found, reverse=True)]


def damaged_sentence(path: Path, why: str) -> str:
    """What the person reads about a damaged store file: where it is, what is wrong, that
    nothing was changed, and what to do (the newest backup, by path, when there is one)."""
    found = backups(path)
    if found:
        newest = found[0]
        saved = datetime.fromtimestamp(newest.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        todo = translate("store", "Restore the newest backup: quit jumpadesk, move the damaged "
                                  "file aside, then copy {backup} (saved {saved}) to {path}. "
                                  "What was booked or blocked after that backup is not in "
                                  "it.").format(backup=newest, saved=saved, path=path)
    else:
        todo = translate("store", "There is no backup of it in its folder: restore it from a "
                                  "backup of this computer, or move it aside to start again "
                                  "with an empty schedule.")
    return translate("store", "The jumpadesk data file {path} is damaged ({why}); jumpadesk "
                              "changed nothing in it. {todo}").format(path=path, why=why,
                                                                      todo=todo)


# -- sentences by SQLite's result code or the system's errno --------------------------------


def sqlite_sentence(code: int | None, path: Path | None) -> str | None:
    """The sentence for SQLite's primary result `code` on the store file at `path` (None:
    not known), or None when the person cannot act on it."""
    if code == sqlite3.SQLITE_FULL:
        return full_sentence()
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return busy_sentence()
    if path is None:
        said = {sqlite3.SQLITE_READONLY: read_only_folder_sentence,
                sqlite3.SQLITE_CANTOPEN: cannot_open_folder_sentence}.get(code or 0)
        return said() if said is not None else None
    if code == sqlite3.SQLITE_IOERR:
        # SQLite says "disk I/O error" for a write the system refused; for want of room
        # (a size limit or quota; a full disk where it writes its shared memory) it is
        # the full disk sentence.
        return full_sentence() if no_room(path.parent) else None
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged_sentence(path, malformed() if code == sqlite3.SQLITE_CORRUPT
                                else not_sqlite())
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return read_only_sentence(path) or cannot_open_sentence(path, code)
    return None


def cannot_open_sentence(path: Path, code: int | None) -> str | None:
    if not path.parent.is_dir():
        return translate("store", "The jumpadesk data file {path} cannot be opened: its folder "
                                  "{folder} is missing.").format(path=path, folder=path.parent)
    if path.exists() and not os.access(path, os.R_OK):
        return translate("store", "The jumpadesk data file {path} cannot be opened: this user "
                                  "may not read it. Check its permissions and try "
                                  "again.").format(path=path)
    if code == sqlite3.SQLITE_CANTOPEN:
        return translate("store", "The jumpadesk data file {path} cannot be opened.").format(
            path=path)
    return None


def read_only_sentence(path: Path) -> str | None:
    """The sentence naming what is read-only about the store file at `path` (its folder,
    itself, its WAL or shared-memory file), or None when nothing is."""
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return translate("store", "The jumpadesk data folder {folder} is read-only, so "
                                  "jumpadesk cannot save there. Make it writable for your user "
                                  "and try again.").format(folder=folder)
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if part.exists() and not os.access(part, os.W_OK):
            return translate("store", "The jumpadesk data file {path} is read-only, so "
                                      "jumpadesk cannot save. Make it writable for your user "
                                      "and try again.").format(path=part)
    return None


def os_error_sentence(exc: OSError) -> str | None:
    """The sentence for a file the system would not write: no room, or read-only."""
    if exc.errno in NO_ROOM:
        return full_sentence()
    if exc.errno in READ_ONLY_ERRNOS and exc.filename:
        where = Path(os.fsdecode(exc.filename))
        if exc.errno == errno.EROFS:
            return translate("store", "{path} is on a read-only disk, so jumpadesk cannot save "
                                      "there. Make the disk writable and try again.").format(
                path=where)
        if not where.exists():  # making it was refused: the folder it goes in is read-only
            return translate("store", "jumpadesk cannot make {path}: {folder} is read-only for "
                                      "this user. Make it writable for your user and try "
                                      "again.").format(path=where, folder=where.parent)
        return translate("store", "{path} is read-only for this user, so jumpadesk cannot use "
                                  "it. Make it writable for your user and try again.").format(
            path=where)
    return None


def no_room(folder: Path) -> bool:
    """Whether the disk under `folder` has no room left: less than ROOM_NEEDED free, or a
    write of that size refused for room (quotas and size limits do not show as free
    space). The probe file is removed at once."""
    try:
        if shutil.disk_usage(folder).free < ROOM_NEEDED:
            return True
    except OSError:
        return False
    probe = folder / f".room-probe-{os.getpid()}-{threading.get_ident()}"
    try:
        handle = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except OSError as exc:
        return exc.errno in NO_ROOM
    try:
        return os.write(handle, bytes(ROOM_NEEDED)) < ROOM_NEEDED
    except OSError as exc:
        return exc.errno in NO_ROOM
    finally:
        os.close(handle)
        probe.unlink(missing_ok=True)


def save_whole(path: Path, fill: Callable[[Path], None]) -> Path:
    """Write the file at `path` whole or not at all: `fill` writes a new file beside it
    (0600, under another name), which then replaces `path` in one step. Returns the
    absolute path; CannotSave with one sentence when the folder cannot be written."""
    path = Path(path).expanduser().absolute()
    folder = path.parent
    if path.is_dir():
        raise CannotSave(translate("store", "{path} is a folder; give a file name in it, like "
                                            "{example}.").format(path=path,
                                                                 example=path / "day.pdf"))
    if not folder.is_dir():
        raise CannotSave(translate("store", "jumpadesk cannot save {name}: the folder {folder} "
                                            "does not exist.").format(name=path.name,
                                                                      folder=folder))
    try:
        replace_whole(path, fill)
    except OSError as exc:
        raise CannotSave(_save_sentence(exc, path)) from exc
    return path


def _save_sentence(exc: OSError, path: Path) -> str:
    if exc.errno in NO_ROOM:
        return translate("store", "The disk is full, so jumpadesk could not save {path}. "
                                  "Nothing was written.").format(path=path)
    if exc.errno in READ_ONLY_ERRNOS:
        return translate("store", "jumpadesk cannot save {name} in {folder}: this user may not "
                                  "write in that folder. Choose another folder.").format(
            name=path.name, folder=path.parent)
    return translate("store", "jumpadesk could not save {path}: {why}.").format(
        path=path, why=exc.strerror or exc)
