"""A party's description holding a party's word is that party (stop 19, role AK2).

Hand-parsed sentences (no model). Before, "the Conservative party" was read as "the
party" and joined the party named last before it (the Libertarian Party).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

# The Libertarian Party won. The Green party lost.
_TWO_PARTIES = (
    "The|DET|det|2 Libertarian|PROPN|compound|1|B-ORG Party|PROPN|nsubj|1|I-ORG "
    "won|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|2 Green|ADJ|amod|1 party|NOUN|nsubj|1 "
    "lost|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def test_another_party_s_description_is_not_the_party_named_before(make_doc: MakeDoc) -> None:
    result = extract_actors(make_doc(parsed(_TWO_PARTIES)))
    party = next(a for a in result.actors if a.name == "Libertarian Party")
    assert [m.text for m in party.mentions] == ["Libertarian Party"]


def test_the_description_joins_the_party_it_names(make_doc: MakeDoc) -> None:
    # The Green Party won. The Libertarian Party lost. The Green party gloated.
    notation = (
        "The|DET|det|2 Green|PROPN|compound|1|B-ORG Party|PROPN|nsubj|1|I-ORG "
        "won|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|2 Libertarian|PROPN|compound|1|B-ORG "
        "Party|PROPN|nsubj|1|I-ORG lost|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|2 "
        "Green|ADJ|amod|1 party|NOUN|nsubj|1 gloated|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(parsed(notation)))
    mentions = {a.name: [m.text for m in a.mentions] for a in result.actors}
    assert mentions["Green Party"] == ["Green Party", "The Green party"]
    assert mentions["Libertarian Party"] == ["Libertarian Party"]
