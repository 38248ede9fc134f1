"""A release is RETREAT only when people are let go (stop 21, invented sentences): the verb
`release` needs a person or a captive as its object ("released him", "Hamdi was
released", "who was released"), so software, reports, figures, funds and gases released
code nothing; the person released stays the act's target (the frame's ``undergoer``)."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import LexiconError, _entry, load_lexicon
from newsgraph.model import Article
from newsgraph.pipeline import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    an = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in an.actors}
    return [(e.type, names.get(e.actor or ""), names.get(e.recipient or "")) for e in an.events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Vandelay Systems released a new version of its phone on Tuesday.",
        "The game will be released in June.",
        "The survey, which was released on Monday, says exports fell.",
        "The funds will be released next week.",
        "The new engine would release less gas.",
        "The names of the two women have not been released.",
        "Jo Marsh was released from hospital on Friday.",
    ],
)
def test_things_released_are_no_release(text: str) -> None:
    assert not {t for t, _, _ in _events(text)} & {"RETREAT", "AGREE", "REJECT"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels released two Canadian engineers on Sunday.",
        "Police arrested him on Monday but released him.",
        "Tom Harkin, who was released in 2005, spoke to reporters.",
        "The kidnapped reporter was released by her captors.",
        "Ruritania released the mayor of the border town on Wednesday.",
        "Two reporters were detained by the police, and released a day later.",
    ],
)
def test_people_released_are_a_release(text: str) -> None:
    assert "RETREAT" in {t for t, _, _ in _events(text)}


@pytest.mark.model
def test_the_person_released_is_the_target_not_the_doer() -> None:
    events = [e for e in _events("Jill Hobart was released by her captors.") if e[0] == "RETREAT"]
    assert events
    assert all(actor != "Jill Hobart" for _, actor, _ in events)


@pytest.mark.model
def test_a_conjoined_passive_shares_only_its_patient() -> None:
    # "released a statement" has an object of its own: the arrested men are not it
    text = "The men were arrested on Monday and released a statement."
    assert "RETREAT" not in {t for t, _, _ in _events(text)}


@pytest.mark.model
def test_a_person_a_release_is_made_to_is_not_its_undergoer() -> None:
    # the object of a preposition on the verb is where it goes, not who is let go
    assert "RETREAT" not in {t for t, _, _ in _events("Police released it to reporters.")}


def test_release_verb_frames_all_name_what_is_released() -> None:
    frames = [e for e in load_lexicon().triggers[("release", "VERB")] if e.type == "RETREAT"]
    assert frames and all(e.objects and e.undergoer for e in frames)
    assert "#person" in frames[0].objects


def test_undergoer_needs_a_frame_with_objects() -> None:
    types = load_lexicon().types
    with pytest.raises(LexiconError):
        _entry({"lemma": "x", "pos": "VERB", "type": "RETREAT", "undergoer": True}, types, "l1")
    with pytest.raises(LexiconError):
        _entry({"lemma": "x", "pos": "VERB", "type": None, "undergoer": True}, types, "l2")
