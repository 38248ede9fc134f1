"""Fighting "for" a cause is no assault unless armed people fight (stop 21, invented
sentences): a null `fight` frame on `prep` [for] takes in campaigners, candidates and
parties ("fought for free software", "fight for working families"), while the `subjects`
frame keeps rebels, troops and militias fighting for anything, and an `objects` frame anyone
fighting for independence, a state, a country, control or a town; fighting bias,
injustice or inequality joins the null list of fought ills."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import load_lexicon

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "She has fought for free software for twenty years.",
        "Our party fights for working families every day, the senator wrote.",
        "The union says these benefits are worth fighting for.",
        "Jo Marsh has spent her life fighting racial bias.",
    ],
)
def test_fighting_for_a_cause_is_no_assault(text: str) -> None:
    assert not event_types(text) & {"ASSAULT", "THREATEN"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Separatist rebels are fighting for an independent state.",
        "Separatist groups fighting for an independent state attacked the base.",
        "Those who fought for the country were honoured on Sunday.",
        "The soldiers fought for two hours near the bridge.",
        "Government troops fought the rebels near the border.",
    ],
)
def test_armed_fighting_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in event_types(text)


def test_fight_for_has_a_null_frame_after_the_armed_one() -> None:
    frames = load_lexicon().triggers[("fight", "VERB")]
    armed = next(i for i, e in enumerate(frames) if e.prep == ("for",) and e.subjects)
    null = next(i for i, e in enumerate(frames) if e.prep == ("for",) and e.type is None)
    assert frames[armed].type == "ASSAULT"
    assert armed < null
