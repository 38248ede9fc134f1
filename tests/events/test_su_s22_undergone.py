"""Stop-22 undergone clauses: the noun an outcome verb leaves or sees harmed ("left
four soldiers dead and six troops injured", "saw the consulate torched") is no doer of
the participle; a clause with an object of its own ("saw soldiers shoot two farmers")
keeps its subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed

pytestmark = pytest.mark.model


def _doers(nlp: Language, text: str, trigger: str) -> list[str | None]:
    """The doer ids of the events whose trigger is ``trigger``."""
    return [e.actor for e in analyzed(nlp, text).events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A border clash left three Laotian soldiers dead and eight Vietnamese troops captured.",
            "captured",
        ),
        ("The riots saw Vietnam's consulate in Vientiane torched.", "torched"),
        ("Last month saw seven Afghan soldiers killed.", "killed"),
    ],
)
def test_the_noun_that_underwent_it_is_no_doer(nlp: Language, text: str, trigger: str) -> None:
    assert _doers(nlp, text, trigger) == [None]


def test_a_clause_with_its_own_object_keeps_its_doer(nlp: Language) -> None:
    doers = _doers(nlp, "Witnesses saw Thai soldiers shoot two farmers.", "shoot")
    assert doers and doers[0] is not None
