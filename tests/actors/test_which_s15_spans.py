"""Where a name ends: a known name run into the next one through a lower-case "the".

Invented sentence, hand-parsed (no model); it failed before the rule.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors.detect import entity_candidates

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_known_name_then_the_next_name_are_two(make_doc: MakeDoc) -> None:
    rows = parsed(
        "It|PRON|nsubj|1 posted|VERB|ROOT|0 on|ADP|prep|-1 Twitter|PROPN|pobj|-1|B-ORG "
        "the|DET|det|3|I-ORG Zorvex|PROPN|compound|2|I-ORG Safety|PROPN|compound|1|I-ORG "
        "Board|PROPN|nsubj|1|I-ORG agreed|VERB|ccomp|-6 .|PUNCT|punct|-7"
    )
    doc = make_doc(rows)
    names = [doc[c.start : c.end].text for c in entity_candidates(doc)]
    assert "Twitter" in names
    assert "Zorvex Safety Board" in names
    own = parsed(  # no known name before "the": a name of its own
        "Zorvex|PROPN|compound|2|B-ORG the|DET|det|1|I-ORG Nation|PROPN|nsubj|1|I-ORG "
        "met|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(own)
    assert [doc[c.start : c.end].text for c in entity_candidates(doc)] == ["Zorvex the Nation"]
