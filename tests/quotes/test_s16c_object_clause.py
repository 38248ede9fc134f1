"""'said comments by Mr Kale highlight divisions': the clause the parse made an object.

The Doc is built by hand with the parse the model gives such sentences in news
text: the verb of the reported clause taken for a compound of the next noun.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model

_ROWS = [  # word, head, dep, tag, pos, lemma, entity
    ("Mayor", 1, "compound", "NNP", "PROPN", "Mayor", "O"),
    ("Lund", 2, "nsubj", "NNP", "PROPN", "Lund", "B-PERSON"),
    ("said", 2, "ROOT", "VBD", "VERB", "say", "O"),
    ("remarks", 2, "dobj", "NNS", "NOUN", "remark", "O"),
    ("by", 3, "prep", "IN", "ADP", "by", "O"),
    ("Mr", 6, "compound", "NNP", "PROPN", "Mr", "O"),
    ("Kale", 4, "pobj", "NNP", "PROPN", "Kale", "B-PERSON"),
    ("show", 8, "compound", "VBP", "VERB", "show", "O"),
    ("splits", 3, "appos", "NNS", "NOUN", "split", "O"),
    ("within", 8, "prep", "IN", "ADP", "within", "O"),
    ("the", 11, "det", "DT", "DET", "the", "O"),
    ("council", 9, "pobj", "NN", "NOUN", "council", "O"),
    (".", 2, "punct", ".", "PUNCT", ".", "O"),
]


def _doc(nlp: Language) -> Doc:
    words, heads, deps, tags, pos, lemmas, ents = (list(c) for c in zip(*_ROWS, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=lemmas, ents=ents)


def test_finite_verb_inside_the_object_makes_it_content(nlp: Language) -> None:
    doc = _doc(nlp)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [(q.speaker_name, q.text) for q in quotes] == [
        ("Lund", "remarks by Mr Kale show splits within the council")
    ]


def test_an_object_without_a_verb_is_no_content(nlp: Language) -> None:
    doc = nlp("The priest said a prayer for the victims of the flood.")
    assert extract_quotes(doc, extract_actors(doc).actors) == []
