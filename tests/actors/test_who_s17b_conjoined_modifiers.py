"""Agent nouns that modify a later noun, alone or joined by "and", are read from that noun.

Invented sentences, hand-parsed (no model). Each failed before the rule: the parser's
"nmod" "military" made an actor "American military" of its own, and "intelligence"
joined to it by "and" another.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _nominal(doc: Doc) -> list[list[str]]:
    actors = extract_actors(doc).actors
    return [
        [m.text for m in a.mentions]
        for a in actors
        if any(m.source == "nominal" for m in a.mentions)
    ]


def test_a_conjoined_modifier_is_one_group_with_its_head(make_doc: MakeDoc) -> None:
    rows = parsed(
        "American|ADJ|amod|1|B-NORP military|NOUN|nmod|3 and|CCONJ|cc|-1 "
        "intelligence|NOUN|conj|-2 officials|NOUN|nsubj|1 spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _nominal(make_doc(rows)) == [["American military and intelligence officials"]]


def test_a_compound_conjunct_is_read_from_its_head(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Kenyan|ADJ|amod|4|B-NORP police|NOUN|compound|3 and|CCONJ|cc|-1 army|NOUN|conj|-2 "
        "officers|NOUN|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _nominal(make_doc(rows)) == [["Kenyan police and army officers"]]


def test_a_common_noun_before_a_name_the_model_missed_stays(make_doc: MakeDoc) -> None:
    # "firm" modifies a proper noun: the phrase stands for the company
    rows = parsed(
        "British|ADJ|amod|1 firm|NOUN|nmod|1 Acmeco|PROPN|nsubj|1 won|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _nominal(make_doc(rows)) == [["British firm"]]
