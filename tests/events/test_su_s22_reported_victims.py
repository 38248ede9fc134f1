"""Stop-22 victims of a bare participle complement: "nine policemen were reported
[wounded]", "three soldiers were believed [killed]": the subject underwent the act and
is its recipient, never its doer; a "by" agent stays the doer, and a subject reported
to have acted ("rebels were reported to have killed") still did it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Analysis

from ..analyzed import analyzed

pytestmark = pytest.mark.model


def _roles(analysis: Analysis, trigger: str) -> tuple[str | None, str | None]:
    """The (doer name, recipient name) of the event whose trigger is ``trigger``."""
    names = {a.id: a.name for a in analysis.actors}
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    return names.get(event.actor or ""), names.get(event.recipient or "")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nine Iraqi policemen were reported wounded in the attack.", "wounded"),
        ("Three Danish soldiers were believed killed in the ambush on Friday.", "killed"),
        ("The Greek journalist was found shot outside his house in Athens.", "shot"),
    ],
)
def test_subject_of_a_bare_participle_is_the_victim(nlp: Language, text: str, trigger: str) -> None:
    doer, recipient = _roles(analyzed(nlp, text), trigger)
    assert doer is None
    assert recipient is not None


def test_a_by_agent_stays_the_doer(nlp: Language) -> None:
    text = "Twelve Israeli soldiers were reported killed by Hezbollah fighters."
    doer, _ = _roles(analyzed(nlp, text), "killed")
    assert doer == "Hezbollah"


def test_a_subject_reported_to_have_acted_is_the_doer(nlp: Language) -> None:
    text = "Taliban fighters were reported to have attacked a police post in Kandahar."
    doer, _ = _roles(analyzed(nlp, text), "attacked")
    assert doer is not None and "Taliban" in doer
