"""A verb with no doer of its own whose matched noun is the doer's own meeting or force
("Ruritania's summit was held", "Ruritanian troops were deployed") takes that noun's
doers, who are not its target; not where the noun is another's act or a sanction's
object ("Ruritania's offer was rejected", "Ruritania's assets were frozen"). Invented
sentences, hand-built parses (participles are VBN)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event

from .conftest import build, events_of, parsed


def _events(nlp: Language, notation: str) -> list[Event]:
    tags = dict.fromkeys(("held", "deployed", "rejected", "frozen"), "VBN")
    doc = build(nlp, parsed(notation), tags)
    return events_of(doc)


# "Ruritania's summit was held in Vastland."
SUMMIT_HELD = (
    "Ruritania|PROPN|poss|2|B-GPE 's|PART|case|-1 summit|NOUN|nsubjpass|2 was|AUX|auxpass|1||be "
    "held|VERB|ROOT|0||hold in|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
)
# "Ruritanian troops were deployed in Vastland."
TROOPS_DEPLOYED = (
    "Ruritanian|ADJ|amod|1|B-NORP troops|NOUN|nsubjpass|2||troop were|AUX|auxpass|1||be "
    "deployed|VERB|ROOT|0||deploy in|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
)
# "Ruritania's offer was rejected." -- another's act: its author rejected nothing
OFFER_REJECTED = (
    "Ruritania|PROPN|poss|2|B-GPE 's|PART|case|-1 offer|NOUN|nsubjpass|2 was|AUX|auxpass|1||be "
    "rejected|VERB|ROOT|0||reject .|PUNCT|punct|-1"
)

# "Ruritania's assets were frozen." -- a sanction's object belongs to its target
ASSETS_FROZEN = (
    "Ruritania|PROPN|poss|2|B-GPE 's|PART|case|-1 assets|NOUN|nsubjpass|2||asset "
    "were|AUX|auxpass|1||be frozen|VERB|ROOT|0||freeze .|PUNCT|punct|-1"
)


@pytest.mark.parametrize(
    ("notation", "trigger", "expected"),
    [
        (SUMMIT_HELD, "held", ("CONSULT", ("A1",), None)),
        (TROOPS_DEPLOYED, "deployed", ("MOBILIZE", ("A1",), None)),
        (OFFER_REJECTED, "rejected", ("REJECT", (), "A1")),
        (ASSETS_FROZEN, "frozen", ("SANCTION", (), "A1")),
    ],
)
def test_a_held_or_deployed_noun_names_its_doers(
    blank_nlp: Language, notation: str, trigger: str, expected: tuple[str, tuple[str, ...], None]
) -> None:
    (event,) = [e for e in _events(blank_nlp, notation) if e.trigger.text == trigger]
    assert (event.type, event.actors, event.recipient) == expected
