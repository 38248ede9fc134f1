"""An act someone "is set to" do is intended, and one "likely to" happen is not done,
though "a set of" and the adverb in "likely killed" qualify nothing (invented sentences;
`modality.tsv` with the passive-only and head-only words of `modality.py`)."""

from __future__ import annotations

import pytest

from ..analyzed import assert_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "is set to sign": intended, coded as the promise to sign
        ("Ruritania is set to sign a peace deal with Vastia.", "AGREE", "SUPPORT"),
        ("Vastia is set to attack the rebel town of Pelkan.", "THREATEN", "ASSAULT"),
        # a forecast: not done
        ("Rebels are likely to attack the town of Pelkan.", None, "ASSAULT"),
        ("Vastia is likely to expel the Ruritanian ambassador.", None, "EXPEL"),
        # guards: the noun "set" and the adverb "likely" leave the act done
        ("Police arrested a set of protesters in Pelkan.", "COERCE", None),
        ("Rebels likely killed ten villagers in Pelkan.", "ASSAULT", None),
    ],
)
def test_set_to_and_likely_to(text: str, expected: str | None, absent: str | None) -> None:
    assert_types(text, expected, absent)
