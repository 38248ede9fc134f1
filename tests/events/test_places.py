"""Places: gazetteer lookup with disambiguation by the article's countries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.places import (
    article_countries,
    lookup_place,
    resolve_places,
    subdivision_names,
)
from newsgraph.model import Actor, Mention, Place

from ..analyzed import analyzed


def _place(name: str) -> Place:
    return Place(name=name, mentions=(Mention(0, len(name), name, "GPE"),))


def _country_actor(name: str, country: str | None = None) -> Actor:
    return Actor(id="A1", name=name, type="COUNTRY", mentions=(), country=country)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Tehran", "city", "IRN"),
        ("Kiev", "city", "UKR"),  # an alternate name
        ("the United States", "country", "USA"),
        ("Syria", "country", "SYR"),
        ("Georgia", "country", "GEO"),
        ("Texas", "region", "USA"),
        # ISO 3166-2 subdivisions (pycountry): local and English forms
        ("Queensland", "region", "AUS"),
        ("England", "region", "GBR"),
        ("Bavaria", "region", "DEU"),  # pycountry's English name of "Bayern"
        ("Bayern", "region", "DEU"),
        ("Guangdong", "region", "CHN"),  # "Guangdong Sheng" without its admin word
        ("Anbar", "region", "IRQ"),  # "Al Anbār": no article, no diacritics
        ("Khyber Pakhtunkhwa", "region", "PAK"),
        ("Cook County", "region", "USA"),  # a US county
    ],
)
def test_lookup(name: str, kind: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and (entry.kind, entry.country) == (kind, country)


def test_a_city_keeps_its_name_over_the_subdivision_of_its_country() -> None:
    # "Berlin" is also a German Land: the city, with coordinates, keeps the name
    berlin = lookup_place("Berlin")
    assert berlin is not None and berlin.kind == "city" and berlin.latitude is not None


def test_subdivisions_have_a_country_but_no_coordinates() -> None:
    entry = lookup_place("Queensland")
    assert entry is not None
    assert (entry.latitude, entry.longitude, entry.geonameid) == (None, None, None)


@pytest.mark.parametrize(
    ("iso_name", "forms"),
    [
        ("Guangdong Sheng", ["Guangdong Sheng", "Guangdong"]),
        ("Al Anbār", ["Al Anbār", "Anbār", "Al Anbar", "Anbar"]),
        ("Adygeya, Respublika", ["Adygeya, Respublika", "Adygeya"]),
        ("Isle of Wight [Wight GB-IOW]", ["Isle of Wight"]),
        ("Free State", ["Free State"]),  # "Free" is an ordinary word
    ],
)
def test_subdivision_names(iso_name: str, forms: list[str]) -> None:
    assert subdivision_names(iso_name) == forms


@pytest.mark.parametrize("name", ["Most", "Southern", "Free"])
def test_subdivisions_named_with_common_words_are_not_indexed_by_them(name: str) -> None:
    entry = lookup_place(name)
    assert entry is None or entry.kind != "region"


@pytest.mark.parametrize(
    ("name", "country"),
    [("west London", "GBR"), ("southern Lebanon", "LBN"), ("South Wales", "GBR")],
)
def test_a_part_of_a_known_place_is_in_it(name: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("name", ["north east", "south Bankside"])
def test_a_direction_before_an_unknown_or_alternate_name_finds_nothing(name: str) -> None:
    # (the West Bank, whose "Bank" is only an alternate name of a town, is now found as
    # a country name of the actors' lexicon: see test_country_names_and_their_namesakes)
    assert lookup_place(name) is None


@pytest.mark.parametrize(
    ("name", "country", "latitude"),
    [
        ("Springfield, Illinois", "USA", 39.8),  # the state's Springfield
        ("Springfield, Massachusetts", "USA", 42.1),
        ("Paris, Texas", "USA", 33.7),
        ("Winchester, Hampshire", "GBR", 51.1),
        ("Tripoli, Lebanon", "LBN", 34.4),
    ],
)
def test_a_place_and_what_it_is_in(name: str, country: str, latitude: float) -> None:
    entry = lookup_place(name)
    assert entry is not None and entry.country == country
    assert entry.latitude == pytest.approx(latitude, abs=0.1)


@pytest.mark.parametrize(
    ("written", "plain"),
    [("Cote d'Ivoire", "Côte d'Ivoire"), ("Cancun", "Cancún"), ("Sanaa", "Sanaá"),
     ("Coos County", "Coös County")],
)
def test_accents_do_not_matter(written: str, plain: str) -> None:
    entry = lookup_place(written)
    assert entry is not None and entry == lookup_place(plain)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Helmand Province", "region", "AFG"),
        ("Anbar Province", "region", "IRQ"),  # a region under another of its names
        ("County Mayo", "region", "IRL"),
        ("State of Western Australia", "region", "AUS"),
        ("Kandahar City", "city", "AFG"),
        ("Lagos State", "region", "NGA"),  # known only as a city: its region, no outline
        ("North Polk County", "region", "USA"),  # a part of a county
    ],
)
def test_an_administrative_word_around_a_known_name(name: str, kind: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and (entry.kind, entry.country) == (kind, country)


@pytest.mark.parametrize(
    ("name", "town", "admin1"),
    [("D.C.", "Washington", "DC"), ("N.Y.", "Albany", "NY"), ("N.C.", "Charlotte", "NC")],
)
def test_a_state_of_several_words_by_its_dotted_code(name: str, town: str, admin1: str) -> None:
    entry = lookup_place(name)
    assert entry is not None
    assert (entry.kind, entry.country, entry.admin1) == ("region", "USA", admin1)
    city = lookup_place(f"{town}, {name}")  # a city in it is that state's
    assert city is not None and (city.kind, city.admin1) == ("city", admin1)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("NSW", "region", "AUS"), ("Calif.", "region", "USA"), ("Perth, Qld", "city", "AUS")],
)
def test_a_region_abbreviation_of_the_actors_lexicon(name: str, kind: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and (entry.kind, entry.country) == (kind, country)


def test_an_administrative_word_keeps_a_city_to_its_own_name_and_the_story() -> None:
    assert lookup_place("Zhari District") is None  # "Zhari" is only an alternate name abroad
    santos = lookup_place("Santos City")
    assert santos is not None and santos.country == "BRA"
    assert lookup_place("Santos City", {"PHL"}) is None  # "[General] Santos City"


@pytest.mark.parametrize("name", ["Asia", "Africa"])
def test_a_continent_is_no_town(name: str) -> None:
    # GeoNames has a town "Asia" (Philippines) and "Africa" as an old name of Mahdia
    assert lookup_place(name) is None


@pytest.mark.parametrize("name", ["Qwzxv", "", "the"])
def test_unknown_names_find_nothing(name: str) -> None:
    assert lookup_place(name) is None


def test_ambiguous_name_follows_the_article_countries() -> None:
    libya = lookup_place("Tripoli")
    lebanon = lookup_place("Tripoli", {"LBN"})
    assert libya is not None and libya.country == "LBY"
    assert lebanon is not None and lebanon.country == "LBN"
    state = lookup_place("Georgia", {"USA"})
    assert state is not None and state.kind == "region"


def test_resolve_places_adds_country_and_coordinates() -> None:
    resolved = resolve_places([_place("Tripoli"), _place("Qwzxv")], [_country_actor("Lebanon")])
    city, unknown = resolved
    assert (city.country, city.kind) == ("LBN", "city")
    assert city.latitude is not None and 33 < city.latitude < 35
    assert city.geonameid is not None
    assert unknown == _place("Qwzxv")


def test_countries_come_from_actor_codes_and_names() -> None:
    actors = [_country_actor("Iraq"), _country_actor("Someone", "SYR")]
    assert article_countries(actors) == {"IRQ", "SYR"}


@pytest.mark.parametrize(
    ("sentence", "trigger", "location"),
    [
        # a visit happens where it goes
        ("The minister's surprise visit to Baghdad lasted a day.", "visit", "Baghdad"),
        ("The senator made a short trip to Moscow last spring.", "trip", "Moscow"),
        # a city naming the act is its venue; a country there is rather the doer
        ("Nobody has claimed the Madrid bombings yet.", "bombings", "Madrid"),
        ("A US airstrike destroyed the depot.", "airstrike", None),
        # through a place that is no place name, a relative pronoun, or a coordinated act
        ("Police detained the editor at a cafe in Nairobi.", "detained", "Nairobi"),
        ("In Kandahar, which was shelled twice in May, ten people died.", "shelled", "Kandahar"),
        ("Gunmen killed two guards and wounded a driver in Kandahar.", "killed", "Kandahar"),
        # other acts aimed "to" a place did not happen there
        ("The council appealed to Spain for help.", "appealed", None),
    ],
)
def test_a_visit_or_a_venue_is_the_location(
    nlp: Language, sentence: str, trigger: str, location: str | None
) -> None:
    analysis = analyzed(nlp, sentence)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert event.location == location


def test_a_metropolis_abroad_beats_a_namesake_town_at_home() -> None:
    # a US story's "Rome" is Rome, Italy, not a Georgia town of 36,000 ...
    assert lookup_place("Rome", {"USA"}).country == "ITA"  # type: ignore[union-attr]
    # ... unless the story names the town's state
    assert lookup_place("Rome", {"USA"}, {("USA", "GA")}).country == "USA"  # type: ignore[union-attr]
    # a home city of its own size stays; an old alternate name of a metropolis never wins
    assert lookup_place("Birmingham", {"USA"}).country == "USA"  # type: ignore[union-attr]
    assert lookup_place("Berea", {"USA"}).country == "USA"  # type: ignore[union-attr]


def test_a_region_the_story_names_keeps_its_town() -> None:
    ohio = Place(name="Ohio", mentions=())
    lima = Place(name="Lima", mentions=())
    nurses = (Actor(id="A1", name="National Nurses Union", type="ORG", mentions=(), country="USA"),)
    assert resolve_places((lima, ohio), nurses)[0].country == "USA"
    assert resolve_places((lima,), nurses)[0].country == "PER"


@pytest.mark.parametrize(
    ("name", "countries", "country", "kind"),
    [
        # country names GeoNames lacks come from the actors' country lexicon
        ("West Bank", {"ISR"}, "PSE", "country"),
        ("Britain", set(), "GBR", "country"),
        ("Burma", set(), "MMR", "country"),
        # a country beats a town of the story's own country ...
        ("Palestine", {"USA"}, "PSE", "country"),
        ("Lebanon", {"USA"}, "LBN", "country"),
        # ... but not a state of it
        ("Georgia", {"USA"}, "USA", "region"),
        # a name the lexicon gives a country means that country's place
        ("Gaza", set(), "PSE", "city"),
    ],
)
def test_country_names_and_their_namesakes(
    name: str, countries: set[str], country: str, kind: str
) -> None:
    entry = lookup_place(name, countries)
    assert entry is not None and (entry.country, entry.kind) == (country, kind)
