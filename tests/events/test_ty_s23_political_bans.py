"""Banning or barring people who speak, run or gather, their parties, press and assemblies
is coercion (COERCE ban, CAMEO 172), as the verb frame already coded "banned the party";
a ban on goods or a practice stays a SANCTION (invented sentences; triggers.jsonl ban,
bar, forbid and prohibit frames on object_classes.tsv banned)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("The junta imposed a ban on political protests.", "ban", ("COERCE", "ban")),
        ("Police announced a ban on public meetings in Lyon.", "ban", ("COERCE", "ban")),
        ("The governor banned public meetings for a week.", "banned", ("COERCE", "ban")),
        ("Reporters were banned from the courtroom.", "banned", ("COERCE", "ban")),
        ("The council barred the opposition leader from standing.", "barred", ("COERCE", "ban")),
        ("The regime forbade women from driving.", "forbade", ("COERCE", "ban")),
        # a product or a practice banned stays a sanction
        ("Japan banned imports of Canadian beef.", "banned", ("SANCTION", None)),
        ("The government prohibited rice exports.", "prohibited", ("SANCTION", None)),
    ],
)
def test_bans_on_people_and_assemblies(text: str, trigger: str, coded: tuple[str, str]) -> None:
    assert types_by_trigger(text)[trigger] == coded
