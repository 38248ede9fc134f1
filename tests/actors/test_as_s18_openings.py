"""Words glued to a model's name: a person before "the" and a known name, a
capitalised profession or verb opening the sentence.

Invented sentences, hand-parsed (no model). Each first test failed before its rule
(:func:`model_entities._known_after`, :func:`model_entities._common_opening`); the
others guard what must stay as it was.
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


def test_a_person_glued_to_a_known_name_after_the_is_cut_off(make_doc: MakeDoc) -> None:
    # "It made Marrick the Democratic Party 's first candidate ." (one model ORG)
    rows = parsed(
        "It|PRON|nsubj|1 made|VERB|ROOT|0 Marrick|PROPN|nsubj|7|B-ORG the|DET|det|2|I-ORG "
        "Democratic|PROPN|compound|1|I-ORG Party|PROPN|poss|3|I-ORG 's|PART|case|-1|I-ORG "
        "first|ADJ|amod|1 candidate|NOUN|ccomp|-7 .|PUNCT|punct|-8"
    )
    spans = _spans(make_doc(rows))
    assert ("Democratic Party", "ORG") in spans
    assert not any("the" in text.split() for text, _ in spans)


def test_a_room_of_a_known_building_is_not_cut_at_the(make_doc: MakeDoc) -> None:
    # "They met in the Varden Room of the White House ." ("of the" is no glue)
    rows = parsed(
        "They|PRON|nsubj|1 met|VERB|ROOT|0 in|ADP|prep|-1 the|DET|det|2 "
        "Varden|PROPN|compound|1|B-ORG Room|PROPN|pobj|-3|I-ORG of|ADP|prep|-1|I-ORG "
        "the|DET|det|2|I-ORG White|PROPN|compound|1|I-ORG House|PROPN|pobj|-3|I-ORG "
        ".|PUNCT|punct|-10"
    )
    assert _spans(make_doc(rows))[0] == ("Varden Room of the White House", "ORG")


def test_a_capitalised_profession_opening_a_sentence_is_no_name_word(
    make_doc: MakeDoc,
) -> None:
    # "Immunologist Tolva Marrick said so ." (the tagger read the profession as JJ)
    doc = make_doc(
        parsed(
            "Immunologist|ADJ|compound|2|B-PERSON Tolva|PROPN|compound|1|I-PERSON "
            "Marrick|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2"
        )
    )
    doc[0].tag_ = "JJ"
    assert actor_names(extract_actors(doc)) == ["Tolva Marrick"]


def test_a_capitalised_verb_opening_a_sentence_is_no_name_word(make_doc: MakeDoc) -> None:
    # "Remarked Varden Institute scientist Tolva Marrick , ..." (the verb tagged VBN)
    doc = make_doc(
        parsed(
            "Remarked|VERB|ROOT|0|B-ORG Varden|PROPN|compound|1|I-ORG "
            "Institute|PROPN|compound|1|I-ORG scientist|NOUN|compound|2 "
            "Tolva|PROPN|compound|1|B-PERSON Marrick|PROPN|dobj|-5|I-PERSON .|PUNCT|punct|-6"
        )
    )
    doc[0].tag_ = "VBN"
    assert ("Varden Institute", "ORG") in _spans(doc)


def test_a_proper_noun_opening_a_sentence_stays_in_the_name(make_doc: MakeDoc) -> None:
    # "Varden Tolva Marrick said so ." (the first word read as a proper noun: a name word)
    doc = make_doc(
        parsed(
            "Varden|PROPN|compound|2|B-PERSON Tolva|PROPN|compound|1|I-PERSON "
            "Marrick|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2"
        )
    )
    doc[0].tag_ = "NNP"
    assert _spans(doc) == [("Varden Tolva Marrick", "PERSON")]
