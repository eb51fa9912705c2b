"""jumpadesk.terminal: a printed line shows words only; --json keeps every character."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from jumpadesk.terminal import BIDI_CONTROLS, json_text, line

EVERY_BIDI_CONTROL = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def acted_on(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text
            if c in EVERY_BIDI_CONTROL or unicodedata.category(c) == "Cc"
            or c in "\u2028\u2029"]


def test_the_issue_s_bidirectional_controls_are_all_known() -> None:
    assert set(EVERY_BIDI_CONTROL) == set(BIDI_CONTROLS)


def test_a_line_keeps_the_words_and_drops_what_a_terminal_acts_on() -> None:
    assert line("Dentist \u202eeerf\u202c (Home)") == "Dentist eerf (Home)"
    shalom = "\u05e9\u05dc\u05d5\u05dd"
    assert line(f"\u2067{shalom}\u2069 Work & Home") == f"{shalom} Work & Home"
    assert line("a\x1b[2Jb\x07c\x08d\x00e\x7ff\x9bg") == "a[2Jbcdefg"
    # A line break is a space: one print, one line.
    assert line("Haircut\nTue 09:00 free\r\tx\u2028y\x85z") == "Haircut Tue 09:00 free  x y z"
    # What only changes how a word looks stays: emoji joiners, soft hyphens, accents.
    kept = "Fam\u00adily \U0001F468\u200d\U0001F469 caf\u00e9 \u200bx"
    assert line(kept) == kept


def test_json_keeps_the_text_and_escapes_what_a_terminal_acts_on() -> None:
    data = [{"title": "Dentist \u202eeerf\u2069\x1b[2J\r\nnext\x85\u2028\x7f", "n": 1}]
    text = json_text(data)
    assert json.loads(text) == data
    assert acted_on(text.replace("\n", "")) == []
    assert "\\u202e" in text and "\\u2069" in text and "\\u0085" in text
    assert "\\u2028" in text and "\\u007f" in text and "\\u001b" in text
    assert "caf\u00e9" in json_text("caf\u00e9")  # the rest stays readable, not \u-escaped


@given(st.text())
def test_any_text_prints_as_one_line_of_words(text: str) -> None:
    printed = line(text)
    assert acted_on(printed) == [] and "\n" not in printed
    # Nothing else is lost: every other character is there, in its order.
    assert [c for c in printed if c != " "] == [c for c in text if c != " " and not acted_on(c)]


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                    max_leaves=8))
def test_any_json_reads_back_the_same_and_holds_nothing_a_terminal_acts_on(data: object) -> None:
    text = json_text(data)
    assert json.loads(text) == data
    assert acted_on(text.replace("\n", "")) == []
