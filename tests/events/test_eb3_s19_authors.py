"""A text issued, released, drafted or signed by someone is theirs: "a statement issued by
Vastland condemned the raid" was condemned by Vastland, and "Ruritania rejected a resolution
drafted by Vastland" stays aimed at Vastland (as the response rule had it); not a participle
of another kind ("a statement praised by Vastland"). Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

_VBN = {"issued": "VBN", "praised": "VBN", "drafted": "VBN"}


def _statement(participle: str, lemma: str) -> str:
    # "A statement <participle> by Vastland condemned the raid."
    return (
        f"A|DET|det|1 statement|NOUN|nsubj|4 {participle}|VERB|acl|-1||{lemma} by|ADP|agent|-1 "
        "Vastland|PROPN|pobj|-1|B-GPE condemned|VERB|ROOT|0||condemn the|DET|det|1 "
        "raid|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )


# "Ruritania rejected a resolution drafted by Vastland."
REJECTED = (
    "Ruritania|PROPN|nsubj|1|B-GPE rejected|VERB|ROOT|0||reject a|DET|det|1 "
    "resolution|NOUN|dobj|-2 drafted|VERB|acl|-1||draft by|ADP|agent|-1 "
    "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)


@pytest.mark.parametrize(
    ("participle", "lemma", "expected"),
    [("issued", "issue", [("A1",)]), ("praised", "praise", [()])],
)
def test_a_statement_says_what_its_author_says(
    blank_nlp: Language, participle: str, lemma: str, expected: list[tuple[str, ...]]
) -> None:
    doc = build(blank_nlp, parsed(_statement(participle, lemma)), _VBN)
    assert [e.actors for e in events_of(doc) if e.trigger.text == "condemned"] == expected


def test_rejecting_a_text_is_aimed_at_its_author(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(REJECTED), _VBN)
    assert [e.recipient for e in events_of(doc) if e.trigger.text == "rejected"] == ["A2"]
