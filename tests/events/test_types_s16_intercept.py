"""Intercepting a vessel, an aircraft or migrants restricts movement (COERCE restrict, CAMEO
191) and intercepting a shipment seizes it (COERCE confiscate, CAMEO 171); missiles shot down
are no coercion of anyone (invented sentences)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greek navy intercepted a Turkish trawler near Crete on Sunday.", "COERCE"),
        ("The fishing boat was intercepted by the Indonesian navy off Timor.", "COERCE"),
        ("Spanish police intercepted a shipment of cocaine in Cadiz.", "COERCE"),
    ],
)
def test_intercepted(text: str, expected: str) -> None:
    assert expected in event_types(text)


def test_missiles_intercepted_coerce_no_one() -> None:
    assert "COERCE" not in event_types("Air defences intercepted two missiles over Kyiv.")
