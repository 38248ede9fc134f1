"""What an act done "in protest" answers names whom it is aimed at: "Ruritania recalled its
envoy in protest over the Vastlandic cartoons" is aimed at Vastland, "a strike in protest of
Vastland's refusal" too (the parser may hang "in protest" and what follows on the object).
Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Ruritania recalled its envoy in protest over the Vastlandic cartoons."
RECALLED = (
    "Ruritania|PROPN|nsubj|1|B-GPE recalled|VERB|ROOT|0||recall its|PRON|poss|1||its "
    "envoy|NOUN|dobj|-2 in|ADP|prep|-1 protest|NOUN|pobj|-1 over|ADP|prep|-3 the|DET|det|2 "
    "Vastlandic|ADJ|amod|1|B-NORP cartoons|NOUN|pobj|-3||cartoon .|PUNCT|punct|-9"
)
# "Ruritania walked out in protest against Vastland."
WALKED_OUT = (
    "Ruritania|PROPN|nsubj|1|B-GPE walked|VERB|ROOT|0||walk out|ADP|prt|-1 in|ADP|prep|-2 "
    "protest|NOUN|pobj|-1 against|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)


def test_a_recall_in_protest_over_something_is_aimed_at_its_owner(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(RECALLED))
    assert [e.recipient for e in events_of(doc) if e.trigger.text == "recalled"] == ["A2"]


def test_walking_out_in_protest_against_someone_is_aimed_at_them(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(WALKED_OUT))
    assert [e.recipient for e in events_of(doc) if e.trigger.text == "walked"] == ["A2"]
