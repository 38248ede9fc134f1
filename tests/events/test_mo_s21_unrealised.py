"""Acts that did not take place are not coded as done: what "would have" been done
(modality.tsv "would_have"). Each test has a twin that must keep its event. Invented
sentences, hand-built parses."""

from __future__ import annotations

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
