"""A country that aid, weapons or troops are sent to receives them (stop 23, role LO,
invented sentences): "sent aid to Haiti" names Haiti as the party, not a destination
(actors cue_words.tsv kind ``consignment``, ``actors/entity.py``), so the event has a
recipient; a country one only travels to, and a city troops go to, stay places."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze


def _recipients(text: str) -> dict[str, str | None]:
    """Each event's trigger text -> the name of its recipient (None when it has none)."""
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return {e.trigger.text: names.get(e.recipient or "") for e in analysis.events if e.trigger}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "receiver"),
    [
        ("Norway sent emergency aid to Haiti after the storm.", "sent", "Haiti"),
        ("Canada sent two tanks to Ukraine in May.", "sent", "Ukraine"),
        ("More peacekeepers were deployed to Mali on Tuesday.", "deployed", "Mali"),
        ("The relief supplies sent to Chad arrived on Friday.", "sent", "Chad"),
        # the force sent is no recipient of its own dispatch, whatever the act's type
        ("Ghana quit the UN peacekeeping force deployed to Sudan.", "deployed", "Sudan"),
    ],
)
def test_the_country_sent_to_receives(text: str, trigger: str, receiver: str) -> None:
    assert _recipients(text).get(trigger) == receiver


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Spain sent troops to Kabul in March.",  # a city: the place they go to
        "The minister flew to Peru on Monday.",  # travel, no cargo
    ],
)
def test_a_destination_stays_a_place(text: str) -> None:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    assert all(e.recipient is None for e in analysis.events), analysis.events
