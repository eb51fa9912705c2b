"""One press of Connect, for the walkthrough (ui/wizard) and Other CalDAV Account
(ui/other_server): what runs on the worker (the connections there before, the check, and
the accounts and calendars it leaves) and what undoes a check cancelled while it ran but
accepted late (the connection it made is removed again; one that existed before, whose
password was entered again, is kept).

No widgets here: `ConnectAttempt.run` is the worker's callable and `undo` the Task's
undo (ui/tasks.Task.cancel), both off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from jumpadesk.errors import JumpadeskError
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.rows import SubKey
from jumpadesk.service import Desk
from jumpadesk.services.connections_view import ConnectionsSnapshot

log = logging.getLogger("jumpadesk.ui.connecting")

#: How long a new Connect waits for a cancelled one to end (past the client's timeout).
SETTLE_SECONDS = 90.0


class ConnectAttempt:
    """One press of Connect, as the worker threads see it. `settled` is set once a
    cancelled attempt can no longer change the store (it failed, or was undone), so a
    later attempt (given it in `earlier`) waits for it rather than racing its undo for
    the same connection."""

    def __init__(self, desk: Desk, sub: SubKey, user: str, password: str, server: str,
                 keeping: PasswordKeeping | None,
                 earlier: Sequence[ConnectAttempt] = ()) -> None:
        self._desk = desk
        self._sub = sub
        self._credentials = (user, password, server)
        self._keeping = keeping
        self.settled = threading.Event()
        self._earlier = [a for a in earlier if not a.settled.is_set()]
        #: This sub-account's connections before (None: not read; a late success is
        #: then kept rather than guessed at).
        self.known_ids: set[int] | None = None
        #: The sub-account's accounts and calendars once connected (None: not read).
        self.connections: ConnectionsSnapshot | None = None

    def run(self) -> int:
        """On the worker, like every store call: what was there before, the check, and
        the accounts and calendars it leaves. The connection's id."""
        desk, sub = self._desk, self._sub
        try:
            self.known_ids = {c.id for c in desk.connections(sub)}
        except JumpadeskError:
            self.known_ids = None
        user, password, server = self._credentials
        try:
            for other in self._earlier:
                if not other.settled.wait(SETTLE_SECONDS):
                    log.warning("an earlier cancelled connect is still running")
            connection_id = desk.connect(sub, user, password, server, keeping=self._keeping)
        except BaseException:
            self.settled.set()  # a failed connect saved nothing
            raise
        try:
            self.connections = desk.connections_snapshot(sub)
        except JumpadeskError as exc:
            log.warning("the new connection's calendars not read: %s", exc)
        return connection_id

    def is_new(self, connection_id: int) -> bool:
        """The connection made is a new account (not one there before)."""
        return self.known_ids is not None and connection_id not in self.known_ids

    def undo(self, connection_id: int) -> None:
        """A cancelled attempt accepted late (`connection_id`, what run returned): the
        connection it made goes again, one there before stays."""
        try:
            if self.is_new(connection_id):
                self._desk.disconnect(connection_id, self._sub)
        finally:
            self.settled.set()


__all__ = ["SETTLE_SECONDS", "ConnectAttempt"]
