"""Which language the person reads, and sentences from its catalogue (issue 22)."""

from __future__ import annotations

import pytest

from jumpadesk import language


@pytest.fixture(autouse=True)
def _fresh_choice(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("JUMPADESK_HOME", str(tmp_path))
    monkeypatch.delenv("JUMPADESK_LANGUAGE", raising=False)
    language._current.clear()
    yield
    language._current.clear()


@pytest.mark.parametrize(("env", "code"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "de_AT.UTF-8"}, "de"),
    ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LC_ALL": "C"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_system_language_follows_posix_order(env: dict[str, str], code: str) -> None:
    assert language.system_language(env) == code


def test_german_is_offered_and_named_in_german() -> None:
    assert language.available()[0] == "en"
    assert "de" in language.available()
    assert language.native_name("de") == "Deutsch"
    assert language.native_name("en") == "English"


def test_a_language_without_a_catalogue_falls_back_to_english() -> None:
    assert language.resolve("system", "fr") == "en"
    assert language.resolve("system", "de") == "de"
    assert language.resolve("en", "de") == "en"


def test_the_saved_choice_wins_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert language.current() == "de"
    assert language.translate("language", "English") == "Deutsch"
    language.save_choice("en")
    language._current.clear()
    assert language.current() == "en"
    assert language.translate("language", "English") == "English"


def test_an_untranslated_sentence_stays_english() -> None:
    language.use("de")
    assert language.translate("nowhere", "Not in any catalogue, {n} times.") == \
        "Not in any catalogue, {n} times."
    assert language.translate("nowhere", "%n appointments", n=3) == "3 appointments"


def test_the_choice_file_is_private(tmp_path) -> None:
    language.save_choice("de")
    assert ((tmp_path / language.LANGUAGE_SETTINGS).stat().st_mode & 0o077) == 0
    with pytest.raises(ValueError):
        language.save_choice("../../etc")


def test_the_language_menu_names_german_without_reading_its_catalogue() -> None:
    """Under English, naming "Deutsch" in View > Language parses no catalogue: the XML
    reader is never even imported."""
    import subprocess
    import sys

    script = ("import sys\nfrom jumpadesk import language\nlanguage.use('en')\n"
              "print([language.native_name(c) for c in language.available()])\n"
              "print('xml.etree.ElementTree' in sys.modules)\n")
    said = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, timeout=60).stdout.splitlines()
    assert said == ["['English', 'Deutsch']", "False"]
