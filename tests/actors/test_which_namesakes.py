"""A person's name running on into the name of a place or a body is only its namesake.

Invented sentences, hand-parsed (no model). The first case failed before the rule:
the model tagged "Jo Doe" of "the Jo Doe Peace Training Centre" as a person and left
the rest untagged, so a centre named after someone made that someone a participant.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_centre_named_after_a_person_yields_no_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "He|PRON|nsubj|1 visited|VERB|ROOT|0 the|DET|det|5 Jo|PROPN|compound|4|B-PERSON "
        "Doe|PROPN|compound|3|I-PERSON Peace|PROPN|compound|2 Training|PROPN|compound|1 "
        "Centre|PROPN|dobj|-6 .|PUNCT|punct|-7"
    )
    assert "Jo Doe" not in [a.name for a in extract_actors(make_doc(rows)).actors]


def test_a_person_before_a_plain_word_stays_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|1|I-PERSON visited|VERB|ROOT|0 "
        "Peace|PROPN|compound|1 Street|PROPN|dobj|-2 .|PUNCT|punct|-3"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Jo Doe"]
