"""What a text would do, as the subject of "would", "will" or "may", is its provision,
no one's intent or act (stop 24, invented sentences)."""

from __future__ import annotations

import pytest

from tests.analyzed import types_and_intents

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The bill would also call for stricter audits of the national banks.", "REQUEST"),
        ("The draft legislation would outlaw the sale of handguns.", "THREATEN"),
        ("The amendment would prohibit the sale of rifles to minors.", "THREATEN"),
        ("The new legislation would urge utilities to cut their prices.", "REQUEST"),
    ],
)
def test_provision_of_a_text_is_no_act(text: str, absent: str) -> None:
    assert absent not in {type_ for type_, _ in types_and_intents(text)}


def test_a_party_that_would_act_keeps_its_intent() -> None:
    found = types_and_intents("The senators would also call for stricter audits of the banks.")
    assert ("REQUEST", True) in found
