"""Stop-19 second pass on nominal triggers (invented sentences): hyphenated act nouns the
parser splits into a compound + a noun 'up' ('a build-up of troops' MOBILIZE, 'a round-up of
protesters' COERCE arrest, 'a call-up of reservists' MOBILIZE; a news 'round-up' or a
'build-up of gas' is nothing), a 'work stoppage', a 'hartal' or 'bandh' (PROTEST), a
'rebuff' (REJECT), a 'guilty verdict' (SANCTION), the 'jailing' of someone (COERCE)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Russia announced a build-up of troops on the border.", "up", ("MOBILIZE", "troops")),
        ("Police carried out a round-up of protesters in Minsk.", "up", ("COERCE", "arrest")),
        ("Moscow announced a call-up of 300,000 reservists.", "up", ("MOBILIZE", "troops")),
        ("Dockers began a work stoppage on Monday.", "stoppage", ("PROTEST", "strike-lim")),
        ("The opposition enforced a hartal in Dhaka.", "hartal", ("PROTEST", "strike-gen")),
        ("The rebuff from Hamas angered Egypt.", "rebuff", ("REJECT", None)),
        ("The jury returned a guilty verdict against Smith.", "verdict", ("SANCTION", "convict")),
        ("The jailing of the journalists by Egypt was condemned.", "jailing", ("COERCE", "arrest")),
    ],
)
def test_noun(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


@pytest.mark.parametrize(
    "text",
    [
        "The station airs a weekly round-up of the news.",
        "Engineers found a build-up of gas in the mine.",
        "The verdict is expected on Friday.",
    ],
)
def test_no_event(text: str) -> None:
    assert not {"up", "verdict"} & set(types_by_trigger(text))
