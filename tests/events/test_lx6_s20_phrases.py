"""Stop-20 LX6 (invented sentences): a phrasal 'blow off' of pipelines and bridges,
a hostile reception as censure and respecting a decision as endorsement (frames in
triggers.jsonl), beside the senses that must stay as they were."""

from __future__ import annotations

import pytest

from ..analyzed import event_types, types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # 'blew off' a pipeline or bridge is blowing it up
        (
            "The rebels blew off two gas pipelines in the district.",
            "blew",
            ("ASSAULT", "explosives"),
        ),
        ("Militants blew off a railway bridge near Kandor.", "blew", ("ASSAULT", "explosives")),
        # a hostile or frosty reception from someone is their censure
        (
            "The minister received a hostile reception from farmers in Lyon.",
            "reception",
            ("ACCUSE", "disapprove"),
        ),
        (
            "The envoy got a frosty reception from officials.",
            "reception",
            ("ACCUSE", "disapprove"),
        ),
        # respecting a decision or ruling endorses it
        ("The mayor said he respects the decision of the court.", "respects", ("SUPPORT", None)),
        ("The party respected the verdict of the voters.", "respected", ("SUPPORT", None)),
    ],
)
def test_sense(text: str, trigger: str, expected: tuple[str, str | None]) -> None:
    assert types_by_trigger(text).get(trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The storm blew off the roof of the school.",
        "The players blew off steam after the match.",
        "The minister received a warm reception from farmers in Lyon.",
        "The reception was held in the town hall.",
        "The rebels said they respect the ceasefire line.",
    ],
)
def test_no_new_sense(text: str) -> None:
    types_by = types_by_trigger(text)
    assert ("ASSAULT", "explosives") not in types_by.values()
    assert "ACCUSE" not in event_types(text)
    assert ("SUPPORT", None) not in types_by.values()
