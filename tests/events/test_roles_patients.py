"""Who undergoes a passive that names no patient of its own: the noun a relative
pronoun or a participle stands for, or the subject of the clause a passive adjunct
hangs from. Invented sentences, hand-built parses (with tags: participles are VBN)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import build, events_of, parsed


def _events(nlp: Language, notation: str, participles: tuple[str, ...] = ()) -> list[Event]:
    """Events of one hand-parsed sentence; the words in ``participles`` are tagged VBN."""
    doc = build(nlp, parsed(notation), dict.fromkeys(participles, "VBN"))
    return events_of(doc)


def _names(event: Event, names: dict[str, str]) -> tuple[list[str], str | None]:
    return [names[a] for a in event.actors], names.get(event.recipient or "")


# "Ana Lopez, who was arrested by Chilean police, denied it."
RELATIVE = (
    "Ana|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubj|9|I-PERSON ,|PUNCT|punct|-1 "
    "who|PRON|nsubjpass|2 was|AUX|auxpass|1||be arrested|VERB|relcl|-4||arrest "
    "by|ADP|agent|-1 Chilean|ADJ|amod|1|B-NORP police|NOUN|pobj|-2 ,|PUNCT|punct|-8 "
    "denied|VERB|ROOT|0||deny it|PRON|dobj|-1 .|PUNCT|punct|-2"
)
# "Peru's envoy Ana Lopez, whom Chile accused of fraud, resigned."
OBJECT_RELATIVE = (
    "Peru|PROPN|poss|2|B-GPE 's|PART|case|-1 envoy|NOUN|compound|2 Ana|PROPN|compound|1|B-PERSON "
    "Lopez|PROPN|nsubj|8|I-PERSON ,|PUNCT|punct|-1 whom|PRON|dobj|2 Chile|PROPN|nsubj|1|B-GPE "
    "accused|VERB|relcl|-4||accuse of|ADP|prep|-1 fraud|NOUN|pobj|-1 ,|PUNCT|punct|-7 "
    "resigned|VERB|ROOT|0||resign .|PUNCT|punct|-1"
)
# "Ana Lopez, the Peruvian envoy who was expelled by Chile, left."
DESCRIBED = (
    "Ana|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubj|11|I-PERSON ,|PUNCT|punct|-1 "
    "the|DET|det|2 Peruvian|ADJ|amod|1|B-NORP envoy|NOUN|appos|-4 who|PRON|nsubjpass|2 "
    "was|AUX|auxpass|1||be expelled|VERB|relcl|-3||expel by|ADP|agent|-1 "
    "Chile|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-10 left|VERB|ROOT|0||leave .|PUNCT|punct|-1"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (RELATIVE, ("COERCE", ["Chilean"], "Ana Lopez")),
        (OBJECT_RELATIVE, ("ACCUSE", ["Chile"], "Ana Lopez")),
        # the relative clause hangs on the description; the name it describes is the patient
        (DESCRIBED, ("SANCTION", ["Chile"], "Ana Lopez")),
    ],
)
def test_a_relative_pronoun_stands_for_the_noun_it_follows(
    blank_nlp: Language, notation: str, expected: tuple[str, list[str], str]
) -> None:
    events = _events(blank_nlp, notation)
    names = {f"A{i}": e.text for i, e in enumerate(_doc_ents(blank_nlp, notation), start=1)}
    event = next(e for e in events if e.type == expected[0])
    assert (event.type, *_names(event, names)) == expected


def _doc_ents(nlp: Language, notation: str) -> list[str]:
    """The entity texts of a hand-parsed sentence, in order (actor ids A1, A2, ...)."""
    rows = parsed(notation)
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[i < len(rows) - 2 for i in range(len(rows))],
        ents=[r[4] for r in rows],
    )
    return list(doc.ents)


# "Two Peruvian soldiers killed by rebels were buried." / "... killed in the clash ..."
KILLED_BY = (
    "Two|NUM|nummod|2 Peruvian|ADJ|amod|1|B-NORP soldiers|NOUN|nsubjpass|5||soldier "
    "killed|VERB|acl|-1||kill by|ADP|agent|-1 rebels|NOUN|pobj|-1||rebel were|AUX|auxpass|1||be "
    "buried|VERB|ROOT|0||bury .|PUNCT|punct|-1"
)
KILLED_IN = (
    "Two|NUM|nummod|2 Peruvian|ADJ|amod|1|B-NORP soldiers|NOUN|nsubjpass|6||soldier "
    "killed|VERB|acl|-1||kill in|ADP|prep|-1 the|DET|det|1 clash|NOUN|pobj|-2 "
    "were|AUX|auxpass|1||be buried|VERB|ROOT|0||bury .|PUNCT|punct|-1"
)


def test_the_noun_a_passive_participle_modifies_underwent_it(blank_nlp: Language) -> None:
    (event,) = _events(blank_nlp, KILLED_BY, participles=("killed",))
    assert (event.type, event.actor, event.recipient) == ("ASSAULT", None, "A1")


def test_victims_named_by_a_participle_are_not_its_doers(blank_nlp: Language) -> None:
    # "Two Peruvian soldiers killed in the clash were buried": Peru was not the killer.
    (event,) = _events(blank_nlp, KILLED_IN, participles=("killed",))
    assert (event.type, event.actors, event.recipient) == ("ASSAULT", (), "A1")


# "Ana Lopez died after being shot." / "Ana Lopez was freed after being detained by Chile."
AFTER_BEING = (
    "Ana|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubj|1|I-PERSON died|VERB|ROOT|0||die "
    "after|ADP|prep|-1 being|AUX|auxpass|1||be shot|VERB|pcomp|-2||shoot .|PUNCT|punct|-4"
)
FREED_AFTER = (
    "Ana|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubjpass|3|I-PERSON was|AUX|auxpass|2||be "
    "later|ADV|advmod|1 seen|VERB|ROOT|0||see after|ADP|prep|-1 being|AUX|auxpass|1||be "
    "detained|VERB|pcomp|-2||detain by|ADP|agent|-1 Chile|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        (AFTER_BEING, ("ASSAULT", (), "A1")),
        (FREED_AFTER, ("COERCE", ("A2",), "A1")),
    ],
)
def test_a_passive_adjunct_befell_the_subject_of_its_clause(
    blank_nlp: Language, notation: str, expected: tuple[str, tuple[str, ...], str]
) -> None:
    (event,) = _events(blank_nlp, notation)
    assert (event.type, event.actors, event.recipient) == expected


# "Chile praised a plan unrelated to Peru, which was rejected by Bolivia."
WHICH_ON_A_NAME = (
    "Chile|PROPN|nsubj|1|B-GPE praised|VERB|ROOT|0||praise a|DET|det|1 plan|NOUN|dobj|-2 "
    "unrelated|ADJ|amod|-1 to|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-2 "
    "which|PRON|nsubjpass|2 was|AUX|auxpass|1||be rejected|VERB|relcl|-4||reject "
    "by|ADP|agent|-1 Bolivia|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-12"
)


def test_which_hung_on_a_name_after_a_preposition_is_not_that_name(
    blank_nlp: Language,
) -> None:
    events = _events(blank_nlp, WHICH_ON_A_NAME)
    rejected = next(e for e in events if e.trigger.text == "rejected")
    # Bolivia (A3) rejected what the clause describes, not Peru (A2).
    assert (rejected.actors, rejected.recipient) == (("A3",), None)


# "President Jonas Berg on Friday shortened by two hours the curfew." ("by" taken for an agent)
BY_AN_HOUR = (
    "President|PROPN|compound|2 Jonas|PROPN|compound|1|B-PERSON Berg|PROPN|nsubj|3|I-PERSON "
    "on|ADP|prep|2 Friday|PROPN|pobj|-1|B-DATE shortened|VERB|ROOT|0||shorten "
    "by|ADP|agent|-1 two|NUM|nummod|1|B-TIME hours|NOUN|pobj|-2|I-TIME the|DET|det|1 "
    "curfew|NOUN|dobj|-5 .|PUNCT|punct|-6"
)
# "Jo Hale, the hunter accidentally shot by Jonas Berg, recovered." (an active parse)
SHOT_BY = (
    "Jo|PROPN|compound|1|B-PERSON Hale|PROPN|ROOT|0|I-PERSON ,|PUNCT|punct|4 the|DET|det|1 "
    "hunter|NOUN|nsubj|2 accidentally|ADV|advmod|1 shot|VERB|relcl|-5||shoot by|ADP|agent|-1 "
    "Jonas|PROPN|compound|1|B-PERSON Berg|PROPN|pobj|-2|I-PERSON ,|PUNCT|punct|-4 "
    "recovered|VERB|conj|-5||recover .|PUNCT|punct|-6"
)


@pytest.mark.parametrize(
    ("notation", "trigger", "doers"),
    [(BY_AN_HOUR, "shortened", ("A1",)), (SHOT_BY, "shot", ("A2",))],
)
def test_an_active_subject_beats_a_by_phrase_that_names_no_one(
    blank_nlp: Language, notation: str, trigger: str, doers: tuple[str, ...]
) -> None:
    (event,) = [e for e in _events(blank_nlp, notation) if e.trigger.text == trigger]
    assert event.actors == doers


# "Doctors from Peru donated to Chile." parsed without a main verb: "donated" hangs on Peru
NO_MAIN_VERB = (
    "Doctors|NOUN|ROOT|0||doctor from|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE "
    "donated|VERB|acl|-1||donate to|ADP|prep|-1 Chile|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
)


def test_a_participle_in_a_sentence_without_a_verb_is_no_modifier(blank_nlp: Language) -> None:
    events = _events(blank_nlp, NO_MAIN_VERB, participles=("donated",))
    assert [e.recipient for e in events if e.trigger.text == "donated"] in ([], ["A2"])
