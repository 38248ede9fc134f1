"""Dismissing a person from a post (firing) is no PLOVER event, as the older null
`dismiss` frame already said for ministers and officials; it now takes any person by
name, pronoun or role, also as a passive subject ("the reporter was dismissed"), through
a null frame marked ``undergoer``: the one dismissed is no preposition's object ("dismissed
by the judge") nor a name qualifying a thing ("the Giuliani complaint"), so dismissing claims or
lawsuits stays REJECT (invented sentences; triggers.jsonl, lexicon._check_entry,
triggers._qualifier)."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import _entry, load_lexicon

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman was dismissed for leaking the memo.",
        "The president decided to dismiss Ortega on Monday.",
        "Two embassy employees have been dismissed.",
        "The board dismissed her last week.",
    ],
)
def test_firing_a_person_is_no_event(text: str) -> None:
    assert not {t for t in types_by_trigger(text) if t.startswith("dismiss")}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister dismissed the allegations as nonsense.", "dismissed"),
        ("The lawsuit was dismissed by a district judge.", "dismissed"),
        ("The judge dismissed the Giuliani complaint.", "dismissed"),
        ("Hamas dismissed the offer made by the mediators.", "dismissed"),
    ],
)
def test_dismissing_claims_stays_a_rejection(text: str, trigger: str) -> None:
    assert types_by_trigger(text)[trigger][0] == "REJECT"


def test_a_null_frame_may_name_its_undergoers() -> None:
    raw = {"lemma": "x", "pos": "VERB", "type": None, "objects": ["y"], "undergoer": True}
    assert _entry(raw, load_lexicon().types, "l1").undergoer
