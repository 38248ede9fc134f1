"""'The Courier quoted Jo Doe (as) saying ...': the one quoted speaks, not the outlet.

Without these rules the outlet became the speaker, and so the doer of any judgement
or demand in the cited words (an ACCUSE of the newspaper for a diplomat's "foolish").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyzed import analyzed

pytestmark = pytest.mark.model


def _speakers(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    analysis = analyzed(nlp, text)
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(q.speaker or ""), q.text) for q in analysis.quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the cited object's phrase does not stretch over the outlet that cites
        (
            "AsiaNews quoted the bishop as saying he backs the new reform.",
            "he backs the new reform",
        ),
        # a participle hung on "quoted" right after the one quoted is theirs
        (
            "The Daily Courier quoted a senior envoy saying that the plan was foolish.",
            "the plan was foolish",
        ),
    ],
)
def test_the_outlet_is_not_the_speaker(nlp: Language, text: str, content: str) -> None:
    assert _speakers(nlp, text) == [(None, content)]


def test_a_cited_name_speaks(nlp: Language) -> None:
    text = "The Daily Courier quoted Jan Novak saying the army had shelled the town."
    assert _speakers(nlp, text) == [("Jan Novak", "the army had shelled the town")]


def test_the_cited_judges_not_the_outlet(nlp: Language) -> None:
    analysis = analyzed(nlp, "The Daily Courier quoted Jan Novak saying the embargo was illegal.")
    names = {a.id: a.name for a in analysis.actors}
    accusers = [names.get(e.actor or "") for e in analysis.events if e.type == "ACCUSE"]
    assert accusers == ["Jan Novak"]


def test_a_citer_that_states_still_speaks(nlp: Language) -> None:
    text = "Reuters cited low sales as a reason for the move, stating that the plant must close."
    assert _speakers(nlp, text) == [("Reuters", "the plant must close")]
