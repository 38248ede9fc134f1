"""Who confirms or announces an act may have done it ("the police confirmed the arrests")
or not; a news medium never has: "the Vastpost confirmed the arrests" names no arrester.
Invented sentences, hand-built parses, actors built with their sector."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events import extract_events
from newsgraph.model import Actor, Mention

from .conftest import build, parsed

PUBLISHED = "2025-03-02T08:00:00"

# "Vastpost confirmed the arrests."
CONFIRMED = (
    "Vastpost|PROPN|nsubj|1|B-ORG confirmed|VERB|ROOT|0||confirm the|DET|det|1 "
    "arrests|NOUN|dobj|-2||arrest .|PUNCT|punct|-3"
)


@pytest.mark.parametrize(("sector", "doers"), [("MED", ()), ("COP", ("A1",)), (None, ("A1",))])
def test_a_news_medium_confirming_an_act_did_not_do_it(
    blank_nlp: Language, sector: str | None, doers: tuple[str, ...]
) -> None:
    doc = build(blank_nlp, parsed(CONFIRMED), {"confirmed": "VBD"})
    ent = doc.ents[0]
    actor = Actor(
        id="A1",
        name=ent.text,
        type="ORG",
        mentions=(Mention(ent.start_char, ent.end_char, ent.text, ent.label_),),
        sector=sector,
    )
    events = extract_events(doc, (actor,), (), (), PUBLISHED)
    assert [e.actors for e in events if e.trigger.text == "arrests"] == [doers]
