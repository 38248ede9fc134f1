"""'announcing it will appoint a panel': the reported content is the clause, not 'it'.

The Doc is built by hand with the parse the model gives such sentences in news
text: the pronoun taken for the cue's object, its verb hung elsewhere.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model

_ROWS = [  # word, head, dep, tag, pos, lemma
    ("The", 1, "det", "DT", "DET", "the"),
    ("regulator", 2, "nsubj", "NN", "NOUN", "regulator"),
    ("stepped", 2, "ROOT", "VBD", "VERB", "step"),
    ("in", 2, "prt", "RP", "ADP", "in"),
    ("on", 2, "prep", "IN", "ADP", "on"),
    ("Friday", 4, "pobj", "NNP", "PROPN", "Friday"),
    (",", 2, "punct", ",", "PUNCT", ","),
    ("firing", 15, "csubj", "VBG", "VERB", "fire"),
    ("Acme", 10, "poss", "NNP", "PROPN", "Acme"),
    ("'s", 8, "case", "POS", "PART", "'s"),
    ("board", 7, "dobj", "NN", "NOUN", "board"),
    (",", 7, "punct", ",", "PUNCT", ","),
    ("announcing", 7, "conj", "VBG", "VERB", "announce"),
    ("it", 12, "dobj", "PRP", "PRON", "it"),
    ("will", 15, "aux", "MD", "AUX", "will"),
    ("appoint", 2, "conj", "VB", "VERB", "appoint"),
    ("a", 17, "det", "DT", "DET", "a"),
    ("panel", 15, "dobj", "NN", "NOUN", "panel"),
    ("to", 19, "aux", "TO", "PART", "to"),
    ("run", 15, "xcomp", "VB", "VERB", "run"),
    ("the", 21, "det", "DT", "DET", "the"),
    ("bank", 19, "dobj", "NN", "NOUN", "bank"),
    (".", 2, "punct", ".", "PUNCT", "."),
]


def _doc(nlp: Language) -> Doc:
    words, heads, deps, tags, pos, lemmas = (list(c) for c in zip(*_ROWS, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=lemmas)


def test_subject_pronoun_taken_for_object_opens_the_content(nlp: Language) -> None:
    doc = _doc(nlp)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [q.text for q in quotes] == ["it will appoint a panel to run the bank"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The firm announced it on Monday.", "it"),  # no verb of its own: the object stays
    ],
)
def test_objects_stay_objects(nlp: Language, text: str, content: str) -> None:
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [q.text for q in quotes] == [content]
