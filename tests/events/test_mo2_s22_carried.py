"""An infinitive on an effort, a mission or a campaign shares the "will", "would" or
"not" of the verb that takes that noun: a promised effort to resettle people is a
promise (AGREE intent), an effort not made did nothing; an effort made is read as before
(invented sentences; clause_cues._carried_modality on modality.tsv carrier)."""

from __future__ import annotations

import pytest

from ..analyzed import types_and_intents

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "The Pelkan cabinet would make every effort to resettle the displaced.",
            [("AGREE", True)],
        ),
        ("Kenya did not make any effort to resettle the displaced.", []),
        # guard: an effort made
        ("The Pelkan cabinet made efforts to resettle the displaced.", [("AID", False)]),
    ],
)
def test_efforts_share_the_verbs_modality(text: str, coded: list[tuple[str, bool]]) -> None:
    assert types_and_intents(text) == coded
