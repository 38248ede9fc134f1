"""What a plan, a bill or a reform holds or would bring about is no act of anyone's;
a text's act in the past, a participle on it and a party's own plan stay (invented
sentences; events.screening_texts.done_by_a_text on cue_words.tsv instrument and the
rule/norm words of modality.tsv)."""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The draft bill would urge Ruritanian banks to cut fees for pensioners.",
        "The reform will deny jobless benefits to young migrants.",
        "The package calls on Iran to suspend enrichment.",
        "The bill would ban imports of Chinese steel.",
    ],
)
def test_what_a_text_would_do_is_no_act(text: str) -> None:
    assert event_types(text) == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The government will ban imports of Chinese steel.", "THREATEN"),
        ("The Security Council passed a text imposing sanctions on Iran.", "SANCTION"),
        ("The ceasefire deal has lifted the blockade of Gaza.", "RETREAT"),
        # a text a named party owns asks what that party asks
        ("Egypt's proposal calls on Israel to lift the blockade.", "REQUEST"),
        ("The proposal by France and Germany urges Iran to halt enrichment.", "REQUEST"),
        # a verb with a tense of its own has a doer of its own, though the parse joins it
        ("Aid groups fear the plan will cut rations and are urging Japan to send food.", "REQUEST"),
    ],
)
def test_a_party_or_a_done_act_stays(text: str, kept: str) -> None:
    assert kept in event_types(text)
