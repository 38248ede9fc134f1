"""An act set aside "instead of" another is not done, as one set aside "rather than" it
(modality.tsv instead_of, read by frames._forgone): "Vastland waited instead of
attacking Ruritania" codes no ASSAULT; "soon after attacking Ruritania" keeps it.
Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


@pytest.mark.parametrize(
    ("adverb", "prep", "attacked"), [("Instead", "of", False), ("Soon", "after", True)]
)
def test_an_act_set_aside_instead_of_another_is_not_done(
    blank_nlp: Language, adverb: str, prep: str, attacked: bool
) -> None:
    # "Vastland waited <adverb> <prep> attacking Ruritania ."
    notation = (
        f"Vastland|PROPN|nsubj|1|B-GPE waited|VERB|ROOT|0||wait "
        f"{adverb.lower()}|ADV|advmod|1 {prep}|ADP|prep|-2 attacking|VERB|pcomp|-1||attack "
        "Ruritania|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-5"
    )
    doc = build(blank_nlp, parsed(notation), {"attacking": "VBG", "waited": "VBD"})
    assert ("ASSAULT" in [e.type for e in events_of(doc)]) is attacked
