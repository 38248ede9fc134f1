"""Acts only weighed, recommended, refrained from or about to happen are not coded as done:
"Ruritania is mulling sending troops" has sent none, "a recommendation to impose sanctions"
imposes none, "refrained from attacking" attacked no one; "the army is poised to attack"
threatens an attack, as "aspires to impose sanctions" threatens sanctions (modality.tsv).
Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _weighing(form: str, lemma: str) -> str:
    # "Ruritania is <form> sending troops to Vastland."
    return (
        f"Ruritania|PROPN|nsubj|2|B-GPE is|AUX|aux|1||be {form}|VERB|ROOT|0||{lemma} "
        "sending|VERB|xcomp|-1||send troops|NOUN|dobj|-1||troop to|ADP|prep|-2 "
        "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-5"
    )


def _types(blank_nlp: Language, notation: str, tags: dict[str, str]) -> list[str]:
    return [e.type for e in events_of(build(blank_nlp, parsed(notation), tags))]


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("mulling", "mull", []),
        ("weighing", "weigh", []),
        ("contemplating", "contemplate", []),
        ("pondering", "ponder", []),
        ("envisaging", "envisage", []),
        ("envisioning", "envision", []),
        # a verb that weighs nothing leaves the sending done
        ("keeping", "keep", ["MOBILIZE"]),
    ],
)
def test_an_act_being_weighed_is_not_done(
    blank_nlp: Language, form: str, lemma: str, expected: list[str]
) -> None:
    tags = {form: "VBG", "sending": "VBG"}
    assert _types(blank_nlp, _weighing(form, lemma), tags) == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("recommendation", []),
        ("suggestion", []),
        ("option", []),
        ("idea", []),
        ("order", ["SANCTION"]),  # an order to impose them is coded as done
    ],
)
def test_what_a_recommendation_holds_is_not_done(
    blank_nlp: Language, noun: str, expected: list[str]
) -> None:
    # "The panel issued a <noun> to impose sanctions on Vastland."
    notation = (
        "The|DET|det|1 panel|NOUN|nsubj|1 issued|VERB|ROOT|0||issue a|DET|det|1 "
        f"{noun}|NOUN|dobj|-2 to|PART|aux|1 impose|VERB|acl|-2 sanctions|NOUN|dobj|-1||sanction "
        "on|ADP|prep|-2 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
    )
    assert _types(blank_nlp, notation, {"issued": "VBD"}) == expected


# "Ruritania refrained from attacking Vastland."
REFRAINED = (
    "Ruritania|PROPN|nsubj|1|B-GPE refrained|VERB|ROOT|0||refrain from|ADP|prep|-1 "
    "attacking|VERB|pcomp|-1||attack Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-4"
)
# "Ruritania forgoes attacking Vastland."
FORGOES = (
    "Ruritania|PROPN|nsubj|1|B-GPE forgoes|VERB|ROOT|0||forgo "
    "attacking|VERB|xcomp|-1||attack Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-3"
)


@pytest.mark.parametrize("notation", [REFRAINED, FORGOES])
def test_an_act_refrained_from_is_not_done(blank_nlp: Language, notation: str) -> None:
    tags = {"refrained": "VBD", "forgoes": "VBZ", "attacking": "VBG"}
    assert _types(blank_nlp, notation, tags) == []


def test_an_attack_the_army_is_poised_for_is_a_threat(blank_nlp: Language) -> None:
    # "The army is poised to attack Vastland."
    notation = (
        "The|DET|det|1 army|NOUN|nsubjpass|2 is|AUX|auxpass|1||be poised|VERB|ROOT|0||poise "
        "to|PART|aux|1 attack|VERB|xcomp|-2 Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-4"
    )
    doc = build(blank_nlp, parsed(notation), {"poised": "VBN"})
    assert [(e.type, e.intent) for e in events_of(doc)] == [("THREATEN", True)]


@pytest.mark.parametrize(("form", "lemma"), [("aspires", "aspire"), ("strives", "strive")])
def test_an_act_striven_for_is_intended(blank_nlp: Language, form: str, lemma: str) -> None:
    # "Ruritania aspires to impose sanctions on Vastland."
    notation = (
        f"Ruritania|PROPN|nsubj|1|B-GPE {form}|VERB|ROOT|0||{lemma} to|PART|aux|1 "
        "impose|VERB|xcomp|-2 sanctions|NOUN|dobj|-1||sanction on|ADP|prep|-2 "
        "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    doc = build(blank_nlp, parsed(notation), {form: "VBZ"})
    assert [(e.type, e.intent) for e in events_of(doc)] == [("THREATEN", True)]
