"""arguments.py split into phrase_actors.py, doers.py and recipients.py: the names other
modules import from arguments.py are still there, and the modifiers of a noun phrase still
say whose people or things it names, or only where they are. Invented phrases, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events import arguments, doers, phrase_actors, recipients

from .conftest import actors_from_ents, build, parsed


def test_arguments_still_exports_what_other_modules_import() -> None:
    assert arguments.actors_of is phrase_actors.actors_of
    assert arguments.names_town is phrase_actors.names_town
    assert arguments.stance_prefixed is phrase_actors.stance_prefixed
    assert arguments.aimed_preps is recipients.aimed_preps
    assert set(arguments.__all__) >= {"Participants", "actors_of", "aimed_preps", "verb_args"}
    assert callable(doers._subject)


# "Officials in Ruritania left." -- people in a country are its people
OFFICIALS_IN = (
    "Officials|NOUN|nsubj|3||official in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "left|VERB|ROOT|0||leave .|PUNCT|punct|-1"
)
# "A spokesman for Ruritania left." -- who speaks for a country acts for it
SPOKESMAN_FOR = (
    "A|DET|det|1 spokesman|NOUN|nsubj|3 for|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "left|VERB|ROOT|0||leave .|PUNCT|punct|-1"
)
# "Attacks in Ruritania ended." -- where the act was, not who did it
ATTACKS_IN = (
    "Attacks|NOUN|nsubj|3||attack in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "ended|VERB|ROOT|0||end .|PUNCT|punct|-1"
)
# "Its refinery in Ruritania closed." -- whose it is is said; Ruritania is where
REFINERY_IN = (
    "Its|PRON|poss|1 refinery|NOUN|nsubj|3 in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "closed|VERB|ROOT|0||close .|PUNCT|punct|-1"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [(OFFICIALS_IN, ["A1"]), (SPOKESMAN_FOR, ["A1"]), (ATTACKS_IN, []), (REFINERY_IN, [])],
)
def test_a_phrase_names_whose_people_not_where_things_are(
    blank_nlp: Language, notation: str, expected: list[str]
) -> None:
    doc = build(blank_nlp, parsed(notation))
    actors = actors_from_ents(doc)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert [a.id for a in phrase_actors.actors_of(subject, actors)] == expected
