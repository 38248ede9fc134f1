"""Who did a noun act whose "by" phrase the parser hangs on its "of" object ("the arrests
of journalists [by Vastland]"): the act names no doer of its own, so that phrase's actor
did it; not a person's work ("the ban of a book [by Kiva]"), nor when the act names its
own doer. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.events.noun_doers import _noun_doers

from .conftest import actors_from_ents, build, events_of, parsed

# "The arrests of journalists by Vastland drew criticism."
ARRESTS = (
    "The|DET|det|1 arrests|NOUN|nsubj|5||arrest of|ADP|prep|-1 "
    "journalists|NOUN|pobj|-1||journalist "
    "by|ADP|prep|-1 Vastland|PROPN|pobj|-1|B-GPE drew|VERB|ROOT|0||draw "
    "criticism|NOUN|dobj|-1 .|PUNCT|punct|-2"
)
# "The ban of a book by Kiva Tamm drew criticism."
BOOK = (
    "The|DET|det|1 ban|NOUN|nsubj|7 of|ADP|prep|-1 a|DET|det|1 book|NOUN|pobj|-2 "
    "by|ADP|prep|-1 Kiva|PROPN|compound|1|B-PERSON Tamm|PROPN|pobj|-2|I-PERSON "
    "drew|VERB|ROOT|0||draw criticism|NOUN|dobj|-1 .|PUNCT|punct|-2"
)
# "Ruritania's arrests of journalists by Vastland drew criticism."
OWN_DOER = (
    "Ruritania|PROPN|poss|2|B-GPE 's|PART|case|-1 arrests|NOUN|nsubj|6||arrest "
    "of|ADP|prep|-1 journalists|NOUN|pobj|-1||journalist by|ADP|prep|-1 "
    "Vastland|PROPN|pobj|-1|B-GPE drew|VERB|ROOT|0||draw criticism|NOUN|dobj|-1 .|PUNCT|punct|-2"
)
_TAGS = {"drew": "VBD", "journalists": "NNS", "book": "NN", "arrests": "NNS", "ban": "NN"}


def _doers(nlp: Language, notation: str, noun: str, kind: str) -> list[str]:
    doc = build(nlp, parsed(notation), _TAGS)
    token = next(t for t in doc if t.text == noun)
    doers, _ = _noun_doers(token, actors_from_ents(doc), kind)
    return [a.name for a in doers]


def test_a_by_phrase_on_the_of_object_names_the_doer(blank_nlp: Language) -> None:
    assert _doers(blank_nlp, ARRESTS, "arrests", "COERCE") == ["Vastland"]


def test_a_person_who_made_a_single_thing_did_not_do_the_act(blank_nlp: Language) -> None:
    assert _doers(blank_nlp, BOOK, "ban", "SANCTION") == []


def test_an_act_with_its_own_doer_keeps_it(blank_nlp: Language) -> None:
    assert _doers(blank_nlp, OWN_DOER, "arrests", "COERCE") == ["Ruritania"]


def test_the_event_has_the_doer_and_not_as_its_target(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(ARRESTS), _TAGS)
    arrests = [e for e in events_of(doc) if e.trigger.text == "arrests"]
    assert [(e.actors, e.recipient) for e in arrests] == [(("A1",), None)]


# "The ban of the colonisation of islands by Vastland ended."
COLONISATION = (
    "The|DET|det|1 ban|NOUN|nsubj|9 of|ADP|prep|-1 the|DET|det|1 "
    "colonisation|NOUN|pobj|-2 of|ADP|prep|-1 islands|NOUN|pobj|-1||island "
    "by|ADP|prep|-3 Vastland|PROPN|pobj|-1|B-GPE ended|VERB|ROOT|0||end .|PUNCT|punct|-1"
)


def test_a_by_phrase_on_an_act_of_its_own_is_that_acts(blank_nlp: Language) -> None:
    assert _doers(blank_nlp, COLONISATION, "ban", "SANCTION") == []
