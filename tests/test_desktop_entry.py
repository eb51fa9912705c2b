"""The Linux application-menu entry: `jumpadesk --install-desktop-entry` run for real, into
a temporary $XDG_DATA_HOME, and read back the way a menu reads it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from jumpadesk import __version__
from jumpadesk.desktop_entry import (
    DESKTOP_ID,
    ICON_SIZES,
    data_home,
    desktop_entry_text,
    exec_argument,
    install,
    remember_offered,
    should_offer,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the application-menu entry is for Linux")


def run_jumpadesk(*args: str, data: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data), "JUMPADESK_HOME": str(tmp_path / "home")}
    return subprocess.run([sys.executable, "-m", "jumpadesk", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def read_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group's keys, as a menu reads them."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys: dict[str, str] = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        assert not line.startswith("["), "one group only"
        key, _, value = line.partition("=")
        assert key not in keys, f"{key} twice"
        keys[key] = value
    return keys


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_install_writes_a_valid_entry_and_icons_into_xdg_data_home(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_jumpadesk("--install-desktop-entry", data=data, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / f"{DESKTOP_ID}.desktop"
    assert done.stdout.startswith(f"Added jumpadesk to the application menu: {entry}")

    keys = read_entry(entry)
    assert keys["Type"] == "Application"
    assert keys["Name"] == "jumpadesk"
    assert keys["Icon"] == DESKTOP_ID
    assert keys["Terminal"] == "false"
    assert keys["Categories"] == "Office;Calendar;"
    assert keys["StartupWMClass"] == DESKTOP_ID
    assert keys["X-Jumpadesk-Version"] == __version__
    # Run from the virtual environment, it starts the environment's `jumpadesk` script.
    script = Path(sys.executable).with_name("jumpadesk")
    assert keys["Exec"] == exec_argument(str(script.absolute()))
    assert os.access(script, os.X_OK)

    hicolor = data / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png") == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_text().lstrip().startswith(
        ("<svg", "<?xml"))

    validator = shutil.which("desktop-file-validate")
    if validator:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_installing_again_rewrites_the_same_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = install(data)
    contents = {p: p.read_bytes() for p in files_under(data)}
    second = install(data)
    assert sorted(first) == sorted(second)
    assert {p: p.read_bytes() for p in files_under(data)} == contents
    assert set(first) == set(contents)


def test_uninstall_removes_only_what_install_wrote(tmp_path: Path) -> None:
    data = tmp_path / "data"
    other_entry = data / "applications" / "someone-else.desktop"
    other_icon = data / "icons" / "hicolor" / "48x48" / "apps" / "someone-else.png"
    for path in (other_entry, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not ours")

    install(data)
    done = run_jumpadesk("--uninstall-desktop-entry", data=data, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Removed jumpadesk from the application menu")
    assert files_under(data) == {other_entry, other_icon}

    again = run_jumpadesk("--uninstall-desktop-entry", data=data, tmp_path=tmp_path)
    assert again.returncode == 0
    assert again.stdout.strip() == "jumpadesk was not in the application menu."


def test_exec_quotes_a_path_with_spaces_and_reserved_characters() -> None:
    assert exec_argument("/opt/jumpadesk/jumpadesk") == "/opt/jumpadesk/jumpadesk"
    # Quoted, `$` escaped inside the quotes, then backslashes doubled for the string value.
    assert exec_argument("/home/ann/My Apps/$x/jumpadesk") == \
        '"/home/ann/My Apps/\\\\$x/jumpadesk"'
    assert exec_argument("/opt/100%/jumpadesk") == "/opt/100%%/jumpadesk"
    text = desktop_entry_text(["/home/ann/My Apps/jumpadesk", "--debug"])
    assert 'Exec="/home/ann/My Apps/jumpadesk" --debug\n' in text


def test_a_relative_xdg_data_home_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "abs"))
    assert data_home() == tmp_path / "abs"


def test_the_bundle_offers_the_entry_once_and_not_when_it_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("JUMPADESK_HOME", str(tmp_path / "home"))
    assert not should_offer(frozen=False)  # a checkout never asks
    assert should_offer(frozen=True)
    remember_offered()
    assert not should_offer(frozen=True)

    monkeypatch.setenv("JUMPADESK_HOME", str(tmp_path / "other-home"))
    install()
    assert not should_offer(frozen=True)
