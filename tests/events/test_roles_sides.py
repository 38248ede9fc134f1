"""The sides of an act named with "between" on a verb that has no subject of its own:
every side is a doer, as for a noun ("talks between X and Y"). Invented sentences,
hand-built parses (with tags: participles are VBN)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event

from .conftest import build, events_of, parsed


def _events(nlp: Language, notation: str) -> list[Event]:
    doc = build(nlp, parsed(notation), {"agreed": "VBN", "Fighting": "VBG"})
    return events_of(doc)


# "A truce was agreed between Ruritania and Vastland on Monday."
AGREED_BETWEEN = (
    "A|DET|det|1 truce|NOUN|nsubjpass|2 was|AUX|auxpass|1||be agreed|VERB|ROOT|0||agree "
    "between|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-1 "
    "Vastland|PROPN|conj|-2|B-GPE on|ADP|prep|-5 Monday|PROPN|pobj|-1|B-DATE .|PUNCT|punct|-7"
)
# "Fighting between Ruritania and Vastland continued."
FIGHTING_BETWEEN = (
    "Fighting|VERB|csubj|5||fight between|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "and|CCONJ|cc|-1 Vastland|PROPN|conj|-2|B-GPE continued|VERB|ROOT|0||continue "
    ".|PUNCT|punct|-1"
)
# "Ruritania agreed a truce between its army and the rebels." -- a subject of its own
OWN_SUBJECT = (
    "Ruritania|PROPN|nsubj|1|B-GPE agreed|VERB|ROOT|0||agree a|DET|det|1 truce|NOUN|dobj|-2 "
    "between|ADP|prep|-1 its|PRON|poss|1 army|NOUN|pobj|-2 and|CCONJ|cc|-1 the|DET|det|1 "
    "rebels|NOUN|conj|-3||rebel .|PUNCT|punct|-9"
)
# "Talks were mediated between Ruritania and Vastland." -- a go-between's act
MEDIATED_BETWEEN = (
    "Talks|NOUN|nsubjpass|2||talk were|AUX|auxpass|1||be mediated|VERB|ROOT|0||mediate "
    "between|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-1 "
    "Vastland|PROPN|conj|-2|B-GPE .|PUNCT|punct|-5"
)


@pytest.mark.parametrize(
    ("notation", "trigger", "expected"),
    [
        (AGREED_BETWEEN, "agreed", ("AGREE", ("A1", "A2"), None)),
        (FIGHTING_BETWEEN, "Fighting", ("ASSAULT", ("A1", "A2"), None)),
        (OWN_SUBJECT, "agreed", ("AGREE", ("A1",), None)),
        (MEDIATED_BETWEEN, "mediated", ("CONSULT", (), None)),
    ],
)
def test_the_sides_between_are_the_doers_of_a_subjectless_verb(
    blank_nlp: Language, notation: str, trigger: str, expected: tuple[str, tuple[str, ...], None]
) -> None:
    (event,) = [e for e in _events(blank_nlp, notation) if e.trigger.text == trigger]
    assert (event.type, event.actors, event.recipient) == expected
