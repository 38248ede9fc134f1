"""A negated or refused cue reports nothing ("did not confirm that ...", "refused to say")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes
from newsgraph.quotes.lexicon import load_lexicon

pytestmark = pytest.mark.model


def _reported(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    return [q.text for q in quotes if q.kind == "reported"]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour office has not confirmed the trawler entered its waters.",
        "Ana Pereira did not say where the cuts would fall.",
        "The ministry refused to confirm that the talks had failed.",
        "Marta Olsen declined to say whether the plan was dead.",
        "Olsen never claimed that she had won the vote.",
    ],
)
def test_withheld_cue_reports_nothing(nlp: Language, text: str) -> None:
    assert _reported(nlp, text) == []


def test_negation_inside_the_content_keeps_the_report(nlp: Language) -> None:
    text = "Marta Olsen said she would not resign. Olsen did not say that the plan was dead."
    assert _reported(nlp, text) == ["she would not resign"]


def test_refusal_verbs_are_listed() -> None:
    lexicon = load_lexicon()
    assert lexicon.role("refuse") == lexicon.role("decline") == "refusal"
