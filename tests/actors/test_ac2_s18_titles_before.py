"""A title before a body's acronym and a comma, "director general", and a country that
opens a new clause after a name (stop 18, role AC2).

Invented sentences, hand-parsed (no model). Each failed before its rule: "the head of
the X (XY), NAME" found no title (the step back passed a parenthesis, then a comma, not
the other way round), "Director General NAME" was a general (MIL), and "NAME, Japan
will act" gave the person Japan's country.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _brin(make_doc: MakeDoc, notation: str) -> tuple[str | None, str | None]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return next((a.country, a.sector) for a in actors if a.name == "Jo Brin")


def test_a_title_before_an_acronym_and_a_comma(make_doc: MakeDoc) -> None:
    notation = (
        "The|DET|det|1 head|NOUN|nsubj|12 of|ADP|prep|-1 the|DET|det|2 "
        "Zorvex|PROPN|compound|1|B-ORG Police|PROPN|pobj|-3|I-ORG (|PUNCT|punct|1 "
        "ZP|PROPN|appos|-2|B-ORG )|PUNCT|punct|-1 ,|PUNCT|punct|-8 "
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|appos|-10|I-PERSON ,|PUNCT|punct|-11 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _brin(make_doc, notation)[1] == "COP"


def test_a_director_general_is_no_general(make_doc: MakeDoc) -> None:
    notation = (
        "Director|PROPN|compound|3 General|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _brin(make_doc, notation)[1] != "MIL"


def test_a_country_opening_a_clause_after_a_name_is_not_the_persons(make_doc: MakeDoc) -> None:
    notation = (
        "France|PROPN|nsubj|3|B-GPE and|CCONJ|cc|-1 France|PROPN|conj|-2|B-GPE "
        "said|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|4|I-PERSON "
        ",|PUNCT|punct|-1 Japan|PROPN|nsubj|2|B-GPE will|AUX|aux|1 act|VERB|ccomp|-6 "
        ".|PUNCT|punct|-7"
    )
    assert _brin(make_doc, notation)[0] != "JPN"


def test_a_title_the_model_began_inside_a_place_after_a_name(make_doc: MakeDoc) -> None:
    # the model's place "Zorvex County District" takes the first word of the title
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "the|DET|det|4 Zorvex|PROPN|compound|1|B-GPE County|PROPN|compound|1|I-GPE "
        "District|PROPN|compound|1|I-GPE Attorney|PROPN|appos|-6 says|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _brin(make_doc, notation)[1] == "JUD"
