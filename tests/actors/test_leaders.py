"""Well-known leaders: found where the model misses them, coded when the text says nothing."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import pycountry
import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import SECTORS, _roles, lexicons
from newsgraph.errors import ConfigError

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("surface", "name", "country", "sector"),
    [
        ("Obama", "Barack Obama", "USA", "GOV"),
        ("Vladimir Putin", "Vladimir Putin", "RUS", "GOV"),
        ("Kofi Annan", "Kofi Annan", None, "IGO"),
        ("Pompeo", "Mike Pompeo", "USA", "GOV"),
        ("Mulroney", "Brian Mulroney", "CAN", "GOV"),
        ("Osama bin Laden", "Osama bin Laden", None, "REB"),
        ("Jose Luis Rodriguez Zapatero", "José Luis Rodríguez Zapatero", "ESP", "GOV"),
        ("Javier Solana", "Javier Solana", None, "IGO"),
    ],
)
def test_leader_entries(surface: str, name: str, country: str | None, sector: str) -> None:
    entry = lexicons().leaders[surface]
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)


def test_leaders_are_valid_and_surnames_distinctive() -> None:
    leaders = lexicons().leaders
    assert all(e.sector in SECTORS for e in leaders.values())
    assert "May" not in leaders and "Brown" not in leaders and "Johnson" not in leaders


def test_dated_roles_parse_are_ordered_and_valid() -> None:
    """Every role: a known sector, a known country or null, ISO dates, a start before
    its end, after the end of the role before it; only the first may open the past and
    only the last the future."""
    dated = {e.name: e for e in lexicons().leaders.values() if e.roles}
    assert len(dated) > 100
    for entry in dated.values():
        ends = []
        for role in entry.roles:
            assert role.sector in SECTORS, entry.name
            assert role.country is None or pycountry.countries.get(alpha_3=role.country)
            for day in (role.start, role.end):
                assert not day or date.fromisoformat(day).isoformat() == day, entry.name
            assert not (role.start and role.end) or role.start < role.end, entry.name
            ends.append((role.start, role.end))
        for (_, end), (start, _) in itertools.pairwise(ends):
            assert end and start and end <= start, entry.name


@pytest.mark.parametrize(
    "roles",
    [
        [{"sector": "XYZ", "to": "2009-01-20"}],
        [{"sector": "LEG", "to": "2009-13-20"}],
        [{"sector": "LEG", "to": "20 January 2009"}],
        [{"sector": "LEG", "from": "2009-01-20", "to": "2001-01-20"}],
        [{"sector": "LEG", "to": "2009-01-20"}, {"sector": "GOV", "from": "2008-01-20"}],
        [{"sector": "LEG"}, {"sector": "GOV", "from": "2008-01-20"}],
        [{"sector": "GOV", "country": "XYZ", "to": "2009-01-20"}],
        [{"sector": "GOV", "until": "2009-01-20"}],
    ],
)
def test_a_bad_role_is_refused(roles: list[dict[str, str | None]]) -> None:
    with pytest.raises(ConfigError):
        _roles(roles, "USA", "data/actors/leaders.jsonl:1")


def test_an_untagged_leader_is_found_and_coded(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Obama|PROPN|nsubj|1 visited|VERB|ROOT|0 Iran|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.type, a.country, a.sector) for a in actors] == [
        ("Obama", "PERSON", "USA", "GOV"),
        ("Iran", "COUNTRY", "IRN", None),
    ]


def test_an_unknown_bare_surname_stays_out(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Smithers|PROPN|nsubj|1|B-PERSON visited|VERB|ROOT|0 Iran|PROPN|dobj|-1|B-GPE "
        ".|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [a.name for a in actors] == ["Iran"]


def test_a_leader_named_in_a_court_case_is_no_actor(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Courts|NOUN|nsubj|1 cited|VERB|ROOT|0 Vellor|PROPN|dobj|-1|B-PERSON v.|ADP|prep|-1 "
        "Obama|PROPN|pobj|-1 .|PUNCT|punct|-4"
    )
    assert extract_actors(make_doc(rows)).actors == ()
