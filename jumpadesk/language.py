"""The person's own language (issue 22): which one, and the sentences in it.

One catalogue per language, `resources/translations/jumpadesk_<code>.ts` (Qt Linguist's
format): `pyside6-lupdate` fills it from every `translate(...)` and `self.tr(...)` in the
package, `pyside6-lrelease` compiles it for the window's QTranslator, and the code below
the window (the command line, the services' sentences) reads the same file directly, so
adding a language is adding one file.

Which language: `JUMPADESK_LANGUAGE`, else the choice saved in the data folder
(`language.json`: "system", or a code), else the system's (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG, as POSIX orders them). English is the source language and the fallback for any
sentence a catalogue does not have yet.

Placeholders are Python's named fields (`{name}`), so a translation may put them in
another order; `%n` is the count in a plural (`n=`), as in Qt.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jumpadesk.config import home_dir, resource_path, write_private_text

SOURCE = "en"
SYSTEM = "system"
#: In the data folder: the language chosen in the window (no other setting lives there).
LANGUAGE_SETTINGS = "language.json"
_CODE = re.compile(r"^[a-z]{2,3}$")
#: Where the environment names the language, in the order POSIX reads them.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def catalogue_folder() -> Path:
    return resource_path("translations")


def catalogue_path(code: str) -> Path:
    return catalogue_folder() / f"jumpadesk_{code}.ts"


def available() -> tuple[str, ...]:
    """Every language there is a catalogue for, English first."""
    found = sorted(path.stem.removeprefix("jumpadesk_")
                   for path in catalogue_folder().glob("jumpadesk_*.ts"))
    return (SOURCE, *(code for code in found if _CODE.match(code) and code != SOURCE))


def system_language(environ: dict[str, str] | None = None) -> str:
    """The system's language as a two- or three-letter code ("de"), English if unknown."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in ("c", "posix"):
                break
            if _CODE.match(code):
                return code
        if value:
            break
    return SOURCE


def saved_choice() -> str:
    """What the person chose in the window: "system" or a language's code."""
    try:
        saved = json.loads((home_dir() / LANGUAGE_SETTINGS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SYSTEM
    choice = saved.get("language") if isinstance(saved, dict) else None
    return choice if isinstance(choice, str) and (choice == SYSTEM or _CODE.match(choice)) \
        else SYSTEM


def save_choice(choice: str) -> None:
    """Keep the person's choice for the next start ("system" or a code)."""
    if choice != SYSTEM and not _CODE.match(choice):
        raise ValueError(f"not a language: {choice!r}")
    write_private_text(home_dir() / LANGUAGE_SETTINGS, json.dumps({"language": choice}))


def resolve(choice: str, system: str) -> str:
    """The language a choice means here: a catalogue's language, else English."""
    code = system if choice == SYSTEM else choice
    return code if code in available() else SOURCE


_current: list[str] = []


def current() -> str:
    """The language sentences are said in now."""
    if not _current:
        _current.append(decide())
    return _current[0]


def decide(reported: str | None = None) -> str:
    """The language to speak: JUMPADESK_LANGUAGE, else the saved choice, else the
    system's: the environment's, or `reported` (the desktop's locale, as the window reads
    it from Qt) when the environment names none."""
    forced = os.environ.get("JUMPADESK_LANGUAGE", "").strip().lower()
    choice = forced or saved_choice()
    system = system_language()
    if reported and system == SOURCE and not any(os.environ.get(name)
                                                 for name in LOCALE_VARIABLES):
        system = reported
    return resolve(choice, system)


def use(code: str) -> None:
    """Say sentences in this language from now on (the window, once it knows)."""
    _current[:] = [code if code in available() else SOURCE]


@dataclass
class Catalogue:
    """One language's sentences: (context, source, disambiguation) to its forms."""

    code: str
    entries: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    def plural_index(self, n: int) -> int:
        if self.code in ("fr", "pt"):
            return 0 if n in (0, 1) else 1
        return 0 if n == 1 else 1


@cache
def catalogue(code: str) -> Catalogue:
    """Read a language's .ts file (finished translations only)."""
    book = Catalogue(code)
    path = catalogue_path(code)
    if not path.exists():  # English has a file only for its plurals, if at all
        return book
    # The XML reader loads only here: a process speaking English never reads a catalogue.
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if not forms:
                forms = (translation.text or "",)
            if any(forms):
                book.entries[(name, source, comment)] = forms
    return book


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`text` in the current language (the name `translate` is what pyside6-lupdate
    finds); `%n` becomes `n` when a count is given."""
    forms = catalogue(current()).entries.get((context, text, disambiguation or ""))
    if forms:
        said = forms[min(catalogue(current()).plural_index(n), len(forms) - 1)] \
            if n >= 0 else forms[0]
    else:
        said = text
    return said.replace("%n", str(n)) if n >= 0 else said


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Say sentences in `code` for a while (machine output, such as --json, in English)."""
    before = current()
    _current[:] = [code]
    try:
        yield
    finally:
        _current[:] = [before]


def counted(n: int, one: str, many: str) -> str:
    """A count in words by the language's plural rule: `one` ("%n day") or `many` ("%n
    days"), each already translated, `%n` the count (wording.counted, for the layers below
    the words)."""
    return (one if catalogue(current()).plural_index(n) == 0 else many).replace("%n", str(n))


#: Languages' names in themselves, so the language menu names them without reading their
#: catalogues; a language not here is named by its catalogue's entry for "English".
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Fran\u00e7ais", "es": "Espa\u00f1ol",
                "it": "Italiano", "nl": "Nederlands", "pt": "Portugu\u00eas", "da": "Dansk",
                "sv": "Svenska", "nb": "Norsk bokm\u00e5l", "fi": "Suomi", "pl": "Polski",
                "cs": "\u010ce\u0161tina", "tr": "T\u00fcrk\u00e7e"}


def native_name(code: str) -> str:
    """A language's name in itself ("Deutsch"), as the language menu lists it."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    if code == current():
        return translate("language", "English")  # each catalogue names its language here
    forms = catalogue(code).entries.get(("language", "English", ""))
    return forms[0] if forms else code
