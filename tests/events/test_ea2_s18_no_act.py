"""Everyday senses that are no political act (stop 18, invented sentences): enlisting in an
air or police force is no cooperation, industrial plants shut down are no censorship, and a
state shutting down its reactor disarms."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None]]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {(e.type, e.mode) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Marta Voss said she had joined the Air Force to see the world.",
        "Officer Dan Pruitt joined the police force in 1999.",
        "Three damaged refineries in Texas were shut down after the storm.",
        "The company shut down two plants in Ohio last year.",
    ],
)
def test_no_act(text: str) -> None:
    assert _coded(text) == set()


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Ruritania and Vastonia joined forces against the rebels.", ("COOPERATE", None)),
        ("The government shut down the newspaper.", ("COERCE", "censor")),
        ("North Korea shut down its nuclear reactor on Monday.", ("RETREAT", "disarm")),
    ],
)
def test_still_coded(text: str, coded: tuple[str, str | None]) -> None:
    assert coded in _coded(text)


def test_back_to_is_no_backing() -> None:
    # "back to normal" parsed as a verb backs no one
    assert (
        _coded("Officials at the Ruritanian central bank said they are close to back to normal.")
        == set()
    )


def test_restricted_to_is_a_scope() -> None:
    # what "was restricted to" a few offices or companies is limited in scope, no one coerced
    assert _coded("The report's circulation was restricted to three ministries.") == set()
    assert ("COERCE", "restrict") in _coded("Ruritania restricted access to the border region.")


def test_travelling_is_a_visit_only_by_an_actor() -> None:
    # "travel to" is weak: tourists, ships and passengers pay no visit
    assert _coded("Many of the fans had travelled hundreds of miles to the stadium.") == set()
    assert ("CONSULT", "visit") in _coded("Condoleezza Rice travelled to Beijing on Monday.")
