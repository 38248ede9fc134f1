"""A passive coordinated with another clause undergoes what that clause's subject names:
"Jo Hanson was questioned by police and arrested" (a bare participle shares the
passive's auxiliary), "Ruritania rejects the plan and is backed by Vastland" (a passive
shares the subject of the clause it is coordinated with). Invented sentences,
hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event

from .conftest import build, events_of, parsed

_TAGS = {"questioned": "VBN", "arrested": "VBN", "backed": "VBN", "arrests": "VBZ"}


def _events(nlp: Language, notation: str) -> list[Event]:
    return events_of(build(nlp, parsed(notation), _TAGS))


# "Jo Hanson was questioned by Peruvian police and arrested."
QUESTIONED_AND_ARRESTED = (
    "Jo|PROPN|compound|1|B-PERSON Hanson|PROPN|nsubjpass|2|I-PERSON was|AUX|auxpass|1||be "
    "questioned|VERB|ROOT|0||question by|ADP|agent|-1 Peruvian|ADJ|amod|1|B-NORP "
    "police|NOUN|pobj|-2 and|CCONJ|cc|-4 arrested|VERB|conj|-5||arrest .|PUNCT|punct|-6"
)
# "Ruritania rejects the plan and is backed by Vastland."
REJECTS_AND_IS_BACKED = (
    "Ruritania|PROPN|nsubj|1|B-GPE rejects|VERB|ROOT|0||reject the|DET|det|1 "
    "plan|NOUN|dobj|-2 and|CCONJ|cc|-3 is|AUX|auxpass|1||be backed|VERB|conj|-5||back "
    "by|ADP|agent|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
)
# "Jo Hanson questioned Peruvian police and arrests them." -- active: no patient borrowed
ACTIVE_CONJUNCT = (
    "Jo|PROPN|compound|1|B-PERSON Hanson|PROPN|nsubj|1|I-PERSON "
    "questioned|VERB|ROOT|0||question Peruvian|ADJ|amod|1|B-NORP police|NOUN|dobj|-2 "
    "and|CCONJ|cc|-3 arrests|VERB|conj|-4||arrest them|PRON|dobj|-1 .|PUNCT|punct|-6"
)


@pytest.mark.parametrize(
    ("notation", "kind", "expected"),
    [
        (QUESTIONED_AND_ARRESTED, "COERCE", (("A2",), "A1")),
        (REJECTS_AND_IS_BACKED, "SUPPORT", (("A2",), "A1")),
        (ACTIVE_CONJUNCT, "COERCE", (("A1",), None)),
    ],
)
def test_a_coordinated_passive_is_undergone_by_the_shared_subject(
    blank_nlp: Language, notation: str, kind: str, expected: tuple[tuple[str, ...], str | None]
) -> None:
    event = next(e for e in _events(blank_nlp, notation) if e.type == kind)
    assert (event.actors, event.recipient) == expected
