"""Finding an account's calendars: principal, calendar home, and what each collection is.

One Depth-1 PROPFIND of the home lists every calendar with its ctag; the same request is
the first (and, when nothing changed, the only) request of a sync pass.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from jumpadesk.errors import ServerFailed
from jumpadesk.kinds import Access, CalendarKind
from jumpadesk.language import translate
from jumpadesk.models import Calendar, Connection, session_scope
from jumpadesk.sync import davxml
from jumpadesk.sync.client import CalDAVClient, Response
from jumpadesk.sync.davxml import CALDAV, CS, DAV, ICAL, tag
from jumpadesk.sync.servers import is_icloud, service_name

log = logging.getLogger("jumpadesk.sync.discovery")

_WRITE_PRIVILEGES = {tag(DAV, "write"), tag(DAV, "write-content"), tag(DAV, "bind"),
                     tag(DAV, "all")}
_HIDDEN_TYPES = {tag(CALDAV, "schedule-inbox"), tag(CALDAV, "schedule-outbox"),
                 tag(CS, "notification"), tag(CS, "dropbox-home")}

REASON_TASKS = "a Reminders list: it holds tasks, not events"
REASON_SUBSCRIBED = "a subscribed calendar: iCloud serves it read-only from a web address"


class HomeGone(Exception):
    """The stored calendar home answered 404, 403 or a redirect: discover it again."""


@dataclass(frozen=True)
class AccountPlaces:
    principal_url: str
    home_url: str
    owner_addresses: list[str]


@dataclass(frozen=True)
class FoundCalendar:
    """One collection of the home, classified."""

    path: str
    url: str
    name: str
    color: str
    order: int
    access: Access
    kind: CalendarKind
    source_url: str
    ctag: str  # CS:getctag, else DAV:sync-token; "" when the server gives neither
    supports_sync: bool | None  # sync-collection in supported-report-set; None: not said

    @property
    def connectable(self) -> bool:
        return self.kind == CalendarKind.EVENTS

    @property
    def reason(self) -> str | None:
        if self.kind == CalendarKind.TASKS:
            return REASON_TASKS
        if self.kind == CalendarKind.SUBSCRIBED:
            return REASON_SUBSCRIBED
        return None


def _address_hint(url: str, account: str = "") -> str:
    if is_icloud(url, account=account):
        return translate("sync", "Check the server address; for iCloud it is "
                                 "https://caldav.icloud.com/.")
    return translate("sync", "Check the server address: it is the CalDAV address your provider "
                             "gives (for Fastmail https://caldav.fastmail.com/, for Nextcloud "
                             "https://your.server/remote.php/dav/).")


def _not_caldav(url: str, r: Response, account: str = "") -> ServerFailed:
    host = urlsplit(url).hostname or url
    return ServerFailed(translate("sync", "{host} did not answer like a calendar (CalDAV) "
                                          "server (HTTP {status}). {hint}").format(
        host=host, status=r.status, hint=_address_hint(url, account)))


def _propfind_following(client: CalDAVClient, url: str, body: str) -> tuple[str, Response]:
    """PROPFIND Depth 0, following up to three redirects (a /.well-known/caldav, say),
    only within the account's host: one to another host or to plain http is refused
    with a sentence (ForeignHost) before anything is sent there."""
    for _ in range(4):
        r = client.propfind(url, body, "0")
        if r.status in (301, 302, 303, 307, 308) and r.header("Location"):
            target = urljoin(url, r.header("Location"))
            client.check_destination(target, came_from=url)
            url = target
            continue
        return url, r
    raise _not_caldav(url, r)


def _single(r: Response, url: str) -> davxml.DavResponse:
    if r.status != 207 or r.multistatus is None or not r.multistatus.responses:
        raise _not_caldav(url, r)
    for item in r.multistatus.responses:
        if davxml.same_collection(item.href, url):
            return item
    return r.multistatus.responses[0]


def _principal_href(r: Response, url: str) -> str | None:
    """The current-user-principal a Depth-0 answer names, or None."""
    if r.status != 207 or r.multistatus is None or not r.multistatus.responses:
        return None
    hrefs = _single(r, url).hrefs(tag(DAV, "current-user-principal"))
    return hrefs[0] if hrefs else None


def find_principal(client: CalDAVClient, server_url: str) -> tuple[str, str]:
    """(the URL that answered, the principal's href) for any address of a CalDAV server.

    The address as given first (iCloud's, or a full CalDAV address such as Nextcloud's
    /remote.php/dav/); if that names no principal, the server's /.well-known/caldav
    (RFC 6764), whose redirects lead to where the CalDAV service lives."""
    url, r = _propfind_following(client, server_url, davxml.PRINCIPAL_PROPFIND)
    href = _principal_href(r, url)
    if href is not None:
        return url, href
    well_known = urljoin(server_url, "/.well-known/caldav")
    if url.rstrip("/") != well_known:
        log.info("no principal at %s%s; trying /.well-known/caldav",
                 urlsplit(url).hostname, urlsplit(url).path)
        found_url, found = _propfind_following(client, well_known, davxml.PRINCIPAL_PROPFIND)
        href = _principal_href(found, found_url)
        if href is not None:
            return found_url, href
    if r.status == 207:
        raise ServerFailed(translate("sync", "{host} did not say which account this is (no "
                                             "principal). {hint}").format(
            host=urlsplit(url).hostname, hint=_address_hint(url, client.username)))
    raise _not_caldav(url, r, client.username)


def discover_account(client: CalDAVClient, server_url: str) -> AccountPlaces:
    """Principal (PROPFIND current-user-principal), then its calendar home and addresses.

    Raises AuthFailed on a 401: this is also the credentials check."""
    url, href = find_principal(client, server_url)
    principal_url = urljoin(url, href)
    client.check_destination(principal_url, came_from=url)
    purl, r = _propfind_following(client, principal_url, davxml.HOME_PROPFIND)
    item = _single(r, purl)
    homes = item.hrefs(tag(CALDAV, "calendar-home-set"))
    if not homes:
        said = translate("sync", "{host} has no calendars for this account (no calendar "
                                 "home). Check that iCloud Calendar is turned on for this Apple "
                                 "ID.") if is_icloud(purl, account=client.username) else \
            translate("sync", "{host} has no calendars for this account (no calendar home). "
                              "Check that calendars are turned on for this account on the "
                              "server.")
        raise ServerFailed(said.format(host=urlsplit(purl).hostname))
    # Absolute, and often on a partition host (pNN-caldav.icloud.com): that is normal;
    # on another server it is refused, and never becomes the account's home.
    home_url = urljoin(purl, homes[0])
    client.check_destination(home_url, came_from=purl, what="home")
    if not home_url.endswith("/"):
        home_url += "/"
    addresses = item.hrefs(tag(CALDAV, "calendar-user-address-set"))
    log.info("account home at %s%s (%d addresses)", urlsplit(home_url).hostname,
             urlsplit(home_url).path, len(addresses))
    return AccountPlaces(principal_url=purl, home_url=home_url, owner_addresses=addresses)


def owner_lines(addresses: list[str], apple_id: str) -> str:
    """Connection.owner_addresses: the server's calendar-user addresses, one per line, plus
    the Apple ID as a mailto: (invitations are often addressed to it)."""
    lines = [a.strip() for a in addresses if a.strip()]
    if "@" in apple_id:
        mailto = f"mailto:{apple_id.strip()}"
        if mailto.lower() not in {a.lower() for a in lines}:
            lines.append(mailto)
    return "\n".join(lines)


def _color(value: str) -> str:
    value = value.strip()
    if len(value) == 9 and value.startswith("#"):  # #RRGGBBAA
        value = value[:7]
    if len(value) == 7 and value.startswith("#"):
        try:
            int(value[1:], 16)
        except ValueError:
            return ""
        return value.upper()
    return ""


def _order(value: str) -> int:
    try:
        return int(float(value.strip()))
    except ValueError:
        return 0


def classify(item: davxml.DavResponse, home_url: str) -> FoundCalendar | None:
    """What one member of the home is; None for what is never listed (the home itself,
    inbox, outbox, notifications, plain folders)."""
    if davxml.same_collection(item.href, home_url):
        return None
    types = item.children(tag(DAV, "resourcetype"))
    if types & _HIDDEN_TYPES:
        return None
    is_calendar = tag(CALDAV, "calendar") in types
    is_subscribed = tag(CS, "subscribed") in types
    if not (is_calendar or is_subscribed):
        return None
    path = item.path
    if not path.endswith("/"):
        path += "/"
    comps = item.components()
    if is_subscribed:  # also when it says C:calendar too: iCloud serves it read-only
        kind = CalendarKind.SUBSCRIBED
    elif comps is not None and "VEVENT" not in comps:
        if "VTODO" not in comps:
            return None  # journals and the like: nothing to do with time
        kind = CalendarKind.TASKS
    else:
        kind = CalendarKind.EVENTS
    privileges = item.children(tag(DAV, "current-user-privilege-set"))
    if kind == CalendarKind.SUBSCRIBED:
        access = Access.READ
    elif tag(DAV, "current-user-privilege-set") in item.props:
        access = Access.WRITE if privileges & _WRITE_PRIVILEGES else Access.READ
    else:
        access = Access.WRITE  # not reported: a write will say otherwise
    reports = item.children(tag(DAV, "supported-report-set"))
    supports_sync: bool | None = None
    if tag(DAV, "supported-report-set") in item.props:
        supports_sync = tag(DAV, "sync-collection") in reports
    name = item.text(tag(DAV, "displayname")) or path.rstrip("/").rsplit("/", 1)[-1]
    source = item.hrefs(tag(CS, "source"))
    return FoundCalendar(
        path=path,
        url=urljoin(home_url, path),
        name=name,
        color=_color(item.text(tag(ICAL, "calendar-color"))),
        order=_order(item.text(tag(ICAL, "calendar-order"))),
        access=access,
        kind=kind,
        source_url=source[0] if source else item.text(tag(CS, "source")),
        ctag=item.text(tag(CS, "getctag")) or item.text(tag(DAV, "sync-token")),
        supports_sync=supports_sync,
    )


def list_home(client: CalDAVClient, home_url: str) -> list[FoundCalendar]:
    """The one Depth-1 PROPFIND of the home: every calendar with its ctag."""
    r = client.propfind(home_url, davxml.LISTING_PROPFIND, "1")
    if r.status in (301, 302, 307, 308, 403, 404, 410):
        raise HomeGone(f"HTTP {r.status}")
    if r.status != 207 or r.multistatus is None:
        raise _not_caldav(home_url, r)
    found = [c for c in (classify(i, home_url) for i in r.multistatus.responses) if c]
    # Duplicate hrefs in one answer: the last one wins.
    return list({c.path: c for c in found}.values())


@dataclass
class ListingChanges:
    added: list[str]
    renamed: list[tuple[str, str]]
    deleted: list[str]  # names of calendars that vanished from the home on this refresh
    by_path: dict[str, FoundCalendar]


def apply_listing(
    session: Session, connection: Connection, found: list[FoundCalendar]
) -> ListingChanges:
    """Bring the stored calendar list of a connection up to date with the server's.

    Names, colours, order, access and kind follow the server; ctag and sync token are
    left to the sync pass. A calendar gone from the home is marked deleted_on_server
    (never dropped: its roles stay so the person is told)."""
    stored = {
        c.path: c
        for c in session.exec(
            select(Calendar).where(Calendar.connection_id == connection.id)
        ).all()
    }
    changes = ListingChanges(added=[], renamed=[], deleted=[], by_path={})
    for f in found:
        changes.by_path[f.path] = f
        cal = stored.get(f.path)
        if cal is None:
            assert connection.id is not None
            cal = Calendar(connection_id=connection.id, path=f.path)
            changes.added.append(f.name)
        elif cal.name != f.name:
            changes.renamed.append((cal.name, f.name))
        if cal.deleted_on_server:
            # Back at the same path: its old contents cannot be trusted, read it afresh.
            cal.deleted_on_server = False
            cal.ctag = ""
            cal.sync_token = ""
        cal.url = f.url
        cal.name = f.name
        cal.color = f.color
        cal.order = f.order
        cal.access = f.access
        cal.kind = f.kind
        cal.source_url = f.source_url
        session.add(cal)
    for path, cal in stored.items():
        if path not in changes.by_path and not cal.deleted_on_server:
            cal.deleted_on_server = True
            session.add(cal)
            changes.deleted.append(cal.name)
            log.warning("calendar %r (%s) is no longer in the iCloud home", cal.name, path)
    if changes.added or changes.renamed:
        log.info("calendar list: %d new, %d renamed", len(changes.added), len(changes.renamed))
    return changes


def read_listing(engine: Engine, client: CalDAVClient, conn: Connection) -> list[FoundCalendar]:
    """The home's listing; when the home moved (a new partition host), find it again and
    keep where it is now."""
    if conn.home_url:
        try:
            return list_home(client, conn.home_url)
        except HomeGone:
            log.info("calendar home of %s moved; discovering it again", conn.apple_id)
    places = discover_account(client, conn.server_url)
    try:
        found = list_home(client, places.home_url)
    except HomeGone as why:
        raise ServerFailed(translate(
            "sync", "{service} did not let jumpadesk read the calendar list of {account} "
                    "({why}). Connect the account again; if that does not help, try again "
                    "later.").format(service=service_name(conn.server_url, conn.apple_id),
                                     account=conn.apple_id, why=why)) from why
    owners = owner_lines(places.owner_addresses, conn.apple_id)
    with session_scope(engine) as s:
        row = s.get(Connection, conn.id)
        assert row is not None
        row.principal_url = places.principal_url
        row.home_url = places.home_url
        row.owner_addresses = owners
        s.add(row)
    conn.home_url = places.home_url
    conn.owner_addresses = owners
    return found
