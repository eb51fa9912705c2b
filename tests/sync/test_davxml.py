"""The reader for 207 answers and <D:error> bodies (jumpadesk/sync/davxml.py), on small
bodies written here: hrefs, per-propstat statuses, namespaces, the sync-token, and the
preconditions a refused request names."""

from __future__ import annotations

import pytest

from jumpadesk.sync.davxml import (
    CALDAV,
    CS,
    DAV,
    BadMultistatus,
    error_conditions,
    norm_path,
    parse_multistatus,
    same_collection,
    sync_collection_body,
    tag,
)

GETETAG = tag(DAV, "getetag")
DISPLAYNAME = tag(DAV, "displayname")
CTAG = tag(CS, "getctag")


def _ms(inner: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<D:multistatus xmlns:D="DAV:" xmlns:C="{CALDAV}" xmlns:CS="{CS}">'
        f"{inner}{extra}</D:multistatus>"
    ).encode()


def test_each_response_keeps_its_href_and_found_properties() -> None:
    body = _ms(
        "<D:response><D:href>/1/calendars/work/</D:href>"
        "<D:propstat><D:prop><D:displayname> Work </D:displayname>"
        "<CS:getctag>ctag-7</CS:getctag></D:prop>"
        "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
        "<D:response><D:href>/1/calendars/home/</D:href>"
        "<D:propstat><D:prop><D:displayname>Home</D:displayname></D:prop>"
        "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
    )
    ms = parse_multistatus(body)
    assert [r.href for r in ms.responses] == ["/1/calendars/work/", "/1/calendars/home/"]
    work = ms.responses[0]
    assert work.text(DISPLAYNAME) == "Work"
    assert work.text(CTAG) == "ctag-7"
    assert work.status is None
    assert not work.missing
    assert ms.sync_token == ""


def test_properties_under_a_404_propstat_are_missing_not_empty() -> None:
    body = _ms(
        "<D:response><D:href>/cal/</D:href>"
        "<D:propstat><D:prop><D:displayname>Cal</D:displayname></D:prop>"
        "<D:status>HTTP/1.1 200 OK</D:status></D:propstat>"
        "<D:propstat><D:prop><CS:getctag/><D:sync-token/></D:prop>"
        "<D:status>HTTP/1.1 404 Not Found</D:status></D:propstat></D:response>"
    )
    (resp,) = parse_multistatus(body).responses
    assert set(resp.props) == {DISPLAYNAME}
    assert resp.missing == {CTAG, tag(DAV, "sync-token")}
    assert resp.text(CTAG) == ""


@pytest.mark.parametrize("status", ["", "<D:status></D:status>", "<D:status>  </D:status>",
                                    "<D:status>garbage</D:status>"])
def test_an_empty_or_missing_propstat_status_is_not_200(status: str) -> None:
    body = _ms(
        "<D:response><D:href>/cal/</D:href>"
        f"<D:propstat><D:prop><CS:getctag>c1</CS:getctag></D:prop>{status}</D:propstat>"
        "</D:response>"
    )
    (resp,) = parse_multistatus(body).responses
    assert CTAG not in resp.props
    assert resp.missing == {CTAG}


def test_a_response_status_marks_a_deletion_in_a_sync_report() -> None:
    body = _ms(
        "<D:response><D:href>/cal/gone.ics</D:href>"
        "<D:status>HTTP/1.1 404 Not Found</D:status></D:response>"
        "<D:response><D:href>/cal/kept.ics</D:href>"
        '<D:propstat><D:prop><D:getetag>"e2"</D:getetag></D:prop>'
        "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>",
        extra="<D:sync-token> http://example.com/sync/42 </D:sync-token>",
    )
    ms = parse_multistatus(body)
    gone, kept = ms.responses
    assert gone.status == 404 and not gone.props
    assert kept.status is None and kept.text(GETETAG) == '"e2"'
    assert ms.sync_token == "http://example.com/sync/42"


def test_prefixes_do_not_matter_only_namespaces() -> None:
    body = (
        b'<multistatus xmlns="DAV:" xmlns:x="http://calendarserver.org/ns/">'
        b"<response><href>/a/</href><propstat><prop><x:getctag>t</x:getctag>"
        b"<getetag xmlns=\"urn:other\">not-dav</getetag></prop>"
        b"<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>"
    )
    (resp,) = parse_multistatus(body).responses
    assert resp.text(CTAG) == "t"
    assert GETETAG not in resp.props
    assert resp.text("{urn:other}getetag") == "not-dav"


def test_responses_without_an_href_are_skipped() -> None:
    body = _ms(
        "<D:response><D:href>  </D:href></D:response>"
        "<D:response><D:status>HTTP/1.1 200 OK</D:status></D:response>"
        "<D:response><D:href> /kept/ </D:href></D:response>"
    )
    assert [r.href for r in parse_multistatus(body).responses] == ["/kept/"]


def test_calendar_data_keeps_its_line_ends_and_hrefs_and_components_read() -> None:
    data = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    body = _ms(
        "<D:response><D:href>/cal/</D:href><D:propstat><D:prop>"
        f"<C:calendar-data>{data}</C:calendar-data>"
        "<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>"
        "<C:calendar-home-set><D:href>/1/calendars/</D:href><D:href> </D:href>"
        "</C:calendar-home-set>"
        '<C:supported-calendar-component-set><C:comp name="vevent"/><C:comp name="VTODO"/>'
        "</C:supported-calendar-component-set>"
        "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
    )
    (resp,) = parse_multistatus(body).responses
    assert resp.raw_text(tag(CALDAV, "calendar-data")) == data.replace("\r\n", "\n")
    assert resp.hrefs(tag(CALDAV, "calendar-home-set")) == ["/1/calendars/"]
    assert resp.children(tag(DAV, "resourcetype")) == {tag(DAV, "collection"),
                                                       tag(CALDAV, "calendar")}
    assert resp.components() == {"VEVENT", "VTODO"}


def test_components_are_none_when_not_reported() -> None:
    body = _ms("<D:response><D:href>/cal/</D:href></D:response>")
    (resp,) = parse_multistatus(body).responses
    assert resp.components() is None
    assert resp.hrefs(tag(CALDAV, "calendar-home-set")) == []


@pytest.mark.parametrize("body", [
    b"",
    b"   \n",
    b'<D:multistatus xmlns:D="DAV:"><D:response><D:href>/a',  # cut off mid-answer
    b'<D:error xmlns:D="DAV:"/>',
    b"<html><body>Service Unavailable</body></html>",
])
def test_unreadable_or_foreign_answers_raise_bad_multistatus(body: bytes) -> None:
    with pytest.raises(BadMultistatus):
        parse_multistatus(body)


def test_an_empty_multistatus_has_no_responses() -> None:
    ms = parse_multistatus(_ms(""))
    assert ms.responses == [] and ms.sync_token == ""


def test_error_conditions_names_each_precondition() -> None:
    body = (
        b'<?xml version="1.0"?><D:error xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        b"<D:valid-sync-token/><C:no-uid-conflict><D:href>/x.ics</D:href></C:no-uid-conflict>"
        b"</D:error>"
    )
    assert error_conditions(body) == {tag(DAV, "valid-sync-token"),
                                      tag(CALDAV, "no-uid-conflict")}


@pytest.mark.parametrize("body", [b"", b"  ", b"<D:error", b'<D:multistatus xmlns:D="DAV:"/>',
                                  b'<D:error xmlns:D="DAV:"/>'])
def test_error_conditions_empty_when_none_named(body: bytes) -> None:
    assert error_conditions(body) == set()


def test_paths_compare_in_one_spelling() -> None:
    assert norm_path("https://caldav.icloud.com/1/calendars/My%20Cal/") == "/1/calendars/My%20Cal/"
    assert norm_path("/1/calendars/My Cal/") == "/1/calendars/My%20Cal/"
    assert norm_path("/a/%7Euser/") == "/a/~user/"
    assert same_collection("https://h/1/cal", "/1/cal/")
    assert not same_collection("/1/cal/", "/1/other/")


def test_the_sync_token_sent_is_escaped() -> None:
    body = sync_collection_body("http://x/sync?a=1&b=<2>")
    parse_token = body.split("<D:sync-token>")[1].split("</D:sync-token>")[0]
    assert parse_token == "http://x/sync?a=1&amp;b=&lt;2&gt;"
