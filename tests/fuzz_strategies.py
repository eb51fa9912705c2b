"""Hypothesis strategies and checks for fuzzing what servers send (issue 14): generated and
mutated iCalendar objects, generated and mutated WebDAV multistatus answers, and answers in
pages whose tokens repeat or go missing (issue 18), each pushed through the real parse /
expand / fetch / store path.

Used by the bounded run in tests/sync/test_fuzz.py and the long run in scripts/fuzz.py.
The checks raise AssertionError for a finding; anything else escaping is a finding too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import select

from jumpadesk.errors import JumpadeskError
from jumpadesk.models import Calendar, CalendarObject, Connection, session_scope
from jumpadesk.sync import davxml
from jumpadesk.sync.apply import apply_fetched
from jumpadesk.sync.client import Response
from jumpadesk.sync.discovery import classify
from jumpadesk.sync.fetch import fetch_calendar
from jumpadesk.sync.ical import (
    REASONS,
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    expand_calendar_object,
    first_occurrences,
)
from jumpadesk.sync.reasons import read_reason, reason_words

WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC))
#: One object, however odd, is read within this many seconds (generous: shared machines).
SECONDS_PER_OBJECT = 5.0

ZONES = [
    "Europe/Berlin", "America/New_York", "UTC", "W. Europe Standard Time",
    "Customized Time Zone", "GMT-05.00/-04.00", "Mitteleuropäische Zeit",
    "/mozilla.org/20050126_1/Europe/Paris", "Mars/Olympus_Mons", "", "(UTC+01:00) Amsterdam",
]
JUNK = ["", "x", "2026", "20261", "-1", "0", "PT", "P1X", "NaN", "ÄÖÜ", "\\", ";", "9" * 30]


# -- iCalendar ------------------------------------------------------------------------------


@st.composite
def moments(draw: st.DrawFn, name: str) -> str:
    """One DTSTART-like line: a date, a floating, UTC or zoned time, or damage."""
    year = draw(st.integers(2019, 2028))
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45, 59]))
    stamp = f"{year:04d}{month:02d}{day:02d}"
    clock = f"T{hour:02d}{minute:02d}00"
    kind = draw(st.sampled_from(
        ["date", "floating", "utc", "zoned", "zoned", "zoned_utc", "junk"]))
    if kind == "date":
        return f"{name};VALUE=DATE:{stamp}"
    if kind == "floating":
        return f"{name}:{stamp}{clock}"
    if kind == "utc":
        return f"{name}:{stamp}{clock}Z"
    zone = draw(st.sampled_from(ZONES))
    quoted = f'"{zone}"' if any(c in zone for c in ":;,") else zone
    if kind == "zoned":
        return f"{name};TZID={quoted}:{stamp}{clock}"
    if kind == "zoned_utc":
        return f"{name};TZID={quoted}:{stamp}{clock}Z"
    return f"{name}:{draw(st.sampled_from(JUNK))}"


@st.composite
def rrules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(
        ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY",
         "FORTNIGHTLY", ""]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.sampled_from(['1', '2', '15', '1000', '0', 'x']))}")
    end = draw(st.sampled_from(["none", "count", "huge", "until", "untildate", "junk"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 50))}")
    elif end == "huge":
        parts.append(f"COUNT={draw(st.sampled_from([10**6, 10**9, 2**31]))}")
    elif end == "until":
        parts.append(f"UNTIL={draw(st.integers(2019, 2030))}0615T120000Z")
    elif end == "untildate":
        parts.append(f"UNTIL={draw(st.integers(2019, 2030))}0615")
    elif end == "junk":
        parts.append(f"UNTIL={draw(st.sampled_from(JUNK))}")
    by = {
        "BYHOUR": st.integers(0, 24), "BYMINUTE": st.integers(0, 60),
        "BYSECOND": st.integers(0, 60), "BYMONTHDAY": st.integers(-31, 31),
        "BYMONTH": st.integers(0, 13), "BYSETPOS": st.integers(-3, 3),
        "BYYEARDAY": st.integers(-366, 366), "BYWEEKNO": st.integers(-53, 53),
    }
    for key in draw(st.lists(st.sampled_from(sorted(by)), max_size=3, unique=True)):
        values = draw(st.lists(by[key], min_size=1, max_size=draw(st.sampled_from([2, 60]))))
        parts.append(f"{key}={','.join(map(str, values))}")
    if draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(
            ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "1MO", "-1FR", "5SU", "XX"]),
            min_size=1, max_size=7))
        parts.append(f"BYDAY={','.join(days)}")
    if draw(st.integers(0, 9)) == 0:
        parts.insert(0, f"RSCALE={draw(st.sampled_from(['CHINESE', 'HEBREW', 'GREGORIAN']))}")
    if draw(st.integers(0, 9)) == 0:
        parts.append(draw(st.sampled_from(["BYDAYS=MO", "INTERVALL=2", "WKST=XX", "SKIP=BACK"])))
    return "RRULE:" + ";".join(parts)


@dataclass(frozen=True)
class GeneratedEvent:
    ics: str
    #: Must block something in WINDOW: opaque, not cancelled, no EXDATE, start in the window.
    must_block: bool


@st.composite
def calendar_objects(draw: st.DrawFn) -> GeneratedEvent:
    uid = draw(st.sampled_from(["fuzz-1", "fuzz-2", ""]))
    start = draw(moments("DTSTART"))
    lines = [f"UID:{uid}" if uid else "", "DTSTAMP:20261101T000000Z",
             f"SUMMARY:{draw(st.sampled_from(['Team sync', 'Lunch', 'Ünïcødé ☕', '']))}", start]
    end = draw(st.sampled_from(["dtend", "duration", "none"]))
    if end == "dtend":
        lines.append(draw(moments("DTEND")))
    elif end == "duration":
        lines.append("DURATION:" + draw(st.sampled_from(
            ["PT1H", "PT0S", "P1D", "-PT1H", "PT30M", "P1W", "PT", "1H"])))
    rrule = draw(st.booleans())
    if rrule:
        lines.append(draw(rrules()))
    exdate = draw(st.integers(0, 4)) == 0
    if exdate:
        lines.append(draw(moments("EXDATE")))
    if draw(st.integers(0, 4)) == 0:
        lines.append(draw(st.sampled_from([
            "RDATE;VALUE=PERIOD:20261126T090000Z/20261126T120000Z",
            "RDATE;VALUE=PERIOD:20261127T130000Z/PT2H",
            "RDATE:20261201T100000Z,20261202T100000Z",
            "RDATE;VALUE=DATE:20261203",
            "RDATE:junk",
        ])))
    status = draw(st.sampled_from(["", "CONFIRMED", "TENTATIVE", "CANCELLED"]))
    transp = draw(st.sampled_from(["", "OPAQUE", "TRANSPARENT"]))
    if status:
        lines.append(f"STATUS:{status}")
    if transp:
        lines.append(f"TRANSP:{transp}")
    if draw(st.integers(0, 5)) == 0:
        lines.append("X-APPLE-TRAVEL-DURATION;VALUE=DURATION:"
                     + draw(st.sampled_from(["PT30M", "-PT1H", "junk", "P1D"])))
    blocks = [["BEGIN:VEVENT", *[x for x in lines if x], "END:VEVENT"]]
    overrides = draw(st.integers(0, 2))
    for _ in range(overrides):
        blocks.append(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z",
                       draw(moments("RECURRENCE-ID")), draw(moments("DTSTART")),
                       draw(moments("DTEND")), "SUMMARY:Moved", "END:VEVENT"])
    if draw(st.integers(0, 6)) == 0:  # a second master for the same UID
        blocks.append(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z",
                       draw(moments("DTSTART")), "SUMMARY:Again", "END:VEVENT"])
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN"]
    if draw(st.integers(0, 4)) == 0:
        body += ["BEGIN:VTIMEZONE", "TZID:Customized Time Zone", "BEGIN:STANDARD",
                 "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
                 draw(st.sampled_from(["TZOFFSETTO:+0100", "TZOFFSETTO:junk", ""])),
                 "END:STANDARD", "END:VTIMEZONE"]
    for block in blocks:
        body += block
    body.append("END:VCALENDAR")
    ics = "\r\n".join(x for x in body if x) + "\r\n"
    in_window = start.startswith("DTSTART:2026") and any(
        f"DTSTART:2026{m}" in start for m in ("10", "11", "12"))
    must_block = (in_window and not exdate and not overrides and status != "CANCELLED"
                  and transp != "TRANSPARENT" and bool(uid))
    return GeneratedEvent(ics, must_block)


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """A few small damages of the kinds real files have."""
    for _ in range(draw(st.integers(1, 3))):
        lines = text.split("\r\n")
        op = draw(st.sampled_from(
            ["truncate", "drop", "duplicate", "junk_value", "lf", "fold", "nul", "swap"]))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
        elif op == "drop" and lines:
            del lines[i]
            text = "\r\n".join(lines)
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
            text = "\r\n".join(lines)
        elif op == "junk_value" and lines and ":" in lines[i]:
            lines[i] = lines[i].split(":", 1)[0] + ":" + draw(st.sampled_from(JUNK))
            text = "\r\n".join(lines)
        elif op == "lf":
            text = text.replace("\r\n", "\n")
        elif op == "fold" and lines:
            lines[i] = lines[i][:5] + "\r\n " + lines[i][5:]
            text = "\r\n".join(lines)
        elif op == "nul":
            text = text[:i] + "\x00" + text[i:]
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\r\n".join(lines)
    return text


def _full_reading(ics: str | bytes, quick: bool = False) -> tuple[object, list[str]]:
    """(occurrences or the fault's words, the notes' sentences) of one reading."""
    notes: list[ReadNote] = []
    try:
        found: object = expand_calendar_object(ics, *WINDOW, ("mailto:me@example.com",),
                                               notes, quick=quick)
    except BrokenEvent as broken:
        found = f"broken: {broken}"
    return found, [note.sentence("Work") for note in notes]


def check_calendar_object(ics: str | bytes, must_block: bool = False) -> list[ExpandedOccurrence]:
    """The sync's reading of one object: never a traceback, bounded time, sane output, and
    an event that must block blocks."""
    started = time.perf_counter()
    notes: list[ReadNote] = []
    try:
        occurrences = expand_calendar_object(ics, *WINDOW, ("mailto:me@example.com",), notes)
    except BrokenEvent as broken:
        assert str(broken) and "\n" not in str(broken)
        # The catch-all's words: data nobody foresaw reached a library and failed there.
        assert not str(broken).startswith("this event could not be read"), str(broken)
        occurrences = first_occurrences(ics, *WINDOW, ("mailto:me@example.com",))
    elapsed = time.perf_counter() - started
    assert elapsed < SECONDS_PER_OBJECT, f"took {elapsed:.1f}s"
    # The quick reader (sync/quick_ics.py), when it takes the object, reads it exactly as
    # icalendar does: same occurrences, same notes, or the same fault.
    assert _full_reading(ics) == _full_reading(ics, quick=True)
    assert len(occurrences) <= 5_000, f"{len(occurrences)} occurrences"
    for o in occurrences:
        assert o.end >= o.start, o
        assert (o.start.tzinfo is None) == o.floating, o
        # What the store keeps reads back as the parser's reason and assumption, in words.
        assert read_reason(o.stored_reason, o.busy) == (o.reason, o.assumed), o.stored_reason
        assert o.reason in REASONS and reason_words(o.reason, o.assumed), o.stored_reason
    for note in notes:
        assert note.sentence("Work").endswith("Check it in iCloud.")
    if must_block:
        assert any(o.busy for o in occurrences), "an opaque event in the window blocks nothing"
    return occurrences


# -- WebDAV -----------------------------------------------------------------------------------

HOME = "/1/calendars/"
CAL = "/1/calendars/work/"
HREFS = [
    CAL, HOME, f"{CAL}a.ics", f"{CAL}a.ics", f"https://p1-caldav.icloud.com{CAL}a.ics",
    f"{CAL}b%40x.ics", f"{CAL}%ZZ.ics", f"{CAL}ü.ics", "", "   ", "../../etc/passwd",
    "/1/calendars/home/", "/1/calendars/inbox/", "mailto:x", "http://[::1", f"{CAL}c.ics",
]
ETAGS = ['"1"', "", "x", '"""']
COLORS = ["#34AADCFF", "#GGG", "", "red"]
STATUSES = [None, "", "HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 403 Forbidden",
            "HTTP/1.1 507 Insufficient Storage", "garbage", "HTTP/1.1", "200", "HTTP/1.1 2000 X"]


@st.composite
def props(draw: st.DrawFn, data: st.SearchStrategy[str]) -> str:
    choices = {
        "etag": lambda: f"<D:getetag>{escape(draw(st.sampled_from(ETAGS)))}</D:getetag>",
        "data": lambda: f"<C:calendar-data>{escape(draw(data))}</C:calendar-data>",
        "empty_data": lambda: "<C:calendar-data/>",
        "type": lambda: "<D:resourcetype>" + "".join(draw(st.lists(st.sampled_from(
            ["<D:collection/>", "<C:calendar/>", "<CS:subscribed/>", "<CS:shared/>",
             "<C:schedule-inbox/>", "<X:odd xmlns:X='urn:x'/>"]), max_size=4)))
                        + "</D:resourcetype>",
        "name": lambda: f"<D:displayname>{escape(draw(st.text(max_size=20)))}</D:displayname>",
        "privileges": lambda: "<D:current-user-privilege-set>" + "".join(
            f"<D:privilege><D:{p}/></D:privilege>" for p in draw(st.lists(st.sampled_from(
                ["read", "write", "write-content", "bind", "all"]), max_size=3)))
            + "</D:current-user-privilege-set>",
        "comps": lambda: "<C:supported-calendar-component-set>" + "".join(
            f'<C:comp name="{c}"/>' for c in draw(st.lists(st.sampled_from(
                ["VEVENT", "VTODO", "VJOURNAL", "", "vevent"]), max_size=3)))
            + "</C:supported-calendar-component-set>",
        "ctag": lambda: f"<CS:getctag>{escape(draw(st.text(max_size=10)))}</CS:getctag>",
        "color": lambda: f"<I:calendar-color>{draw(st.sampled_from(COLORS))}</I:calendar-color>",
        "order": lambda: f"<I:calendar-order>{draw(st.sampled_from(['1', '-3', 'x', '1e9']))}"
                         "</I:calendar-order>",
        "source": lambda: "<CS:source><D:href>webcal://example.com/x.ics</D:href></CS:source>",
        "reports": lambda: "<D:supported-report-set><D:supported-report><D:report>"
                           "<D:sync-collection/></D:report></D:supported-report>"
                           "</D:supported-report-set>",
        "unknown": lambda: "<Z:thing xmlns:Z='urn:unknown'><Z:inner>1</Z:inner></Z:thing>",
        "text": lambda: "stray text",
    }
    names = draw(st.lists(st.sampled_from(sorted(choices)), max_size=5))
    return "".join(choices[n]() for n in names)


@st.composite
def multistatus_bodies(draw: st.DrawFn) -> bytes:
    data = st.one_of(calendar_objects().map(lambda g: g.ics), st.sampled_from(JUNK))
    responses = []
    for _ in range(draw(st.integers(0, 6))):
        href = draw(st.sampled_from(HREFS))
        parts = [f"<D:href>{escape(href)}</D:href>"] if draw(st.integers(0, 9)) else []
        status = draw(st.sampled_from(STATUSES))
        for _ in range(draw(st.integers(0, 3))):
            ps = draw(st.sampled_from(STATUSES))
            inner = f"<D:prop>{draw(props(data))}</D:prop>" if draw(st.integers(0, 9)) else ""
            parts.append(f"<D:propstat>{inner}"
                         + (f"<D:status>{ps}</D:status>" if ps is not None else "")
                         + "</D:propstat>")
        if status is not None:
            parts.append(f"<D:status>{status}</D:status>")
        responses.append("<D:response>" + "".join(parts) + "</D:response>")
    if draw(st.integers(0, 9)) == 0 and responses:  # a large answer: many duplicates
        responses = responses * draw(st.integers(50, 400))
    token = draw(st.sampled_from(["", "<D:sync-token>tok-2</D:sync-token>",
                                  "<D:sync-token/>", "<D:sync-token>tok-1</D:sync-token>"]))
    root = draw(st.sampled_from(["D:multistatus", "D:multistatus", "D:error", "multistatus"]))
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<{root} xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
        'xmlns:CS="http://calendarserver.org/ns/" xmlns:I="http://apple.com/ns/ical/">'
        + "".join(responses) + token + f"</{root}>"
    )
    if draw(st.integers(0, 7)) == 0:
        body = body[: draw(st.integers(0, len(body)))]  # cut off mid-answer
    return body.encode("utf-8")


class CannedClient:
    """Answers every request with one body, as the real client would hand it over."""

    sync_depth = "0"
    requests = 0
    server_url = "https://caldav.icloud.com/"
    username = "fuzz@icloud.com"

    def __init__(self, body: bytes, status: int = 207) -> None:
        try:
            multistatus = davxml.parse_multistatus(body) if status == 207 else None
        except davxml.BadMultistatus:
            multistatus = None
        self.response = Response(status, {}, body, "https://p1-caldav.icloud.com" + CAL,
                                 multistatus)

    def report(self, url: str, body: str, depth: str | None = "1",
               on_response: Callable[[davxml.DavResponse], None] | None = None) -> Response:
        self.requests += 1
        return handed_on(self.response, on_response)

    def propfind(self, url: str, body: str, depth: str = "0") -> Response:
        self.requests += 1
        return self.response


def make_calendar(engine: Engine) -> int:
    with session_scope(engine) as s:
        conn = Connection(apple_id="fuzz@icloud.com", server_url="https://caldav.icloud.com/")
        s.add(conn)
        s.flush()
        cal = Calendar(connection_id=conn.id, path=CAL, name="Work")  # type: ignore[arg-type]
        s.add(cal)
        s.flush()
        assert cal.id is not None
        return cal.id


def check_multistatus(body: bytes, engine: Engine, calendar_id: int, token: str) -> None:
    """Parse, classify, fetch and store one answer: only known errors, never a traceback."""
    try:
        parsed = davxml.parse_multistatus(body)
    except davxml.BadMultistatus:
        parsed = None
    if parsed is not None:
        for item in parsed.responses:
            found = classify(item, HOME)
            if found is not None:
                assert found.kind in ("events", "tasks", "subscribed")
                assert found.access in ("read", "write")
    client = CannedClient(body)
    try:
        fetched = fetch_calendar(client, "https://p1-caldav.icloud.com" + CAL,  # type: ignore[arg-type]
                                 CAL, token, None, dict)
    except JumpadeskError:
        return
    assert client.requests <= 60  # bounded: never loops on a strange answer
    with session_scope(engine) as s:
        cal = s.get(Calendar, calendar_id)
        assert cal is not None
        apply_fetched(s, cal, fetched, "ctag", ["mailto:me@example.com"], WINDOW)


# -- answers in pages (issue 18) ---------------------------------------------------------------

KEPT = f"{CAL}kept.ics"  # stored before every example; no page ever lists it
PAGE_TOKENS = [None, "", "tok-1", "tok-2", "tok-3", "tok-4"]
EMPTY_MULTISTATUS = b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"/>'


def _event_text(uid: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261124T090000Z\r\n"
            "DTEND:20261124T100000Z\r\nSUMMARY:Paged\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@st.composite
def sync_pages(draw: st.DrawFn) -> list[bytes]:
    """A sync-collection answer in pages (RFC 6578 3.6): each page lists a few events
    (with data, without, or deleted), says "more to come" (the collection with 507) or
    not, and carries one of a few tokens, so tokens repeat, or an empty one, or none.
    Now and then a page is any answer of multistatus_bodies()."""
    pages = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 5)) == 0:
            pages.append(draw(multistatus_bodies()))
            continue
        parts = []
        if draw(st.integers(0, 3)):  # "more to come"
            parts.append(f"<D:response><D:href>{CAL}</D:href>"
                         "<D:status>HTTP/1.1 507 Insufficient Storage</D:status></D:response>")
        for name in draw(st.lists(st.sampled_from("abcdef"), max_size=4)):
            kind = draw(st.sampled_from(["data", "data", "etag-only", "deleted"]))
            href = f"{CAL}{name}.ics"
            if kind == "deleted":
                parts.append(f"<D:response><D:href>{href}</D:href>"
                             "<D:status>HTTP/1.1 404 Not Found</D:status></D:response>")
                continue
            data = (f"<C:calendar-data>{escape(_event_text(name))}</C:calendar-data>"
                    if kind == "data" else "")
            parts.append(f'<D:response><D:href>{href}</D:href><D:propstat><D:prop>'
                         f'<D:getetag>"{name}"</D:getetag>{data}</D:prop>'
                         "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>")
        token = draw(st.sampled_from(PAGE_TOKENS))
        if token is not None:
            parts.append(f"<D:sync-token>{token}</D:sync-token>")
        pages.append(('<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" '
                      'xmlns:C="urn:ietf:params:xml:ns:caldav">' + "".join(parts)
                      + "</D:multistatus>").encode())
    return pages


class PagedClient(CannedClient):
    """Answers sync-collection with the pages in turn (the last one again once they run
    out, as a server stuck on it would) and calendar-multiget with nothing readable.
    `served` are the pages it gave."""

    def __init__(self, pages: list[bytes]) -> None:
        super().__init__(b"")
        self.pages = [CannedClient(body).response for body in pages]
        self.served: list[Response] = []
        self.empty = CannedClient(EMPTY_MULTISTATUS).response

    def report(self, url: str, body: str, depth: str | None = "1",
               on_response: Callable[[davxml.DavResponse], None] | None = None) -> Response:
        self.requests += 1
        if "sync-collection" not in body:
            return handed_on(self.empty, on_response)
        page = self.pages[min(len(self.served), len(self.pages) - 1)]
        self.served.append(page)
        return handed_on(page, on_response)


def handed_on(answer: Response,
              on_response: Callable[[davxml.DavResponse], None] | None) -> Response:
    """As the real client does: each response of a 207 is handed on as it is read."""
    if on_response is not None and answer.multistatus is not None:
        for item in answer.multistatus.responses:
            on_response(item)
    return answer


def is_whole(served: list[Response], token: str) -> bool:
    """Whether pages followed one another to a complete end: each but the last says more
    is to come and carries a token not sent before; the last says it is complete and
    carries a token (RFC 6578 3.6)."""
    sent = {token}
    for i, page in enumerate(served):
        if page.multistatus is None:
            return False
        more = any(davxml.same_collection(r.path, CAL) and r.status == 507
                   for r in page.multistatus.responses)
        new = page.multistatus.sync_token
        if not new or more != (i < len(served) - 1) or (more and new in sent):
            return False
        sent.add(new)
    return bool(served)


def _store_kept(engine: Engine, calendar_id: int) -> None:
    with session_scope(engine) as s:
        kept = s.exec(select(CalendarObject).where(CalendarObject.href == KEPT)).first()
        if kept is None:
            s.add(CalendarObject(calendar_id=calendar_id, href=KEPT, etag='"kept"',
                                 uid="kept", ics=_event_text("kept")))


def _kept_stored(engine: Engine) -> bool:
    with session_scope(engine) as s:
        return s.exec(select(CalendarObject).where(CalendarObject.href == KEPT)).first() is not None


def check_paged_listing(pages: list[bytes], engine: Engine, calendar_id: int,
                        token: str) -> None:
    """Follow a paged answer and store what it gave: it ends (the pages are not asked for
    twice), only known errors, and an event no page listed is deleted only by a full
    listing whose pages were whole; its last token is the one kept."""
    _store_kept(engine, calendar_id)
    client = PagedClient(pages)
    try:
        fetched = fetch_calendar(client, "https://p1-caldav.icloud.com" + CAL,  # type: ignore[arg-type]
                                 CAL, token, True, dict)
    except JumpadeskError:
        return
    assert len(client.served) <= len(pages) + 1, "asked for pages beyond the last"
    whole = is_whole(client.served, token)
    assert whole, "a listing that did not end whole was taken as whole"
    with session_scope(engine) as s:
        cal = s.get(Calendar, calendar_id)
        assert cal is not None
        apply_fetched(s, cal, fetched, "ctag", ["mailto:me@example.com"], WINDOW)
        if fetched.complete:
            assert cal.sync_token == client.served[-1].multistatus.sync_token  # type: ignore[union-attr]
    assert _kept_stored(engine) or (not token and whole)
