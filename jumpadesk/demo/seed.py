"""The demo's calendar home: an iCloud-like account, filled with a week of sample events.

`seed_icloud_like_account()` builds the calendar home of an iCloud account on a
LocalCalDAVServer (Home, Work, a read-only Family, a VTODO-only Reminders list, a
subscribed US Holidays, the scheduling inbox/outbox) as resources/demo/layout.json
describes it, and can fill it with the sample events of resources/demo/ placed in a given
week.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape as xml_escape
from zoneinfo import ZoneInfo

from jumpadesk.config import resource_path
from jumpadesk.demo.server import DAVRequester, LocalCalDAVServer

__all__ = [
    "AccountLayout",
    "CalendarSpec",
    "home_path",
    "load_layout",
    "render_template",
    "seed_icloud_like_account",
]

log = logging.getLogger("jumpadesk.demo.seed")


@dataclass(frozen=True)
class CalendarSpec:
    """One collection of an iCloud-like calendar home.

    kind: "calendar", "subscribed" (a webcal subscription: CS:subscribed, `source`),
    or "inbox" / "outbox" / "notification" (made as plain collections).
    """

    slug: str
    name: str
    kind: str = "calendar"
    color: str = ""
    order: int = 0
    components: tuple[str, ...] = ("VEVENT",)
    read_only: bool = False
    source: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarSpec:
        return cls(
            slug=data["slug"],
            name=data.get("name", data["slug"]),
            kind=data.get("kind", "calendar"),
            color=data.get("color", ""),
            order=int(data.get("order", 0)),
            components=tuple(data.get("components", ("VEVENT",))),
            read_only=bool(data.get("read_only", False)),
            source=data.get("source", ""),
        )


@dataclass(frozen=True)
class AccountLayout:
    """The collections of a calendar home; events are templates in `folder/<slug>/*.ics`."""

    calendars: tuple[CalendarSpec, ...]
    folder: Path | None = None

    def templates(self, spec: CalendarSpec) -> list[Path]:
        if self.folder is None:
            return []
        return sorted((self.folder / spec.slug).glob("*.ics"))


def load_layout(folder: Path | None = None) -> AccountLayout:
    """The iCloud-like layout in `folder`/layout.json (default: resources/demo)."""
    folder = Path(folder) if folder else resource_path("demo")
    data = json.loads((folder / "layout.json").read_text(encoding="utf-8"))
    return AccountLayout(tuple(CalendarSpec.from_dict(c) for c in data["calendars"]), folder)


# ---------------------------------------------------------------------------- templates

_TOKEN = re.compile(r"\{\{\s*([A-Z]+)([+-]\d+)?(?:\s+([^}]+?))?\s*\}\}")


def _zone_key(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    if key:
        return str(key)
    if zone is UTC:
        return "UTC"
    raise ValueError(f"the zone {zone!r} has no IANA name")


def render_template(
    text: str, monday: date, zone: tzinfo, user: str, *, now: datetime | None = None
) -> str:
    """Fill an event template's placeholders and return iCalendar text (CRLF lines).

    {{DATE+N}}         the date N days after `monday`: 20261124
    {{LOCAL+N HH:MM}}  that day at HH:MM as a wall time (after TZID=...): 20261124T093000
    {{UTC+N HH:MM}}    that wall time in `zone`, in UTC: 20261124T083000Z
    {{TZID}}           the IANA name of `zone`
    {{VTIMEZONE}}      a VTIMEZONE for `zone`; {{VTIMEZONE America/New_York}} for another
    {{USER}}           the account's address (for ATTENDEE lines)
    {{STAMP}}          now in UTC (DTSTAMP)
    """
    from icalendar import Timezone

    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    zones_written: set[str] = set()

    def when(offset: str | None, hhmm: str | None) -> datetime:
        day = monday + timedelta(days=int(offset or 0))
        hour, minute = (int(x) for x in (hhmm or "00:00").split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=zone)

    def replace(match: re.Match[str]) -> str:
        name, offset, arg = match.groups()
        if name == "DATE":
            return (monday + timedelta(days=int(offset or 0))).strftime("%Y%m%d")
        if name == "LOCAL":
            return when(offset, arg).strftime("%Y%m%dT%H%M%S")
        if name == "UTC":
            return when(offset, arg).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        if name == "TZID":
            return _zone_key(zone)
        if name == "VTIMEZONE":
            key = arg or _zone_key(zone)
            if key in zones_written:  # one VTIMEZONE per zone in an object
                return ""
            zones_written.add(key)
            vtimezone = Timezone.from_tzinfo(
                ZoneInfo(key),
                first_date=date(monday.year - 1, 1, 1),
                last_date=date(monday.year + 2, 12, 31),
            )
            return vtimezone.to_ical().decode("utf-8").strip()
        if name == "USER":
            return user
        if name == "STAMP":
            return stamp
        raise ValueError(f"unknown placeholder {match.group(0)}")

    filled = _TOKEN.sub(replace, text)
    lines = [line.rstrip("\r") for line in filled.splitlines() if line.strip()]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------- seeding

_NS = (
    'xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
    'xmlns:CS="http://calendarserver.org/ns/" xmlns:I="http://apple.com/ns/ical/"'
)


def _mkcol_body(spec: CalendarSpec) -> str:
    props = [f"<D:displayname>{xml_escape(spec.name)}</D:displayname>"]
    if spec.kind == "calendar":
        props.append("<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>")
        comps = "".join(f'<C:comp name="{c}"/>' for c in spec.components)
        props.append(
            f"<C:supported-calendar-component-set>{comps}</C:supported-calendar-component-set>"
        )
    elif spec.kind == "subscribed":
        props.append("<D:resourcetype><D:collection/><CS:subscribed/></D:resourcetype>")
        # Radicale keeps the text and answers it inside a D:href, as iCloud does.
        props.append(f"<CS:source>{xml_escape(spec.source)}</CS:source>")
    else:
        props.append("<D:resourcetype><D:collection/></D:resourcetype>")
    if spec.color:
        props.append(f"<I:calendar-color>{xml_escape(spec.color)}</I:calendar-color>")
    if spec.order:
        props.append(f"<I:calendar-order>{spec.order}</I:calendar-order>")
    return (
        f'<?xml version="1.0" encoding="utf-8"?><D:mkcol {_NS}><D:set><D:prop>'
        + "".join(props)
        + "</D:prop></D:set></D:mkcol>"
    )


def home_path(user: str) -> str:
    """The calendar home of `user` as the server writes it in hrefs."""
    return f"/{quote(user)}/"


def seed_icloud_like_account(
    server: LocalCalDAVServer,
    user: str,
    password: str,
    layout: AccountLayout | None = None,
    *,
    events_for_week: date | datetime | None = None,
    zone: tzinfo | None = None,
) -> dict[str, str]:
    """Create an iCloud-like calendar home for `user` and return {calendar name: path}.

    The account must be one of the server's. Collections come from `layout` (default:
    resources/demo/layout.json); read-only ones are made so through the rights file.
    With `events_for_week`, the event templates are filled in for the week that holds
    that day (Monday first) in `zone` (default UTC) and written as the calendars' owner
    would. Requests go in-process to the Radicale app, past any layer in front of it.
    """
    layout = layout or load_layout()
    zone = zone or UTC
    as_user = DAVRequester(server.wsgi_app, user, password)
    home = home_path(user)
    # Radicale creates the home on the user's first request; this also checks the password.
    answer = as_user.request("PROPFIND", home, headers={"Depth": "0"})
    if answer.status != 207:
        raise RuntimeError(f"the local server refused {user}: HTTP {answer.status}")
    admin = server.requester()
    paths: dict[str, str] = {}
    monday: date | None = None
    if events_for_week is not None:
        day = events_for_week.date() if isinstance(events_for_week, datetime) else events_for_week
        monday = day - timedelta(days=day.weekday())
    for spec in layout.calendars:
        path = f"{home}{quote(spec.slug)}/"
        answer = admin.request(
            "MKCOL", path, _mkcol_body(spec), {"Content-Type": "application/xml; charset=utf-8"}
        )
        if answer.status not in (201, 405):  # 405: it exists already
            raise RuntimeError(f"could not create {spec.name}: HTTP {answer.status}")
        if spec.read_only:
            server.set_read_only(user, spec.slug)
        paths[spec.name] = path
        if monday is None:
            continue
        for template in layout.templates(spec):
            text = render_template(template.read_text(encoding="utf-8"), monday, zone, user)
            uid = re.search(r"^UID:(.+?)\r?$", text, re.MULTILINE)
            name = uid.group(1).strip() if uid else template.stem
            answer = admin.request(
                "PUT",
                f"{path}{quote(name)}.ics",
                text,
                {"Content-Type": "text/calendar; charset=utf-8"},
            )
            if answer.status not in (201, 204):
                raise RuntimeError(
                    f"could not write {template.name} into {spec.name}: HTTP {answer.status}"
                )
    log.info("seeded %d collections for an account", len(paths))
    return paths
