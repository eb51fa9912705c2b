"""Issue 23, item 1: a calendar's objects are read while its answer is still arriving.

The client reads a 207 answer as a stream and hands each <D:response> on as soon as it is
complete (CalDAVClient.report's on_response), so the sync pass reads the calendar data in
it on a worker thread while the rest downloads. A real server on 127.0.0.1
(tests/hostile_http.py) sends the first part of an answer, then holds the rest back until
the client has handed on what it has (or ten seconds have passed).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from jumpadesk.sync import davxml
from jumpadesk.sync.client import CalDAVClient
from tests.hostile_http import Answer, HostileServer

CAL = "/1/calendars/work/"


def _response(i: int) -> bytes:
    # Each object about 30 KB (a long description), as a big invitation can be.
    description = "DESCRIPTION:" + "x" * 30_000
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
           f"UID:obj-{i}\r\nDTSTART:20261208T10{i:02d}00Z\r\nDTEND:20261208T11{i:02d}00Z\r\n"
           f"{description}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return (f"<D:response><D:href>{CAL}obj-{i}.ics</D:href><D:propstat><D:prop>"
            f'<D:getetag>"{i}"</D:getetag><C:calendar-data>{ics}</C:calendar-data>'
            "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
            ).encode()


HEAD = (b'<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" '
        b'xmlns:C="urn:ietf:params:xml:ns:caldav">')
FIRST = 4  # responses sent before the server holds back (about 120 KB)
TOTAL = 6


def test_each_response_is_handed_on_before_the_answer_has_ended() -> None:
    handed_first = threading.Event()
    rest_sent = threading.Event()
    seen: list[tuple[str, bool]] = []  # (href, whether the rest had been sent by then)

    def produce() -> Iterator[bytes]:
        yield HEAD + b"".join(_response(i) for i in range(FIRST))
        handed_first.wait(10)
        rest_sent.set()
        yield b"".join(_response(i) for i in range(FIRST, TOTAL))
        yield b"<D:sync-token>tok-1</D:sync-token></D:multistatus>"

    def on_response(item: davxml.DavResponse) -> None:
        seen.append((item.href, rest_sent.is_set()))
        if len(seen) == FIRST:
            handed_first.set()

    with HostileServer("127.0.0.1") as server:
        server.behave(Answer(207, [("Content-Type", "application/xml; charset=utf-8")],
                             produce))
        with CalDAVClient(server.url, "me@example.com", "pw-1234", timeout=20) as client:
            answer = client.report(server.url.rstrip("/") + CAL,
                                   davxml.sync_collection_body(""), depth="0",
                                   on_response=on_response)

    assert answer.status == 207 and answer.multistatus is not None
    hrefs = [f"{CAL}obj-{i}.ics" for i in range(TOTAL)]
    assert [r.href for r in answer.multistatus.responses] == hrefs
    assert answer.multistatus.sync_token == "tok-1"
    # Every response was handed on once, in order; the first ones while the server was
    # still holding the rest of the answer back.
    assert [href for href, _ in seen] == hrefs
    assert [late for _, late in seen] == [False] * FIRST + [True] * (TOTAL - FIRST)
    assert "obj-0" in answer.multistatus.responses[0].raw_text(
        davxml.tag(davxml.CALDAV, "calendar-data"))
