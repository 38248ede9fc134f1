"""'according to' a medium: the medium is recorded and does not speak later quotes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.model import Quote
from newsgraph.quotes import extract_quotes
from newsgraph.quotes.lexicon import load_lexicon

pytestmark = pytest.mark.model


def _quotes(nlp: Language, text: str) -> tuple[list[Quote], dict[str, str]]:
    doc = nlp(text)
    actors = extract_actors(doc).actors
    return extract_quotes(doc, actors), {a.id: a.name for a in actors}


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Five people died in the blast, according to state television.", "broadcast"),
        ("According to a report in a local paper, the mayor plans to resign.", "report"),
    ],
)
def test_according_to_a_medium_names_it(nlp: Language, text: str, medium: str) -> None:
    quotes, _ = _quotes(nlp, text)
    assert [(q.kind, q.medium) for q in quotes] == [("reported", medium)]


def test_news_organization_is_a_report(nlp: Language) -> None:
    quotes, names = _quotes(nlp, "The rebels retreated from the city, according to Al Jazeera.")
    assert [(names.get(q.speaker or ""), q.medium) for q in quotes] == [("Al Jazeera", "report")]


@pytest.mark.parametrize(
    "text",
    [
        'Five people died in the blast, according to state television. "We will find them."',
        'The rebels retreated, according to Al Jazeera. "It is over."',
    ],
)
def test_medium_does_not_speak_the_next_quote(nlp: Language, text: str) -> None:
    quotes, names = _quotes(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker is None and direct[0].speaker_name is None


def test_person_source_still_speaks_the_next_quote(nlp: Language) -> None:
    quotes, names = _quotes(
        nlp, 'Dr. Ann Lee spoke today. According to Lee, the patient is stable. "She will mend."'
    )
    assert [names.get(q.speaker or "") for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_medium_of_an_according_cue_is_not_another_cues() -> None:
    lexicon = load_lexicon()
    text = "The plan, which Ruritania says is lawful, is costly, according to state radio."
    assert lexicon.medium_of(text, "according to") == "broadcast"
    assert lexicon.medium_of(text) is None
    assert lexicon.role("television") == "medium"


def test_a_medium_speaks_for_its_possessor(nlp: Language) -> None:
    # "the company's annual report" is the company's, as "Trump's spokesman" speaks for Trump
    text = "Acme Corp named a new chief. According to the company's annual report, sales fell."
    quotes, names = _quotes(nlp, text)
    assert [names.get(q.speaker or "") for q in quotes] == ["Acme Corp"]


def test_a_country_does_not_speak_through_its_paper(nlp: Language) -> None:
    text = (
        "Jon Hale spoke on Monday. According to Thailand's English-language daily, he might quit."
    )
    quotes, names = _quotes(nlp, text)
    assert [(q.speaker, q.speaker_name) for q in quotes] == [(None, "English-language daily")]
