"""What the whole-process benchmarks share: an iCloud-like calendar of N realistic objects,
a keychain a child process can read, and running a command as a process with its wall
time and peak memory.

Not a test helper and not part of the app: only benchmarks/ imports it.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
KEYRING_FILE_ENV = "JUMPADESK_BENCH_KEYRING"  # the file of file_keyring.FileKeyring

# iCloud writes every object with the VTIMEZONE of each zone it uses, in this shape.
VTIMEZONES = {
    "Europe/Berlin": (
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nDTSTART:19810329T020000\r\nTZNAME:CEST\r\n"
        "TZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nDTSTART:19961027T030000\r\nTZNAME:CET\r\n"
        "TZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    ),
    "America/New_York": (
        "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nDTSTART:20070311T020000\r\nTZNAME:EDT\r\n"
        "TZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nDTSTART:20071104T020000\r\nTZNAME:EST\r\n"
        "TZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    ),
}

_TITLES = ["Haircut", "Colour and cut", "Consultation", "Team meeting", "Supplier call",
           "Dentist", "Lunch with Sam", "Yoga", "School run", "Accountant", "Beard trim",
           "Stock delivery", "Training: new products", "Physio", "Parents' evening"]
_PLACES = ["", "", "Salon, Hauptstr. 12, 10827 Berlin", "Zoom", "Café Einstein",
           "Home", "Praxis Dr. Weber, Kantstr. 3"]
_WORDS = ("please bring the paperwork we discussed last time and arrive ten minutes early "
          "so we can go through the options parking is behind the building the code for the "
          "door is on the confirmation email call if you are running late").split()


def _fold(line: str) -> str:
    """Fold at 75 octets as RFC 5545 (and iCloud) does."""
    raw = line.encode()
    if len(raw) <= 75:
        return line + "\r\n"
    parts, chunk = [], b""
    for ch in line:
        b = ch.encode()
        if len(chunk) + len(b) > (75 if not parts else 74):
            parts.append(chunk.decode())
            chunk = b""
        chunk += b
    parts.append(chunk.decode())
    return "\r\n ".join(parts) + "\r\n"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def icloud_object(i: int, today: date, rng: random.Random, title: str = "",
                  days: tuple[int, int] = (-365, 365)) -> str:
    """One calendar object as iCloud sends it: its own VTIMEZONE, folded description,
    alarms, travel time now and then; about 6% repeat, about 15% are free."""
    zone_name = "America/New_York" if i % 20 == 7 else "Europe/Berlin"
    day = today + timedelta(days=rng.randint(*days))
    start = datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.choice((0, 15, 30, 45)))
    end = start + timedelta(minutes=rng.choice((30, 45, 60, 90, 120)))
    stamp = "20261101T093000Z"
    uid = f"{rng.getrandbits(32):08X}-{i:04X}-4C47-9E0F-{rng.getrandbits(48):012X}"
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"CREATED:{stamp}",
             f"LAST-MODIFIED:{stamp}", f"SEQUENCE:{rng.randint(0, 3)}",
             f"DTSTART;TZID={zone_name}:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID={zone_name}:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{_escape(title or rng.choice(_TITLES) + f' #{i}')}"]
    place = rng.choice(_PLACES)
    if place:
        lines.append(f"LOCATION:{_escape(place)}")
    words = rng.sample(_WORDS, rng.randint(8, len(_WORDS)))
    lines.append(f"DESCRIPTION:{_escape(' '.join(words).capitalize() + '.')}")
    if i % 100 < 6:
        lines.append(rng.choice(("RRULE:FREQ=WEEKLY;INTERVAL=1", "RRULE:FREQ=WEEKLY;COUNT=40",
                                 "RRULE:FREQ=MONTHLY;COUNT=24", "RRULE:FREQ=DAILY;COUNT=30")))
    if i % 100 >= 85:
        lines.append("TRANSP:TRANSPARENT")
    else:
        lines.append("TRANSP:OPAQUE")
    if i % 9 == 0:
        lines.append("X-APPLE-TRAVEL-DURATION;VALUE=DURATION:PT30M")
    lines.append("URL;VALUE=URI:")
    if i % 3 == 0:
        lines += ["BEGIN:VALARM", f"X-WR-ALARMUID:{uid}-A", f"UID:{uid}-A",
                  "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                  "END:VALARM"]
    lines.append("END:VEVENT")
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
            "CALSCALE:GREGORIAN"]
    return ("".join(_fold(x) for x in head) + VTIMEZONES[zone_name]
            + "".join(_fold(x) for x in lines) + "END:VCALENDAR\r\n")


def make_objects(count: int, today: date, seed: int = 11,
                 days: tuple[int, int] = (-365, 365)) -> dict[str, str]:
    """{file name: text} for `count` objects starting between `days` from today (two years
    by default); the same every run for the same seed."""
    rng = random.Random(seed)
    return {f"bench-{i:05d}.ics": icloud_object(i, today, rng, days=days) for i in range(count)}


def write_into_collection(server_folder: Path, collection_path: str,
                          objects: dict[str, str]) -> None:
    """Put objects straight into Radicale's storage (as if synced there long ago): PUTting
    thousands one by one would take minutes and is not what is measured."""
    from urllib.parse import unquote

    folder = server_folder / "collections" / "collection-root" / unquote(
        collection_path.strip("/"))
    assert folder.is_dir(), folder
    for name, text in objects.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")


# -- a keychain that a child process reads (benchmarks/file_keyring.py) ---------------------


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a jumpadesk child process: its own data folder and keychain."""
    env = dict(os.environ)
    env.pop("JUMPADESK_DATABASE_URL", None)
    env["JUMPADESK_HOME"] = str(home)
    env[KEYRING_FILE_ENV] = str(home / "keyring.json")
    env["PYTHON_KEYRING_BACKEND"] = "file_keyring.FileKeyring"
    env["PYTHONPATH"] = os.pathsep.join([str(BENCH_DIR), str(ROOT), env.get("PYTHONPATH", "")])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def jumpadesk_command() -> list[str]:
    script = Path(sys.executable).parent / "jumpadesk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "jumpadesk"]


# -- running things as whole processes ----------------------------------------------------


@dataclass
class ProcessRun:
    seconds: float
    peak_mb: float  # the child's maximum resident set size (0: unknown)
    cpu_seconds: float  # user + system time of the child (0: unknown)
    returncode: int
    stdout: str
    stderr: str


def run_measured(argv: Sequence[str], env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> ProcessRun:
    """Run to the end: wall time from spawn to exit and that one child's peak RSS.

    The peak comes from GNU time: a child forked from this (large) process would inherit
    its high-water mark through exec, so wait4's figure would be this process's size.
    Without /usr/bin/time the peak is 0 (unknown)."""
    import shutil
    import tempfile

    gnu_time = shutil.which("time", path="/usr/bin:/usr/local/bin")
    with tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        wrapper = [gnu_time, "-f", "%M %U %S", "-o", str(peak_file)] if gnu_time else []
        t0 = time.perf_counter()
        done = subprocess.run([*wrapper, *argv], env=env, cwd=cwd, capture_output=True,
                              text=True)
        seconds = time.perf_counter() - t0
        peak_kb, cpu = 0.0, 0.0
        if gnu_time and peak_file.exists():
            # the last line is ours; a line before it says when the child failed
            fields = (peak_file.read_text().strip().splitlines() or [""])[-1].split()
            if len(fields) == 3:
                peak_kb, cpu = float(fields[0]), float(fields[1]) + float(fields[2])
        return ProcessRun(seconds, peak_kb * 1024 / 1e6, cpu, done.returncode, done.stdout,
                          done.stderr)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
