"""Name spans: a person glued to a body, a body cut after a title, names cut short.

Invented sentences, hand-parsed (no model). Each first test failed before its rule
(:func:`merged_fixes._people_of_bodies`, the body word of
:func:`merged_fixes._person_tail_cut` and :func:`merged_fixes._split_one`,
:func:`merged_fixes._names_cut_short`); the others guard what must stay as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.detect import entity_candidates

from .conftest import actor_names, parsed

MakeDoc = Callable[..., Doc]


def _spans(doc: Doc) -> list[tuple[str, str]]:
    return [(doc[c.start : c.end].text, c.label) for c in entity_candidates(doc)]


def test_a_person_of_a_body_is_a_person_and_the_body(make_doc: MakeDoc) -> None:
    # "Tolva Marrick of the Varden Fire Service said ." (both tagged ORG)
    rows = parsed(
        "Tolva|PROPN|compound|1|B-ORG Marrick|PROPN|nsubj|6|I-ORG of|ADP|prep|-1 "
        "the|DET|det|3 Varden|PROPN|compound|2|B-ORG Fire|PROPN|compound|1|I-ORG "
        "Service|PROPN|pobj|-4|I-ORG said|VERB|ROOT|0||say .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert actor_names(result) == ["Tolva Marrick", "Varden Fire Service"]
    assert [a.type for a in result.actors] == ["PERSON", "ORG"]


def test_a_body_of_a_body_stays_one_name(make_doc: MakeDoc) -> None:
    # "The Varden Committee of the Acme Group said ." (a keyword before "of")
    rows = parsed(
        "The|DET|det|2 Varden|PROPN|compound|1|B-ORG Committee|PROPN|nsubj|5|I-ORG "
        "of|ADP|prep|-1 the|DET|det|2 Acme|PROPN|compound|1|B-ORG Group|PROPN|pobj|-3|I-ORG "
        "said|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _spans(make_doc(rows)) == [("Varden Committee of the Acme Group", "ORG")]


def test_two_plain_words_of_a_body_neither_speaking_nor_a_surname_stay_joined(
    make_doc: MakeDoc,
) -> None:
    # "They read the Varden Review of the Acme Group ." (no speech, no person elsewhere)
    rows = parsed(
        "They|PRON|nsubj|1 read|VERB|ROOT|0 the|DET|det|2 Varden|PROPN|compound|1|B-ORG "
        "Review|PROPN|dobj|-3|I-ORG of|ADP|prep|-1 the|DET|det|2 Acme|PROPN|compound|1|B-ORG "
        "Group|PROPN|pobj|-3|I-ORG .|PUNCT|punct|-8"
    )
    assert _spans(make_doc(rows)) == [("Varden Review of the Acme Group", "ORG")]


def test_a_body_after_a_title_tagged_as_a_place_is_a_body(make_doc: MakeDoc) -> None:
    # "A spokeswoman from West Varden Police spoke ." (the model's GPE)
    rows = parsed(
        "A|DET|det|1 spokeswoman|NOUN|nsubj|5 from|ADP|prep|-1 West|PROPN|compound|2|B-GPE "
        "Varden|PROPN|compound|1|I-GPE Police|PROPN|pobj|-3|I-GPE spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _spans(make_doc(rows)) == [("West Varden Police", "ORG")]


def test_a_body_named_after_a_title_keeps_its_last_words(make_doc: MakeDoc) -> None:
    # "Tolva Marrick , Director of Mid Varden Tourism Partnership , spoke ."
    rows = parsed(
        "Tolva|PROPN|compound|1|B-PERSON Marrick|PROPN|nsubj|9|I-PERSON ,|PUNCT|punct|-1 "
        "Director|PROPN|appos|-2 of|ADP|prep|-1 Mid|PROPN|compound|3|B-ORG "
        "Varden|PROPN|compound|2|I-ORG Tourism|PROPN|compound|1|I-ORG "
        "Partnership|PROPN|pobj|-4|I-ORG ,|PUNCT|punct|-8 spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    spans = _spans(make_doc(rows))
    assert ("Mid Varden Tourism Partnership", "ORG") in spans
    assert ("Tourism Partnership", "PERSON") not in spans


def test_a_name_cut_short_takes_the_whole_name_seen_elsewhere(make_doc: MakeDoc) -> None:
    # "Varden Fire and Rescue arrived . Varden Fire and Rescue asked for help ."
    # (the model split the second into a person "Varden Fire" and "Rescue")
    whole = parsed(
        "Varden|PROPN|compound|1|B-ORG Fire|PROPN|nsubj|3|I-ORG and|CCONJ|cc|-1|I-ORG "
        "Rescue|PROPN|conj|-2|I-ORG arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    cut = parsed(
        "Varden|PROPN|compound|1|B-PERSON Fire|PROPN|nsubj|3|I-PERSON and|CCONJ|cc|-1 "
        "Rescue|PROPN|conj|-2|B-ORG asked|VERB|ROOT|0 for|ADP|prep|-1 help|NOUN|pobj|-1 "
        ".|PUNCT|punct|-3"
    )
    result = extract_actors(make_doc(whole + cut))
    assert actor_names(result) == ["Varden Fire and Rescue"]
    assert len(result.actors[0].mentions) == 2


def test_a_short_name_without_the_long_one_stays(make_doc: MakeDoc) -> None:
    # "Varden Fire and Rescue arrived . Varden Fire Service left ." (the words go on otherwise)
    whole = parsed(
        "Varden|PROPN|compound|1|B-ORG Fire|PROPN|nsubj|3|I-ORG and|CCONJ|cc|-1|I-ORG "
        "Rescue|PROPN|conj|-2|I-ORG arrived|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    other = parsed(
        "Varden|PROPN|compound|2|B-ORG Fire|PROPN|compound|1|I-ORG Service|PROPN|nsubj|1|I-ORG "
        "left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    spans = _spans(make_doc(whole + other))
    assert spans == [("Varden Fire and Rescue", "ORG"), ("Varden Fire Service", "ORG")]
