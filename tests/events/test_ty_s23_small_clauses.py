"""A verb whose object and adjective the parser reads as a small clause ("found [Smith
guilty]", "holds [Chad responsible]") has the adjective as its object, as an "oprd"
adjective is, so the find-guilty (SANCTION convict) and hold-responsible (ACCUSE) frames
fit; "found her not guilty" acquits, and holding people in general, someone or oneself
accountable accuses no one (invented sentences; triggers._child_objects, triggers.jsonl)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("A federal jury found Marta Velez guilty on all counts.", "found", "SANCTION"),
        ("The tribunal found him guilty of espionage.", "found", "SANCTION"),
        ("Ankara holds Damascus responsible for the shelling.", "holds", "ACCUSE"),
    ],
)
def test_small_clause_adjectives_fit_the_frames(text: str, trigger: str, coded: str) -> None:
    assert types_by_trigger(text)[trigger][0] == coded


@pytest.mark.parametrize(
    "text",
    [
        "The court found her not guilty.",
        "We hold people accountable when rules are broken.",
    ],
)
def test_acquittals_and_general_accountability_are_no_events(text: str) -> None:
    assert not {
        t for t, (kind, _) in types_by_trigger(text).items() if kind in ("SANCTION", "ACCUSE")
    }
