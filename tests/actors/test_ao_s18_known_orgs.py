"""Known organizations and the sectors of names of bodies (stop 18, role AO).

Invented sentences, hand-parsed (no model). Each failed before its rule: a listed
outlet, school or company took the story's country or no sector, a fire service was a
brigade (MIL) or had no sector, a foreign newspaper's name or a news site's had none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import lexicons

from .conftest import org_said, parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("surface", "name", "country", "sector"),
    [
        ("Gazeta Wyborcza", "Gazeta Wyborcza", "POL", "MED"),
        ("Gazeta Prawna", "Dziennik Gazeta Prawna", "POL", "MED"),
        ("NRK", "NRK", "NOR", "MED"),
        ("Business Insider", "Business Insider", "USA", "MED"),
        ("NEJM", "The New England Journal of Medicine", "USA", "MED"),
        ("Science Advances", "Science Advances", "USA", "MED"),
        ("PLoS Computational Biology", "PLOS Computational Biology", "USA", "MED"),
        ("Royal Veterinary College", "Royal Veterinary College", "GBR", "EDU"),
        ("Scripps Research Institute", "Scripps Research", "USA", "EDU"),
        ("Smithsonian", "Smithsonian Institution", "USA", "EDU"),
        ("Ford Motor", "Ford Motor Company", "USA", "BUS"),
        ("Salling Group", "Salling Group", "DNK", "BUS"),
        ("Sidley Austin", "Sidley Austin", "USA", "BUS"),
        ("Center for Biological Diversity", "Center for Biological Diversity", "USA", "NGO"),
        ("Philippine Red Cross", "Philippine Red Cross", "PHL", "NGO"),
        ("OPP", "Ontario Provincial Police", "CAN", "COP"),
        ("USPS", "United States Postal Service", "USA", "GOV"),
        ("Australian Retailers Association", "Australian Retailers Association", "AUS", "BUS"),
        ("ETA", "ETA", "ESP", "REB"),
        ("FDIC", "Federal Deposit Insurance Corporation", "USA", "GOV"),
        ("Thai Rak Thai", "Thai Rak Thai", "THA", "PTY"),
        ("Australian Wheat Board", "AWB", "AUS", "BUS"),
        ("Setanta", "Setanta Sports", "IRL", "MED"),
    ],
)
def test_a_known_organization(surface: str, name: str, country: str, sector: str) -> None:
    entry = lexicons().orgs[surface]
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)


def _org_said(make_doc: MakeDoc, words: str) -> tuple[str | None, str | None]:
    """The country and sector of the one organization in "<words> said it ."."""
    actor = org_said(make_doc, words)
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Westvale Fire and Rescue Service", "GOV"),  # no keyword: no sector
        ("Westvale Fire and Rescue", "GOV"),
        ("Westvale Fire Brigade", "GOV"),  # a brigade: MIL
        ("Westvale Coroners Service", "GOV"),
        ("Westvale Postal Service", "GOV"),
        ("Westvale Red Cross", "NGO"),
        ("Gazeta Westvalska", "MED"),
        ("Westvaler Zeitung", "MED"),
        ("Westvale Shimbun", "MED"),
        ("Westvale Sentinel", "MED"),
        ("Westvale Insider", "MED"),
        ("WestvaleOnline", "MED"),
    ],
)
def test_the_sector_of_a_name(make_doc: MakeDoc, words: str, sector: str) -> None:
    assert _org_said(make_doc, words)[1] == sector


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("Sentinel Board of Westvale", "GOV"),  # a board: a publication's word only ends a name
        ("Westvale Refugee Review", None),  # no publication's word: a tribunal cut short
        ("Online", None),  # one word alone names nothing
        ("Westvale Books Online", None),  # a shop online as often as a news site
    ],
)
def test_a_name_the_new_words_do_not_decide(
    make_doc: MakeDoc, words: str, sector: str | None
) -> None:
    assert _org_said(make_doc, words)[1] == sector


def test_a_centre_of_a_known_university_takes_its_country(make_doc: MakeDoc) -> None:
    # "Johns Hopkins" of "Johns Hopkins University" inside a longer name gives the
    # country, not the story's (India, named first)
    rows = parsed(
        "India|PROPN|nsubj|1|B-GPE reported|VERB|ROOT|0 cases|NOUN|dobj|-1 ,|PUNCT|punct|-2 "
        "said|VERB|conj|-3 Johns|PROPN|compound|1|B-ORG Hopkins|PROPN|compound|1|I-ORG "
        "Center|PROPN|nsubj|-3|I-ORG .|PUNCT|punct|-4"
    )
    actors = extract_actors(make_doc(rows)).actors
    centre = next(a for a in actors if a.name == "Johns Hopkins Center")
    assert (centre.country, centre.sector) == ("USA", "EDU")
