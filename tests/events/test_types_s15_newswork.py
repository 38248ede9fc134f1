"""A news outlet or reporter that contacts, meets, hosts or investigates someone reports on
them: no consultation or official inquiry (invented sentences; `_news_work` in
events/extract.py)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2011-05-04")).events}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Wikinews contacted the office of the Iranian president on Monday.", None, "CONSULT"),
        ("The BBC met the Iranian president in Tehran last week.", None, "CONSULT"),
        # guard: officials meeting, as reported by an agency, still consult
        (
            "Reuters reported that Iranian officials met Iraqi officials in Baghdad.",
            "CONSULT",
            None,
        ),
    ],
)
def test_reporters_work_is_no_consultation(
    text: str, expected: str | None, absent: str | None
) -> None:
    types = _types(text)
    if expected:
        assert expected in types, types
    if absent:
        assert absent not in types, types
