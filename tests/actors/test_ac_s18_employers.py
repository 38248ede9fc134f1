"""A person's sector and country from their own body, description or lexicon entry.

Invented sentences, hand-parsed (no model). A body named after a place's possessive
("Jo Brin of the UK's Zorvex Police", "a keeper at London's Zorvex College") or opening
an appositive with its own possessive ("Jo Brin, Zorvex Police's keeper of records") is
the person's employer: its sector codes them (CVL before) and its country is theirs
when the text gives none (the story's before). "NAME from <country>" gives the country
as "NAME, from <country>" did. A well-known person's lexicon sector beats a bare
company's title ("Chairman Ben Bernanke" in 2007: GOV, not BUS), and the head of an
international body keeps no country when a country met after the name is no title's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _codes(make_doc: MakeDoc, notation: str, published: str | None = None) -> dict[str, tuple]:
    actors = extract_actors(make_doc(parsed(notation)), published).actors
    return {a.name: (a.country, a.sector) for a in actors}


def test_a_body_after_a_countrys_possessive_employs_the_person(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|8|I-PERSON of|ADP|prep|-1 "
        "the|DET|det|1 UK|PROPN|poss|3|B-GPE 's|PART|case|-1 Zorvex|PROPN|compound|1|B-ORG "
        "Police|PROPN|pobj|-5|I-ORG spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation)["Jo Brin"] == ("GBR", "COP")


def test_an_employer_at_a_citys_possessive_gives_sector_and_country(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|11|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|1 keeper|NOUN|appos|-3 at|ADP|prep|-1 London|PROPN|poss|3|B-GPE "
        "'s|PART|case|-1 Zorvex|PROPN|compound|1|B-ORG College|PROPN|pobj|-5|I-ORG "
        ",|PUNCT|punct|-10 spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation)["Jo Brin"] == ("GBR", "EDU")


def test_an_appositive_opened_by_a_bodys_possessive_names_the_employer(
    make_doc: MakeDoc,
) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|10|I-PERSON ,|PUNCT|punct|-1 "
        "Zorvex|PROPN|compound|1|B-ORG Police|PROPN|poss|2|I-ORG 's|PART|case|-1 "
        "keeper|NOUN|appos|-5 of|ADP|prep|-1 records|NOUN|pobj|-1 ,|PUNCT|punct|-8 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation)["Jo Brin"][1] == "COP"


def test_a_name_from_a_country_takes_it(make_doc: MakeDoc) -> None:
    notation = (
        "Japan|PROPN|nsubj|3|B-GPE and|CCONJ|cc|-1 Japan|PROPN|conj|-2|B-GPE "
        "welcomed|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|dobj|-2|I-PERSON "
        "from|ADP|prep|-1 South|PROPN|compound|1|B-GPE Korea|PROPN|pobj|-2|I-GPE "
        ".|PUNCT|punct|-6"
    )
    assert _codes(make_doc, notation)["Jo Brin"][0] == "KOR"


def test_a_known_leaders_sector_beats_a_bare_company_title(make_doc: MakeDoc) -> None:
    notation = (
        "Chairman|PROPN|compound|2 Ben|PROPN|compound|1|B-PERSON "
        "Bernanke|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation, "2007-05-01")["Ben Bernanke"] == ("USA", "GOV")


def test_the_head_of_an_igo_keeps_no_country_from_a_clause_after(make_doc: MakeDoc) -> None:
    notation = (
        "Mohamed|PROPN|compound|1|B-PERSON ElBaradei|PROPN|npadvmod|5|I-PERSON "
        ",|PUNCT|punct|-1 North|PROPN|compound|1|B-GPE Korea|PROPN|nsubj|2|I-GPE "
        "may|AUX|aux|1 stop|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation, "2005-05-01")["Mohamed ElBaradei"] == (None, "IGO")


def test_a_known_leaders_sector_beats_a_lawyers_title(make_doc: MakeDoc) -> None:
    notation = (
        "Barack|PROPN|compound|1|B-PERSON Obama|PROPN|nsubj|5|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|1 lawyer|NOUN|appos|-3 ,|PUNCT|punct|-4 spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _codes(make_doc, notation, "2010-05-01")["Barack Obama"] == ("USA", "GOV")


def test_a_person_running_for_a_party_is_its_candidate(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|2|I-PERSON is|AUX|aux|1 "
        "running|VERB|ROOT|0 for|ADP|prep|-1 the|DET|det|2 Labour|PROPN|compound|1|B-ORG "
        "Party|PROPN|pobj|-3|I-ORG .|PUNCT|punct|-5"
    )
    assert _codes(make_doc, notation)["Jo Brin"][1] == "PTY"


def test_running_for_office_names_no_party(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON ran|VERB|ROOT|0 "
        "for|ADP|prep|-1 office|NOUN|pobj|-1 .|PUNCT|punct|-3"
    )
    assert _codes(make_doc, notation)["Jo Brin"][1] == "CVL"


def test_a_title_held_for_another_person_codes_the_holder(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "Kim|PROPN|compound|1|B-PERSON Vale|PROPN|poss|2|I-PERSON 's|PART|case|-1 "
        "lawyer|NOUN|appos|-5 ,|PUNCT|punct|-6 spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    codes = _codes(make_doc, notation)
    assert codes["Jo Brin"][1] == "JUD"
    assert codes["Kim Vale"][1] == "CVL"


def test_the_president_a_court_is_led_by_is_a_judge(make_doc: MakeDoc) -> None:
    notation = (
        "The|DET|det|2 Supreme|PROPN|compound|1|B-ORG Court|PROPN|nsubjpass|2|I-ORG "
        "is|AUX|auxpass|1 led|VERB|ROOT|0 by|ADP|agent|-1 President|PROPN|compound|2 "
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|pobj|-3|I-PERSON .|PUNCT|punct|-5"
    )
    assert _codes(make_doc, notation)["Jo Brin"][1] == "JUD"


def test_a_party_led_by_a_prime_minister_leaves_the_office(make_doc: MakeDoc) -> None:
    notation = (
        "The|DET|det|2 Zorvex|PROPN|compound|1|B-ORG Party|PROPN|nsubjpass|2|I-ORG "
        "is|AUX|auxpass|1 led|VERB|ROOT|0 by|ADP|agent|-1 Prime|PROPN|compound|1 "
        "Minister|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|pobj|-4|I-PERSON .|PUNCT|punct|-6"
    )
    assert _codes(make_doc, notation)["Jo Brin"][1] == "GOV"
