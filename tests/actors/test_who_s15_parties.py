"""Who a person is: a party's word before a sector-less title ("Liberal leader"), the
abbreviated offices ("PM", "MSP", "MPP") and an office preferred to a party role
(invented sentences and names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Actor

from ..analyzed import analyzed


def _person(nlp: Language, text: str, name: str) -> Actor:
    return next(a for a in analyzed(nlp, text).actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liberal leader Tom Varley said the budget would fail in Ottawa.", "Tom Varley"),
        ("Tory spokesman Ian Pardew said the plan was rushed.", "Ian Pardew"),
        ("Lib Dem leader Rona Kettle said the vote was close.", "Rona Kettle"),
        ("Progressive Conservative (PC) leader Dale Morrow lost his seat.", "Dale Morrow"),
    ],
)
def test_a_party_word_before_a_sectorless_title_makes_a_party_role(
    nlp: Language, text: str, name: str
) -> None:
    assert _person(nlp, text, name).sector == "PTY"


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Lebanese PM Karim Haddadi condemned the raids on Tyre.", "Karim Haddadi", "LBN", "GOV"),
        ("Scottish MSP Moira Callan tabled the motion in Edinburgh.", "Moira Callan", "GBR", "LEG"),
    ],
)
def test_abbreviated_offices_are_titles(
    nlp: Language, text: str, name: str, country: str, sector: str
) -> None:
    person = _person(nlp, text, name)
    assert (person.country, person.sector) == (country, sector)


def test_an_office_wins_over_a_party_role(nlp: Language) -> None:
    text = (
        "Labor leader Ken Dowling spoke in Canberra. Opposition Leader Ken Dowling said the "
        "bill was wrong, and Greens leader Ada Quill agreed."
    )
    assert _person(nlp, text, "Ken Dowling").sector == "OPP"
    assert _person(nlp, text, "Ada Quill").sector == "PTY"


def test_partisan_words_are_listed_once_and_capitalised() -> None:
    from importlib import resources

    lines = (
        resources.files("newsgraph.data.actors")
        .joinpath("partisans.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    assert lines[0] == "word"
    words = lines[1:]
    assert words and len(words) == len(set(words)) and all(w[:1].isupper() for w in words)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Cpl Dean Harlow was killed near Basra on Monday.", "Dean Harlow", "MIL"),
        ("Maj Gen Alan Brodie said the patrol had been ambushed.", "Alan Brodie", "MIL"),
        ("Gov. Ray Tolliver signed the bill in Sacramento.", "Ray Tolliver", "GOV"),
        ("Sen Ada Morrow said the vote would be close.", "Ada Morrow", "LEG"),
    ],
)
def test_ranks_and_offices_abbreviated_without_a_period(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    assert _person(nlp, text, name).sector == sector
