"""British spellings of trigger words the lexicon had only in American spelling (invented
sentences): 'pressurise', 'sympathise', 'scrutinise', and an 'organisation' banned."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "coded"),
    [
        ("Britain pressurised Iran to free the sailors.", "pressurised", ("REQUEST", "demand")),
        ("John Reid sympathised with the Kurds.", "sympathised", ("SUPPORT", None)),
        ("Canada scrutinised the Saudi arms deal.", "scrutinised", ("ACCUSE", "investigate")),
        ("Ruritania banned the organisation in 2005.", "banned", ("COERCE", "ban")),
    ],
)
def test_british_spelling_codes_as_american(
    text: str, trigger: str, coded: tuple[str, str | None]
) -> None:
    assert types_by_trigger(text).get(trigger) == coded
