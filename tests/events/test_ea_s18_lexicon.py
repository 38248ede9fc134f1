"""Trigger frames added in stop 18 (invented sentences): a protest note is a diplomatic
protest, letting people into a place grants access, forces driving a group out of a town
attack it, declaring jihad threatens force, and forces destroying homes destroy property."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None]]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {(e.type, e.mode) for e in events}


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Ruritania sent a protest note to Vastonia.", ("ACCUSE", "disapprove")),
        ("Egypt allowed foreign reporters into the region.", ("RETREAT", "access")),
        ("Vastonian troops drove the rebels out of the capital.", ("ASSAULT", None)),
        ("The warlord declared a jihad on Ruritania.", ("THREATEN", "violence")),
        ("Ruritanian soldiers destroyed six houses in the village.", ("COERCE", "destroy")),
    ],
)
def test_frame(text: str, coded: tuple[str, str | None]) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm destroyed six houses in the village.",
        "She drove the children out of town for the weekend.",
        "The minister declared war on obesity.",
    ],
)
def test_no_political_act(text: str) -> None:
    assert not {t for t, _ in _coded(text)} & {"COERCE", "ASSAULT", "THREATEN"}


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The governor signed a law outlawing abortion.", ("SANCTION", None)),
        ("The junta outlawed the party.", ("COERCE", "ban")),
    ],
)
def test_outlawing_is_banning(text: str, coded: tuple[str, str | None]) -> None:
    assert coded in _coded(text)


def test_a_security_alert_mobilizes_no_one() -> None:
    assert "MOBILIZE" not in {t for t, _ in _coded("The US Embassy issued a security alert.")}


def test_obliging_another_is_a_demand() -> None:
    coded = _coded("The European Union obliged the government to withdraw its troops.")
    assert ("RETREAT", "withdraw") not in coded
