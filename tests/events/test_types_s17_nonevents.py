"""Types and non-events from the stop-17 reading of unlabelled articles (invented sentences).

Each case fails without its rule: an official speaking to a news agency consults no
one; wanting or seeking another's withdrawal, release or resignation is a demand, not
that act done; police freeing hostages rescue them (they release no one they held);
dismissing an official is no rejection; a trade show visited is no diplomatic visit.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published="2011-05-04"))


def _coded(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(type, mode, doer names) of each event."""
    analysis = _analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [(e.type, e.mode, tuple(names.get(d, d) for d in e.actors)) for e in analysis.events]


def _events(text: str) -> list[Event]:
    return list(_analyze(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Government of Kenya, talking to Reuters, said the vote would go on.",
        "Iranian Foreign Minister Abbas Araghchi met with Reuters journalists on Monday.",
    ],
)
def test_speaking_to_the_press_is_no_consultation(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "CONSULT"]


def test_meeting_another_government_is_still_a_consultation() -> None:
    text = "Iranian Foreign Minister Abbas Araghchi met with Saudi Arabia's foreign minister."
    assert "CONSULT" in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Russia wants the withdrawal of American troops from Syria.",
        "Russia seeks the withdrawal of NATO troops from Poland.",
        "Iran wants the quick release of its diplomats held in Iraq.",
    ],
)
def test_wanting_anothers_act_is_a_demand(text: str) -> None:
    coded = _coded(text)
    assert [c for c in coded if c[0] == "REQUEST"], coded
    assert not [c for c in coded if c[0] == "RETREAT"], coded


def test_wanting_talks_stays_an_intent_to_meet() -> None:
    assert [c[0] for c in _coded("Russia wants talks with Ukraine.")] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Police freed three hostages held by gunmen in a bank on Monday.",
        "Two hostages were freed by police officers after a siege.",
    ],
)
def test_police_freeing_hostages_rescue_them(text: str) -> None:
    types = {c[0] for c in _coded(text)}
    assert "AID" in types and "RETREAT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The rebels freed three hostages on Monday.",
        "Hamas said the captured soldier had been freed on Sunday.",
    ],
)
def test_captors_freeing_captives_release_them(text: str) -> None:
    types = {c[0] for c in _coded(text)}
    assert "AID" not in types


def test_dismissing_an_official_is_no_rejection() -> None:
    assert not _events("President Karl Weber dismissed the prime minister on Friday.")


def test_dismissing_allegations_stays_a_rejection() -> None:
    assert [c[0] for c in _coded("Iran dismissed the allegations as baseless.")] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Angela Merkel visited the Hannover trade fair on Tuesday.",
        "Chancellor Angela Merkel visited a car show in Geneva on Tuesday.",
    ],
)
def test_a_trade_show_visited_is_no_diplomatic_visit(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "CONSULT"]
