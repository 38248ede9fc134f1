"""A noun act that is only said to be possible or to follow ("there could be riots", "may
lead to sanctions") is not done; one said to be, or to have followed, is (invented
sentences; clause_cues._unasserted and modality.tsv "lead_to", "result_in")."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "there" with "could", "might", "would": no act yet
        ("The mayor of Pelkan warned that there could be attacks on the streets.", None, "ASSAULT"),
        ("Officials in Vastia said there might be a lawsuit against the port.", None, "ACCUSE"),
        ("Analysts fear there would be another bombing in Pelkan soon.", None, "ASSAULT"),
        # a verb of cause with "may", "could", "would": no act yet, even with its own doer
        ("The tax vote may lead to sanctions by the Ruritanian party.", None, "SANCTION"),
        ("The pay dispute could result in a strike by Vastian miners.", None, "PROTEST"),
        # guards: what there was, or what did follow, took place
        ("There were clashes between police and students in Pelkan.", "ASSAULT", None),
        ("The pay dispute resulted in a strike by Vastian miners.", "PROTEST", None),
        ("The rally in Pelkan led to clashes with the police.", "ASSAULT", None),
    ],
)
def test_acts_only_said_to_be_possible(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)


def test_meetings_there_will_be_are_scheduled() -> None:
    text = "There will be talks between Ruritania and Vastia in Pelkan next week."
    events = analyze(Article(id="t", text=text, published="2011-05-04")).events
    assert [(e.type, e.intent) for e in events] == [("CONSULT", True)]
