"""Stop-19 second pass on verbs in less common news wordings (invented sentences): deals
'thrashed out', 'inked' or 'clinched' (AGREE), 'climbed down on' and 'backed off' (CONCEDE;
not a climber coming down a roof), regimes 'propped up' (SUPPORT), claims 'rubbished', cold
water 'poured on' a plan and criticism 'shrugged off' (REJECT), visits 'axed' (SANCTION),
'stepped aside' (RETREAT), the army 'called in' (MOBILIZE), troops 'drawn down' (RETREAT),
'rowed back on' (CONCEDE), protesters 'locked up' and a revolt 'put down' (COERCE),
'reached out to' (CONSULT), a village 'flattened' by an actor (COERCE; not by a storm)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Iran and the EU thrashed out a deal in Vienna.", "thrashed", ("AGREE", None)),
        ("Turkey inked a deal with Russia.", "inked", ("AGREE", None)),
        ("Japan clinched a deal with India.", "clinched", ("AGREE", None)),
        ("Sunak climbed down on the plan.", "climbed", ("CONCEDE", "other")),
        ("Serbia backed off from the threat.", "backed", ("CONCEDE", "other")),
        ("Russia propped up the Assad regime.", "propped", ("SUPPORT", None)),
        ("Labour rubbished the claims.", "rubbished", ("REJECT", None)),
        ("Germany poured cold water on the plan.", "poured", ("REJECT", None)),
        ("Netanyahu shrugged off the criticism.", "shrugged", ("REJECT", None)),
        ("Britain axed the visit.", "axed", ("SANCTION", "cancel")),
        ("The minister stepped aside amid the probe.", "stepped", ("RETREAT", "resign")),
        ("Pakistan called in the army to restore order.", "called", ("MOBILIZE", "troops")),
        ("The US drew down its troops in Iraq.", "drew", ("RETREAT", "withdraw")),
        ("The government rowed back on its pledge.", "rowed", ("CONCEDE", "policy")),
        ("Police locked up the protesters.", "locked", ("COERCE", "arrest")),
        ("The army put down the rebellion.", "put", ("COERCE", None)),
        ("Biden reached out to Xi.", "reached", ("CONSULT", None)),
        ("Israel flattened the village.", "flattened", ("COERCE", "destroy")),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The protesters climbed down from the roof.", "climbed"),
        ("The tornado flattened homes in Kansas.", "flattened"),
        ("The company axed 500 jobs.", "axed"),
    ],
)
def test_no_event(text: str, trigger: str) -> None:
    assert trigger not in types_by_trigger(text)
