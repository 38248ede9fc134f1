"""Trade unions added to ``organizations.jsonl`` code their leaders (the entries themselves are
checked with the other organizations in ``test_lexicons.py``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_union_s_leader_takes_its_country_and_sector(make_doc: MakeDoc) -> None:
    rows = parsed(
        "UAW|PROPN|compound|2|B-ORG president|NOUN|compound|1 Jo|PROPN|compound|1|B-PERSON "
        "Marrow|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors  # the union in the title: no party
    assert [(a.name, a.country, a.sector) for a in actors] == [("Jo Marrow", "USA", "LAB")]
