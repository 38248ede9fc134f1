"""Stop-24: a noun act with a doer of its own that a present or future verb of planning,
seeking or preparing takes as its object ("preparing for an attack by the army", "plans a
boycott by its deputies") has not taken place: no event is coded for it, while a
noun act with a doer that a clause reacts to ("rejected an offer by the company") and
one a past "planned" names ("planned the bombing by the cell") still did."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Pyongyang is preparing for its third missile test.", "test"),
        ("Villagers are preparing for an attack by the army.", "attack"),
        ("The opposition plans a boycott of the vote by its deputies.", "boycott"),
    ],
)
def test_awaited_noun_act_is_not_coded(text: str, trigger: str) -> None:
    assert trigger not in types_by_trigger(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The dockers rejected an offer by the company on Monday.", "offer"),
        ("Nurses prepared for weeks after a strike by doctors closed the ward.", "strike"),
        ("The colonel planned the bombing by the cell last year.", "bombing"),
    ],
)
def test_noun_act_a_clause_reacts_to_is_coded(text: str, trigger: str) -> None:
    assert trigger in types_by_trigger(text)
