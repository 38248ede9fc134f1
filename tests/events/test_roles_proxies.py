"""Who speaks for another acts for them: "a spokesman for Ruritania rejected the offer" is
Ruritania's rejection (as the quotes stage makes Ruritania the speaker); "for" after
other nouns is a purpose, not a principal. And a possessor owns what it heads: "froze
the firms' assets in Ruritania" names where the assets are, not whose. Invented
sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event

from .conftest import build, events_of, parsed


def _events(nlp: Language, notation: str) -> list[Event]:
    doc = build(nlp, parsed(notation), {"rejected": "VBD", "condemned": "VBD", "froze": "VBD"})
    return events_of(doc)


# "A spokesman for Ruritania rejected the offer."
SPOKESMAN_FOR = (
    "A|DET|det|1 spokesman|NOUN|nsubj|3 for|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "rejected|VERB|ROOT|0||reject the|DET|det|1 offer|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "An official for Ruritania condemned the raid."
OFFICIAL_FOR = (
    "An|DET|det|1 official|NOUN|nsubj|3 for|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "condemned|VERB|ROOT|0||condemn the|DET|det|1 raid|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "A campaign for Ruritania condemned the raid." -- campaigners for a cause are not the cause
CAMPAIGN_FOR = (
    "A|DET|det|1 campaign|NOUN|nsubj|3 for|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "condemned|VERB|ROOT|0||condemn the|DET|det|1 raid|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Vastland froze the firms' assets in Ruritania."
OWNED_ASSETS = (
    "Vastland|PROPN|nsubj|1|B-GPE froze|VERB|ROOT|0||freeze the|DET|det|1 firms|NOUN|poss|2||firm "
    "'|PART|case|-1 assets|NOUN|dobj|-4||asset in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-7"
)
# "Vastland froze assets in Ruritania." -- no owner named: the place stands for it
ASSETS_IN = (
    "Vastland|PROPN|nsubj|1|B-GPE froze|VERB|ROOT|0||freeze assets|NOUN|dobj|-1||asset "
    "in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)


@pytest.mark.parametrize(
    ("notation", "trigger", "expected"),
    [
        (SPOKESMAN_FOR, "rejected", (("A1",), None)),
        (OFFICIAL_FOR, "condemned", (("A1",), None)),
        (CAMPAIGN_FOR, "condemned", ((), None)),
        (OWNED_ASSETS, "froze", (("A1",), None)),
        (ASSETS_IN, "froze", (("A1",), "A2")),
    ],
)
def test_proxies_act_for_their_principal_and_possessors_own(
    blank_nlp: Language, notation: str, trigger: str, expected: tuple[tuple[str, ...], str | None]
) -> None:
    events = [e for e in _events(blank_nlp, notation) if e.trigger.text == trigger]
    assert [(e.actors, e.recipient) for e in events] == [expected]


# "Vastland attacked the firm's troops in Ruritania." -- people of a body are a body's there
TROOPS_IN = (
    "Vastland|PROPN|nsubj|1|B-GPE attacked|VERB|ROOT|0||attack the|DET|det|1 firm|NOUN|poss|2 "
    "'s|PART|case|-1 troops|NOUN|dobj|-4||troop in|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-7"
)
# "Vastland attacked the firm's depot in Ruritania." -- a thing's place is not its owner
DEPOT_IN = TROOPS_IN.replace("troops|NOUN|dobj|-4||troop", "depot|NOUN|dobj|-4||depot")


@pytest.mark.parametrize(("notation", "recipient"), [(TROOPS_IN, "A2"), (DEPOT_IN, None)])
def test_an_owned_agent_noun_keeps_its_place(
    blank_nlp: Language, notation: str, recipient: str | None
) -> None:
    doc = build(blank_nlp, parsed(notation), {"attacked": "VBD"})
    events = events_of(doc)
    assert [(e.actors, e.recipient) for e in events if e.trigger.text == "attacked"] == [
        (("A1",), recipient)
    ]
