"""Examining is an investigation only of wrongdoing or its evidence (stop 22, invented
sentences): examining claims, a killing, misconduct, a tape or records is ACCUSE
investigate, while a doctor examining a patient, a board examining an offer, scientists
examining a trend or a senator examining a bill's details code nothing (the ``examine``
frames name their objects, or inspectors, investigators or the police as subject)."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The FBI examined the allegations against the mayor.",
        "Interpol examined the killing of the journalist.",
        "Scotland Yard examined the tape to see whether the marchers broke the curfew.",
        "Inspectors from the IAEA examined the plant near Tabriz.",
    ],
)
def test_examining_wrongdoing_is_an_investigation(text: str) -> None:
    assert types_by_trigger(text).get("examined") == ("ACCUSE", "investigate")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Doctors of the Red Cross examined the prisoner on Tuesday.",
        "Exxon examined the proposal from Chevron.",
        "Oxford University examined the decline of the bee population.",
        "Senator Elizabeth Warren examined the details of the bill.",
    ],
)
def test_examining_anything_else_is_no_event(text: str) -> None:
    assert "examined" not in types_by_trigger(text)
