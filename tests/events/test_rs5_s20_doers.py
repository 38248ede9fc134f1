"""Three kinds of wrong doer: a person's kin is another person ("Levi's father thanked
Cohen" was thanked by the father, not Levi); a participle after a mandative "that" clause
is the demander's ("Vastia demanded that the King hand over power, rejecting his offer":
Vastia rejects, not the King); a place noun in apposition to an act names where it was
("Explosions, the Vastian city, ...": Vastia set off nothing). Invented sentences,
hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.events.phrase_actors import actors_of

from .conftest import actors_from_ents, build, doers_of, parsed

# "Levi's father thanked Cohen."
KIN = (
    "Levi|PROPN|poss|2|B-PERSON 's|PART|case|-1 father|NOUN|nsubj|1 "
    "thanked|VERB|ROOT|0||thank Cohen|PROPN|dobj|-1|B-PERSON .|PUNCT|punct|-2"
)
# "Levi's aides thanked Cohen." (the plural rule this extends)
AIDES = (
    "Levi|PROPN|poss|2|B-PERSON 's|PART|case|-1 aides|NOUN|nsubj|1||aide "
    "thanked|VERB|ROOT|0||thank Cohen|PROPN|dobj|-1|B-PERSON .|PUNCT|punct|-2"
)
# "Vastia demanded that the King hand over power, rejecting his offer."
MANDATE = (
    "Vastia|PROPN|nsubj|1|B-GPE demanded|VERB|ROOT|0||demand that|SCONJ|mark|3 "
    "the|DET|det|1 King|PROPN|nsubj|1|B-PERSON hand|VERB|ccomp|-4||hand over|ADP|prt|-1 "
    "power|NOUN|dobj|-2 ,|PUNCT|punct|-3 rejecting|VERB|advcl|-4||reject his|PRON|poss|1 "
    "offer|NOUN|dobj|-2 .|PUNCT|punct|-11"
)
# "Vastia said that the King handed over power, rejecting the offer." (no mandate)
SAID = (
    "Vastia|PROPN|nsubj|1|B-GPE said|VERB|ROOT|0||say that|SCONJ|mark|3 "
    "the|DET|det|1 King|PROPN|nsubj|1|B-PERSON handed|VERB|ccomp|-4||hand over|ADP|prt|-1 "
    "power|NOUN|dobj|-2 ,|PUNCT|punct|-3 rejecting|VERB|advcl|-4||reject the|DET|det|1 "
    "offer|NOUN|dobj|-2 .|PUNCT|punct|-11"
)
# "Explosions, the Vastian city, ripped through the mosque, destroying the wall."
PLACE = (
    "Explosions|NOUN|nsubj|5||explosion ,|PUNCT|punct|-1 the|DET|det|2 "
    "Vastian|ADJ|amod|1|B-NORP city|NOUN|appos|-4 ,|PUNCT|punct|-5 ripped|VERB|ROOT|0||rip "
    "through|ADP|prep|-1 the|DET|det|1 mosque|NOUN|pobj|-2 ,|PUNCT|punct|-4 "
    "destroying|VERB|advcl|-5||destroy the|DET|det|1 wall|NOUN|dobj|-2 .|PUNCT|punct|-8"
)
_TAGS = {"hand": "VB", "handed": "VBD", "rejecting": "VBG", "destroying": "VBG", "aides": "NNS"}


def test_a_persons_kin_is_not_that_person(blank_nlp: Language) -> None:
    assert ("A1",) not in doers_of(blank_nlp, KIN, "thanked", _TAGS)


def test_a_persons_aides_are_not_that_person(blank_nlp: Language) -> None:
    assert ("A1",) not in doers_of(blank_nlp, AIDES, "thanked", _TAGS)


def test_a_participle_after_a_demand_is_the_demanders(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, MANDATE, "rejecting", _TAGS) == [("A1",)]


def test_a_participle_after_a_reported_act_is_that_acts_doers(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, SAID, "rejecting", _TAGS) == [("A2",)]


def test_a_place_in_apposition_to_an_act_is_no_doer(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(PLACE), _TAGS)
    # the subject "Explosions" (whose act "destroying" inherits it) names no actor
    assert actors_of(doc[0], actors_from_ents(doc)) == []
