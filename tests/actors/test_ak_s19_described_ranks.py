"""A description before a rank and a name is the person's (stop 19, role AK).

Invented sentences, hand-parsed (no model). Before, "An Australian commander,
Brigadier NAME" read only the rank right before the name: no country, so the
person took the story's (an East Timor story's TLS).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _person(make_doc: MakeDoc, notation: str) -> Actor:
    actors = [a for a in extract_actors(make_doc(parsed(notation))).actors if a.type == "PERSON"]
    assert len(actors) == 1, actors
    return actors[0]


def test_a_demonym_on_the_description_gives_the_country(make_doc: MakeDoc) -> None:
    # An Australian commander, Brigadier Tal Orvin, said it.
    person = _person(
        make_doc,
        "An|DET|det|2 Australian|ADJ|amod|1|B-NORP commander|NOUN|nsubj|6 ,|PUNCT|punct|-1 "
        "Brigadier|PROPN|compound|2 Tal|PROPN|compound|1|B-PERSON "
        "Orvin|PROPN|appos|-4|I-PERSON ,|PUNCT|punct|-5 "
        "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
    )
    assert (person.country, person.sector) == ("AUS", "MIL")
    assert [t.text for t in person.titles] == ["Brigadier", "Commander"]


def test_a_description_in_another_clause_is_not_the_person_s(make_doc: MakeDoc) -> None:
    # After he met the Australian commander, Brigadier Tal Orvin said it.
    person = _person(
        make_doc,
        "After|SCONJ|mark|2 he|PRON|nsubj|1 met|VERB|advcl|9 the|DET|det|2 "
        "Australian|ADJ|amod|1|B-NORP commander|NOUN|dobj|-3 ,|PUNCT|punct|3 "
        "Brigadier|PROPN|compound|2 Tal|PROPN|compound|1|B-PERSON "
        "Orvin|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2",
    )
    assert [t.text for t in person.titles] == ["Brigadier"]
