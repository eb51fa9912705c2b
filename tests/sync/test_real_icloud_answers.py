"""Answers real iCloud gives that the plain server does not (issue 14, items 1-3), each
made by the test server's layer (tests/icloud_server.py) and read through the real path."""

from __future__ import annotations

from jumpadesk.sync import api, davxml
from jumpadesk.sync.discovery import classify
from tests.sync.conftest import calendar_ids, stored_calendars


def test_an_href_that_multiget_answers_404_is_absent_and_the_pass_completes(connected):
    """Item 1: iCloud lists an event, then answers 404 for it inside the calendar-multiget
    (it vanished between listing and fetch). The pass saves its token and ctag, so the next
    quiet pass is one request, not a re-download of the calendar every time."""
    icloud = connected.icloud
    ghost = icloud.add_ghost("Work")

    report = connected.sync()

    assert report.ok, report.failures()
    multigets = [r for r in icloud.requests if r.method == "REPORT" and r.depth is None]
    assert len(multigets) == 1 and multigets[0].status == 207
    work = connected.calendar("Work")
    assert work.sync_token and work.ctag
    assert all(o.href != davxml.norm_path(ghost) for o in connected.objects("Work").values())
    assert connected.objects("Work")  # the real events arrived

    icloud.reset_requests()
    again = connected.sync()
    assert again.ok and again.requests == 1


def test_a_stored_event_that_multiget_answers_404_is_deleted(connected):
    """An object jumpadesk holds whose fetch now answers 404 is gone: it stops blocking."""
    icloud = connected.icloud
    assert connected.sync().ok
    uid, obj = sorted(connected.objects("Work").items())[0]
    # The event changes on the phone (so it is fetched) ...
    text = icloud.get_event("Work", obj.href)
    assert text is not None
    icloud.put_event("Work", text.replace("SUMMARY:", "SUMMARY:Changed "), href=obj.href)
    # ... and is deleted before the fetch: sync-collection without data, then 404.
    icloud.layer.ghosts.clear()
    icloud.fail_next(1, status=501, method="REPORT", path="/work/")  # ETags + multiget
    icloud.layer.before_multiget = lambda: icloud.delete_event("Work", obj.href)

    report = connected.sync()

    assert report.ok, report.failures()
    assert uid not in connected.objects("Work")
    assert not [o for o in connected.occurrences("Work") if o.uid == uid]
    # The deletion came after the listing, so Work's ctag moved once more: one catch-up
    # pass (listing + sync-collection), then quiet.
    assert connected.sync().requests == 2
    icloud.reset_requests()
    assert connected.sync().requests == 1


def test_an_empty_propstat_status_is_not_200(store, icloud, sub_id, client_factory):
    """Item 2: iCloud sends a 404 block with an empty status. Its empty privilege set and
    colour must not make the writable Work read-only (unlinkable) and colourless."""
    icloud.report_not_found("Work", "D:current-user-privilege-set", "I:calendar-color")
    icloud.blank_error_statuses("")
    api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                client_factory=client_factory)
    cals = stored_calendars(store)
    assert (cals["Work"].kind, cals["Work"].access) == ("events", "write")
    assert (cals["Home"].access, cals["Family"].access) == ("write", "read")
    assert cals["Home"].color == "#34AADC"


def test_a_missing_propstat_status_is_not_200(store, icloud, sub_id, client_factory):
    icloud.report_not_found("Work", "D:current-user-privilege-set")
    icloud.blank_error_statuses("missing")
    api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                client_factory=client_factory)
    assert stored_calendars(store)["Work"].access == "write"


def test_empty_and_missing_statuses_when_parsing():
    body = (
        b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/c/</D:href>'
        b"<D:propstat><D:prop><D:displayname>Work</D:displayname></D:prop>"
        b"<D:status>HTTP/1.1 200 OK</D:status></D:propstat>"
        b"<D:propstat><D:prop><D:current-user-privilege-set/></D:prop><D:status/></D:propstat>"
        b"<D:propstat><D:prop><D:getctag/></D:prop></D:propstat>"
        b"<D:propstat><D:prop><D:owner/></D:prop><D:status>garbage</D:status></D:propstat>"
        b"</D:response></D:multistatus>"
    )
    [item] = davxml.parse_multistatus(body).responses
    assert set(item.props) == {davxml.tag(davxml.DAV, "displayname")}
    assert {davxml.tag(davxml.DAV, n) for n in ("current-user-privilege-set", "getctag",
                                                "owner")} <= item.missing


def test_a_collection_both_subscribed_and_calendar_is_subscribed(connected):
    """Item 3: subscribed wins; it is listed, not connectable, and read-only."""
    icloud = connected.icloud
    icloud.add_resourcetype("Home", "CS:subscribed")
    report = api.refresh_calendars(connected.engine, connected.connection_id,
                                   client_factory=connected.factory)
    assert report is not None
    home = stored_calendars(connected.engine)["Home"]
    assert (home.kind, home.access) == ("subscribed", "read")
    assert "Home" in calendar_ids(connected.engine)


def test_classify_subscribed_calendar():
    ns = ('xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
          'xmlns:CS="http://calendarserver.org/ns/"')
    body = (
        f'<?xml version="1.0"?><D:multistatus {ns}><D:response><D:href>/1/calendars/s/</D:href>'
        "<D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/><CS:subscribed/>"
        "</D:resourcetype><D:current-user-privilege-set><D:privilege><D:write/></D:privilege>"
        "</D:current-user-privilege-set></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
        "</D:propstat></D:response></D:multistatus>"
    ).encode()
    found = classify(davxml.parse_multistatus(body).responses[0], "/1/calendars/")
    assert found is not None
    assert (found.kind, found.access, found.connectable) == ("subscribed", "read", False)
