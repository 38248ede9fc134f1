"""An officer named by rank alone serves the police force the article names.

Invented sentences, hand-parsed (no model). "Detective Inspector Jo Brin" has a police
rank (COP) but no country in the text: he took the story's dominant country; when all
the police forces the article names with a country agree, theirs is his.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_FORCE_AND_OFFICER = (
    "Japan|PROPN|nsubj|3|B-GPE and|CCONJ|cc|-1 Japan|PROPN|conj|-2|B-GPE "
    "thanked|VERB|ROOT|0 Kent|PROPN|compound|1|B-ORG Police|PROPN|dobj|-2|I-ORG "
    "and|CCONJ|cc|-1 Detective|PROPN|compound|2 Inspector|PROPN|compound|1 "
    "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|conj|-5|I-PERSON .|PUNCT|punct|-8"
)


def _countries(make_doc: MakeDoc, notation: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract_actors(make_doc(parsed(notation))).actors}


def test_an_officer_takes_the_country_of_the_articles_police_force(make_doc: MakeDoc) -> None:
    countries = _countries(make_doc, _FORCE_AND_OFFICER)
    assert countries["Kent Police"] == "GBR"
    assert countries["Jo Brin"] == "GBR"


def test_without_a_force_the_officer_takes_the_storys_country(make_doc: MakeDoc) -> None:
    notation = (
        "Japan|PROPN|nsubj|3|B-GPE and|CCONJ|cc|-1 Japan|PROPN|conj|-2|B-GPE "
        "thanked|VERB|ROOT|0 Detective|PROPN|compound|2 Inspector|PROPN|compound|1 "
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|dobj|-4|I-PERSON .|PUNCT|punct|-5"
    )
    assert _countries(make_doc, notation)["Jo Brin"] == "JPN"
