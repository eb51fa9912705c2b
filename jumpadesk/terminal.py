"""Text from servers, printed on a terminal as the words it is and nothing more.

Whoever sends the owner an invitation chooses its title, and a server chooses its
calendars' names and its error messages. Such text can carry characters a terminal
acts on instead of showing:

- Unicode's bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F,
  U+061C), which turn the rest of a line around: "busy" can read as "free", the
  appointment's time as another;
- control characters: an escape sequence that moves the cursor, recolours or clears
  the screen or retitles the window, a carriage return that writes over the line,
  a backspace that erases what came before it;
- line breaks (newline, tab, vertical tab, form feed, NEL, U+2028, U+2029), which
  make one event read as two lines, the second one invented.

`line` takes the first two out of everything the command line prints and makes each
line break a space: one print is one line. `json_text` keeps every character for
programs (`--json`): JSON escapes control characters already, and here the
bidirectional ones, DEL, C1 and U+2028/U+2029 are written as \\u escapes too, so the
JSON decodes to the very same text but shows nothing a terminal acts on.

Other invisible characters (zero-width joiners in emoji, soft hyphens) are kept: they
change how a word looks, never where the line goes.
"""

from __future__ import annotations

import json
from typing import Any

BIDI_CONTROLS = ("\u061c\u200e\u200f"
                 "\u202a\u202b\u202c\u202d\u202e"
                 "\u2066\u2067\u2068\u2069")
LINE_BREAKS = "\n\r\t\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029"
#: C0, DEL and C1.
CONTROL_CHARACTERS = "".join(chr(c) for c in (*range(0x20), *range(0x7f, 0xa0)))

_LINE_TABLE: dict[int, str | None] = {ord(c): None for c in BIDI_CONTROLS + CONTROL_CHARACTERS}
_LINE_TABLE.update({ord(c): " " for c in LINE_BREAKS})

#: Raw in json.dumps(..., ensure_ascii=False) output, inside strings only (C0 is escaped
#: by json itself; a raw newline there is the indentation's).
_JSON_TABLE = {ord(c): f"\\u{ord(c):04x}"
               for c in BIDI_CONTROLS + "\x7f" + "".join(map(chr, range(0x80, 0xa0)))
               + "\u2028\u2029"}


def line(text: str) -> str:
    """`text` as one line a terminal only shows: no bidirectional or control
    characters, each line break a space."""
    return text.translate(_LINE_TABLE)


def json_text(data: Any) -> str:
    """`data` as indented JSON, every character of its text kept, none a terminal acts
    on (written as \\u escapes)."""
    return json.dumps(data, indent=2, ensure_ascii=False).translate(_JSON_TABLE)


__all__ = ["BIDI_CONTROLS", "CONTROL_CHARACTERS", "LINE_BREAKS", "json_text", "line"]
