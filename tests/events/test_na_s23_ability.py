"""What someone will be, is or was not able to do is not done; what they were able to do
was done (invented sentences; modality.tsv ``able`` with cue_words.tsv ``done_in_past``
read by events.modality._modal_kind)."""

from __future__ import annotations

import pytest

from ..analyzed import types_and_intents

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a power still to come, a power held, one that failed: no act
        ("Officials hope the army will be able to withdraw its troops from Qandor.", []),
        ("The minister doubted that Obama would be able to visit Tokyo.", []),
        ("The navy is able to blockade the port of Velma.", []),
        ("Diplomats were not able to visit the prisoners in Karsk.", []),
        ("If the police were able to arrest the gang, the town would be safer.", []),
        # guards: what a past or perfect "be" says they were able to do took place
        ("Diplomats were able to visit the prisoners on Monday.", [("CONSULT", False)]),
        ("Relatives have been able to visit the detainees.", [("CONSULT", False)]),
    ],
)
def test_ability_is_no_act_unless_past(text: str, coded: list[tuple[str, bool]]) -> None:
    assert types_and_intents(text) == coded
