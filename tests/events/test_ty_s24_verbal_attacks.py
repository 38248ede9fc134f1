"""Stop-24 types: an attack in words is disapproval (ACCUSE), not an assault. The opposition,
critics, commentators, newspapers, lawmakers, candidates or a campaign that attack someone
attack them in words (a `subjects` frame of `attack`); so does anyone attacking a pledge, a
response, a culture, tax cuts, credentials or findings, or someone during a debate or an
interview (the `objects` frame), and an attack on a policy, a record or a response (a noun
frame on "on"); MPs and a treasurer attack in words as lawmakers do. Gunmen, rebels or a crowd
attacking police, and an attack under someone's command, stay assaults."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The opposition attacked the cabinet after the floods in the south.", "attacked"),
        ("Democrats kept attacking the governor about his tax returns.", "attacking"),
        ("Senator Ana Reyes attacked Governor Tom Hale during the televised debate.", "attacked"),
        ("The premier attacked Ruth Okafor on her promise to close the mines.", "attacked"),
        ("Columnists attacked the mayor after the stadium vote.", "attacked"),
        ("Dana Reed stepped up her attack on the minister's response to the floods.", "attack"),
        ("The senator began a fresh attack on the governor's record on schools.", "attack"),
        ("The finance chief used the budget to attack the cabinet's credentials.", "attack"),
        ("The treasurer attacked the tax cuts the opposition had promised.", "attacked"),
        ("The shipping firm attacked the inquiry's conclusions on Friday.", "attacked"),
        ("Dozens of Labour MPs attacked the minister in the chamber.", "attacked"),
    ],
)
def test_attack_in_words_is_disapproval(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen attacked a police patrol near the border on Friday.", "attacked"),
        ("The rebels planned the attacks under the command of a former colonel.", "attacks"),
        ("A crowd attacked the embassy with stones and petrol bombs.", "attacked"),
    ],
)
def test_physical_attack_stays_an_assault(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ASSAULT"
