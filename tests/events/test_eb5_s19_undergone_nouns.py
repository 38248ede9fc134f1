"""The possessor of a noun of something suffered (punishment, caning, suspension, rape,
slaying, stabbing) is the one it befell, as for "his arrest": not its doer. Invented
sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.noun_doers import _noun_doers

from .conftest import actors_from_ents, build, parsed


@pytest.mark.parametrize("noun", ["punishment", "caning", "suspension", "slaying", "stabbing"])
def test_the_possessor_of_a_suffered_act_is_no_doer(blank_nlp: Language, noun: str) -> None:
    # "Kiva's <noun> angered Vastland."
    doc = build(
        blank_nlp,
        parsed(
            f"Kiva|PROPN|poss|2|B-PERSON 's|PART|case|-1 {noun}|NOUN|nsubj|1||{noun} "
            "angered|VERB|ROOT|0||anger Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
        ),
    )
    doers, _ = _noun_doers(doc[2], actors_from_ents(doc), "SANCTION", load_lexicon().modality)
    assert doers == []
