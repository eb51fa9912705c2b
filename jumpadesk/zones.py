"""Time zone names: the computer's own, one a person typed, checked, and the zones found
by a city or a country.

Low in the house on purpose: the store's first sub-account is made in the computer's
zone by a migration (models/migrations/versions/0006_store_version.py), and the
services check the zones people type.

Python knows zones by IANA name ("Europe/Berlin") and has no table of countries; the
time zone database ships one beside its zones: `zone.tab` (each zone with its country
code and a note) and `iso3166.tab` (each code's country name). They are read from the
system's zone folders (zoneinfo.TZPATH) or, where there are none (Windows), from the
tzdata package; without either, zones are found by name and city only. Under another
language the countries are named in it too, from `resources/translations/countries_<code>.tsv`
beside that language's catalogue ("Deutschland"), and found by either name.
"""

from __future__ import annotations

import logging
import unicodedata
import zoneinfo
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jumpadesk.config import resource_path
from jumpadesk.errors import InputError
from jumpadesk.language import SOURCE, current, translate

log = logging.getLogger("jumpadesk.zones")

#: Names people use for a country that the table words otherwise.
COUNTRY_ALIASES = {"united kingdom": "GB", "uk": "GB", "great britain": "GB",
                   "england": "GB", "usa": "US", "south korea": "KR", "holland": "NL",
                   "grossbritannien": "GB", "vereinigte staaten von amerika": "US",
                   "amerika": "US", "tschechische republik": "CZ"}


def system_timezone() -> str:
    """The computer's IANA zone name; UTC only when the system has none."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except Exception:  # an unreadable system zone is not a reason to refuse to start
        log.warning("could not read the system time zone; using UTC")
    return "UTC"


@dataclass(frozen=True)
class ZoneChoice:
    """A zone as a person looks for it: by its city, its country or its name."""

    zone: str  # the IANA name: "America/New_York"
    city: str  # "New York"
    country: str = ""  # "United States" ("" where the table has none, as for UTC)
    note: str = ""  # the table's note where a country has several: "Eastern (most areas)"
    #: The country as the table names it, in English, when `country` is in another language.
    country_in_english: str = ""

    def names_country(self, key: str) -> bool:
        """Whether `key` (compared plainly) is this zone's country, in either language."""
        return key in (_plain(self.country), _plain(self.country_in_english))

    @property
    def label(self) -> str:
        """"New York, United States (America/New_York)"; "UTC"."""
        if self.zone == self.city:
            return self.zone
        place = f"{self.city}, {self.country}" if self.country else self.city
        return f"{place} ({self.zone})"


def _plain(text: str) -> str:
    """Lower case, without accents, "_" and "-" as spaces: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("_", " ").replace("-", " ").split())


def _table_text(name: str) -> str | None:
    """One of the time zone database's tables, from the system or the tzdata package."""
    for folder in zoneinfo.TZPATH:
        try:
            return (Path(folder) / name).read_text(encoding="utf-8")
        except OSError:
            continue
    try:
        from importlib.resources import files

        return files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ImportError, OSError):
        return None


def _rows(text: str | None) -> list[list[str]]:
    return [line.split("\t") for line in (text or "").splitlines()
            if line.strip() and not line.startswith("#")]


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


@cache
def country_names(code: str) -> dict[str, str]:
    """The countries in a language, by ISO code ("DE": "Deutschland"); empty for English
    and for a language without its table."""
    if code == SOURCE:
        return {}
    try:
        text = resource_path("translations", f"countries_{code}.tsv").read_text(
            encoding="utf-8")
    except OSError:
        return {}
    return {row[0]: row[1] for row in _rows(text) if len(row) > 1}


def zone_choices() -> tuple[ZoneChoice, ...]:
    """Every zone to choose from, in the table's order (by country), UTC last: the zones
    of zone.tab with their country (named in the current language), or without the table
    every zone Python has."""
    return _zone_choices(current())


@cache
def _zone_choices(code: str) -> tuple[ZoneChoice, ...]:
    countries = {row[0]: row[1] for row in _rows(_table_text("iso3166.tab")) if len(row) > 1}
    said = country_names(code)
    available = zoneinfo.available_timezones()
    found = [ZoneChoice(row[2], _city(row[2]),
                        said.get(row[0]) or countries.get(row[0], row[0]),
                        row[3] if len(row) > 3 else "",
                        countries.get(row[0], row[0]) if row[0] in said else "")
             for row in _rows(_table_text("zone.tab"))
             if len(row) > 2 and row[2] in available]
    if not found:
        log.info("no zone.tab: time zones are found by name and city only")
        found = [ZoneChoice(z, _city(z)) for z in sorted(available)
                 if not z.startswith(("Etc/", "SystemV/")) and z not in ("UTC", "Factory")]
    return (*found, ZoneChoice("UTC", "UTC"))


def search_zones(text: str) -> list[ZoneChoice]:
    """The zones `text` may mean, best first: its name or city exactly ("Europe/Berlin",
    "berlin", "New York"), its country ("Germany", in the table's order), then cities,
    countries and names that start with it or contain it. Nothing typed: every zone."""
    key = _plain(text)
    if not key:
        return list(zone_choices())
    alias = _country_code(key)
    tiers: list[list[ZoneChoice]] = [[], [], [], []]
    for choice in zone_choices():
        city, country = _plain(choice.city), _plain(choice.country)
        english = _plain(choice.country_in_english)
        if key in (_plain(choice.zone), city):
            tiers[0].append(choice)
        elif choice.names_country(key) or (alias and choice.zone in _zones_of_code(alias)):
            tiers[1].append(choice)
        elif city.startswith(key) or country.startswith(key) or f" {key}" in f" {city}" \
                or (english and english.startswith(key)):
            tiers[2].append(choice)
        elif key in _plain(choice.label):
            tiers[3].append(choice)
    return [choice for tier in tiers for choice in tier]


def _country_code(key: str) -> str:
    """The country code a typed word names by another name ("uk", "usa") or by its code
    ("de", "us"); "" otherwise."""
    return COUNTRY_ALIASES.get(key) or (key.upper() if len(key) == 2 else "")


@cache
def _zones_of_code(code: str) -> frozenset[str]:
    return frozenset(row[2] for row in _rows(_table_text("zone.tab"))
                     if len(row) > 2 and row[0] == code)


def check_zone(name: str) -> str:
    """The IANA name `name` means: itself when it is one; else the one zone whose city
    it names ("Berlin", "new york", "Zürich"), or the zone of the country it names (its
    only one, or the one the table calls most of it: "most of Germany", "Spain
    (mainland)"); else InputError, naming the zones to choose from when it could be
    several."""
    name = name.strip()
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "Chile" is a folder of zones
        pass
    key = _plain(name)
    found = search_zones(name) if key else []
    by_city = [c for c in found if _plain(c.city) == key]
    by_country = [c for c in found if c.names_country(key)
                  or c.zone in _zones_of_code(_country_code(key))]
    main = [c for c in by_country if _plain(c.note).startswith("most of")
            or _plain(c.note).endswith("(mainland)")]
    for candidates in (by_city, main if len(main) == 1 else by_country):
        if len(candidates) == 1:
            return candidates[0].zone
        if len(candidates) > 1:
            named = [c.zone + (f" ({c.note})" if c.note else "") for c in candidates[:4]]
            said = translate("errors", "\"{name}\" has several time zones: {zones} and {more} "
                                       "more; name one of them.") if len(candidates) > 4 \
                else translate("errors", "\"{name}\" has several time zones: {zones}; name one "
                                         "of them.")
            raise InputError(said.format(name=name, zones=", ".join(named),
                                         more=len(candidates) - 4))
    raise InputError(translate("errors", "\"{name}\" is not a time zone name; use one like "
                                         "Europe/Berlin, or a city or country such as Berlin "
                                         "or Germany.").format(name=name))
