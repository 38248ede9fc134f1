"""Acts that did not take place are not coded as done: what "would have" been done
(modality.tsv "would_have"), an act a "when" clause awaits under "will" (clause_cues), a
gerund after "toward" (frames) and an infinitive under a present-tense relative clause
(screening.habitual_relative). Each test has a twin that must keep its event. Invented
sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _events(blank_nlp: Language, notation: str, tags: dict[str, str]) -> list[tuple[str, bool]]:
    return [(e.type, e.intent) for e in events_of(build(blank_nlp, parsed(notation), tags))]


def test_what_would_have_been_done_did_not_happen(blank_nlp: Language) -> None:
    # "Ruritania would have attacked Vastland."
    notation = (
        "Ruritania|PROPN|nsubj|3|B-GPE would|AUX|aux|2 have|AUX|aux|1 "
        "attacked|VERB|ROOT|0||attack Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    assert _events(blank_nlp, notation, {"would": "MD", "attacked": "VBN"}) == []


def test_what_would_be_done_is_still_a_threat(blank_nlp: Language) -> None:
    # "Ruritania would attack Vastland."
    notation = (
        "Ruritania|PROPN|nsubj|2|B-GPE would|AUX|aux|1 attack|VERB|ROOT|0 "
        "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    assert _events(blank_nlp, notation, {"would": "MD"}) == [("THREATEN", True)]


def test_a_reported_would_have_with_an_if_did_not_happen(blank_nlp: Language) -> None:
    # "Ana said Ruritania would have attacked Vastland if asked."
    notation = (
        "Ana|PROPN|nsubj|1|B-PERSON said|VERB|ROOT|0||say Ruritania|PROPN|nsubj|3|B-GPE "
        "would|AUX|aux|2 have|AUX|aux|1 attacked|VERB|ccomp|-4||attack "
        "Vastland|PROPN|dobj|-1|B-GPE if|SCONJ|mark|1 asked|VERB|advcl|-3||ask .|PUNCT|punct|-8"
    )
    tags = {"said": "VBD", "would": "MD", "attacked": "VBN", "asked": "VBN"}
    assert "ACCUSE" not in [t for t, _ in _events(blank_nlp, notation, tags)]
    assert "ASSAULT" not in [t for t, _ in _events(blank_nlp, notation, tags)]
    assert "THREATEN" not in [t for t, _ in _events(blank_nlp, notation, tags)]


def _ratified(aux: str, tag: str) -> tuple[str, dict[str, str]]:
    # "The treaty <aux> come into force when ratified by Vastland."
    notation = (
        f"The|DET|det|1 treaty|NOUN|nsubj|2 {aux}|AUX|aux|1 come|VERB|ROOT|0 "
        "into|ADP|prep|-1 force|NOUN|pobj|-1 when|SCONJ|advmod|1 "
        "ratified|VERB|advcl|-4||ratify by|ADP|agent|-1 Vastland|PROPN|pobj|-1|B-GPE "
        ".|PUNCT|punct|-7"
    )
    return notation, {aux: tag, "ratified": "VBN"}


def test_an_act_a_when_clause_awaits_under_will_is_not_done(blank_nlp: Language) -> None:
    notation, tags = _ratified("will", "MD")
    assert _events(blank_nlp, notation, tags) == []


def test_a_when_clause_under_a_past_verb_took_place(blank_nlp: Language) -> None:
    # "The treaty did come into force when ratified by Vastland."
    notation, tags = _ratified("did", "VBD")
    assert [t for t, _ in _events(blank_nlp, notation, tags)] == ["SUPPORT"]


@pytest.mark.parametrize(("prep", "kept"), [("toward", False), ("after", True)])
def test_a_gerund_after_toward_is_aimed_at(blank_nlp: Language, prep: str, kept: bool) -> None:
    # "Ruritania continued working <prep> freeing the hostages."
    notation = (
        "Ruritania|PROPN|nsubj|1|B-GPE continued|VERB|ROOT|0||continue "
        "working|VERB|xcomp|-1||work "
        f"{prep}|ADP|prep|-1 freeing|VERB|pcomp|-1||free the|DET|det|1 "
        "hostages|NOUN|dobj|-2||hostage .|PUNCT|punct|-7"
    )
    tags = {"continued": "VBD", "working": "VBG", "freeing": "VBG"}
    assert ("RETREAT" in [t for t, _ in _events(blank_nlp, notation, tags)]) is kept


@pytest.mark.parametrize(
    ("verb", "tag", "kept"), [("decides", "VBZ", False), ("decided", "VBD", True)]
)
def test_an_infinitive_under_a_present_relative_clause_is_a_rule(
    blank_nlp: Language, verb: str, tag: str, kept: bool
) -> None:
    # "Every country that <verb> to recognize Vastland will face sanctions."
    notation = (
        f"Every|DET|det|1 country|NOUN|nsubj|7 that|PRON|nsubj|1 {verb}|VERB|relcl|-2||decide "
        "to|PART|aux|1 recognize|VERB|xcomp|-2 Vastland|PROPN|dobj|-1|B-GPE "
        "will|AUX|aux|1 face|VERB|ROOT|0 sanctions|NOUN|dobj|-1||sanction .|PUNCT|punct|-2"
    )
    types = [t for t, _ in _events(blank_nlp, notation, {verb: tag, "that": "WDT", "will": "MD"})]
    assert ("SUPPORT" in types) is kept


def test_an_intent_under_a_present_relative_clause_is_kept(blank_nlp: Language) -> None:
    # "Ruritania formed a militia which intends to attack Vastland."
    notation = (
        "Ruritania|PROPN|nsubj|1|B-GPE formed|VERB|ROOT|0||form a|DET|det|1 "
        "militia|NOUN|dobj|-2 which|PRON|nsubj|1 intends|VERB|relcl|-2||intend "
        "to|PART|aux|1 attack|VERB|xcomp|-2 Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-8"
    )
    tags = {"formed": "VBD", "which": "WDT", "intends": "VBZ"}
    assert ("THREATEN", True) in _events(blank_nlp, notation, tags)


@pytest.mark.parametrize(("mark", "kept"), [("if", False), ("as", True)])
def test_an_act_named_inside_an_if_clause_is_supposed(
    blank_nlp: Language, mark: str, kept: bool
) -> None:
    # "Ruritania will arrest the protesters <if/as> they go ahead with the protest."
    notation = (
        "Ruritania|PROPN|nsubj|2|B-GPE will|AUX|aux|1 arrest|VERB|ROOT|0 the|DET|det|1 "
        f"protesters|NOUN|dobj|-2||protester {mark}|SCONJ|mark|2 they|PRON|nsubj|1 "
        "go|VERB|advcl|-5 ahead|ADV|advmod|-1 with|ADP|prep|-2 the|DET|det|1 "
        "protest|NOUN|pobj|-2 .|PUNCT|punct|-10"
    )
    tags = {"will": "MD", "go": "VBP"}
    assert ("PROTEST" in [t for t, _ in _events(blank_nlp, notation, tags)]) is kept


def test_a_noun_with_its_own_source_inside_an_if_clause_took_place(blank_nlp: Language) -> None:
    # "Ruritania will act if Vastland ignores the protest by the students."
    notation = (
        "Ruritania|PROPN|nsubj|2|B-GPE will|AUX|aux|1 act|VERB|ROOT|0 if|SCONJ|mark|2 "
        "Vastland|PROPN|nsubj|1|B-GPE ignores|VERB|advcl|-3||ignore the|DET|det|1 "
        "protest|NOUN|dobj|-2 by|ADP|prep|-1 students|NOUN|pobj|-1||student .|PUNCT|punct|-8"
    )
    tags = {"will": "MD", "ignores": "VBZ"}
    assert "PROTEST" in [t for t, _ in _events(blank_nlp, notation, tags)]


@pytest.mark.parametrize(("have", "expected"), [(True, []), (False, [("REJECT", True)])])
def test_a_not_between_would_and_have_is_passed_over(
    blank_nlp: Language, have: bool, expected: list[tuple[str, bool]]
) -> None:
    # "Ruritania would not have signed the deal." / "Ruritania would not sign the deal."
    if have:
        notation = (
            "Ruritania|PROPN|nsubj|4|B-GPE would|AUX|aux|3 not|PART|neg|2 have|AUX|aux|1 "
            "signed|VERB|ROOT|0||sign the|DET|det|1 deal|NOUN|dobj|-2 .|PUNCT|punct|-3"
        )
        tags = {"would": "MD", "signed": "VBN"}
    else:
        notation = (
            "Ruritania|PROPN|nsubj|3|B-GPE would|AUX|aux|2 not|PART|neg|1 sign|VERB|ROOT|0 "
            "the|DET|det|1 deal|NOUN|dobj|-2 .|PUNCT|punct|-3"
        )
        tags = {"would": "MD"}
    assert _events(blank_nlp, notation, tags) == expected


@pytest.mark.parametrize(("words", "kept"), [("rather|ADV|advmod|1 than", False), ("after", True)])
def test_an_act_set_aside_rather_than_done_is_not_done(
    blank_nlp: Language, words: str, kept: bool
) -> None:
    # "Ruritania praised the attack rather than condemning it." (and "after condemning it")
    prep = words.split()[-1]
    head, end = (-4, -7) if prep == "than" else (-3, -6)
    adverb = words.split()[0] + " " if prep == "than" else ""
    notation = (
        "Ruritania|PROPN|nsubj|1|B-GPE praised|VERB|ROOT|0||praise the|DET|det|1 "
        f"attack|NOUN|dobj|-2 {adverb}{prep}|ADP|prep|{head} condemning|VERB|pcomp|-1||condemn "
        f"it|PRON|dobj|-1 .|PUNCT|punct|{end}"
    )
    tags = {"praised": "VBD", "condemning": "VBG"}
    assert ("ACCUSE" in [t for t, _ in _events(blank_nlp, notation, tags)]) is kept


@pytest.mark.parametrize("imperative", [True, False])
def test_a_bare_verb_opening_its_sentence_asks_for_the_act(
    blank_nlp: Language, imperative: bool
) -> None:
    # "Abolish the agency." / "Ruritania abolished the agency."
    if imperative:
        notation = "Abolish|VERB|ROOT|0||abolish the|DET|det|1 agency|NOUN|dobj|-2 .|PUNCT|punct|-3"
        tags = {"Abolish": "VB"}
    else:
        notation = (
            "Ruritania|PROPN|nsubj|1|B-GPE abolished|VERB|ROOT|0||abolish the|DET|det|1 "
            "agency|NOUN|dobj|-2 .|PUNCT|punct|-3"
        )
        tags = {"abolished": "VBD"}
    assert (_events(blank_nlp, notation, tags) == []) is imperative


@pytest.mark.parametrize(("will", "intent"), [(True, True), (False, False)])
def test_talks_that_will_resume_are_scheduled(
    blank_nlp: Language, will: bool, intent: bool
) -> None:
    # "Talks with Ruritania will resume on Monday." / "Talks with Ruritania resumed on Monday."
    if will:
        verb = "will|AUX|aux|1 resume|VERB|ROOT|0"
        tags = {"will": "MD"}
    else:
        verb = "resumed|VERB|ROOT|0||resume"
        tags = {"resumed": "VBD"}
    subject_head = 4 if will else 3
    notation = (
        f"Talks|NOUN|nsubj|{subject_head}||talk with|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
        f"{verb} on|ADP|prep|-1 Monday|PROPN|pobj|-1|B-DATE .|PUNCT|punct|-3"
    )
    assert [e for e in _events(blank_nlp, notation, tags) if e[0] == "CONSULT"] == [
        ("CONSULT", intent)
    ]
