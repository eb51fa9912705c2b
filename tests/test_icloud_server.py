"""The iCloud stand-in does what tests/icloud_server.py claims, seen from real clients."""

from __future__ import annotations

import http.client
import os
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import caldav
import niquests
import pytest

from jumpadesk.config import resource_path
from jumpadesk.demo.seed import load_layout, render_template, seed_icloud_like_account
from jumpadesk.demo.server import LocalAccount
from tests.icloud_server import CHALLENGE, FIXED_ZONE, IcloudServer, make_event, week_day
from tests.local_server import CalDAVTestServer, HTTPRequester

NS = {
    "D": "DAV:",
    "C": "urn:ietf:params:xml:ns:caldav",
    "CS": "http://calendarserver.org/ns/",
    "I": "http://apple.com/ns/ical/",
}

HOME_PROPS = """<?xml version="1.0" encoding="utf-8"?>
<D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"
    xmlns:CS="http://calendarserver.org/ns/" xmlns:I="http://apple.com/ns/ical/">
  <D:prop>
    <D:resourcetype/><D:displayname/><I:calendar-color/><I:calendar-order/>
    <C:supported-calendar-component-set/><D:current-user-privilege-set/>
    <CS:getctag/><CS:source/>
  </D:prop>
</D:propfind>"""


def sync_body(token: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><D:sync-collection xmlns:D="DAV:">'
        f"<D:sync-token>{token}</D:sync-token><D:sync-level>1</D:sync-level>"
        "<D:prop><D:getetag/></D:prop></D:sync-collection>"
    )


def as_user(icloud: IcloudServer, base: str | None = None) -> HTTPRequester:
    """Plain HTTP (http.client) as the account, through the layer."""
    return HTTPRequester(base or icloud.url, icloud.apple_id, icloud.password)


def home_listing(icloud: IcloudServer) -> dict[str, ET.Element]:
    answer = as_user(icloud, icloud.partition_url).request(
        "PROPFIND", icloud.home_url, HOME_PROPS, {"Depth": "1"}
    )
    assert answer.status == 207
    root = ET.fromstring(answer.body)
    return {r.findtext("D:href", namespaces=NS): r for r in root.findall("D:response", NS)}


def found(response: ET.Element, prop: str) -> ET.Element | None:
    """The property from the 200 propstat of a response, or None."""
    for propstat in response.findall("D:propstat", NS):
        if " 200 " in (propstat.findtext("D:status", namespaces=NS) or ""):
            element = propstat.find(f"D:prop/{prop}", NS)
            if element is not None:
                return element
    return None


def privileges(response: ET.Element) -> set[str]:
    element = found(response, "D:current-user-privilege-set")
    assert element is not None
    return {child.tag.split("}")[1] for p in element for child in p}


def sync_token(answer_body: bytes) -> str:
    return ET.fromstring(answer_body).findtext("D:sync-token", namespaces=NS) or ""


# ---------------------------------------------------------------------------- discovery


def test_principal_on_first_host_home_on_second(icloud: IcloudServer) -> None:
    body = (
        '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop>'
        "<D:current-user-principal/></D:prop></D:propfind>"
    )
    answer = as_user(icloud).request("PROPFIND", "/", body, {"Depth": "0"})
    assert answer.status == 207
    principal = ET.fromstring(answer.body).findtext(".//D:current-user-principal/D:href", None, NS)
    assert principal == "/demo%40icloud.com/"

    body = (
        '<?xml version="1.0"?><D:propfind xmlns:D="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><C:calendar-home-set/>'
        "</D:prop></D:propfind>"
    )
    answer = as_user(icloud).request("PROPFIND", principal, body, {"Depth": "0"})
    home = ET.fromstring(answer.body).findtext(".//C:calendar-home-set/D:href", None, NS)
    assert home == icloud.home_url
    assert urlsplit(home).hostname == "127.0.0.2"
    assert urlsplit(icloud.url).hostname == "127.0.0.1"
    hosts = {r.host.split(":")[0] for r in icloud.requests}
    assert hosts == {"127.0.0.1"}


def test_caldav_library_follows_the_home_to_the_partition_host(icloud: IcloudServer) -> None:
    with caldav.DAVClient(
        url=icloud.url, username=icloud.apple_id, password=icloud.password
    ) as client:
        principal = client.principal()
        assert urlsplit(str(principal.calendar_home_set.url)).hostname == "127.0.0.2"
        names = sorted(c.get_display_name() for c in principal.calendars())
    # caldav drops what lacks C:calendar: the subscription and the inbox/outbox.
    assert names == ["Family", "Home", "Reminders", "Work"]
    assert any(r.host.startswith("127.0.0.2:") for r in icloud.requests)


def test_home_listing_looks_like_icloud(icloud: IcloudServer) -> None:
    listing = home_listing(icloud)
    by_name = {
        (found(r, "D:displayname").text if found(r, "D:displayname") is not None else ""): r
        for href, r in listing.items()
    }

    def kinds(name: str) -> set[str]:
        element = found(by_name[name], "D:resourcetype")
        assert element is not None
        return {f"{child.tag.split('}')[0][1:]} {child.tag.split('}')[1]}" for child in element}

    assert kinds("Home") == {"DAV: collection", f"{NS['C']} calendar"}
    assert f"{NS['CS']} shared-owner" in kinds("Work")
    assert kinds("Family") == {"DAV: collection", f"{NS['C']} calendar", f"{NS['CS']} shared"}
    assert kinds("US Holidays") == {"DAV: collection", f"{NS['CS']} subscribed"}
    assert f"{NS['C']} schedule-inbox" in kinds("Inbox")
    assert f"{NS['C']} schedule-outbox" in kinds("Outbox")
    assert f"{NS['CS']} notification" in kinds("Notifications")

    assert found(by_name["Home"], "I:calendar-color").text == "#34AADCFF"
    assert found(by_name["Work"], "I:calendar-color").text == "#FF2968FF"
    assert found(by_name["Family"], "I:calendar-color").text == "#CC73E1FF"
    assert found(by_name["Reminders"], "I:calendar-color").text == "#FF9500FF"
    assert found(by_name["Home"], "I:calendar-order").text == "1"

    components = found(by_name["Reminders"], "C:supported-calendar-component-set")
    assert [c.get("name") for c in components] == ["VTODO"]
    components = found(by_name["Home"], "C:supported-calendar-component-set")
    assert [c.get("name") for c in components] == ["VEVENT"]

    assert {"write", "write-content"} <= privileges(by_name["Home"])
    assert privileges(by_name["Family"]).isdisjoint({"write", "write-content", "bind", "all"})
    assert "read" in privileges(by_name["Family"])

    for name in ("Home", "Work", "Family", "Reminders", "US Holidays"):
        assert (found(by_name[name], "CS:getctag").text or "").strip()
    source = found(by_name["US Holidays"], "CS:source")
    assert source.findtext("D:href", namespaces=NS).startswith("webcal://")
    assert found(by_name["Home"], "CS:source") is None  # Radicale's empty one is dropped


def test_seeded_events_are_all_there(icloud: IcloudServer) -> None:
    assert len(icloud.hrefs("Home")) == 7
    assert len(icloud.hrefs("Work")) == 8
    assert len(icloud.hrefs("Family")) == 3
    assert len(icloud.hrefs("Reminders")) == 3
    standup = icloud.get_event("Work", "A1F0C3D2-5B6E-4F70-8A9B-STANDUP00001")
    assert standup is not None
    assert "EXDATE;TZID=Europe/Berlin:20261125T090000" in standup
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20261127T090000" in standup
    assert "DTSTART;TZID=Europe/Berlin:20260928T090000" in standup


# ---------------------------------------------------------------------------- auth


def test_401_offers_both_mobileme_and_basic(icloud: IcloudServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", urlsplit(icloud.url).port, timeout=10)
    conn.request("PROPFIND", "/", headers={"Depth": "0"})
    answer = conn.getresponse()
    answer.read()
    conn.close()
    assert answer.status == 401
    assert answer.getheader("WWW-Authenticate") == CHALLENGE
    assert len(answer.headers.get_all("WWW-Authenticate")) == 1

    wrong = HTTPRequester(icloud.url, icloud.apple_id, "my-apple-id-password")
    answer = wrong.request("PROPFIND", "/", headers={"Depth": "0"})
    assert answer.status == 401
    assert answer.headers["www-authenticate"] == CHALLENGE


def test_revoked_password_gets_401(icloud: IcloudServer) -> None:
    old = as_user(icloud)
    assert (
        old.request("PROPFIND", icloud.calendar_path("Home"), headers={"Depth": "0"}).status == 207
    )
    icloud.revoke_password()
    assert (
        old.request("PROPFIND", icloud.calendar_path("Home"), headers={"Depth": "0"}).status == 401
    )
    assert as_user(icloud).request("PROPFIND", icloud.calendar_path("Home")).status == 207


# ---------------------------------------------------------------------------- sync


def test_expired_sync_token_gets_a_bare_403(icloud: IcloudServer) -> None:
    client = as_user(icloud, icloud.partition_url)
    work = icloud.calendar_path("Work")
    first = client.request("REPORT", work, sync_body(), {"Depth": "1"})
    assert first.status == 207
    token = sync_token(first.body)
    assert token and "radicale" not in token

    again = client.request("REPORT", work, sync_body(token), {"Depth": "1"})
    assert again.status == 207
    assert sync_token(again.body) == token  # nothing changed: same token

    icloud.expire_sync_tokens()
    refused = client.request("REPORT", work, sync_body(token), {"Depth": "1"})
    assert refused.status == 403
    assert refused.body == b""
    assert icloud.requests[-1].fault == "expired-token"

    fresh = client.request("REPORT", work, sync_body(), {"Depth": "1"})
    assert fresh.status == 207
    new_token = sync_token(fresh.body)
    assert new_token != token
    assert client.request("REPORT", work, sync_body(new_token), {"Depth": "1"}).status == 207


def test_sync_lists_the_collection_itself_and_sees_phone_changes(icloud: IcloudServer) -> None:
    client = as_user(icloud, icloud.partition_url)
    home = icloud.calendar_path("Home")
    first = client.request("REPORT", home, sync_body(), {"Depth": "1"})
    hrefs = [h.text for h in ET.fromstring(first.body).iter("{DAV:}href")]
    assert hrefs[0] == home  # the collection, listed first, as iCloud does
    assert len(hrefs) == 1 + 7

    uid = icloud.add_event("Home", "Phone call", week_day(0, "10:00"), week_day(0, "10:30"))
    changed = client.request("REPORT", home, sync_body(sync_token(first.body)), {"Depth": "1"})
    hrefs = [h.text for h in ET.fromstring(changed.body).iter("{DAV:}href")]
    assert hrefs == [home, f"{home}{uid}.ics"]

    icloud.delete_event("Home", uid)
    deleted = client.request("REPORT", home, sync_body(sync_token(changed.body)), {"Depth": "1"})
    statuses = [
        r.findtext("D:status", namespaces=NS)
        for r in ET.fromstring(deleted.body).iter("{DAV:}response")
    ]
    assert "HTTP/1.1 404 Not Found" in statuses


def test_ctag_moves_when_the_phone_writes(icloud: IcloudServer) -> None:
    def ctag(name: str) -> str:
        for response in home_listing(icloud).values():
            if (
                found(response, "D:displayname") is not None
                and found(response, "D:displayname").text == name
            ):
                return found(response, "CS:getctag").text
        raise KeyError(name)

    before = ctag("Family")
    icloud.add_event("Family", "Dinner", week_day(1, "19:00"), week_day(1, "21:00"))
    assert ctag("Family") != before


# ---------------------------------------------------------------------------- faults


def test_503_injection_with_retry_after(icloud: IcloudServer) -> None:
    client = as_user(icloud)
    icloud.fail_next(2, retry_after=3, method="PROPFIND", path="/home/")
    home = icloud.calendar_path("Home")
    assert client.request("OPTIONS", home).status == 200  # other methods pass
    assert client.request("PROPFIND", icloud.calendar_path("Work")).status == 207  # other paths
    for _ in range(2):
        answer = client.request("PROPFIND", home, headers={"Depth": "0"})
        assert answer.status == 503
        assert answer.headers["retry-after"] == "3"
    assert client.request("PROPFIND", home, headers={"Depth": "0"}).status == 207
    assert [r.fault for r in icloud.requests] == ["", "", "status", "status", ""]


def test_cut_connection_mid_body_is_a_client_error(icloud: IcloudServer) -> None:
    icloud.cut_next(method="PROPFIND")
    conn = http.client.HTTPConnection("127.0.0.2", urlsplit(icloud.partition_url).port, timeout=10)
    auth = HTTPRequester(icloud.url, icloud.apple_id, icloud.password).authorization
    conn.request(
        "PROPFIND",
        urlsplit(icloud.home_url).path,
        body=HOME_PROPS,
        headers={"Depth": "1", "Authorization": auth},
    )
    answer = conn.getresponse()
    assert answer.status == 207  # the head came through ...
    with pytest.raises(http.client.IncompleteRead):
        answer.read()  # ... half the body did not
    conn.close()
    assert icloud.requests[-1].fault == "cut"

    icloud.cut_next(method="REPORT")
    with pytest.raises(niquests.exceptions.RequestException):
        niquests.request(
            "REPORT",
            icloud.calendar_url("Work"),
            data=sync_body(),
            headers={"Depth": "1"},
            auth=(icloud.apple_id, icloud.password),
            timeout=10,
        )
    # The next request is served normally.
    assert as_user(icloud).request("PROPFIND", icloud.calendar_path("Work")).status == 207


def test_cut_put_is_stored_although_the_client_never_hears(icloud: IcloudServer) -> None:
    ics = make_event("Booking", week_day(2, "11:00"), week_day(2, "12:00"), uid="BOOKING-1")
    href = icloud.calendar_path("Work") + "BOOKING-1.ics"
    icloud.cut_next(method="PUT")
    with pytest.raises((http.client.HTTPException, ConnectionError)):
        as_user(icloud, icloud.partition_url).request(
            "PUT", href, ics, {"Content-Type": "text/calendar", "If-None-Match": "*"}
        )
    assert icloud.get_event("Work", "BOOKING-1") is not None
    # A retry with the same UID and If-None-Match cannot duplicate it.
    retry = as_user(icloud, icloud.partition_url).request(
        "PUT", href, ics, {"Content-Type": "text/calendar", "If-None-Match": "*"}
    )
    assert retry.status == 412

    icloud.cut_next(method="PUT", after_processing=False)
    other = icloud.calendar_path("Work") + "BOOKING-2.ics"
    with pytest.raises((http.client.HTTPException, ConnectionError)):
        as_user(icloud).request("PUT", other, ics.replace("BOOKING-1", "BOOKING-2"))
    assert icloud.get_event("Work", "BOOKING-2") is None


# ---------------------------------------------------------------------------- counting


def test_request_log_counts_and_resets(icloud: IcloudServer) -> None:
    icloud.reset_requests()
    icloud.add_event("Home", "Not counted", week_day(0, "08:00"), week_day(0, "08:30"))
    assert icloud.requests == []
    answer = as_user(icloud, icloud.partition_url).request(
        "PROPFIND", icloud.home_url, HOME_PROPS, {"Depth": "1"}
    )
    assert answer.status == 207
    (record,) = icloud.requests
    assert (record.method, record.path, record.status, record.depth) == (
        "PROPFIND",
        "/demo@icloud.com/",
        207,
        "1",
    )
    assert record.host == urlsplit(icloud.partition_url).netloc
    assert record.authenticated
    assert icloud.request_count("PROPFIND") == 1
    icloud.reset_requests()
    assert icloud.request_count() == 0


# ---------------------------------------------------------------------------- refusals


def test_read_only_calendar_refuses_a_put(icloud: IcloudServer) -> None:
    ics = make_event("Mine", week_day(3, "09:00"), week_day(3, "10:00"), uid="MINE-1")
    answer = as_user(icloud).request(
        "PUT", icloud.calendar_path("Family") + "MINE-1.ics", ics, {"Content-Type": "text/calendar"}
    )
    assert answer.status == 403
    assert icloud.get_event("Family", "MINE-1") is None
    assert (
        as_user(icloud)
        .request(
            "DELETE", icloud.calendar_path("Family") + icloud.hrefs("Family")[0].rsplit("/", 1)[1]
        )
        .status
        == 403
    )
    # The person who shared it can still write there.
    icloud.put_event("Family", ics)
    assert icloud.get_event("Family", "MINE-1") is not None


def test_icloud_refusals(icloud: IcloudServer) -> None:
    client = as_user(icloud)
    work = icloud.calendar_path("Work")
    no_end = make_event("x", week_day(0, "09:00"), week_day(0, "10:00"), uid="NOEND")
    no_end = "\r\n".join(line for line in no_end.split("\r\n") if not line.startswith("DTEND"))
    assert client.request("PUT", work + "NOEND.ics", no_end).status == 403

    event = make_event("x", week_day(0, "09:00"), week_day(0, "10:00"), uid="INREMINDERS")
    assert client.request("PUT", icloud.calendar_path("Reminders") + "x.ics", event).status == 403

    # If-Match: * is broken: it creates a missing object and fails on an existing one.
    event = make_event("y", week_day(0, "09:00"), week_day(0, "10:00"), uid="STAR")
    assert client.request("PUT", work + "STAR.ics", event, {"If-Match": "*"}).status == 201
    assert client.request("PUT", work + "STAR.ics", event, {"If-Match": "*"}).status == 412

    free_busy = (
        '<?xml version="1.0"?><C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav">'
        '<C:time-range start="20261123T000000Z" end="20261130T000000Z"/></C:free-busy-query>'
    )
    assert client.request("REPORT", work, free_busy, {"Depth": "1"}).status == 400


# ---------------------------------------------------------------------------- helpers


def test_make_event_shapes() -> None:
    timed = make_event(
        "a", week_day(0, "09:00"), week_day(0, "10:00"), uid="A", transp="TRANSPARENT"
    )
    assert "DTSTART;TZID=Europe/Berlin:20261123T090000" in timed
    assert "BEGIN:VTIMEZONE" in timed and "TRANSP:TRANSPARENT" in timed
    all_day = make_event("b", date(2026, 11, 24), date(2026, 11, 25))
    assert "DTSTART;VALUE=DATE:20261124" in all_day
    floating = make_event("c", datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 10))
    assert "DTSTART:20261124T090000\r\n" in floating
    travel = make_event(
        "d",
        week_day(0, "09:00"),
        week_day(0, "10:00"),
        extra=["X-APPLE-TRAVEL-DURATION;VALUE=DURATION:PT30M"],
    )
    assert "X-APPLE-TRAVEL-DURATION;VALUE=DURATION:PT30M\r\nEND:VEVENT" in travel
    assert week_day(7).tzinfo is FIXED_ZONE


def test_second_account(icloud: IcloudServer) -> None:
    paths = icloud.add_account("other@icloud.com", "qqqq-wwww-eeee-rrrr", events=False)
    other = HTTPRequester(icloud.partition_url, "other@icloud.com", "qqqq-wwww-eeee-rrrr")
    answer = other.request("PROPFIND", paths["Family"], HOME_PROPS, {"Depth": "0"})
    assert answer.status == 207
    assert b"shared" in answer.body  # the layer knows its calendars too
    mine = other.request("PROPFIND", icloud.calendar_path("Home"), headers={"Depth": "0"})
    assert mine.status == 403  # not someone else's home


def test_raw_radicale_differs_from_icloud_as_documented(tmp_path) -> None:
    """What tests/icloud_server.py's docstring says Radicale does on its own (the demo)."""
    account = LocalAccount("demo@icloud.com", "aaaa-bbbb-cccc-dddd")
    with CalDAVTestServer(tmp_path, [account]) as server:
        paths = seed_icloud_like_account(server, account.user, account.password)
        client = HTTPRequester(server.url, account.user, account.password)
        answer = client.request("PROPFIND", "/demo%40icloud.com/", HOME_PROPS, {"Depth": "1"})
        by_href = {
            r.findtext("D:href", namespaces=NS): r
            for r in ET.fromstring(answer.body).findall("D:response", NS)
        }
        family = by_href[paths["Family"]]
        kinds = {child.tag for child in found(family, "D:resourcetype")}
        assert kinds == {"{DAV:}collection", f"{{{NS['C']}}}calendar"}  # no CS:shared
        assert privileges(family) == {"read", "read-free-busy"}
        assert privileges(by_href[paths["Home"]]) >= {"all", "write", "write-content"}
        empty_source = found(by_href[paths["Home"]], "CS:source")
        assert empty_source is not None and not empty_source.findtext("D:href", namespaces=NS)
        inbox = {child.tag for child in found(by_href[paths["Inbox"]], "D:resourcetype")}
        assert inbox == {"{DAV:}collection"}
        subscribed = by_href[paths["US Holidays"]]
        assert (
            found(subscribed, "CS:source").findtext("D:href", namespaces=NS).startswith("webcal://")
        )
        assert found(subscribed, "CS:getctag") is not None
        refused = client.request(
            "PUT",
            paths["Family"] + "x.ics",
            make_event("x", week_day(0, "09:00"), week_day(0, "10:00"), uid="X"),
        )
        assert refused.status == 403


def test_local_server_alone(tmp_path) -> None:
    account = LocalAccount("someone@icloud.com", "aaaa-bbbb-cccc-dddd")
    with CalDAVTestServer(tmp_path, [account]) as server:
        assert server.url.startswith("http://127.0.0.1:")
        client = HTTPRequester(server.url, account.user, account.password)
        answer = client.request("PROPFIND", "/someone%40icloud.com/", headers={"Depth": "0"})
        assert answer.status == 207
        bad = HTTPRequester(server.url, account.user, "nope").request("PROPFIND", "/")
        assert bad.status == 401
        assert bad.headers["www-authenticate"].startswith("Basic")
    assert not server.running


def test_demo_starts_with_this_weeks_events(tmp_path) -> None:
    from jumpadesk.demo import DEMO_APPLE_ID, DEMO_PASSWORD, start_demo

    demo = start_demo(tmp_path / "demo")
    try:
        assert (demo.apple_id, demo.password) == (DEMO_APPLE_ID, DEMO_PASSWORD)
        with caldav.DAVClient(url=demo.url, username=demo.apple_id, password=demo.password) as c:
            calendars = {cal.get_display_name(): cal for cal in c.principal().calendars()}
            assert {"Home", "Work", "Family", "Reminders"} <= set(calendars)
            today = datetime.now(demo.zone).date()
            monday = today - timedelta(days=today.weekday())
            events = calendars["Work"].search(
                event=True,
                start=datetime.combine(monday, datetime.min.time(), tzinfo=demo.zone),
                end=datetime.combine(
                    monday + timedelta(days=7), datetime.min.time(), tzinfo=demo.zone
                ),
            )
            assert len(events) >= 5
    finally:
        demo.stop()
    assert (tmp_path / "demo").is_dir()  # a folder the caller gave stays


def test_demo_removes_its_own_temporary_folder() -> None:
    from jumpadesk.demo import start_demo

    demo = start_demo(zone=FIXED_ZONE, today=date(2026, 11, 25))
    assert demo.week_monday == date(2026, 11, 23)
    assert demo.folder.is_dir()
    demo.stop()
    assert not demo.folder.exists()


def test_an_isolated_demo_keeps_the_persons_data_and_keychain_out(
    tmp_path, monkeypatch
) -> None:
    import tempfile

    import keyring

    from jumpadesk.demo import start_demo
    from jumpadesk.session_keyring import SessionKeyring

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("JUMPADESK_HOME", str(tmp_path / "mine"))
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", "postgresql://desk@server.local/salon")
    demo = start_demo(isolate=True, zone=FIXED_ZONE, today=date(2026, 11, 25))
    try:
        assert demo.folder.parent == tmp_path
        assert os.environ["JUMPADESK_HOME"] == str(demo.data_folder)
        assert demo.data_folder.parent == demo.folder
        assert "JUMPADESK_DATABASE_URL" not in os.environ
        assert isinstance(keyring.get_keyring(), SessionKeyring)
    finally:
        demo.stop()
    assert not demo.folder.exists()


def test_absolute_hrefs_on_the_partition_host(icloud: IcloudServer) -> None:
    icloud.layer.absolute_hrefs = True
    hrefs = list(home_listing(icloud))
    assert hrefs and all(h.startswith(icloud.partition_url) for h in hrefs)
    assert icloud.calendar_url("Home") in hrefs


def test_render_template_places_the_week() -> None:
    template = (
        "BEGIN:VCALENDAR\n{{VTIMEZONE}}\nBEGIN:VEVENT\nUID:x\n"
        "DTSTART;TZID={{TZID}}:{{LOCAL+1 09:30}}\nDTEND:{{UTC+1 10:00}}\n"
        "EXDATE;VALUE=DATE:{{DATE-7}}\nATTENDEE:mailto:{{USER}}\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    text = render_template(template, date(2026, 11, 23), FIXED_ZONE, "a@icloud.com")
    assert "DTSTART;TZID=Europe/Berlin:20261124T093000\r\n" in text
    assert "DTEND:20261124T090000Z\r\n" in text
    assert "EXDATE;VALUE=DATE:20261116\r\n" in text
    assert "ATTENDEE:mailto:a@icloud.com\r\n" in text
    assert "TZID:Europe/Berlin" in text
    utc = render_template(template, date(2026, 11, 23), UTC, "a@icloud.com")
    assert "DTSTART;TZID=UTC:20261124T093000\r\n" in utc


def test_resource_path_finds_the_demo_layout() -> None:
    assert resource_path("demo", "layout.json").is_file()
    names = [c.name for c in load_layout().calendars]
    assert names[:5] == ["Home", "Work", "Family", "Reminders", "US Holidays"]
