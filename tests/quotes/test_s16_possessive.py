"""A possessed title speaks for the person who holds it, not for its possessor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    actors = extract_actors(doc).actors
    names = {a.id: a.name for a in actors}
    return [names.get(q.speaker or "") for q in extract_quotes(doc, actors) if q.kind == "reported"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # the actors stage links the second "Iran's foreign minister" to the minister
            "Iran's foreign minister, Abbas Araghchi, met officials in Oman. "
            "Iran's foreign minister said the meeting had been useful.",
            "Abbas Araghchi",
        ),
        (
            # the title is matched against the person titled so before
            "Acme Corp posted results on Tuesday. The company's chief executive, Maria Lopez, "
            "said profits had doubled. Later, the company's chief executive told reporters "
            "the firm would hire more staff.",
            "Maria Lopez",
        ),
    ],
)
def test_possessed_title_is_its_holder(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text)[-1] == speaker


def test_possessed_title_is_not_the_body_it_is_sent_to(nlp: Language) -> None:
    text = "On Monday, Norway's ambassador to the United Nations said the report was false."
    assert _speakers(nlp, text) == [None]


def test_possessed_title_is_the_actor_its_mention_names(nlp: Language) -> None:
    # the actors stage links "Kenya's government" as a whole: that actor speaks, not Kenya
    assert _speakers(nlp, "Kenya's government said it saw no reason to negotiate.") == [
        "Government of Kenya"
    ]


def test_possessor_country_does_not_speak(nlp: Language) -> None:
    assert _speakers(nlp, "Norway's ambassador said the report was false.") == [None]
