"""Who speaks for another acts for them: "a spokesman for Ruritania rejected the offer" is
Ruritania's rejection (as the quotes stage makes Ruritania the speaker); "for" after
other nouns is a purpose, not a principal. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events import extract_events
from newsgraph.model import Event

from .conftest import actors_from_ents, build, parsed

PUBLISHED = "2025-03-02T08:00:00"


def _events(nlp: Language, notation: str) -> list[Event]:
    doc = build(nlp, parsed(notation), {"rejected": "VBD", "condemned": "VBD"})
    return extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)


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


@pytest.mark.parametrize(
    ("notation", "trigger", "expected"),
    [
        (SPOKESMAN_FOR, "rejected", (("A1",), None)),
        (OFFICIAL_FOR, "condemned", (("A1",), None)),
        (CAMPAIGN_FOR, "condemned", ((), None)),
    ],
)
def test_proxies_act_for_their_principal(
    blank_nlp: Language, notation: str, trigger: str, expected: tuple[tuple[str, ...], str | None]
) -> None:
    events = [e for e in _events(blank_nlp, notation) if e.trigger.text == trigger]
    assert [(e.actors, e.recipient) for e in events] == [expected]
