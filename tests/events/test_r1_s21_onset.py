"""Acts that were only about to begin, or got away from, are not done: a noun that is the
subject of a verb that begins it (modality.tsv onset: erupt, start, break out ...) with
that verb's "could", "will" or "not" (frames._onset_unrealised), and an act one evaded,
eluded or dodged (modality.tsv negative, as "avoid"). Each test has a twin that keeps its
event. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.lexicon import load_lexicon

from .conftest import build, events_of, parsed


def _types(blank_nlp: Language, notation: str, tags: dict[str, str] | None = None) -> list[str]:
    return [e.type for e in events_of(build(blank_nlp, parsed(notation), tags or {}))]


_AUXES = {
    "": "",
    "could": "could|AUX|aux|1 ",
    "will": "will|AUX|aux|1 ",
    "may": "may|AUX|aux|1 ",
    "did not": "did|AUX|aux|2 not|PART|neg|1 ",
}


def _attack(verb: str, lemma: str, auxes: str) -> str:
    # "The attack <auxes> <verb> at dawn ."
    between = len(auxes.split()) + 1
    return (
        f"The|DET|det|1 attack|NOUN|nsubj|{between} {_AUXES[auxes]}"
        f"{verb}|VERB|ROOT|0||{lemma} at|ADP|prep|-1 dawn|NOUN|pobj|-1 .|PUNCT|punct|-3"
    )


@pytest.mark.parametrize("auxes", ["could", "will", "did not", "may"])
def test_an_attack_that_could_start_has_not_taken_place(blank_nlp: Language, auxes: str) -> None:
    assert "ASSAULT" not in _types(blank_nlp, _attack("start", "start", auxes))


def test_an_attack_that_started_took_place(blank_nlp: Language) -> None:
    assert "ASSAULT" in _types(blank_nlp, _attack("started", "start", ""))


def test_an_attack_that_will_spread_is_going_on(blank_nlp: Language) -> None:
    # "violence will spread": a continuing verb is no onset
    assert "ASSAULT" in _types(blank_nlp, _attack("spread", "spread", "will"))


def _break_out(auxes: str) -> str:
    # "The attack <auxes> broke/break out ." (the particle makes the onset verb)
    verb = "break" if auxes else "broke"
    return (
        f"The|DET|det|1 attack|NOUN|nsubj|{len(auxes.split()) + 1} {_AUXES[auxes]}"
        f"{verb}|VERB|ROOT|0||break out|ADP|prt|-1 .|PUNCT|punct|-2"
    )


def test_an_attack_that_did_not_break_out_has_not_taken_place(blank_nlp: Language) -> None:
    assert "ASSAULT" not in _types(blank_nlp, _break_out("did not"))
    assert "ASSAULT" in _types(blank_nlp, _break_out(""))


def test_onset_verbs_are_still_verbs_of_occurring() -> None:
    lexicon = load_lexicon()
    assert "erupt" in lexicon.onsets and lexicon.modality["erupt"] == "occur"
    assert "spread" not in lexicon.onsets and lexicon.modality["spread"] == "occur"


@pytest.mark.parametrize(
    ("verb", "lemma"), [("evaded", "evade"), ("eluded", "elude"), ("dodged", "dodge")]
)
def test_an_arrest_evaded_did_not_happen(blank_nlp: Language, verb: str, lemma: str) -> None:
    # "Ana Lopez <verb> arrest ."
    notation = (
        f"Ana|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubj|1|I-PERSON "
        f"{verb}|VERB|ROOT|0||{lemma} "
        "arrest|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    assert "COERCE" not in _types(blank_nlp, notation, {verb: "VBD"})
    # "Ana Lopez faced arrest": the arrest she faces is hers to undergo, still coded
    faced = notation.replace(f"{verb}|VERB|ROOT|0||{lemma}", "faced|VERB|ROOT|0||face")
    assert "COERCE" in _types(blank_nlp, faced, {"faced": "VBD"})
