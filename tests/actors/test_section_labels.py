"""A section label run into the first sentence ("Ruritania news A ...") is no mention,
but the story is filed under its country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.actors.spans import section_label_country, section_label_end

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Canadian news A new toll road opened in Halifax on Monday.", "Canadian news"),
        ("United States infobox On Friday the mayor resigned.", "United States infobox"),
        ("Poland A court in Warsaw fined a baker on Tuesday.", "Poland"),
        ("New Zealand According to police, two men were arrested.", "New Zealand"),
        ("Chile Chile's two largest unions called a strike.", "Chile"),
        ("Peru Sixteen miners were rescued on Sunday.", "Peru"),  # a count opens the sentence
        ("Norway 45 nurses went on strike in Bergen.", "Norway"),
    ],
)
def test_a_leading_label_is_found(nlp: Language, text: str, label: str) -> None:
    doc = nlp(text)
    assert doc[: section_label_end(doc)].text == label


@pytest.mark.parametrize(
    "text",
    [
        "UK Prime Minister Jo Doe visited Leeds on Monday.",  # a country before a title: prose
        "Canada said on Monday it would send aid.",
        "The Canadian news agency said on Monday it had closed.",
        "USA Today reported the fire on Monday.",
        "United States President Jo Doe signed the bill.",
        "Canada won the match in overtime.",
    ],
)
def test_prose_is_no_label(nlp: Language, text: str) -> None:
    assert section_label_end(nlp(text)) == 0


def test_the_label_is_no_participant_but_gives_the_story_country(nlp: Language) -> None:
    doc = nlp(
        "Canadian news A Halifax bakery owned by Jo Brindlecombe was fined on Monday. "
        "Brindlecombe said the fine was unfair."
    )
    assert section_label_country(doc) == "CAN"
    result = extract_actors(doc)
    assert all(m.start >= len("Canadian news") for m in result.mentions)
    people = {a.name: a.country for a in result.actors if a.type == "PERSON"}
    assert people.get("Jo Brindlecombe") == "CAN"
    assert "Canada" not in {a.name for a in result.actors}


def test_a_demonym_split_by_old_markup_is_one_demonym(nlp: Language) -> None:
    doc = nlp(
        "The Kenya n foreign minister, Jo Brindle, arrived in Uganda on Monday. "
        "Uganda and Uganda's neighbours welcomed the visit, Uganda said."
    )
    result = extract_actors(doc)
    people = {a.name: a for a in result.actors if a.type == "PERSON"}
    assert people["Jo Brindle"].country == "KEN"
    assert any(m.text == "Kenya n" for m in result.mentions)


def test_a_country_before_the_verb_is_stays_a_country(nlp: Language) -> None:
    doc = nlp("Iraq is calm today, and Iraq is rebuilding its roads.")
    assert all(m.text != "Iraq is" for m in extract_actors(doc).mentions)
