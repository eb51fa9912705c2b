"""Time zones found by city and country (issue 21 item 9), from the time zone database's
own tables: the system's, or the tzdata package's where the system has none."""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterator

import pytest

from jumpadesk import language, zones
from jumpadesk.errors import InputError
from jumpadesk.zones import check_zone, search_zones, zone_choices


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    zones._zone_choices.cache_clear()
    zones._zones_of_code.cache_clear()
    yield
    zoneinfo.reset_tzpath()
    zones._zone_choices.cache_clear()
    zones._zones_of_code.cache_clear()


@pytest.mark.parametrize("typed, zone", [
    ("Europe/Berlin", "Europe/Berlin"), ("Berlin", "Europe/Berlin"),
    ("berlin", "Europe/Berlin"), (" BERLIN ", "Europe/Berlin"),
    ("Germany", "Europe/Berlin"), ("de", "Europe/Berlin"), ("New York", "America/New_York"),
    ("new_york", "America/New_York"), ("Zurich", "Europe/Zurich"), ("Zürich", "Europe/Zurich"),
    ("Switzerland", "Europe/Zurich"), ("UK", "Europe/London"), ("Spain", "Europe/Madrid"),
    ("Chile", "America/Santiago"), ("US/Eastern", "US/Eastern"),
])
def test_a_city_a_country_or_a_name_means_one_zone(
    fresh_tables: None, typed: str, zone: str,
) -> None:
    assert check_zone(typed) == zone


def test_a_country_of_several_zones_names_them_and_an_unknown_place_gives_an_example(
    fresh_tables: None,
) -> None:
    with pytest.raises(InputError, match='"United States" has several time zones: '
                                         r"America/New_York \(Eastern \(most areas\)\), "
                                         r".* and 25 more; name one of them."):
        check_zone("United States")
    with pytest.raises(InputError, match='"Mars/Olympus" is not a time zone name; use one '
                                         "like Europe/Berlin, or a city or country such as "
                                         "Berlin or Germany."):
        check_zone("Mars/Olympus")


def test_the_list_puts_the_best_match_first(fresh_tables: None) -> None:
    assert [c.label for c in search_zones("Germany")] == [
        "Berlin, Germany (Europe/Berlin)", "Busingen, Germany (Europe/Busingen)"]
    assert search_zones("york")[0].zone == "America/New_York"
    assert search_zones("")[-1].label == "UTC"
    assert len(search_zones("")) == len(zone_choices()) > 400


def test_without_the_systems_zone_folder_the_tzdata_packages_tables_are_read(
    fresh_tables: None,
) -> None:
    zoneinfo.reset_tzpath(to=[])  # as on Windows: no zone folder, zones from tzdata
    assert search_zones("Zurich")[0].label == "Zurich, Switzerland (Europe/Zurich)"
    assert check_zone("Germany") == "Europe/Berlin"


def test_under_german_a_zone_is_found_by_its_country_in_german(
    fresh_tables: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_LANGUAGE", "de")
    monkeypatch.setattr(language, "_current", [])
    assert check_zone("Deutschland") == "Europe/Berlin"
    assert check_zone("Österreich") == "Europe/Vienna"
    assert check_zone("schweiz") == "Europe/Zurich"
    assert check_zone("Liechtenstein") == "Europe/Vaduz"
    assert check_zone("Großbritannien") == "Europe/London"
    assert check_zone("Germany") == "Europe/Berlin"  # the English name still finds it
    assert [c.label for c in search_zones("Deutschland")] == [
        "Berlin, Deutschland (Europe/Berlin)", "Busingen, Deutschland (Europe/Busingen)"]
    assert search_zones("Spanien")[0].zone == "Europe/Madrid"
    with pytest.raises(InputError, match="\u201eVereinigte Staaten\u201c"):
        check_zone("Vereinigte Staaten")
    listed = {row[0] for row in zones._rows(zones._table_text("iso3166.tab"))}
    assert listed <= set(zones.country_names("de")), listed - set(zones.country_names("de"))
    monkeypatch.setenv("JUMPADESK_LANGUAGE", "en")
    monkeypatch.setattr(language, "_current", [])
    with pytest.raises(InputError, match="not a time zone name"):
        check_zone("Deutschland")
