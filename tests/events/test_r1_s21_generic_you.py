"""An act whose subject is a generic "you" ("every time you visit the doctor", "you don't
defend sovereignty with flags", "you would be talking to people") is what anyone does,
no act reported (screening.no_one_involved); "you attacked" and "you have attacked"
address someone and keep their act. Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _types(blank_nlp: Language, auxes: str, verb: str, tag: str) -> list[str]:
    # "You <auxes> <verb> Vastland ."
    aux_rows = {
        "": "",
        "would": "would|AUX|aux|1 ",
        "will": "will|AUX|aux|1 ",
        "have": "have|AUX|aux|1 ",
    }[auxes]
    between = len(auxes.split()) + 1
    notation = (
        f"You|PRON|nsubj|{between} {aux_rows}{verb}|VERB|ROOT|0||attack "
        "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    return [e.type for e in events_of(build(blank_nlp, parsed(notation), {verb: tag}))]


@pytest.mark.parametrize(
    ("auxes", "verb", "tag"),
    [("", "attack", "VBP"), ("would", "attack", "VB"), ("will", "attack", "VB")],
)
def test_a_generic_you_does_no_act(blank_nlp: Language, auxes: str, verb: str, tag: str) -> None:
    assert _types(blank_nlp, auxes, verb, tag) == []


@pytest.mark.parametrize(
    ("auxes", "verb", "tag"), [("", "attacked", "VBD"), ("have", "attacked", "VBN")]
)
def test_a_you_addressed_keeps_its_act(
    blank_nlp: Language, auxes: str, verb: str, tag: str
) -> None:
    assert _types(blank_nlp, auxes, verb, tag) == ["ASSAULT"]
