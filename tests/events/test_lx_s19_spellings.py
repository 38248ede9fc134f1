"""British spellings of trigger words the lexicon had only in American spelling (invented
sentences): 'pressurise', 'sympathise', 'scrutinise', and an 'organisation' banned."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _by_trigger(text: str) -> dict[str, tuple[str, str | None]]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.trigger.text: (e.type, e.mode) for e in events if e.trigger}


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
    assert _by_trigger(text).get(trigger) == coded
