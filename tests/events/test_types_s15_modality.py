"""Acts judged hard, easy, impossible or unlikely to do are not done, and taking charge of
something accuses no one (invented sentences; `modality.tsv` and a null `charge` frame)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Senator Ruddock said it would be difficult to negotiate with Vastia.", None, "CONSULT"),
        (
            "Vastia is unlikely to open an inquiry into the Pelkan fire, officials said.",
            None,
            "ACCUSE",
        ),
        ("Admiral Pekka will take charge of the navy in October.", None, "ACCUSE"),
        ("The new chief took charge of the police force on Monday.", None, "ACCUSE"),
        # guards: a manner adverb or "as soon as possible" leaves the act done ...
        ("Ruritania withdrew its troops from Pelkan as soon as possible.", "RETREAT", None),
        ("Rebels easily captured the town of Pelkan.", "ASSAULT", None),
        # ... and charging someone still accuses.
        ("Ruritanian prosecutors charged three officials with fraud.", "ACCUSE", None),
    ],
)
def test_unlikely_acts_and_taking_charge(
    text: str, expected: str | None, absent: str | None
) -> None:
    assert_types(text, expected, absent)
