"""Stop-19 lexicon fixes from other helpers' findings: a typographic "’ll" marks a clause
of what will be done as "'ll" does ("agreed that it’ll cut"), a call made to congratulate
someone is a phone consultation (CONSULT phone, as "phoned to congratulate"), and who
refers to an act ("referred to sanctions against Iran") did not do it."""

from __future__ import annotations

import pytest

from newsgraph.events.triggers import _MODALS
from newsgraph.model import Article
from newsgraph.pipeline import analyze

from ..analyzed import types_by_trigger


def _doers(text: str) -> dict[str, str | None]:
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return {e.trigger.text: names.get(e.actor or "") for e in analysis.events if e.trigger}


def test_typographic_ll_is_a_modal() -> None:
    assert "\u2019ll" in _MODALS


@pytest.mark.model
@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_agreed_that_it_will_is_agree(apostrophe: str) -> None:
    text = f"Greece agreed that it{apostrophe}ll cut its spending."
    assert types_by_trigger(text).get("agreed") == ("AGREE", None)


@pytest.mark.model
def test_called_to_congratulate_is_a_phone_call() -> None:
    assert types_by_trigger("Obama called to congratulate Merkel.").get("congratulate") == (
        "CONSULT",
        "phone",
    )


@pytest.mark.model
def test_congratulating_is_still_support() -> None:
    assert types_by_trigger("Obama congratulated Merkel.").get("congratulated") == ("SUPPORT", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Russia referred to sanctions against Iran.", "sanctions", "Russia"),
        ("Putin referred to talks with Merkel.", "talks", "Vladimir Putin"),
    ],
)
def test_who_refers_to_an_act_did_not_do_it(text: str, trigger: str, doer: str) -> None:
    doers = _doers(text)
    assert trigger not in doers or doers[trigger] not in (doer, "Putin", "Russia")
