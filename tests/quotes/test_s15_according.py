"""'according to X, ...': the content keeps the subject the parse hung on the source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the National Vote Commission, Park of the Union Party took 48.6% "
            "of all ballots.",
            "Park of the Union Party took 48.6% of all ballots",
        ),
        (
            "According to Jo Ames, head of product marketing at Norvik, 2006 was a hard year "
            "for the firm.",
            "2006 was a hard year for the firm",
        ),
    ],
)
def test_according_content(nlp: Language, text: str, content: str) -> None:
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    assert [q.text for q in quotes if q.kind == "reported"] == [content]


def test_according_source_is_the_actor_its_head_word_names(nlp: Language) -> None:
    text = "According to Burma's government, the army has killed nine protesters in the capital."
    doc = nlp(text)
    actors = extract_actors(doc).actors
    names = {a.id: a.name for a in actors}
    quotes = [q for q in extract_quotes(doc, actors) if q.kind == "reported"]
    assert [names.get(q.speaker or "") for q in quotes] == ["Government of Myanmar"]
