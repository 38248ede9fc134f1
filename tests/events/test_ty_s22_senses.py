"""Word senses that decide an event's type (stop 22, invented sentences): suspending a
person is a disciplinary sanction, as suspending a member or someone "from" a body
already was, while suspending a thing one runs stays what its object says; freeing
captives in a raid, a plot or an attempt is a rescue (AID), not the captor's release
(RETREAT), freeing a thing in an attempt is no event, nor is a campaign or an effort to free someone
(the captor's release is yet to come), and freeing up room or money none; striking oil,
a mountain or power lines, striking someone as odd and striking out a claim are no
blows, while a labour strike called wildcat is a strike; a bare "the strike" takes the
sense its modified mentions have in the same story ("an air strike", "a general strike")."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The broadcaster suspended Dana Whitcombe indefinitely.",
        "The league suspended two players for doping.",
        "The school suspended three pupils on Friday.",
        "Four officers were suspended pending an inquiry.",
        "The club suspended him after the match.",
    ],
)
def test_suspending_a_person_is_a_sanction(text: str) -> None:
    assert types_by_trigger(text).get("suspended") == ("SANCTION", "expel")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The judge suspended the sentence.",
        "Rescuers suspended the search for the missing hikers.",
    ],
)
def test_suspending_a_thing_is_no_expulsion(text: str) -> None:
    assert types_by_trigger(text).get("suspended") != ("SANCTION", "expel")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The patrol was attacked after they tried to free two comrades held by the militia.",
        "Commandos mounted an operation to free the kidnapped engineers.",
        "Police officers tried to free him from the burning flat.",
    ],
)
def test_a_third_party_freeing_captives_is_a_rescue(text: str) -> None:
    assert types_by_trigger(text).get("free") == ("AID", "humanitarian")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Divers tried to free the stranded dolphin.", "free"),
        ("The sailors were trying to free the jammed rudder.", "free"),
        ("The merger will free up cash for new stores.", "free"),
        ("Closing the line freed up two platforms at the station.", "freed"),
    ],
)
def test_freeing_a_thing_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in types_by_trigger(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The junta freed forty political prisoners on Friday.",
        "The kidnappers freed the engineer after a ransom was paid.",
    ],
)
def test_a_captor_freeing_captives_still_releases_them(text: str) -> None:
    assert types_by_trigger(text).get("freed") == ("RETREAT", "release")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The activist led a long campaign to free him.",
        "Paris said it would keep working to free the aid workers.",
    ],
)
def test_a_campaign_to_free_someone_is_no_release(text: str) -> None:
    assert "free" not in types_by_trigger(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The drilling firm struck oil off the coast last week.",
        "It struck me that the plan was a good one.",
        "The idea did strike us as odd.",
        "The court agreed to strike out the claim.",
        "The helicopter struck power lines and crashed.",
        "The small plane struck a mountain near the border.",
        "The airliner's wingtip struck a hangar at the gate.",
    ],
)
def test_striking_that_is_no_blow_codes_no_assault(text: str) -> None:
    coded = types_by_trigger(text)
    assert all(coded.get(word, ("",))[0] != "ASSAULT" for word in ("struck", "strike")), coded


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck targets in Gaza.",
        "The army struck rebel positions as the talks went on.",
        "Rockets struck the city and officials said nine died.",
        "Onlookers confronted the thief; one woman shouted, others struck him with sticks.",
    ],
)
def test_an_armed_blow_is_still_an_assault(text: str) -> None:
    assert types_by_trigger(text).get("struck", ("",))[0] == "ASSAULT"


@pytest.mark.model
def test_a_wildcat_strike_is_a_labour_protest() -> None:
    text = "Drivers began a wildcat strike at the depot."
    assert types_by_trigger(text).get("strike") == ("PROTEST", "strike-gen")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Ruritanian air strike on a truck killed three men in the capital. "
            "Residents said the strike happened near a school as classes ended.",
            "ASSAULT",
        ),
        (
            "Bus drivers began a general strike on Monday. "
            "Residents said the strike happened as classes ended.",
            "PROTEST",
        ),
    ],
)
def test_a_bare_strike_takes_the_sense_of_its_story(text: str, expected: str) -> None:
    # the dict keeps the last event of a trigger text: the bare "the strike"
    assert types_by_trigger(text)["strike"][0] == expected
