"""An event inside nested speech is reported by the nearest speaker: the one whose own
words hold it, not the outlet whose report holds theirs; a quoted "we" is theirs too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.speech import quote_at
from newsgraph.model import Quote
from tests.analyzed import analyzed


def _quote(start: int, end: int, speaker: str | None) -> Quote:
    return Quote(kind="reported", start=start, end=end, text="x" * (end - start), speaker=speaker)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (5, "outlet"),  # inside the outlet's report only
        (25, "envoy"),  # inside both: the envoy's words are nearer
        (32, "outlet"),  # the innermost one has no known speaker
        (60, None),
    ],
)
def test_the_innermost_known_speaker(start: int, expected: str | None) -> None:
    quotes = [_quote(0, 50, "outlet"), _quote(20, 30, "envoy"), _quote(31, 40, None)]
    found = quote_at(start, quotes)
    assert (found.speaker if found else None) == expected


def _names(nlp: Language, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    analysis = analyzed(nlp, text)
    names = {a.id: a.name for a in analysis.actors}
    return [
        (names.get(e.actor or ""), names.get(e.reported_by or ""))
        for e in analysis.events
        if e.trigger.text == trigger
    ]


@pytest.mark.model
def test_a_quoted_we_is_the_speakers_not_the_outlets(nlp: Language) -> None:
    text = 'Jan Novak said "We shelled the depot," according to Reuters.'
    assert _names(nlp, text, "shelled") == [("Jan Novak", "Jan Novak")]


@pytest.mark.model
def test_a_nested_report_is_the_speakers(nlp: Language) -> None:
    text = "Jan Novak said Hungary had condemned the raid, Reuters reported."
    assert _names(nlp, text, "condemned") == [("Hungary", "Jan Novak")]
