"""A passive act done in an operation names its doer with the operation's "by" phrase, as it
does with a modifier ("killed in a Ruritanian raid"): "two soldiers were killed in an attack
by Ruritania" were killed by Ruritania. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Two soldiers were killed in an attack by Ruritania."
KILLED_IN_AN_ATTACK_BY = (
    "Two|NUM|nummod|1 soldiers|NOUN|nsubjpass|2||soldier were|AUX|auxpass|1||be "
    "killed|VERB|ROOT|0||kill in|ADP|prep|-1 an|DET|det|1 attack|NOUN|pobj|-2 "
    "by|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)


def test_the_doer_of_a_passive_is_named_by_its_operation_by_phrase(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(KILLED_IN_AN_ATTACK_BY), {"killed": "VBN"})
    killed = [e for e in events_of(doc) if e.trigger.text == "killed"]
    assert [e.actors for e in killed] == [("A1",)]
