"""What a sync costs: requests, bytes and wall time, jumpadesk's pass beside a naive client.

jumpadesk: one PROPFIND of the home for every ctag, then sync-collection for the
calendars that changed, and only changed objects expanded again.
Naive (what cal.com's Apple calendar integration does on every availability check):
list the calendars, then a calendar-query over the whole window for each selected
calendar, and expand every event it returns.

Both run against the same embedded Radicale on loopback, so the network is as fast as
it gets: against iCloud each request costs 100-500 ms more, and the request counts are
the figures that carry over.

Run: .venv/bin/python benchmarks/bench_sync.py [--events N]
     .venv/bin/python benchmarks/bench_sync.py --icloud 5000 [--repeat 3] [--before DIR]
       (whole processes at 5,000 iCloud-like objects beside vdirsyncer and the floor, in
       rounds; --before DIR times another checkout's first sync in each round too)
Prints the figures and the ratios; it asserts nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlmodel import select  # noqa: E402

from jumpadesk.config import Settings  # noqa: E402
from jumpadesk.demo.seed import seed_icloud_like_account  # noqa: E402
from jumpadesk.demo.server import LocalAccount  # noqa: E402
from jumpadesk.models import (  # noqa: E402
    Calendar,
    CalendarRole,
    SubAccount,
    make_engine,
    session_scope,
)
from jumpadesk.secrets import use_session_keyring  # noqa: E402
from jumpadesk.sync import api, davxml  # noqa: E402
from jumpadesk.sync.client import CalDAVClient  # noqa: E402
from jumpadesk.sync.davxml import CALDAV, tag  # noqa: E402
from jumpadesk.sync.ical import expand_calendar_object  # noqa: E402
from jumpadesk.sync.occurrences import expansion_window  # noqa: E402
from tests.local_server import CalDAVTestServer  # noqa: E402

USER = "bench@icloud.com"
PASSWORD = "abcd-efgh-ijkl-mnop"


@dataclass
class Counter:
    """Counts what reaches the server (a WSGI wrapper), including retries and 401s."""

    requests: int = 0
    bytes_out: int = 0

    def wrap(self, app: Callable) -> Callable:
        def counted(environ: dict, start_response: Callable) -> Iterable[bytes]:
            self.requests += 1
            body = list(app(environ, start_response))
            self.bytes_out += sum(len(b) for b in body)
            return body

        return counted

    def snapshot(self) -> tuple[int, int]:
        return self.requests, self.bytes_out


def event_ics(i: int, start: datetime, title: str = "") -> str:
    day = start + timedelta(days=(i * 3) % 360, hours=8 + i % 9)
    s = day.strftime("%Y%m%dT%H%M%S")
    e = (day + timedelta(minutes=45)).strftime("%Y%m%dT%H%M%S")
    rrule = "RRULE:FREQ=WEEKLY;COUNT=20\r\n" if i % 10 == 0 else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:bench-{i}\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{s}\r\nDTEND;TZID=Europe/Berlin:{e}\r\n{rrule}"
        f"SUMMARY:{title or f'Client {i}'}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def naive_check(client: CalDAVClient, home_url: str, paths: list[str],
                window: tuple[datetime, datetime]) -> int:
    """List the calendars, query each one over the window, expand everything."""
    client.propfind(home_url, davxml.LISTING_PROPFIND, "1")
    lo, hi = (w.strftime("%Y%m%dT%H%M%SZ") for w in window)
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
        '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">'
        f'<C:time-range start="{lo}" end="{hi}"/>'
        "</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>"
    )
    occurrences = 0
    for path in paths:
        r = client.report(urljoin(home_url, path), body, depth="1")
        assert r.multistatus is not None
        for item in r.multistatus.responses:
            ics = item.raw_text(tag(CALDAV, "calendar-data"))
            if ics.strip():
                occurrences += len(expand_calendar_object(ics, window[0], window[1], []))
    return occurrences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500, help="events in the Work calendar")
    parser.add_argument("--icloud", type=int, metavar="N", default=0,
                        help="instead: N iCloud-like objects, whole processes, vs vdirsyncer")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (--icloud)")
    parser.add_argument("--before", type=Path, metavar="CHECKOUT",
                        help="with --icloud: also time the first sync of another checkout "
                             "of jumpadesk (e.g. a worktree of main) in each round")
    args = parser.parse_args()
    if args.icloud:
        icloud_mode(args.icloud, args.repeat, args.before)
        return
    logging.basicConfig(level=logging.WARNING)
    use_session_keyring()
    tmp = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-"))
    counter = Counter()
    server = CalDAVTestServer(tmp / "server", [LocalAccount(USER, PASSWORD)],
                              wsgi_wrapper=counter.wrap)
    server.start()
    paths = seed_icloud_like_account(server, USER, PASSWORD, events_for_week=date.today())
    admin = server.requester()
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    work = paths["Work"]
    for i in range(args.events):
        admin.request("PUT", f"{work}bench-{i}.ics", event_ics(i, start),
                      {"Content-Type": "text/calendar; charset=utf-8"})

    settings = Settings()
    engine = make_engine(f"sqlite:///{tmp / 'bench.db'}")
    with session_scope(engine) as s:
        sub = s.exec(select(SubAccount).where(SubAccount.name == "Main")).one()  # the store's
        sub.timezone = "Europe/Berlin"
        s.add(sub)
        s.flush()
        sub_id = sub.id
    assert sub_id is not None

    def factory(url: str, user: str, password: str) -> CalDAVClient:
        return CalDAVClient(url, user, password, sleep=lambda _s: None)

    before = counter.snapshot()
    t0 = time.perf_counter()
    connection_id = api.connect(engine, sub_id, USER, PASSWORD, server.url,
                                client_factory=factory)
    connect_cost = (counter.requests - before[0], time.perf_counter() - t0)
    with session_scope(engine) as s:
        cals = {c.name: c for c in s.exec(
            select(Calendar).where(Calendar.connection_id == connection_id)).all()}
        s.add(CalendarRole(sub_account_id=sub_id, calendar_id=cals["Work"].id, role="linked"))
        for name in ("Home", "Family"):
            s.add(CalendarRole(sub_account_id=sub_id, calendar_id=cals[name].id,
                               role="conflict"))
        home_url = s.exec(select(Calendar)).first().url.rsplit("/", 2)[0] + "/"  # type: ignore[union-attr]
        role_paths = [cals[n].path for n in ("Work", "Home", "Family")]

    def measure(run: Callable[[], object]) -> tuple[int, int, float]:
        r0, b0 = counter.snapshot()
        t = time.perf_counter()
        run()
        return counter.requests - r0, counter.bytes_out - b0, time.perf_counter() - t

    def jd_sync() -> None:
        report = api.sync(engine, sub_account_id=sub_id, client_factory=factory,
                          settings=settings)
        assert report.ok, report.failures()

    window = expansion_window(settings)
    naive_client = factory(server.url, USER, PASSWORD)

    def naive() -> None:
        naive_check(naive_client, home_url, role_paths, window)

    rows = []
    rows.append(("first full sync", measure(jd_sync), measure(naive)))
    rows.append(("quiet sync (nothing changed)", measure(jd_sync), measure(naive)))
    admin.request("PUT", f"{work}bench-7.ics", event_ics(7, start, "Moved by phone"),
                  {"Content-Type": "text/calendar; charset=utf-8"})
    rows.append(("incremental (1 event changed)", measure(jd_sync), measure(naive)))

    print(f"\njumpadesk sync benchmark: {args.events} events in Work, plus the demo "
          "events in Home and Family; 3 calendars in use; Radicale on loopback")
    print(f"connect (principal, home, listing): {connect_cost[0]} requests, "
          f"{connect_cost[1] * 1000:.0f} ms\n")
    print(f"{'':31}|{'jumpadesk':^28}|{'naive: calendar-query':^28}|{'naive / jumpadesk':^25}")
    print(f"{'scenario':31}|{'req':>5} {'bytes':>10} {'ms':>10} |{'req':>5} {'bytes':>10} "
          f"{'ms':>10} |{'req':>7} {'bytes':>7} {'time':>7}")
    for name, (jr, jb, jt), (nr, nb, nt) in rows:
        print(f"{name:31}|{jr:5d} {jb:10d} {jt * 1000:10.0f} |{nr:5d} {nb:10d} "
              f"{nt * 1000:10.0f} |{nr / max(jr, 1):6.1f}x {nb / max(jb, 1):6.1f}x "
              f"{nt / max(jt, 1e-9):6.1f}x")
    print("\nbytes: answer bodies as the server sent them (gzip when asked). "
          "ratio = naive / jumpadesk (higher is better for jumpadesk).\n"
          "jumpadesk's first sync also stores and expands every occurrence, once; a naive "
          "client pays its full price on every availability check, while jumpadesk "
          "answers those from the local store (see bench_availability.py).")
    naive_client.close()
    server.stop()


# -- the 5,000-object mode: whole processes against the iCloud-like server ----------------

VDIRSYNCER_VERSION = "0.21.0"


def vdirsyncer_executable() -> tuple[Path | None, str]:
    """vdirsyncer in the benchmark's own venv (made on first use; never an app dependency)."""
    import subprocess
    import venv

    folder = Path(__file__).resolve().parent / ".venv-vdirsyncer"
    exe = folder / "bin" / "vdirsyncer"
    if exe.exists():
        return exe, ""
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
        done = subprocess.run(
            [str(folder / "bin" / "python"), "-m", "pip", "install", "-q",
             f"vdirsyncer=={VDIRSYNCER_VERSION}"],
            capture_output=True, text=True, timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not make its venv: {exc}"
    if done.returncode != 0 or not exe.exists():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"pip could not install vdirsyncer {VDIRSYNCER_VERSION}: {last}"
    return exe, ""


def how_objects_were_read(log_file: Path, calendar: str) -> str:
    """The last "objects read" line the sync logged for `calendar`, in short."""
    import re

    pattern = re.compile(
        rf"'{re.escape(calendar)}': (\d+) objects read: (\d+) by the quick reader, (\d+) "
        r"repeating ones from the expander's times, (\d+) in full, (\d+) broken")
    try:
        found = pattern.findall(log_file.read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        return f"unknown ({exc.strerror})"
    if not found:
        return "unknown (no such line in the log)"
    total, quick, series, full, broken = (int(n) for n in found[-1])
    return (f"{quick} of {total} ({quick / max(total, 1):.0%}) by the quick reader, "
            f"{series} repeating ones from the expander's times, {full} by icalendar in "
            f"full, {broken} broken")


def icloud_mode(count: int, repeat: int, before: Path | None = None) -> None:
    """The first syncs run in rounds (the floor, jumpadesk, the `before` checkout's
    jumpadesk when given, vdirsyncer), so that each ratio compares runs made moments
    apart on a machine whose load comes and goes; a ratio is the median of the rounds'."""
    import shutil

    import harness

    from tests.icloud_server import IcloudServer

    tmp = Path(tempfile.mkdtemp(prefix="jumpadesk-bench5k-"))
    server = IcloudServer(tmp / "server").start()
    objects = harness.make_objects(count, date.today())
    harness.write_into_collection(tmp / "server", server.calendar_path("Work"), objects)
    recurring = sum("RRULE:" in t.split("END:VTIMEZONE")[-1] for t in objects.values())
    free = sum("TRANSP:TRANSPARENT" in t for t in objects.values())
    size = sum(len(t.encode()) for t in objects.values())
    work_url = server.calendar_url("Work")
    floor_once = _floor(server, work_url)
    floor_once()  # warms Radicale's item cache; every figure below is on a warm server

    # jumpadesk, each step its own process, as a script or a person would run it
    home = tmp / "jumpadesk"
    home.mkdir()
    env = harness.child_env(home, JUMPADESK_PASSWORD=server.password)
    jd = harness.jumpadesk_command()
    jumpadesk = _runner(server, jd, env)
    jumpadesk("connect", "--apple-id", server.apple_id, "--server", server.url)
    jumpadesk("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family")
    store = home / "jumpadesk.db"
    template = tmp / "configured.db"
    shutil.copy(store, template)
    old = None
    if before is not None:  # the same store and keychain, that checkout's code
        old_env = dict(env, PYTHONPATH=os.pathsep.join(
            [str(harness.BENCH_DIR), str(before.resolve())]))
        old = _runner(server, jd, old_env)

    def first(run: Callable[..., tuple[harness.ProcessRun, int]]) -> tuple[
            harness.ProcessRun, int]:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, store)
        return run("sync", "--json")

    vdirsyncer, v_reset, why_not = _vdirsyncer(server, work_url, tmp, count, repeat)
    rounds: list[dict[str, tuple[harness.ProcessRun, int]]] = []
    read_ways = ""
    for _ in range(repeat):
        done = {"floor": (floor_once(), 1), "now": first(jumpadesk)}
        read_ways = how_objects_were_read(home / "logs" / "jumpadesk.log", "Work")
        if old is not None:
            done["before"] = first(old)
        if vdirsyncer is not None:
            v_reset()
            done["vdirsyncer"] = vdirsyncer("sync")
        rounds.append(done)
    first(jumpadesk)  # the store as a first sync leaves it, for what follows
    quiets = [jumpadesk("sync", "--json") for _ in range(repeat)]
    hrefs = sorted(objects)
    increments = []
    for n in range(repeat):
        changed, deleted = hrefs[2 * n], hrefs[2 * n + 1]
        server.put_event("Work", objects[changed].replace("SEQUENCE:", "SEQUENCE:1", 1),
                         href=changed)
        server.delete_event("Work", deleted)
        increments.append(jumpadesk("sync", "--json"))
    v_quiets = [vdirsyncer("sync") for _ in range(repeat)] if vdirsyncer else []
    server.stop()
    shutil.rmtree(tmp, ignore_errors=True)
    _print_icloud(count, repeat, recurring, free, size, rounds, quiets, increments, v_quiets,
                  read_ways, before)
    if vdirsyncer is None:
        print(f"\nvdirsyncer not measured: {why_not}")


def _floor(server, work_url: str) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    """One sync-collection REPORT of Work by curl (else Python's urllib), as a process."""
    import shutil

    import harness

    curl = shutil.which("curl")
    body = davxml.sync_collection_body("")

    def once() -> harness.ProcessRun:
        if curl:
            return harness.run_measured([
                curl, "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "REPORT",
                "-u", f"{server.apple_id}:{server.password}", "-H", "Depth: 0",
                "-H", "Content-Type: application/xml; charset=utf-8",
                "--data-binary", body, work_url])
        code = (
            "import sys,urllib.request,base64;r=urllib.request.Request(sys.argv[1],"
            "data=sys.argv[2].encode(),method='REPORT',headers={'Depth':'0',"
            "'Authorization':'Basic '+base64.b64encode(sys.argv[3].encode()).decode()});"
            "print(urllib.request.urlopen(r).status)")
        return harness.run_measured([sys.executable, "-c", code, work_url, body,
                                     f"{server.apple_id}:{server.password}"])

    return once


def _runner(server, command: list[str], env: dict[str, str]):  # type: ignore[no-untyped-def]
    """jumpadesk ARGS as a process: its run and how many requests reached the server."""
    import harness

    def run(*argv: str) -> tuple[harness.ProcessRun, int]:
        before = len(server.requests)
        done = harness.run_measured([*command, *argv], env=env)
        if done.returncode != 0:
            raise SystemExit(f"jumpadesk {' '.join(argv)} failed: {done.stderr.strip()}")
        return done, len(server.requests) - before

    return run


def _vdirsyncer(server, work_url: str, tmp: Path, count: int, repeat: int):  # type: ignore[no-untyped-def]
    """vdirsyncer on the same collection (it stores files; no parsing, no expansion):
    (run ARGS, reset to a first sync, why not) or (None, None, why not)."""
    import shutil

    import harness

    exe, why_not = vdirsyncer_executable()
    if exe is None:
        return None, None, why_not
    vdir = tmp / "vdirsyncer"
    config = vdir / "config"
    vdir.mkdir()
    config.write_text(
        f'[general]\nstatus_path = "{vdir}/status/"\n\n'
        '[pair bench]\na = "bench_local"\nb = "bench_icloud"\ncollections = null\n\n'
        f'[storage bench_local]\ntype = "filesystem"\npath = "{vdir}/files/"\n'
        'fileext = ".ics"\n\n'
        f'[storage bench_icloud]\ntype = "caldav"\nurl = "{work_url}"\n'
        f'username = "{server.apple_id}"\npassword = "{server.password}"\n'
    )
    venv_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    def run(*argv: str) -> tuple[harness.ProcessRun, int]:
        before = len(server.requests)
        done = harness.run_measured([str(exe), "-c", str(config), *argv], env=venv_env)
        if done.returncode != 0:
            raise SystemExit(f"vdirsyncer {' '.join(argv)} failed: {done.stderr[-800:]}")
        if argv == ("sync",):
            synced = len(list((vdir / "files").glob("*.ics")))
            assert synced >= count - 2 * repeat, f"vdirsyncer stored {synced} objects"
        return done, len(server.requests) - before

    def reset() -> None:
        shutil.rmtree(vdir / "status", ignore_errors=True)
        shutil.rmtree(vdir / "files", ignore_errors=True)
        (vdir / "files").mkdir()
        run("discover", "bench")  # set-up, like jumpadesk's connect: not timed

    return run, reset, ""


Figures = tuple[float, float, int, float]


def _print_icloud(count: int, repeat: int, recurring: int, free: int, size: int,  # type: ignore[no-untyped-def]
                  rounds, quiets, increments, v_quiets, read_ways: str,
                  before: Path | None) -> None:
    import harness

    def med(runs) -> Figures | None:  # type: ignore[no-untyped-def]
        if not runs:
            return None
        return (harness.median([r.seconds for r, _ in runs]),
                harness.median([r.cpu_seconds for r, _ in runs]),
                max(n for _, n in runs), max(r.peak_mb for r, _ in runs))

    def of(name: str) -> list:  # type: ignore[type-arg]
        return [r[name] for r in rounds if name in r]

    def ratio(name: str, against: str, cpu: bool = False) -> float | None:
        pairs = [(r[name][0], r[against][0]) for r in rounds if name in r and against in r]
        if not pairs:
            return None
        pick = (lambda run: run.cpu_seconds) if cpu else (lambda run: run.seconds)
        return harness.median([pick(a) / max(pick(b), 1e-9) for a, b in pairs])

    print(f"\njumpadesk sync at {count} objects: the Work calendar of an iCloud-like server "
          f"(Radicale on loopback, tests/icloud_server.py); {recurring} repeat, {free} free, "
          f"{size / 1e6:.1f} MB of iCalendar, each object with its own VTIMEZONE; medians of "
          f"{repeat} runs, each a whole process, server warm; the first syncs in rounds, "
          "each ratio the median of the rounds' ratios")
    print(f"\n{'':42}{'wall s':>7}{'cpu s':>7}{'requests':>9}{'peak MB':>8}{'x floor':>8}"
          f"{'x vdirsyncer (wall, cpu)':>26}")

    def row(name: str, figs: Figures | None, key: str = "") -> None:
        if figs is None:
            print(f"{name:42}{'-':>7}")
            return
        seconds, cpu, n, peak = figs
        floor = ratio(key, "floor") if key else None
        against_v = key not in ("", "vdirsyncer")
        vs_v = ratio(key, "vdirsyncer") if against_v else None
        vs_cpu = ratio(key, "vdirsyncer", cpu=True) if against_v else None
        floor_text = f"{floor:7.1f}x" if floor is not None else f"{'':8}"
        vs = f"{vs_v:17.2f}x {vs_cpu:6.2f}x" if vs_v is not None and vs_cpu is not None else ""
        print(f"{name:42}{seconds:7.2f}{cpu:7.2f}{n:9d}{peak:8.0f}{floor_text}{vs}")

    row("floor: one sync-collection REPORT (curl)", med(of("floor")))
    row("jumpadesk first sync", med(of("now")), "now")
    if before is not None:
        row(f"  the same, {before.name} (before)", med(of("before")), "before")
    row("jumpadesk quiet sync", med(quiets))
    row("jumpadesk incremental (1 changed, 1 gone)", med(increments))
    row("vdirsyncer first sync", med(of("vdirsyncer")), "vdirsyncer")
    row("vdirsyncer quiet sync", med(v_quiets))
    if before is not None:
        now_before = ratio("now", "before")
        cpu_before = ratio("now", "before", cpu=True)
        print(f"\nfirst sync now / before: {now_before:.2f}x wall, {cpu_before:.2f}x cpu "
              "(median of the rounds)")
    print(f"\nhow the first sync read Work's objects (from jumpadesk's log): {read_ways}")
    print("\nrequests: what reached the server in that process (the first sync also reads "
          "the calendar list of Home and Family). cpu: user + system time of that process, "
          "steadier than wall time on a shared machine (the server's own work is in neither). "
          "jumpadesk parses, expands and stores every occurrence in its window; vdirsyncer "
          "stores the files as they came.")


if __name__ == "__main__":
    main()
