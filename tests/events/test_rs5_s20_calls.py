"""Calling a person, body or state is a phone call (CONSULT phone): "Tenet called Drumheller",
"the ambassador called the White House". Calling an election or a strike is none, and
neither is naming someone ("called Obama a hero", "called Obama "the next president"", "a
group called Vastland Union"), nor a phrasal verb ("called out Jones"). Invented sentences,
hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Tenet called Drumheller."
PERSON = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call Drumheller|PROPN|dobj|-1|B-PERSON "
    ".|PUNCT|punct|-2"
)
# "Tenet called Drumheller and Haskins."
TWO = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call Drumheller|PROPN|dobj|-1|B-PERSON "
    "and|CCONJ|cc|-1 Haskins|PROPN|conj|-2|B-PERSON .|PUNCT|punct|-4"
)
# "Tenet called his counterpart."
COUNTERPART = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call his|PRON|poss|1 "
    "counterpart|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Tenet called officer Drumheller." parsed with the name as a predicate and no object
ALONE = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call officer|NOUN|compound|1 "
    "Drumheller|PROPN|oprd|-2|B-PERSON .|PUNCT|punct|-3"
)
# "Tenet called an election."
ELECTION = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call an|DET|det|1 "
    "election|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Tenet called Drumheller a hero."
NAMED = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call Drumheller|PROPN|dobj|-1|B-PERSON "
    "a|DET|det|1 hero|NOUN|oprd|-3 .|PUNCT|punct|-4"
)
# 'Tenet called Drumheller "the next director".'
QUOTED = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call Drumheller|PROPN|dobj|-1|B-PERSON "
    '"|PUNCT|punct|-2 the|DET|det|2 next|ADJ|amod|1 director|NOUN|npadvmod|-5 '
    '"|PUNCT|punct|-6 .|PUNCT|punct|-7'
)
# "Tenet called out Drumheller."
OUT = (
    "Tenet|PROPN|nsubj|1|B-PERSON called|VERB|ROOT|0||call out|ADP|prt|-1 "
    "Drumheller|PROPN|dobj|-2|B-PERSON .|PUNCT|punct|-3"
)
# "A group called Vastland Union marched."
GROUP = (
    "A|DET|det|1 group|NOUN|nsubj|1 called|VERB|ccomp|3||call Vastland|PROPN|compound|1|B-ORG "
    "Union|PROPN|dobj|-2|I-ORG marched|VERB|ROOT|0||march .|PUNCT|punct|-1"
)


def _calls(blank_nlp: Language, notation: str) -> list[tuple[str, str | None]]:
    doc = build(blank_nlp, parsed(notation), {"called": "VBD"})
    return [(e.type, e.mode) for e in events_of(doc) if e.trigger.text == "called"]


@pytest.mark.parametrize("notation", [PERSON, TWO, COUNTERPART, ALONE])
def test_calling_a_party_is_a_phone_call(blank_nlp: Language, notation: str) -> None:
    # one event per party called ("Drumheller and Haskins": two)
    assert set(_calls(blank_nlp, notation)) == {("CONSULT", "phone")}


def test_the_party_called_is_the_recipient(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(PERSON), {"called": "VBD"})
    assert [(e.actors, e.recipient) for e in events_of(doc)] == [(("A1",), "A2")]


@pytest.mark.parametrize("notation", [ELECTION, NAMED, QUOTED, OUT, GROUP])
def test_calling_no_party_or_naming_one_is_no_phone_call(
    blank_nlp: Language, notation: str
) -> None:
    assert ("CONSULT", "phone") not in _calls(blank_nlp, notation)
