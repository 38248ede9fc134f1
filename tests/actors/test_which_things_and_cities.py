"""Which names are participants: programmes, schemes, numbered texts and capitals named as cities.

Invented sentences, hand-parsed (no model). Each case that must find nothing failed
before these rules: a programme or a resolution was an organization, and a capital
after "the suburbs of" or "a trip to" stood for its country's government.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import Row, parsed

MakeDoc = Callable[..., Doc]

_CASES = [
    pytest.param(
        parsed(
            "Officials|NOUN|nsubj|1 praised|VERB|ROOT|0 the|DET|det|3 "
            "Zorvex|PROPN|compound|2|B-ORG Relief|PROPN|compound|1|I-ORG "
            "Programme|PROPN|dobj|-4|I-ORG .|PUNCT|punct|-5"
        ),
        [],
        [],
        id="a_programme_is_no_organization",
    ),
    pytest.param(
        parsed(
            "The|DET|det|1 Ardmore|PROPN|compound|1|B-ORG Scheme|PROPN|nsubj|1|I-ORG "
            "ended|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        [],
        [],
        id="a_scheme_is_no_organization_even_as_a_subject",
    ),
    pytest.param(
        parsed(
            "Delegates|NOUN|nsubj|1 cited|VERB|ROOT|0 Resolution|PROPN|dobj|-1|B-ORG "
            "4417|NUM|nummod|-1|I-ORG .|PUNCT|punct|-3"
        ),
        [],
        [],
        id="a_numbered_resolution_is_a_text",
    ),
    pytest.param(
        parsed(
            "=The|X|dep|1 interview=|PROPN|compound|1|B-ORG Introduction|PROPN|ROOT|0|I-ORG "
            "to|ADP|prep|-1 farming|NOUN|pobj|-1 :|PUNCT|punct|-3"
        ),
        [],
        [],
        id="wiki_heading_markup_is_no_name",
    ),
    pytest.param(
        parsed(
            "Is|AUX|ROOT|0 it|PRON|nsubj|-1 a|DET|det|2 farm|NOUN|compound|1 "
            "policy?:JD|PROPN|attr|-4|B-GPE I|PRON|nsubj|1 think|VERB|ccomp|-6 so|ADV|advmod|-1"
        ),
        [],
        [],
        id="an_interview_turn_marker_is_no_name",
    ),
    pytest.param(
        parsed(
            "Donors|NOUN|nsubj|1 gave|VERB|ROOT|0 $|SYM|nmod|1 40|NUM|dobj|-2 (|PUNCT|punct|1 "
            "USD|PROPN|appos|-2|B-ORG )|PUNCT|punct|-1 .|PUNCT|punct|-6"
        ),
        [],
        [],
        id="a_currency_code_is_no_organization",
    ),
    pytest.param(
        parsed(
            "Markets|NOUN|nsubj|1 fell|VERB|ROOT|0 and|CCONJ|cc|-1 the|DET|det|1 "
            "FTSE|PROPN|nsubj|1|B-ORG lost|VERB|conj|-4 .|PUNCT|punct|-5"
        ),
        [],
        [],
        id="a_stock_index_is_no_organization",
    ),
    pytest.param(
        parsed(
            "Villagers|NOUN|nsubj|1 left|VERB|ROOT|0 Kam|PROPN|compound|1|B-PERSON "
            "Tula|PROPN|compound|1|I-PERSON village|NOUN|dobj|-3 .|PUNCT|punct|-4"
        ),
        [],
        ["Kam Tula"],
        id="a_name_modifying_a_village_is_the_village",
    ),
    pytest.param(
        parsed(
            "Voters|NOUN|nsubj|1 attended|VERB|ROOT|0 a|DET|det|4 Jo|PROPN|compound|1|B-PERSON "
            "Doe|PROPN|compound|2|I-PERSON town|NOUN|compound|1 hall|NOUN|dobj|-5 "
            ".|PUNCT|punct|-6"
        ),
        ["Jo Doe"],
        [],
        id="a_person_before_a_town_hall_stays_a_person",
    ),
    pytest.param(
        parsed(
            "Riots|NOUN|nsubj|1 spread|VERB|ROOT|0 through|ADP|prep|-1 the|DET|det|1 "
            "suburbs|NOUN|pobj|-2 of|ADP|prep|-1 Paris|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
        ),
        [],
        ["Paris"],
        id="the_suburbs_of_a_capital_are_the_city",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|1|I-PERSON cancelled|VERB|ROOT|0 "
            "a|DET|det|1 trip|NOUN|dobj|-2 to|ADP|prep|-1 Warsaw|PROPN|pobj|-1|B-GPE "
            ".|PUNCT|punct|-5"
        ),
        ["Jo Doe"],
        ["Warsaw"],
        id="a_trip_to_a_capital_goes_to_the_city",
    ),
    pytest.param(
        parsed(
            "Crowds|NOUN|nsubj|1 met|VERB|ROOT|0 in|ADP|prep|-1 the|DET|det|1 "
            "capital|NOUN|pobj|-2 of|ADP|prep|-1 Nairobi|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
        ),
        [],
        ["Nairobi"],
        id="the_capital_of_x_is_the_city",
    ),
    pytest.param(
        parsed(
            "Sanctions|NOUN|nsubjpass|3 on|ADP|prep|-1 Tehran|PROPN|pobj|-1|B-GPE "
            "were|AUX|auxpass|1 lifted|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        ["Iran"],
        [],
        id="a_capital_acted_upon_still_stands_for_its_country",
    ),
    pytest.param(
        parsed(
            "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|1|I-PERSON sent|VERB|ROOT|0 "
            "a|DET|det|1 letter|NOUN|dobj|-2 to|ADP|prep|-3 Moscow|PROPN|pobj|-1|B-GPE "
            ".|PUNCT|punct|-6"
        ),
        ["Jo Doe", "Russia"],
        [],
        id="a_letter_to_a_capital_is_to_its_government",
    ),
]


@pytest.mark.parametrize(("rows", "actors", "places"), _CASES)
def test_which_names_are_participants(
    make_doc: MakeDoc, rows: list[Row], actors: list[str], places: list[str]
) -> None:
    result = extract_actors(make_doc(rows))
    assert [a.name for a in result.actors] == actors
    assert [p.name for p in result.places] == places


def test_a_programme_named_after_a_person_yields_no_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Donors|NOUN|nsubj|1 gave|VERB|ROOT|0 to|ADP|prep|-1 the|DET|det|5 "
        "Maria|PROPN|compound|4 Lopez|PROPN|compound|3 Heart|PROPN|compound|2 "
        "Research|PROPN|compound|1 Program|PROPN|pobj|-6 .|PUNCT|punct|-8"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == []
