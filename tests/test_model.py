"""The data model: JSON round trips, evidence invariants, derived fields."""

from __future__ import annotations

import pickle

import pytest

from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Event,
    Evidence,
    Mention,
    Place,
    Quote,
    Relation,
    Sentence,
    Title,
    evidence_from,
)

TEXT = "General Ana Ruiz said the army would withdraw from Tarel."


def _analysis() -> Analysis:
    article = Article(
        id="a1",
        text=TEXT,
        title="T",
        published="2024-01-02T10:00",
        metadata={"category": "politics"},
    )
    ruiz = Actor(
        id="A1",
        name="Ana Ruiz",
        type="PERSON",
        mentions=(Mention(8, 16, "Ana Ruiz", "PERSON"),),
        country="ESP",
        sector="MIL",
        titles=(Title("General"),),
        key="ana ruiz|PERSON|ESP",
    )
    return Analysis(
        article=article,
        sentences=(Sentence(0, len(TEXT), TEXT),),
        actors=(ruiz,),
        places=(Place("Tarel", (Mention(51, 56, "Tarel", "GPE"),)),),
        quotes=(
            Quote("reported", 22, 56, TEXT[22:56], "A1", "Ana Ruiz", evidence_from(TEXT, 17, 21)),
        ),
        events=(
            Event(
                "RETREAT",
                evidence_from(TEXT, 37, 45),
                evidence_from(TEXT, 0, len(TEXT)),
                actor="A1",
                cameo="20",
                intent=True,
            ),
        ),
        relations=(Relation("A1", "opposes", "A1", evidence_from(TEXT, 0, 16)),),
        pipeline_version="x",
    )


def test_analysis_round_trips_through_json_dicts() -> None:
    analysis = _analysis()
    again = Analysis.from_dict(analysis.to_dict())
    assert again == analysis
    assert again.article.metadata == {"category": "politics"}


def test_analysis_is_picklable() -> None:
    analysis = _analysis()
    assert pickle.loads(pickle.dumps(analysis)) == analysis


def test_every_span_of_the_sample_is_exact() -> None:
    analysis = _analysis()
    for start, end, text in analysis.spans():
        assert TEXT[start:end] == text


def test_records_are_frozen() -> None:
    with pytest.raises(AttributeError):
        _analysis().article.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2), (0, len(TEXT) + 1)])
def test_evidence_from_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        evidence_from(TEXT, start, end)


def test_actor_title_and_composite_code() -> None:
    actor = Actor(
        "A1", "X", "PERSON", (), country="SYR", sector="GOV", titles=(Title("President", "former"),)
    )
    assert actor.title == "President (former)"
    assert actor.code == "SYRGOV"
    assert Actor("A2", "Y", "ORG", ()).code is None
    assert Actor("A3", "Z", "COUNTRY", (), country="USA").code == "USA"


def test_public_contract_keys() -> None:
    out = _analysis().to_dict()
    for key in (
        "id",
        "title",
        "published",
        "reading_time_minutes",
        "url",
        "text",
        "actors",
        "quotes",
        "events",
    ):
        assert key in out
    assert set(out["actors"][0]) >= {"id", "name", "type", "country", "sector", "title", "mentions"}
    assert set(out["quotes"][0]) >= {
        "kind",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_name",
        "cue",
    }
    assert set(out["events"][0]) >= {
        "type",
        "mode",
        "context",
        "cameo",
        "actor",
        "recipient",
        "trigger",
        "date",
        "location",
    }
    assert Evidence.from_dict(out["events"][0]["trigger"]).text == "withdraw"
