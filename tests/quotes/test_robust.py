"""Any text, however its marks are (un)balanced, gives valid quotes and never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model

_PIECES = st.sampled_from(
    [
        "The minister said",
        " ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "we will win",
        "he added",
        "according to Reuters",
        "so-called",
        "Ana Silva",
        "calling it",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, max_size=30))
def test_never_raises_and_offsets_hold(nlp: Language, pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = nlp(text)
    quotes = extract_quotes(doc, extract_actors(doc).actors)
    for q in quotes:
        assert q.kind in ("direct", "partial", "reported")
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text


def test_spans_cover_by_bisection() -> None:
    from newsgraph.quotes.tokens import Spans, covered

    spans = Spans([(50, 60), (0, 40), (10, 20)])  # unsorted, one inside another
    assert list(spans) == [(0, 40), (10, 20), (50, 60)]
    assert [covered(spans, i) for i in (0, 15, 25, 39, 40, 49, 50, 59, 60)] == [
        True, True, True, True, False, False, True, True, False]
    assert covered([(0, 40)], 39) and not covered([], 0)
