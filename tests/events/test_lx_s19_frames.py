"""Trigger frames added in stop 19 (invented sentences): light-verb and phrasal wordings of
acts the lexicon lacked ("made light of", "took aim at", "threw its support behind", "lent
its support to", "acted as mediator"), money given or contributed (any amount the model tags
MONEY: ``#money``), borders sealed, emergency rule invoked, forces bolstered, governments
ousted by force, visits scrapped, envoys kicked out and police pelted with stones."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import MONEY_OBJECT, LexiconError, _entry, load_lexicon
from newsgraph.model import Article
from newsgraph.pipeline import analyze


def _coded(text: str) -> set[tuple[str, str | None]]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {(e.type, e.mode) for e in events}


def _triggers(text: str) -> dict[str, str]:
    events = analyze(Article(id="t", text=text, published="2020-01-05")).events
    return {e.trigger.text: e.type for e in events if e.trigger}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Mayor Lindqvist made light of the senator's proposal.", ("REJECT", None)),
        ("Amnesty International took aim at the Ruritanian government.", ("ACCUSE", "disapprove")),
        ("Spain threw its support behind the Moroccan plan.", ("SUPPORT", None)),
        ("The Mexican government lent its support to the talks.", ("SUPPORT", None)),
        ("Turkey gave its blessing to the pipeline deal with Georgia.", ("SUPPORT", None)),
        ("Senator Okafor headlined a fundraising dinner for the Labour Party.", ("SUPPORT", None)),
        ("Qatar acted as a mediator between Hamas and Fatah.", ("CONSULT", "third-party")),
        ("The Liberal Party contributed $48,500 to Green candidates.", ("AID", "economic")),
        ("Norway gave US$3 million to the Red Cross.", ("AID", "economic")),
        ("The World Bank provided $40 million to Malawi.", ("AID", "economic")),
        ("Ruritania sealed its border with Vastonia.", ("COERCE", "restrict")),
        ("President Musharraf invoked emergency rule.", ("COERCE", "martial-law")),
        ("NATO bolstered its forces in Estonia.", ("MOBILIZE", "troops")),
        ("Moscow scrapped the visit of the Georgian foreign minister.", ("SANCTION", "cancel")),
        ("Venezuela kicked out the Colombian ambassador.", ("SANCTION", "expel")),
        ("Youths pelted the police with stones.", ("PROTEST", "riot")),
        ("Riot police in Lagos were pelted with bricks.", ("ASSAULT", "primitive")),
    ],
)
def test_frame(text: str, coded: tuple[str, str | None]) -> None:
    assert coded in _coded(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army ousted President Zelaya in a coup.", "ousted"),
        ("The army toppled the elected government of Ruritania.", "toppled"),
        ("The Taliban were ousted by American forces in 2001.", "ousted"),
    ],
)
def test_forces_ousting_a_government_assault_it(text: str, trigger: str) -> None:
    assert _triggers(text).get(trigger) == "ASSAULT"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Past protests toppled three governments in Bangkok.",
        "Voters ousted the governing coalition in Monday's election.",
        "The opposition hopes a budget defeat will topple the cabinet.",
        "The deposed king of Ruritania died in exile.",
    ],
)
def test_ousting_by_vote_or_protest_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in {t for t, _ in _coded(text)}


@pytest.mark.model
def test_a_filibuster_resorted_to_is_a_rejection() -> None:
    assert _triggers("Democrats resorted to a filibuster against the bill.").get("resorted") == (
        "REJECT"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two firms sealed the deal on Friday.",
        "Parliament provided $90 million for the new stadium.",
        "She contributed an essay to the anthology.",
    ],
)
def test_everyday_uses_code_nothing(text: str) -> None:
    assert not {t for t, _ in _coded(text)} & {"COERCE", "AID"}


def test_money_is_the_only_pseudo_object() -> None:
    lexicon = load_lexicon()
    assert MONEY_OBJECT in next(
        e.objects for e in lexicon.triggers[("contribute", "VERB")] if e.mode == "economic"
    )
    with pytest.raises(LexiconError, match="triggers.jsonl:9"):
        _entry(
            {"lemma": "x", "pos": "VERB", "type": "AID", "objects": ["#gold"]},
            lexicon.types,
            "triggers.jsonl:9",
        )
