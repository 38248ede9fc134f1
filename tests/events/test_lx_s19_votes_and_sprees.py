"""Fourth set of stop-19 trigger frames (invented sentences): bills and motions 'voted down'
(REJECT), a 'sit-in' the parser splits into 'sit' + a noun 'in' (PROTEST), 'took issue with'
and 'took exception to' (ACCUSE), shooting and stabbing sprees (ASSAULT), banks 'bailed
out' (AID; not parties bailing out of a coalition), resources pooled and findings shared
(COOPERATE)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("The Senate voted down the bill.", "voted", ("REJECT", None)),
        ("The motion was voted down by the Senate.", "voted", ("REJECT", None)),
        ("Dockers staged a sit-in at the port.", "in", ("PROTEST", "demo")),
        ("Senator Clinton took issue with the report.", "took", ("ACCUSE", "disapprove")),
        ("India took exception to the remark.", "took", ("ACCUSE", "disapprove")),
        ("The gunman went on a shooting spree in Ohio.", "spree", ("ASSAULT", "firearms")),
        ("Saudi Arabia bailed out the Egyptian central bank.", "bailed", ("AID", "economic")),
        ("France and Germany pooled their resources.", "pooled", ("COOPERATE", None)),
        ("Britain shared its findings with the French police.", "shared", ("COOPERATE", None)),
    ],
)
def test_frame(text: str, trigger: str, coded: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == coded


def test_bailing_out_of_a_coalition_is_no_aid() -> None:
    text = "The Greens bailed out of the Italian coalition."
    assert "AID" not in {t for t, _ in types_by_trigger(text).values()}
