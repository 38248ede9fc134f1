"""Points of reference of a distance, court cases and short names of known bodies.

Invented sentences, hand-parsed (no model). Each failed before its rule: a distance
written with a hyphenated compass point ("12 km north-east of X", participation.py),
a model person so placed (actors/__init__.py), a court case "X v. Y" (thing_names.py)
and a short name of a lexicon organization ("Cornell" of "Cornell University",
orgs.py); the last two guard what must stay.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]

# "The camp lies 12 km north-east of Marla Downs." with "north-east" written in three tokens
_NORTH_EAST = (
    "The|DET|det|1 camp|NOUN|nsubj|1 lies|VERB|ROOT|0 12|NUM|nummod|1 km|NOUN|compound|3 "
    "north|NOUN|compound|2 -|PUNCT|punct|1 east|NOUN|dobj|-5 of|ADP|prep|-1 "
    "Marla|PROPN|compound|1|B-{label} Downs|PROPN|pobj|-2|I-{label} .|PUNCT|punct|-9"
)


def test_a_city_after_a_hyphenated_compass_point_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 camp|NOUN|nsubj|1 lies|VERB|ROOT|0 12|NUM|nummod|1 km|NOUN|compound|3 "
        "north|NOUN|compound|2 -|PUNCT|punct|1 east|NOUN|dobj|-5 of|ADP|prep|-1 "
        "Perth|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
    )
    result = extract_actors(make_doc(rows, glued=frozenset({5, 6})))
    assert actor_names(result) == []
    assert place_names(result) == ["Perth"]


def test_a_model_person_a_distance_is_measured_from_is_a_place(make_doc: MakeDoc) -> None:
    doc = make_doc(parsed(_NORTH_EAST.format(label="PERSON")), glued=frozenset({5, 6}))
    result = extract_actors(doc)
    assert actor_names(result) == []
    assert place_names(result) == ["Marla Downs"]


def test_a_person_who_speaks_is_no_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Marla|PROPN|compound|1|B-PERSON Downs|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        "12|NUM|nummod|1 km|NOUN|npadvmod|1 from|ADP|prep|-3 home|NOUN|pobj|-1 .|PUNCT|punct|-5"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Marla Downs"]


def test_a_court_case_is_no_actor(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|2 judge|NOUN|nsubj|1 cited|VERB|ROOT|0 Dorran|PROPN|compound|2|B-ORG "
        "v.|ADP|compound|1|I-ORG Quill|PROPN|dobj|-3|I-ORG .|PUNCT|punct|-4"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []


def test_a_short_name_joins_the_lexicon_university(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Cornell|PROPN|compound|1|B-ORG University|PROPN|nsubj|1|I-ORG won|VERB|ROOT|0 "
        "and|CCONJ|cc|-1 Cornell|PROPN|nsubj|1|B-ORG cheered|VERB|conj|-3 .|PUNCT|punct|-4"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Cornell University"]
    assert [len(a.mentions) for a in result.actors] == [2]


def test_a_city_some_km_away_is_still_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 town|NOUN|nsubj|1 lies|VERB|ROOT|0 40|NUM|nummod|1 km|NOUN|npadvmod|1 "
        "away|ADV|advmod|-3 from|ADP|prep|-1 Perth|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == []
    assert place_names(result) == ["Perth"]
