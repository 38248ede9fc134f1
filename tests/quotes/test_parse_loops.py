"""Climbing the parse terminates: spaCy makes a new Token object on every access,
so a root must be recognised by equality (``head == token``), never identity."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.quotes.lexicon import load_lexicon
from newsgraph.quotes.speakers import cue_subject


def test_a_preposition_at_the_root_does_not_loop_forever() -> None:
    # "statement from officials": the parser made the preposition the root.
    words = ["statement", "from", "officials"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1], deps=["pobj", "ROOT", "pobj"],
              pos=["NOUN", "ADP", "NOUN"], lemmas=["statement", "from", "official"])
    assert cue_subject(doc[0], load_lexicon(), []) is None
