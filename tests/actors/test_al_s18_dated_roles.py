"""Well-known people whose office changed: the role held on the article's date codes them
when the text does not (``leaders.jsonl`` roles), and the lexicon's country beats the
story's (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import lexicons

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_VISITED = "{}|PROPN|nsubj|1 visited|VERB|ROOT|0 Iran|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"


@pytest.mark.parametrize(
    ("name", "day", "country", "sector"),
    [
        ("Joe Biden", "2007-05-01", "USA", "LEG"),  # a senator
        ("Joe Biden", "2009-01-20", "USA", "GOV"),  # the first day of an office
        ("Joe Biden", "2020-02-14T09:30:00Z", "USA", "GOV"),  # a former vice president
        ("Joe Biden", None, "USA", "GOV"),  # undated: the entry's own
        ("Joe Biden", "sometime", "USA", "GOV"),
        ("Kamala Harris", "2020-08-12", "USA", "LEG"),  # a sitting senator running
        ("Hillary Clinton", "2016-05-01", "USA", "PTY"),  # a nominee holding no office
        ("Ban Ki-moon", "2006-05-01", "KOR", "GOV"),  # a role of another country
        ("Ban Ki-moon", "2010-05-01", None, "IGO"),
    ],
)
def test_the_role_held_on_the_day(name: str, day: str | None, country: str, sector: str) -> None:
    assert lexicons().leaders[name].held(day) == (country, sector)


@pytest.mark.parametrize(
    ("surface", "published", "expected"),
    [
        ("Biden", "2007-05-01", ("USA", "LEG")),
        ("Biden", "2021-03-01", ("USA", "GOV")),
        ("Biden", None, ("USA", "GOV")),
        ("Juncker", "2010-03-01", ("LUX", "GOV")),  # a prime minister
        ("Juncker", "2016-03-01", (None, "IGO")),  # the European Commission's president
    ],
)
def test_an_untitled_person_is_coded_by_the_date(
    make_doc: MakeDoc, surface: str, published: str | None, expected: tuple[str | None, str]
) -> None:
    person = extract_actors(make_doc(parsed(_VISITED.format(surface))), published).actors[0]
    assert (person.name, person.country, person.sector) == (surface, *expected)


def test_a_title_in_the_text_beats_the_role(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Senator|PROPN|compound|1 Biden|PROPN|nsubj|1 visited|VERB|ROOT|0 "
        "Iran|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    person = extract_actors(make_doc(rows), "2021-03-01").actors[0]
    assert (person.name, person.country, person.sector) == ("Biden", "USA", "LEG")


def test_a_leaders_country_beats_the_storys(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Varadkar|PROPN|nsubj|1 met|VERB|ROOT|0 Mo|PROPN|compound|1|B-PERSON "
        "Hale|PROPN|dobj|-2|I-PERSON in|ADP|prep|-3 London|PROPN|pobj|-1|B-GPE "
        "and|CCONJ|cc|-1 Manchester|PROPN|conj|-2|B-GPE .|PUNCT|punct|-7"
    )
    actors = {a.name: a for a in extract_actors(make_doc(rows), "2019-09-11").actors}
    assert (actors["Varadkar"].country, actors["Varadkar"].sector) == ("IRL", "GOV")
    assert actors["Mo Hale"].country == "GBR"  # the story's country, for one nobody knows
