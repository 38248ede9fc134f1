"""A private person's trip with no host is no diplomatic visit (stop 17, invented sentences).

CAMEO 042 (PLOVER CONSULT, mode visit) is a visit to another party; a civilian with no
title travelling to or arriving in a place meets no one, while an official's visit and a
civilian's visit to a named host stay.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="t", text=text, published="2020-01-05")).events]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Doe traveled to Kenya last week.",
        "Bo Lindqvist arrived in Iceland on Thursday.",
    ],
)
def test_a_private_trip_is_no_visit(text: str) -> None:
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jo Doe traveled to Kenya last week.",
        "Jo Doe, Sweden's foreign minister, traveled to Kenya last week.",
    ],
)
def test_an_official_visit_stays(text: str) -> None:
    assert _types(text) == ["CONSULT"]
