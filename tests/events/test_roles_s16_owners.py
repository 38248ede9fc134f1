"""People "from" or "of" two conjoined owners act for both: "Negotiators from Ruritania and
Vastland met" is a meeting of two sides, though the actors stage names the people after
the first owner only. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Actor, Event, Mention

from .conftest import PUBLISHED, build, parsed

# "Negotiators from Ruritania and Vastland met in Geneva."
NEGOTIATORS_FROM = (
    "Negotiators|NOUN|nsubj|5||negotiator from|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "and|CCONJ|cc|-1 Vastland|PROPN|conj|-2|B-GPE met|VERB|ROOT|0||meet in|ADP|prep|-1 "
    "Geneva|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
)
# "The negotiator from Ruritania and Vastland's envoy met."  -- one owner: no second side
NEGOTIATOR_ALONE = (
    "The|DET|det|1 negotiator|NOUN|nsubj|4 from|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    "met|VERB|ROOT|0||meet .|PUNCT|punct|-1"
)


def _events(nlp: Language, notation: str, group_end: int) -> tuple[Doc, list[Event]]:
    """Events with a nominal actor for the group up to token ``group_end`` (as the actors
    stage makes "Government of Ruritania") and one actor per other named owner."""
    doc = build(nlp, parsed(notation), {"Negotiators": "NNS", "negotiator": "NN", "met": "VBD"})
    group = doc[0:group_end]
    actors = [
        Actor(
            id="A1",
            name="Government of Ruritania",
            type="ORG",
            mentions=(Mention(group.start_char, group.end_char, group.text, "nominal"),),
        )
    ]
    for ent in doc.ents:
        if ent.text not in ("Ruritania", "Geneva"):
            actors.append(
                Actor(
                    id=f"A{len(actors) + 1}",
                    name=ent.text,
                    type="GPE",
                    mentions=(Mention(ent.start_char, ent.end_char, ent.text, "GPE"),),
                )
            )
    return doc, extract_events(doc, tuple(actors), (), (), PUBLISHED)


def test_people_from_two_conjoined_owners_act_for_both(blank_nlp: Language) -> None:
    _, events = _events(blank_nlp, NEGOTIATORS_FROM, 3)
    meeting = next(e for e in events if e.type == "CONSULT")
    assert meeting.actors == ("A1", "A2")


def test_people_from_one_owner_act_for_it_alone(blank_nlp: Language) -> None:
    _, events = _events(blank_nlp, NEGOTIATOR_ALONE, 4)
    assert all(e.actors in ((), ("A1",)) for e in events)
