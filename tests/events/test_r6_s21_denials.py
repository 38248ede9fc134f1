"""Stop-21 R6 (invented sentences): disputing allegations, claims, charges or findings made
about oneself is a denial (REJECT, CAMEO 12), no accusation, and defending oneself against
accusations or criticism is a denial aimed at the accuser, no SUPPORT of them; defending a
named party against criticism still supports that party."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Egypt disputed the allegations on Monday.", "disputed"),
        ("The Brazilian government disputes the charges of the United Nations.", "disputes"),
        ("Senator Alma Ruiz disputed the findings of the panel.", "disputed"),
        ("Barack Obama defended himself against the accusations of Hillary Clinton.", "defended"),
        ("Barack Obama defended against criticism from Hillary Clinton.", "defended"),
    ],
)
def test_denial_is_reject(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, ("", None))[0] == "REJECT"


def test_the_allegations_disputed_are_no_accusation_by_the_one_disputing() -> None:
    coded = types_by_trigger("Egypt disputed the allegations on Monday.")
    assert "ACCUSE" not in {kind for kind, _ in coded.values()}


def test_the_accuser_is_the_target_of_the_denial() -> None:
    text = "Barack Obama defended himself against the accusations of Hillary Clinton."
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {actor.id: actor.name for actor in analysis.actors}
    (denial,) = [e for e in analysis.events if e.trigger.text == "defended"]
    assert denial.recipient is not None and names[denial.recipient] == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Egypt defended Israel on Monday.", "defended", "SUPPORT"),
        ("Egypt defended Israel against criticism from Iran.", "defended", "SUPPORT"),
        ("Egypt disputed the decision of Israel.", "disputed", "ACCUSE"),
    ],
)
def test_other_objects_keep_their_frames(text: str, trigger: str, kind: str) -> None:
    assert types_by_trigger(text).get(trigger, ("", None))[0] == kind
