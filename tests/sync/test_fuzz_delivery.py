"""The fuzz round's WebDAV answers, delivered the ways a network delivers them (issue 18):
through a real socket (tests/hostile_http.py) and the real client, whole, chunked in
pieces of any size with pauses between them, cut off part-way, or over the answer cap.

Whatever the delivery, the client hands over exactly the answer that was sent, or one
of the known sentences: never a truncated answer taken as complete, never a traceback.
Deterministic and a few seconds long, like tests/sync/test_fuzz.py."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jumpadesk.errors import AnswerTooLarge, AnswerUnreadable, ServerUnreachable
from jumpadesk.sync import davxml
from jumpadesk.sync.client import CalDAVClient
from tests.fuzz_strategies import multistatus_bodies
from tests.hostile_http import Answer, HostileServer

ROUND = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
)


@dataclass(frozen=True)
class Delivery:
    pieces: tuple[int, ...] = ()  # () is the whole body with its Content-Length
    gap: float = 0.0
    cut_at: float | None = None  # the share of the body sent before the connection closes
    cap: int = 1 << 20


deliveries = st.builds(
    Delivery,
    pieces=st.one_of(st.just(()), st.lists(st.integers(1, 5000), min_size=1, max_size=6)
                     .map(tuple)),
    gap=st.sampled_from([0.0, 0.0, 0.001, 0.005]),
    cut_at=st.one_of(st.none(), st.floats(0.0, 0.95)),
    cap=st.sampled_from([1 << 20, 1 << 20, 1 << 20, 2048, 64]),
)


def _readable(body: bytes) -> bool:
    try:
        davxml.parse_multistatus(body)
    except davxml.BadMultistatus:
        return False
    return True


# Mostly answers a client can read, so that what goes wrong is the delivery.
answers = st.one_of(multistatus_bodies(), multistatus_bodies().filter(_readable),
                    multistatus_bodies().filter(_readable))


def test_every_delivery_of_an_answer_is_that_answer_or_a_sentence() -> None:
    with HostileServer("127.0.0.1") as server:

        @ROUND
        @given(answers, deliveries)
        def deliver(body: bytes, how: Delivery) -> None:
            cut = None if how.cut_at is None or not body else int(len(body) * how.cut_at)
            # At most some 500 pieces, and a second of pauses, whatever the body's size.
            least = max(1, len(body) // 500)
            pieces = tuple(max(least, size) for size in how.pieces)
            gap = how.gap if how.gap * len(body) / max(1, min(pieces, default=1)) < 1 else 0.0
            server.behave(Answer(207, [("Content-Type", "application/xml")], body,
                                 pieces=pieces, gap=gap, cut_after=cut))
            client = CalDAVClient(server.url, "fuzz@icloud.com", "pw", sleep=lambda _: None,
                                  timeout=10, listing_deadline=20, max_answer_bytes=how.cap)
            try:
                answer = client.propfind(server.url, davxml.ETAG_PROPFIND, "1")
            except AnswerTooLarge:
                assert len(body) > how.cap
                return
            except AnswerUnreadable:
                assert cut is None  # a whole answer that is not XML: said, not retried
                assert client.requests == 1
                return
            except ServerUnreachable as exc:
                assert cut is not None, exc  # only a cut answer breaks off
                assert "kept breaking off" in str(exc)
                return
            finally:
                client.close()
            assert cut is None  # a cut answer is never taken for a whole one
            assert len(body) <= how.cap
            assert answer.body == body
            assert answer.multistatus is not None

        deliver()
