"""Discovering and classifying calendars, and the list following iCloud on every sync
(issue 3, section 2)."""

from __future__ import annotations

from sqlmodel import select

from jumpadesk.models import CalendarRole, Connection, session_scope
from jumpadesk.sync import api, davxml
from jumpadesk.sync.discovery import classify
from tests.icloud_server import PARTITION_HOST
from tests.sync.conftest import stored_calendars

NS = (
    'xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
    'xmlns:CS="http://calendarserver.org/ns/" xmlns:I="http://apple.com/ns/ical/"'
)


def test_calendars_are_classified_like_icloud_kinds(connected):
    cals = stored_calendars(connected.engine)
    assert set(cals) == {"Home", "Work", "Family", "Reminders", "US Holidays"}  # no inbox &c.
    assert (cals["Home"].kind, cals["Home"].access) == ("events", "write")
    assert (cals["Work"].kind, cals["Work"].access) == ("events", "write")
    assert (cals["Family"].kind, cals["Family"].access) == ("events", "read")
    assert cals["Reminders"].kind == "tasks"
    assert cals["US Holidays"].kind == "subscribed"
    assert cals["US Holidays"].source_url == "webcal://p63-calendars.icloud.com/holiday/US_en.ics"
    assert cals["Home"].color == "#34AADC"  # #RRGGBBAA without the alpha
    assert [c.name for c in sorted(cals.values(), key=lambda c: c.order)] == [
        "Home", "Work", "Family", "Reminders", "US Holidays"
    ]
    for cal in cals.values():
        assert cal.url.startswith(f"http://{PARTITION_HOST}:")
        assert cal.path == davxml.norm_path(cal.url)


def test_the_listing_is_one_depth_1_propfind(store, icloud, sub_id, client_factory):
    api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                client_factory=client_factory)
    listings = [r for r in icloud.requests if r.depth == "1"]
    assert len(listings) == 1
    assert listings[0].method == "PROPFIND"
    assert listings[0].path == "/demo@icloud.com/"


def _response(xml_props: str, href: str = "/1/calendars/x/") -> davxml.DavResponse:
    body = (
        f'<?xml version="1.0"?><D:multistatus {NS}><D:response><D:href>{href}</D:href>'
        f"<D:propstat><D:prop>{xml_props}</D:prop><D:status>HTTP/1.1 200 OK</D:status>"
        "</D:propstat></D:response></D:multistatus>"
    ).encode()
    return davxml.parse_multistatus(body).responses[0]


def test_classify_shapes_from_icloud():
    home = "https://p180-caldav.icloud.com:443/1/calendars/"
    rt = "<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>"
    events = "<C:supported-calendar-component-set><C:comp name='VEVENT'/>" \
             "</C:supported-calendar-component-set>"
    read = "<D:current-user-privilege-set><D:privilege><D:read/></D:privilege>" \
           "</D:current-user-privilege-set>"
    bind = "<D:current-user-privilege-set><D:privilege><D:read/></D:privilege>" \
           "<D:privilege><D:bind/></D:privilege></D:current-user-privilege-set>"
    found = classify(_response(rt + events + read + "<I:calendar-color>#CC73E1FF"
                               "</I:calendar-color><I:calendar-order>3</I:calendar-order>"), home)
    assert found is not None
    assert (found.kind, found.access, found.color, found.order) == ("events", "read", "#CC73E1", 3)
    assert found.url == "https://p180-caldav.icloud.com:443/1/calendars/x/"
    assert classify(_response(rt + events + bind), home).access == "write"  # type: ignore[union-attr]
    # No privilege set reported: assume writable; the server will say otherwise on a write.
    assert classify(_response(rt + events), home).access == "write"  # type: ignore[union-attr]
    todo = "<C:supported-calendar-component-set><C:comp name='VTODO'/>" \
           "</C:supported-calendar-component-set>"
    tasks = classify(_response(rt + todo), home)
    assert tasks is not None and tasks.kind == "tasks" and not tasks.connectable
    sub = classify(_response("<D:resourcetype><D:collection/><CS:subscribed/></D:resourcetype>"
                             "<CS:source><D:href>webcal://x/y.ics</D:href></CS:source>"), home)
    assert sub is not None and sub.kind == "subscribed" and sub.source_url == "webcal://x/y.ics"
    assert sub.reason and "subscribed" in sub.reason
    for hidden in ("C:schedule-inbox", "C:schedule-outbox", "CS:notification"):
        assert classify(_response(f"<D:resourcetype><D:collection/><{hidden}/>"
                                  "</D:resourcetype>"), home) is None
    assert classify(_response(rt + events, href="/1/calendars/"), home) is None  # the home
    # No sync-collection in supported-report-set: remembered for the ETag fallback.
    reports = "<D:supported-report-set><D:supported-report><D:report><C:calendar-multiget/>" \
              "</D:report></D:supported-report></D:supported-report-set>"
    assert classify(_response(rt + events + reports), home).supports_sync is False  # type: ignore[union-attr]
    assert classify(_response(rt + events), home).supports_sync is None  # type: ignore[union-attr]


def _proppatch(icloud, path: str, props: str) -> None:  # type: ignore[no-untyped-def]
    body = (f'<?xml version="1.0"?><D:propertyupdate {NS}><D:set><D:prop>{props}</D:prop>'
            "</D:set></D:propertyupdate>")
    answer = icloud.phone_request("PROPPATCH", path, body,
                                  {"Content-Type": "application/xml; charset=utf-8"})
    assert answer.status == 207, answer.text


def test_the_list_follows_icloud_renamed_recoloured_added_deleted(connected):
    icloud = connected.icloud
    assert connected.sync().ok
    _proppatch(icloud, icloud.calendar_path("Home"),
               "<D:displayname>Home &amp; Garden</D:displayname>"
               "<I:calendar-color>#00FF00FF</I:calendar-color>")
    mkcol = (f'<?xml version="1.0"?><D:mkcol {NS}><D:set><D:prop>'
             "<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>"
             "<D:displayname>Clinic</D:displayname>"
             "<C:supported-calendar-component-set><C:comp name='VEVENT'/>"
             "</C:supported-calendar-component-set></D:prop></D:set></D:mkcol>")
    assert icloud.phone_request("MKCOL", "/demo@icloud.com/clinic/", mkcol,
                                {"Content-Type": "application/xml"}).status == 201
    assert icloud.phone_request("DELETE", icloud.calendar_path("Family")).status in (200, 204)
    icloud.reset_requests()

    report = connected.sync()

    cals = stored_calendars(connected.engine)
    assert "Home & Garden" in cals and "Home" not in cals
    assert cals["Home & Garden"].color == "#00FF00"
    assert cals["Clinic"].kind == "events" and not cals["Clinic"].deleted_on_server
    # Deleted in iCloud: kept, marked, reported by name; its role stays for the UI.
    assert cals["Family"].deleted_on_server
    with session_scope(connected.engine) as s:
        roles = s.exec(select(CalendarRole).where(CalendarRole.calendar_id == cals["Family"].id))
        assert [r.role for r in roles] == ["conflict"]
    assert not report.ok
    assert any("Family" in f and "deleted in iCloud" in f for f in report.failures())
    # One listing request. Radicale moves the ctag on a rename (iCloud may too): at most
    # one sync-collection for Home, and it changes no event.
    assert icloud.request_count("PROPFIND") == 1
    assert icloud.request_count("REPORT") <= 1
    [home] = [c for a in report.accounts for c in a.calendars if c.name == "Home & Garden"]
    assert home.ok and home.changed == 0 and home.deleted == 0


def test_a_calendar_home_that_moved_is_found_again(connected):
    # As when iCloud moves an account to another partition host: the old home answers 404.
    with session_scope(connected.engine) as s:
        conn = s.get(Connection, connected.connection_id)
        conn.home_url = connected.icloud.url + "demo%40icloud.com/old-home/"  # type: ignore[union-attr]
        s.add(conn)
    report = connected.sync()
    assert report.ok, report.failures()
    with session_scope(connected.engine) as s:
        assert s.get(Connection, connected.connection_id).home_url == connected.icloud.home_url  # type: ignore[union-attr]
    assert connected.objects("Work")


def test_absolute_hrefs_on_the_partition_host_key_the_same_calendars(connected):
    connected.icloud.layer.absolute_hrefs = True
    before = {c.path: c.id for c in stored_calendars(connected.engine).values()}
    report = connected.sync()
    assert report.ok, report.failures()
    after = {c.path: c.id for c in stored_calendars(connected.engine).values()}
    assert after == before
    assert connected.objects("Work")


def test_refresh_calendars_is_one_request(connected):
    _proppatch(connected.icloud, connected.icloud.calendar_path("Work"),
               "<D:displayname>Salon</D:displayname>")
    connected.icloud.reset_requests()
    changes = api.refresh_calendars(connected.engine, connected.connection_id,
                                    client_factory=connected.factory)
    assert changes.renamed == [("Work", "Salon")]
    assert len(connected.icloud.requests) == 1
    assert "Salon" in stored_calendars(connected.engine)
