"""A response to what someone said or did is aimed at them: "Vastland dismissed Jo Doe's
remarks" rejects Jo Doe, though a person is kept out of a plural noun he possesses
elsewhere ("arrested Jo Doe's associates" arrests other people). Invented sentences,
hand-built parses (the words are tagged NNS, as the model tags them)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

# "Vastland dismissed Jo Doe's remarks."
DISMISSED_REMARKS = (
    "Vastland|PROPN|nsubj|1|B-GPE dismissed|VERB|ROOT|0||dismiss Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|poss|2|I-PERSON 's|PART|case|-1 remarks|NOUN|dobj|-4||remark .|PUNCT|punct|-5"
)
# "Vastland arrested Jo Doe's associates."
ARRESTED_ASSOCIATES = (
    "Vastland|PROPN|nsubj|1|B-GPE arrested|VERB|ROOT|0||arrest Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|poss|2|I-PERSON 's|PART|case|-1 associates|NOUN|dobj|-4||associate "
    ".|PUNCT|punct|-5"
)


@pytest.mark.parametrize(
    ("notation", "kind", "recipient"),
    [(DISMISSED_REMARKS, "REJECT", "A2"), (ARRESTED_ASSOCIATES, "COERCE", None)],
)
def test_a_response_is_aimed_at_whose_words_it_answers(
    blank_nlp: Language, notation: str, kind: str, recipient: str | None
) -> None:
    tags = {"dismissed": "VBD", "arrested": "VBD", "remarks": "NNS", "associates": "NNS"}
    event = next(e for e in events_of(build(blank_nlp, parsed(notation), tags)) if e.type == kind)
    assert (event.actors, event.recipient) == (("A1",), recipient)
