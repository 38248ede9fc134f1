"""'..., with Jo Doe saying ...': the person after 'with' speaks, not the clause's subject.

The Doc is built by hand with the parse the model gives such sentences in news
text: the participle hung on the main verb, its subject left as the object of
'with'.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model

# "Praise came quickly with Senator Jo Doe of Ohio saying that the law was fair ."
_WORDS = ["Praise", "came", "quickly", "with", "Senator", "Jo", "Doe", "of", "Ohio",
          "saying", "that", "the", "law", "was", "fair", "."]
_HEADS = [1, 1, 1, 1, 6, 6, 3, 6, 7, 1, 13, 12, 13, 9, 13, 1]
_DEPS = ["nsubj", "ROOT", "advmod", "prep", "compound", "compound", "pobj", "prep", "pobj",
         "advcl", "mark", "det", "nsubj", "ccomp", "acomp", "punct"]
_TAGS = ["NN", "VBD", "RB", "IN", "NNP", "NNP", "NNP", "IN", "NNP", "VBG", "IN", "DT", "NN",
         "VBD", "JJ", "."]
_POS = ["NOUN", "VERB", "ADV", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB",
        "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
_LEMMAS = ["praise", "come", "quickly", "with", "Senator", "Jo", "Doe", "of", "Ohio", "say",
           "that", "the", "law", "be", "fair", "."]
_ENTS = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O",
         "O", "O", "O"]


def test_with_absolute_names_the_speaker(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, tags=_TAGS, pos=_POS,
              lemmas=_LEMMAS, ents=_ENTS)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [(q.speaker_name, q.text) for q in quotes] == [("Jo Doe", "the law was fair")]


def test_a_participle_far_from_with_keeps_the_subject(nlp: Language) -> None:
    """Only the object right before the participle is its subject."""
    doc = nlp("Mr Kale met with Ann Lee on Friday, saying that the talks went well.")
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [q.speaker_name for q in quotes] == ["Kale"]
