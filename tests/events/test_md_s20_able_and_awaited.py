"""What one is able, fit, allowed or bound to do, what a deadline awaits and what one abstains
from are not coded as done: "has the capability to attack" attacked no one, "a deadline to
release the prisoners" released none, "abstained from condemning" condemned no one; "its
determination to attack" threatens an attack (modality.tsv). Invented sentences, hand-built
parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _events(blank_nlp: Language, notation: str, tags: dict[str, str]) -> list[tuple[str, bool]]:
    return [(e.type, e.intent) for e in events_of(build(blank_nlp, parsed(notation), tags))]


@pytest.mark.parametrize("noun", ["capability", "ability", "capacity"])
def test_an_act_one_is_able_to_do_is_not_done(blank_nlp: Language, noun: str) -> None:
    # "Ruritania has the <noun> to attack Vastland."
    notation = (
        f"Ruritania|PROPN|nsubj|1|B-GPE has|VERB|ROOT|0||have the|DET|det|1 {noun}|NOUN|dobj|-2 "
        "to|PART|aux|1 attack|VERB|acl|-2 Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    assert _events(blank_nlp, notation, {}) == []


@pytest.mark.parametrize("adjective", ["capable", "suitable"])
def test_an_act_one_is_capable_of_is_not_done(blank_nlp: Language, adjective: str) -> None:
    # "Ruritania is capable of attacking Vastland." (and "suitable for")
    prep = "of" if adjective == "capable" else "for"
    notation = (
        f"Ruritania|PROPN|nsubj|1|B-GPE is|AUX|ROOT|0||be {adjective}|ADJ|acomp|-1 "
        f"{prep}|ADP|prep|-1 attacking|VERB|pcomp|-1||attack Vastland|PROPN|dobj|-1|B-GPE "
        ".|PUNCT|punct|-5"
    )
    assert _events(blank_nlp, notation, {"attacking": "VBG"}) == []


def test_a_release_a_deadline_awaits_is_not_done(blank_nlp: Language) -> None:
    # "Ruritania gave Vastland a deadline to release the prisoners."
    notation = (
        "Ruritania|PROPN|nsubj|1|B-GPE gave|VERB|ROOT|0||give Vastland|PROPN|dative|-1|B-GPE "
        "a|DET|det|1 deadline|NOUN|dobj|-3 to|PART|aux|1 release|VERB|acl|-2 the|DET|det|1 "
        "prisoners|NOUN|dobj|-2||prisoner .|PUNCT|punct|-8"
    )
    assert "RETREAT" not in [t for t, _ in _events(blank_nlp, notation, {"gave": "VBD"})]


@pytest.mark.parametrize(("form", "lemma"), [("abstained", "abstain"), ("desisted", "desist")])
def test_an_act_abstained_from_is_not_done(blank_nlp: Language, form: str, lemma: str) -> None:
    # "Ruritania abstained from attacking Vastland."
    notation = (
        f"Ruritania|PROPN|nsubj|1|B-GPE {form}|VERB|ROOT|0||{lemma} from|ADP|prep|-1 "
        "attacking|VERB|pcomp|-1||attack Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-4"
    )
    assert _events(blank_nlp, notation, {form: "VBD", "attacking": "VBG"}) == []


def test_an_attack_one_voices_determination_for_is_a_threat(blank_nlp: Language) -> None:
    # "Ruritania voiced its determination to attack Vastland."
    notation = (
        "Ruritania|PROPN|nsubj|1|B-GPE voiced|VERB|ROOT|0||voice its|PRON|poss|1 "
        "determination|NOUN|dobj|-2 to|PART|aux|1 attack|VERB|acl|-2 "
        "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-6"
    )
    assert _events(blank_nlp, notation, {"voiced": "VBD"}) == [("THREATEN", True)]


@pytest.mark.parametrize("noun", ["permission", "potential", "duty", "obligation"])
def test_an_act_one_may_or_must_do_is_not_done(blank_nlp: Language, noun: str) -> None:
    # "Ruritania has the <noun> to send troops to Vastland."
    notation = (
        f"Ruritania|PROPN|nsubj|1|B-GPE has|VERB|ROOT|0||have the|DET|det|1 {noun}|NOUN|dobj|-2 "
        "to|PART|aux|1 send|VERB|acl|-2 troops|NOUN|dobj|-1||troop to|ADP|prep|-2 "
        "Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-8"
    )
    assert _events(blank_nlp, notation, {}) == []
