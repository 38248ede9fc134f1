"""Backing received from someone (stop 22, invented sentences): "won the support of X",
"received backing from X", "garnered sympathy from X" are X's SUPPORT of the subject, the
receiver, as "received aid from X" (or "accepted aid from X") is X's AID; with no giver
named the (weak) frame codes nothing."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze


def _supports(text: str) -> list[tuple[list[str], str | None]]:
    """(doer names, recipient name) of each SUPPORT event of ``text``."""
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return [
        ([names[i] for i in e.actors], names.get(e.recipient or ""))
        for e in analysis.events
        if e.type == "SUPPORT"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Kenya received strong support from Japan last week.", "Japan", "Kenya"),
        ("Chile won the backing of Brazil for its bid.", "Brazil", "Chile"),
        ("Peru garnered sympathy from Ecuador after the floods.", "Ecuador", "Peru"),
    ],
)
def test_the_giver_of_backing_did_it(text: str, giver: str, receiver: str) -> None:
    assert ([giver], receiver) in _supports(text)


@pytest.mark.model
def test_who_accepts_a_gift_receives_it() -> None:
    analysis = analyze(
        Article(id="t", text="Nepal accepted aid from India.", published="2020-01-05")
    )
    names = {a.id: a.name for a in analysis.actors}
    aid = [e for e in analysis.events if e.type == "AID"]
    assert [([names[i] for i in e.actors], names.get(e.recipient or "")) for e in aid] == [
        (["India"], "Nepal")
    ]


@pytest.mark.model
def test_backing_from_no_one_named_is_no_event() -> None:
    assert _supports("The candidate garnered broad support during the campaign.") == []
