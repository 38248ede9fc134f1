"""Party names several countries' parties bear are the story's country's (stop 19, role AK).

Invented sentences, hand-parsed (no model). Before, a listed "Conservatives" or "Labour"
was always the British party, in Canadian and New Zealand stories too, and so was
the leader the text named with it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_WON = "The|DET|det|1 Conservatives|PROPN|nsubj|1|B-ORG won|VERB|ROOT|0 .|PUNCT|punct|-1"


def _actors(make_doc: MakeDoc, notation: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(make_doc(parsed(notation))).actors}


def test_a_canadian_story_s_conservatives_are_canadian(make_doc: MakeDoc) -> None:
    actors = _actors(
        make_doc, f"Canada|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 {_WON}"
    )
    assert actors["Conservative Party"].country == "CAN"


def test_the_party_s_leader_follows(make_doc: MakeDoc) -> None:
    actors = _actors(
        make_doc,
        "Labour|PROPN|compound|2|B-ORG leader|NOUN|compound|1 Tal|PROPN|compound|1|B-PERSON "
        "Orvin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 in|ADP|prep|-1 New|PROPN|compound|1|B-GPE "
        "Zealand|PROPN|pobj|-2|I-GPE .|PUNCT|punct|-4",
    )
    assert actors["Tal Orvin"].country == "NZL"  # the party, named once, is no participant


def test_the_party_s_own_country_named_keeps_it(make_doc: MakeDoc) -> None:
    actors = _actors(
        make_doc,
        "Canada|PROPN|nsubj|3|B-GPE and|CCONJ|cc|-1 Canada|PROPN|conj|-2|B-GPE "
        "voted|VERB|ROOT|0 ,|PUNCT|punct|-1 not|PART|neg|1 Britain|PROPN|npadvmod|-3|B-GPE "
        f".|PUNCT|punct|-4 {_WON}",
    )
    assert actors["Conservative Party"].country == "GBR"
