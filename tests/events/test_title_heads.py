"""A subject whose head is a title written as a proper noun is the person it names."""

from __future__ import annotations

import pytest

from newsgraph.ingest.text import article_from_text
from newsgraph.pipeline import analyze


@pytest.mark.model
def test_a_titled_person_after_a_country_is_the_doer() -> None:
    text = (
        "Senator backs governor\n\n"
        "United States Senator from Ohio Mark Hollis endorsed Governor Jane Pratt for president."
    )
    analysis = analyze(article_from_text(text, "t"))
    names = {a.id: a.name for a in analysis.actors}
    (event,) = [e for e in analysis.events if e.trigger.text == "endorsed"]
    assert [names[i] for i in event.actors] == ["Mark Hollis"]
