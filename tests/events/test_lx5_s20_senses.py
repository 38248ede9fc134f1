"""Stop-20 LX5 (invented sentences): trigger senses from a judged sample and a
silver PLOVER set of fresh text (frames in triggers.jsonl), beside the senses
that must stay as they were."""

from __future__ import annotations

import pytest

from ..analyzed import event_types, types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # being 'critical of' someone or something is censure, as criticising is
        (
            "Senator Lisa Moreno was highly critical of the budget.",
            "critical",
            ("ACCUSE", "disapprove"),
        ),
        (
            "Amnesty International has been critical of Vastonia.",
            "critical",
            ("ACCUSE", "disapprove"),
        ),
        # a pledge of opposition is a stance against, no promise to act
        (
            "All the opposition parties in Norway pledged their opposition to the plan.",
            "pledged",
            ("ACCUSE", "disapprove"),
        ),
        # a call for the lifting or removal of an embargo asks for it to go
        (
            "The Security Council called for the lifting of the arms embargo on Liberia.",
            "called",
            ("REQUEST", "appeal"),
        ),
        ("Kenya called for the removal of the sanctions.", "called", ("REQUEST", "appeal")),
        # a border or crossing closed restricts movement (as one sealed)
        ("Turkey closed its border with Syria on Tuesday.", "closed", ("COERCE", "restrict")),
        ("Egypt shut the crossing into Gaza.", "shut", ("COERCE", "restrict")),
    ],
)
def test_sense(text: str, trigger: str, expected: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a driver cut off in traffic, a village cut off by floods: no ties severed
        "Police said the driver lost control after being cut off by a van.",
        "The village of Brenno was cut off by floodwaters for three days.",
        # documents misused are no one beaten
        "Officials said the passports were abused by smugglers.",
        "Customs officers found that the visas had been abused.",
        # an inquiry into the effects or the cause of something blames no party
        "A tribunal in Sydney began an investigation into the health effects of the dust.",
        "An inquiry into the cause of the collapse began on Monday.",
        "The council ordered an inquiry into the effects of the new road.",
    ],
)
def test_no_act_sense(text: str) -> None:
    types = event_types(text)
    assert not types & {"SANCTION", "ASSAULT", "ACCUSE"}, types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran cut off ties with the rebels on Monday.", "SANCTION"),
        ("Police in Lagos opened an investigation into the minister.", "ACCUSE"),
        ("The Security Council called for an arms embargo on Sudan.", "ACCUSE"),
        ("Russia closed its embassy in Tbilisi.", "SANCTION"),
        ("The guards abused the prisoners in Vastonia.", "ASSAULT"),
        ("The parties pledged their support to Prime Minister Lund.", "SUPPORT"),
    ],
)
def test_acts_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # what a share of those polled support or oppose is an opinion, no act
        "A survey showed that 40 percent of Danes oppose the plan.",
        "About 60 per cent of voters support the war, a poll found.",
        # a holiday or family trip visits no one
        "The deputy premier took a holiday trip to the Maldives in December.",
        # a governor meeting his own staff consults no one else
        "Governor Pike met with his staff on Monday.",
    ],
)
def test_no_act_opinion_or_private(text: str) -> None:
    types = event_types(text)
    assert not types & {"ACCUSE", "SUPPORT", "CONSULT"}, types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The senators oppose the new law on Vastonia.", "ACCUSE"),
        ("Prime Minister Lund supported the plan of the Vastonian government.", "SUPPORT"),
        ("The Chinese foreign minister made a trip to Washington in May.", "CONSULT"),
        ("Governor Pike met with the Mexican ambassador on Monday.", "CONSULT"),
    ],
)
def test_opinions_and_visits_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # money charged is a price, no accusation
        "The bank charged customers a fee of 30 dollars.",
        "A royalty fee will be charged to farmers who sow the seeds.",
        "The agent charges 30 percent for each contract.",
        "The council introduced a congestion charge in Dunford.",
        # a bomb that 'blasted' exploded; nobody was censured
        "Two bombs blasted at seaside resorts in Vastonia on Sunday.",
    ],
)
def test_no_accusation(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police charged the man with murder.",
        "Senator Moreno blasted the government over the war.",
        "Prosecutors filed charges against Lund.",
    ],
)
def test_accusations_stay(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # markets that rally protest nothing
        "Stocks rallied again this afternoon in New York.",
        # being 'equipped to' do something is an ability, no arms supplied
        "President Lund said Vastonia was well-equipped to ride out any recession.",
        # animals captured or shot are no one attacked
        "Scientists captured sacred snakes for the study.",
        "Farmers shot the crocodiles near the river.",
        # firms battling for a market compete; nobody fights
        "Apple and Vastocorp battled for dominance of the phone market.",
    ],
)
def test_no_act_market_ability_animals(text: str) -> None:
    types = event_types(text)
    assert not types & {"PROTEST", "AID", "ASSAULT"}, types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands rallied in Dunford against the war.", "PROTEST"),
        ("Vastonia equipped the rebels with rifles.", "AID"),
        ("Rebels captured the town of Brenno.", "ASSAULT"),
        ("Troops battled rebels for control of the town.", "ASSAULT"),
    ],
)
def test_market_ability_animal_acts_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a stance 'of' or 'to' someone, said with an adjective, as 'critical of' is
        (
            "The Vastonian parliament was strongly supportive of Prime Minister Lund.",
            "supportive",
            "SUPPORT",
        ),
        ("Senator Moreno said she was grateful to Vastonia for its help.", "grateful", "SUPPORT"),
        ("Senator Moreno was scathing about the plan of the ministry.", "scathing", "ACCUSE"),
        ("Senator Moreno was dismissive of the proposal by Vastonia.", "dismissive", "REJECT"),
    ],
)
def test_stance_adjective(text: str, trigger: str, expected: str) -> None:
    assert types_by_trigger(text).get(trigger, ("",))[0] == expected


def test_grateful_for_a_thing_thanks_no_one() -> None:
    assert "SUPPORT" not in event_types("Governor Pike said he was grateful for the sunny weather.")


@pytest.mark.parametrize(
    "text",
    [
        # a candidate leaving a race retreats from no one
        "Two senators withdrew from the presidential race in March.",
        "Senator Moreno pulled out of the presidential race on Monday.",
        # a firm shutting its rides or stores coerces no one
        "The theme park operator has shut down two thrill rides in Ohio.",
        "The coffee chain said it would shut down 300 stores.",
    ],
)
def test_no_act_race_or_business(text: str) -> None:
    types = event_types(text)
    assert not types & {"RETREAT", "REJECT", "AGREE", "COERCE", "THREATEN"}, types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vastonia withdrew its troops from Brenno.", "RETREAT"),
        ("Russia pulled out its troops from Chechnya.", "RETREAT"),
        ("The Vastonian government shut down the newspaper.", "COERCE"),
    ],
)
def test_withdrawals_and_closures_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a ban on smoking, phones or plastic bags regulates a habit, sanctioning no one
        "Ireland banned smoking in pubs in 2004.",
        "The council introduced a smoking ban in Dunford.",
        "The government imposed a ban on plastic bags.",
    ],
)
def test_no_sanction_on_habits(text: str) -> None:
    assert "SANCTION" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vastonia banned the opposition party.", "COERCE"),
        ("Vastonia imposed a ban on imports from Ruritania.", "SANCTION"),
    ],
)
def test_bans_on_parties_and_trade_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a crowd that disperses, or oil dispersed, is moved by no one
        "After the speeches the marchers began dispersing in the snow.",
        "BP used chemicals to disperse the oil.",
        # recognising a name, a voice or climate change acknowledges a fact
        "Ms Courtney said she recognised the name in newspaper reports.",
    ],
)
def test_no_act_disperse_recognise(text: str) -> None:
    types = event_types(text)
    assert not types & {"COERCE", "SUPPORT"}, types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police dispersed the crowd with tear gas.", "COERCE"),
        ("The crowd was dispersed by riot police.", "COERCE"),
        ("The protesters were dispersed.", "COERCE"),
        ("Vastonia recognised Kosovo as a state.", "SUPPORT"),
    ],
)
def test_dispersals_and_recognitions_stay(text: str, kind: str) -> None:
    assert kind in event_types(text)
