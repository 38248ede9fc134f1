"""Kosovo is a country coded XKX (stop 19, role AK).

Invented sentences, hand-parsed (no model). Before, the loader took only pycountry's
codes, so "Kosovo" was no country: its government and its prime minister took the
story's other country (Serbia) or none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.actors.lexicon import _iso3, lexicons
from newsgraph.errors import ConfigError

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_kosovo_its_people_and_its_capital_are_listed() -> None:
    lex = lexicons()
    assert lex.country_names["Kosovo"] == "XKX"
    assert lex.demonyms["Kosovar"] == "XKX"
    assert lex.capitals["Pristina"] == "XKX"
    assert lex.preferred["XKX"] == "Kosovo"


def test_only_the_listed_user_assigned_code_passes() -> None:
    assert _iso3("XKX", "here") == "XKX"
    with pytest.raises(ConfigError):
        _iso3("XKA", "here")


def test_a_kosovo_prime_minister_is_kosovo_s(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Serbia|PROPN|nsubj|1|B-GPE protested|VERB|ROOT|0 as|SCONJ|mark|6 "
        "Kosovo|PROPN|compound|3|B-GPE Prime|PROPN|compound|1 Minister|PROPN|compound|2 "
        "Lirim|PROPN|compound|1|B-PERSON Dardani|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|advcl|-7 .|PUNCT|punct|-8"
    )
    actors = {a.name: a for a in extract_actors(make_doc(rows)).actors}
    person = actors["Lirim Dardani"]
    assert (person.country, person.sector) == ("XKX", "GOV")
    assert actors["Kosovo"].country == "XKX"
