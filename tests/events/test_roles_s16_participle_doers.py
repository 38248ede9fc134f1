"""People in an object slot do what their participle says: "Vastland police dispersed
demonstrators protesting the verdict" is a protest by the demonstrators, not by the police;
a text in that slot still lends the verb's subject ("Vastland issued a statement
demanding ..."). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.events import extract_events
from newsgraph.model import Actor, Event, Mention

from .conftest import PUBLISHED, build, parsed

# "Vastland dispersed demonstrators protesting the verdict."
DISPERSED_PROTESTING = (
    "Vastland|PROPN|nsubj|1|B-GPE dispersed|VERB|ROOT|0||disperse "
    "demonstrators|NOUN|dobj|-1||demonstrator protesting|VERB|acl|-1||protest the|DET|det|1 "
    "verdict|NOUN|dobj|-2 .|PUNCT|punct|-5"
)


def _events(nlp: Language) -> list[Event]:
    doc = build(nlp, parsed(DISPERSED_PROTESTING), {"dispersed": "VBD", "protesting": "VBG"})
    span = doc[2:3]
    actors = (
        Actor(id="A1", name="Vastland", type="GPE", mentions=(Mention(0, 8, "Vastland", "GPE"),)),
        Actor(
            id="A2",
            name="demonstrators",
            type="ORG",
            mentions=(Mention(span.start_char, span.end_char, span.text, "nominal"),),
        ),
    )
    return extract_events(doc, actors, (), (), PUBLISHED)


def test_people_in_an_object_slot_do_what_their_participle_says(blank_nlp: Language) -> None:
    protest = next(e for e in _events(blank_nlp) if e.trigger.text == "protesting")
    assert protest.actors == ("A2",)
