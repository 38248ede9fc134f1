"""Stop-19 second pass (invented sentences): troops 'rushed' to a place (MOBILIZE, as
'dispatched'), funds 'channelled' or 'funnelled' to someone and 'disbursed' (AID economic),
'dined with' (CONSULT); depositors channelling money abroad are no givers (weak)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Russia rushed troops to the border.", "rushed", ("MOBILIZE", "troops")),
        ("Qatar channelled funds to Hamas.", "channelled", ("AID", "economic")),
        ("Iran funnelled money to the Houthis.", "funnelled", ("AID", "economic")),
        ("The World Bank disbursed funds to Kenya.", "disbursed", ("AID", "economic")),
        ("Macron dined with Trump in Paris.", "dined", ("CONSULT", None)),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_depositors_channelling_money_give_no_aid() -> None:
    assert "channel" not in types_by_trigger("Depositors may channel their money to banks abroad.")
