"""Agreeing that something will or should be done is an agreement; agreeing that
something is (or should have been) so shares a view."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("The two ministers agreed on Monday that their navies should patrol the strait.", True),
        ("Both parties agreed that the new council will meet every month.", True),
        ("The minister agreed that the harvest was poor this year.", False),
        ("Several senators agree that the army should never have gone in.", False),
    ],
)
def test_agreeing_on_what_is_to_be_done(nlp: Language, sentence: str, agreed: bool) -> None:
    analysis = analyzed(nlp, sentence)
    triggers = {e.trigger.text for e in analysis.events if e.type == "AGREE"}
    assert ("agreed" in triggers or "agree" in triggers) is agreed
