"""Evidence, findings and programmes do no acts (stop 21, invented sentences): what data, a
study, a poll or a report "supports" or "backs" is a claim borne out, no SUPPORT of anyone,
and what a programme, a law or a stimulus "assisted" is no aid given (null `support`,
`back` and `assist` frames on `subjects`, which a passive's "by" agent meets too); people
and states that support, back or assist stay coded."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import load_lexicon

from ..analyzed import event_types


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("This view was supported by several analyses of the data.", "SUPPORT"),
        ("The data support the plan, the ministry said.", "SUPPORT"),
        ("A 2009 study backed the claim that the drug works.", "SUPPORT"),
        ("The new program assisted Kenya in reaching growth of 5 percent.", "AID"),
        # what evidence bears out is no act of its own either (the frame absorbs it)
        ("Investigators found no evidence supporting the allegation.", "ACCUSE"),
    ],
)
def test_things_do_no_acts(text: str, kind: str) -> None:
    assert kind not in event_types(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Japan supported the plan.", "SUPPORT"),
        ("Rebels backed by Rwanda attacked the town.", "SUPPORT"),
        ("The army assisted Kenya in the search.", "AID"),
    ],
)
def test_people_and_states_still_act(text: str, kind: str) -> None:
    assert kind in event_types(text)


def test_the_null_subject_frames_come_before_the_proposal_frames() -> None:
    for lemma in ("support", "back"):
        frames = load_lexicon().triggers[(lemma, "VERB")]
        null = next(i for i, e in enumerate(frames) if e.type is None and "evidence" in e.subjects)
        typed = next(i for i, e in enumerate(frames) if e.type == "SUPPORT" and e.objects)
        assert null < typed
