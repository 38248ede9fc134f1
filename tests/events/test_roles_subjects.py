"""A verb the parser gave two subjects (a heading, an apposition or a list misparsed):
the one next to the verb names the doer, unless it is the country of an address.
Invented sentences, hand-built parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, actors_from_ents, build, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, notation: str) -> list[Event]:
    doc = make_doc(parsed(notation))
    return events_of(doc)


# "Reactions: Jo Doe condemned Vastland."
HEADING = (
    "Reactions|NOUN|nsubj|4||reaction :|PUNCT|punct|-1 Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|nsubj|1|I-PERSON condemned|VERB|ROOT|0||condemn Vastland|PROPN|dobj|-1|B-GPE "
    ".|PUNCT|punct|-2"
)
# "Vastland: Ruritanian planes bombed the port."
PLACE_HEADING = (
    "Vastland|PROPN|nsubj|4|B-GPE :|PUNCT|punct|-1 Ruritanian|ADJ|amod|1|B-NORP "
    "planes|NOUN|nsubj|1||plane bombed|VERB|ROOT|0||bomb the|DET|det|1 port|NOUN|dobj|-2 "
    ".|PUNCT|punct|-3"
)
# "Ruritanian troops in Paris, France have arrested Jo Doe." -- an address's country
ADDRESS = (
    "Ruritanian|ADJ|amod|1|B-NORP troops|NOUN|nsubj|6||troop in|ADP|prep|-1 "
    "Paris|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|3 France|PROPN|nsubj|2|B-GPE have|AUX|aux|1 "
    "arrested|VERB|ROOT|0||arrest Jo|PROPN|compound|1|B-PERSON Doe|PROPN|dobj|-2|I-PERSON "
    ".|PUNCT|punct|-3"
)


@pytest.mark.parametrize(
    ("notation", "trigger", "doer"),
    [
        (HEADING, "condemned", "Jo Doe"),
        (PLACE_HEADING, "bombed", "Ruritanian"),
        (ADDRESS, "arrested", "Ruritanian"),
    ],
)
def test_the_subject_next_to_the_verb_is_the_doer(
    make_doc: MakeDoc, notation: str, trigger: str, doer: str
) -> None:
    doc = make_doc(parsed(notation))
    names = {a.id: a.name for a in actors_from_ents(doc)}
    (event,) = [e for e in _events(make_doc, notation) if e.trigger.text == trigger]
    assert [names[a] for a in event.actors] == [doer]


# "Jo Doe, the condemned Vastland." -- a garbled title leaves a stray "the" as a subject
STRAY_WORD = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|3|I-PERSON ,|PUNCT|punct|-1 "
    "the|PRON|nsubj|1 condemned|VERB|ROOT|0||condemn Vastland|PROPN|dobj|-1|B-GPE "
    ".|PUNCT|punct|-2"
)


def test_a_stray_word_parsed_as_a_subject_names_no_one(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(STRAY_WORD), {"the": "DT"})
    (event,) = events_of(doc)
    assert (event.actors, event.recipient) == (("A1",), "A2")
