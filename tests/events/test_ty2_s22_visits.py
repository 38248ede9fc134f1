"""Visiting a shrine, a grave, a memorial, a church or a landmark is no consultation
(stop 22, invented sentences): no host receives the visitor, so neither the verb nor a
"visit to" such a place is CONSULT (null ``visit`` frames on ``objects``), while visiting a
country or a leader still is."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Prime Minister Shinzo Abe visited the shrine on Friday.", "visited"),
        ("Angela Merkel visited the war memorial in Verdun.", "visited"),
        ("Emmanuel Macron visited the grave of his grandfather.", "visited"),
        ("Boris Johnson visited the cathedral after the fire.", "visited"),
        ("Narendra Modi's visit to the temple angered the opposition.", "visit"),
    ],
)
def test_visiting_a_place_of_remembrance_is_no_consultation(text: str, trigger: str) -> None:
    assert trigger not in types_by_trigger(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Angela Merkel visited France on Friday.", "visited"),
        ("Narendra Modi's visit to Japan angered China.", "visit"),
    ],
)
def test_visiting_a_country_is_still_a_visit(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger) == ("CONSULT", "visit")
