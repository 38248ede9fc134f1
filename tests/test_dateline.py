"""Wire datelines: found at the top of a story, kept out of its first sentence and actors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.dateline import find_credits, find_dateline

from .analyzed import analyzed


@pytest.mark.parametrize(
    ("text", "city", "story"),
    [
        ("Talks stall\n\nOSLO, March 4 (Wirepost) - Envoys met.", "Oslo", "Envoys"),
        ("LIMA (AP) — Protesters marched.", "Lima", "Protesters"),
        ("NEW DELHI, India, Jan. 9 (Wirepost) - A court ruled.", "New Delhi", "A court"),
        ("CAIRO -- Police said.", "Cairo", "Police"),
    ],
)
def test_a_dateline_and_where_the_story_starts(text: str, city: str, story: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city(text) == city
    assert text[found.end :].startswith(story)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE - Envoys met.",  # no place
        "Norway - a country of fjords - voted.",  # not upper case
        "Envoys met in Oslo.\nThe talks went on.",  # no dash
        "\n".join(["A line."] * 9) + "\nOSLO - Envoys met.",  # not among the first lines
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_the_dateline_city_is_a_place_and_the_story_keeps_its_subject(nlp: Language) -> None:
    text = (
        "Jets strike depots\n\n"
        "JERUSALEM, Aug 25 - Israeli warplanes bombed fuel depots in the port on Sunday, "
        "the military said."
    )
    analysis = analyzed(nlp, text)
    names = {a.name for a in analysis.actors}
    assert not any("JERUSALEM" in n or "Aug 25" in n for n in names)
    assert "Jerusalem" in {p.name for p in analysis.places}  # as the gazetteer spells it
    bombing = next(e for e in analysis.events if e.trigger.text == "bombed")
    doers = {a.id: a for a in analysis.actors}
    assert [doers[d].country for d in bombing.actors] == ["ISR"]
    assert text[bombing.sentence.start :].startswith("Israeli warplanes bombed")


def test_the_agency_is_no_actor_and_the_city_one_place(nlp: Language) -> None:
    text = (
        "Talks resume\n\n"
        "OSLO (Reuters) - Envoys from Norway and Sweden met in Oslo on Monday, officials said."
    )
    analysis = analyzed(nlp, text)
    assert "Reuters" not in {a.name for a in analysis.actors}
    (oslo,) = (p for p in analysis.places if p.name.casefold() == "oslo")
    assert oslo.name == "Oslo"  # named as the story writes it, not in capitals
    assert [m.text for m in oslo.mentions] == ["OSLO", "Oslo"]
    for m in oslo.mentions:
        assert text[m.start : m.end] == m.text


def test_the_headline_before_a_dateline_keeps_its_actors(nlp: Language) -> None:
    text = (
        "Norway says Swedish envoys met Danish officials\n\n"
        "OSLO (Wirepost) - Envoys met in Oslo on Monday, officials said."
    )
    analysis = analyzed(nlp, text)
    countries = {a.country for a in analysis.actors}
    assert {"NOR", "SWE", "DNK"} <= countries


@pytest.mark.parametrize(
    ("text", "city", "story"),
    [
        # filed from two cities: the first is the dateline's
        ("OSLO/BERGEN, March 4 (Wirepost) - Envoys met.", "Oslo", "Envoys"),
        # a date with its year
        ("LIMA, Peru, March 4, 2031 (AP) — Protesters marched.", "Lima", "Protesters"),
        # an upper-case city is spelled as the gazetteer spells it
        ("PORT-AU-PRINCE, Haiti (AP) — Gangs fled.", "Port-au-Prince", "Gangs"),
    ],
)
def test_wire_dateline_variants(text: str, city: str, story: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city(text) == city
    assert text[found.end :].startswith(story)


def test_a_dateline_city_is_listed_as_the_gazetteer_spells_it(nlp: Language) -> None:
    text = "Jets strike depots\n\nBAMAKO, Aug 25 - Soldiers seized fuel depots on Sunday."
    analysis = analyzed(nlp, text)
    assert [p.name for p in analysis.places if p.name.casefold() == "bamako"] == ["Bamako"]


def test_credit_lines_are_found_whole() -> None:
    credits = [
        "By Ana Ruiz and Tom Berg",
        "(Reporting by Ana Ruiz in Vardo; Additional reporting by Tom Berg; Editing by Lin Oja)",
        "Writing by Tom Berg",
        "Wirepost writer Lin Oja in Vardo contributed to this report.",
        "Ana Ruiz contributed reporting from Vardo.",
        "Wirepost writer Tom Berg contributed to this report from Lisk.",
    ]
    story = "VARDO (Wirepost) - Envoys met on Monday.\n"
    text = credits[0] + "\n\n" + story + "\n".join(credits[1:]) + "\n"
    assert [text[a:b] for a, b in find_credits(text)] == credits


@pytest.mark.parametrize(
    "text",
    [
        "By Monday, troops had left the town.\n",
        "The union, which contributed to the campaign, said nothing.\n",
        "Officials said the editing by the ministry was heavy. Reporting by the press was not.\n",
    ],
)
def test_no_credit_lines(text: str) -> None:
    assert find_credits(text) == ()


@pytest.mark.parametrize(
    ("text", "city", "story"),
    [
        # an agency vouches for a dateline the gazetteer lacks
        ("UNITED NATIONS (AP) — The council voted.", "United Nations", "The council"),
        ("KAFR ZIMAL, Vardo Province (Wirepost) - Troops left.", "Kafr Zimal", "Troops"),
        # the title-case dateline of Agence France-Presse, with its agency only
        ("Talks stall\n\nOslo (AFP) - Envoys met.", "Oslo", "Envoys"),
    ],
)
def test_datelines_with_an_agency(text: str, city: str, story: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city(text) == city
    assert text[found.end :].startswith(story)


@pytest.mark.parametrize(
    "text",
    ["BREAKING (VIDEO) - Envoys met.", "Envoys (Wirepost) - met.", "Oslo - Envoys met.",
     "UPDATE (2) - Envoys met."],
)
def test_no_dateline_without_a_place_or_an_agency(text: str) -> None:
    assert find_dateline(text) is None


def test_an_unknown_dateline_city_is_listed_title_cased(nlp: Language) -> None:
    text = "Talks stall\n\nKAFR ZIMAL, Vardo Province (Wirepost) - Troops left the town."
    analysis = analyzed(nlp, text)
    assert "Kafr Zimal" in {p.name for p in analysis.places}
