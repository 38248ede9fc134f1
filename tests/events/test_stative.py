"""Descriptions that are no acts: habitual relative clauses and "opposed to" as an adjective."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, rows: list[Row], tags: dict[int, str]) -> list[Event]:
    doc = make_doc(rows)
    for i, tag in tags.items():
        doc[i].tag_ = tag
    return events_of(doc)


# "Norway, which supports Peru, rested." / "Norway, which supported Peru, rested."
WHICH_SUPPORTS: list[Row] = parsed(
    "Norway|PROPN|nsubj|6|B-GPE|Norway ,|PUNCT|punct|-1 which|PRON|nsubj|1 "
    "supports|VERB|relcl|-3||support Peru|PROPN|dobj|-1|B-GPE|Peru ,|PUNCT|punct|-5 "
    "rested|VERB|ROOT|0||rest .|PUNCT|punct|-1"
)


@pytest.mark.parametrize(("tag", "expected"), [("VBZ", []), ("VBD", ["SUPPORT"])])
def test_a_simple_present_relative_clause_describes_a_habit(
    make_doc: MakeDoc, tag: str, expected: list[str]
) -> None:
    events = _events(make_doc, WHICH_SUPPORTS, {2: "WDT", 3: tag})
    assert [e.type for e in events] == expected


def test_a_relative_clause_with_an_auxiliary_is_an_act(make_doc: MakeDoc) -> None:
    # "Norway, which has backed Peru, rested."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|7|B-GPE|Norway ,|PUNCT|punct|-1 which|PRON|nsubj|2 "
        "has|AUX|aux|1||have backed|VERB|relcl|-4||back Peru|PROPN|dobj|-1|B-GPE|Peru "
        ",|PUNCT|punct|-6 rested|VERB|ROOT|0||rest .|PUNCT|punct|-1"
    )
    events = _events(make_doc, rows, {2: "WDT", 3: "VBZ", 4: "VBN"})
    assert [e.type for e in events] == ["SUPPORT"]


def test_as_opposed_to_compares(make_doc: MakeDoc) -> None:
    # "Norway chose tea, as opposed to Peru."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway chose|VERB|ROOT|0||choose tea|NOUN|dobj|-1 "
        ",|PUNCT|punct|-2 as|SCONJ|mark|1 opposed|VERB|advcl|-4||oppose to|ADP|prep|-1 "
        "Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-7"
    )
    assert _events(make_doc, rows, {5: "VBN"}) == []


@pytest.mark.parametrize(("dep", "expected"), [("acl", []), ("ROOT", ["ACCUSE"])])
def test_people_opposed_to_a_plan_hold_a_view(
    make_doc: MakeDoc, dep: str, expected: list[str]
) -> None:
    # "Norwegians opposed to Peru" (a noun's modifier) / "Norwegians opposed Peru"
    head = -1 if dep == "acl" else 0
    rows: list[Row] = parsed(
        f"Norwegians|PROPN|{'ROOT' if dep == 'acl' else 'nsubj'}|{0 if dep == 'acl' else 1}"
        f"|B-NORP|Norwegians opposed|VERB|{dep}|{head}||oppose to|ADP|prep|-1 "
        "Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-3"
    )
    events = _events(make_doc, rows, {1: "VBN" if dep == "acl" else "VBD"})
    assert [e.type for e in events] == expected


@pytest.mark.parametrize(
    ("complement", "expected"),
    [("wait|VERB|xcomp|-2||wait", []), ("meet|VERB|xcomp|-2||meet", ["AGREE"])],
)
def test_willing_announces_only_an_act_of_its_own(
    make_doc: MakeDoc, complement: str, expected: list[str]
) -> None:
    # "Norway is willing to wait." / "Norway is willing to meet Peru."
    rows: list[Row] = parsed(
        f"Norway|PROPN|nsubj|1|B-GPE|Norway is|AUX|ROOT|0||be willing|ADJ|acomp|-1 "
        f"to|PART|aux|1 {complement} Peru|PROPN|dobj|-1|B-GPE|Peru .|PUNCT|punct|-5"
    )
    events = _events(make_doc, rows, {})
    assert [e.type for e in events] == expected
    assert all(e.intent for e in events)


@pytest.mark.parametrize(
    ("subject", "obj", "expected"),
    [
        ("students|NOUN|nsubj|1||student", "campus", ["PROTEST"]),
        ("Ola|PROPN|nsubj|1|B-PERSON|Ola", "seat", []),
        ("troops|NOUN|nsubj|1||troop", "town", ["ASSAULT"]),
    ],
)
def test_who_occupies_what_decides_the_act(
    make_doc: MakeDoc, subject: str, obj: str, expected: list[str]
) -> None:
    # "Norwegian students occupied the campus." / "Ola occupied the seat." /
    # "Norwegian troops occupied the town."
    norwegian = "" if subject.startswith("Ola") else "Norwegian|ADJ|amod|1|B-NORP|Norwegian "
    rows: list[Row] = parsed(
        f"{norwegian}{subject} occupied|VERB|ROOT|0||occupy the|DET|det|1 "
        f"{obj}|NOUN|dobj|-2||{obj} .|PUNCT|punct|-3"
    )
    assert [e.type for e in _events(make_doc, rows, {})] == expected


def test_readiness_needs_what_one_is_ready_for(make_doc: MakeDoc) -> None:
    # "Norway tested its readiness." / "Norway voiced its readiness to meet Peru."
    tested: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway tested|VERB|ROOT|0||test its|PRON|poss|1||its "
        "readiness|NOUN|dobj|-2||readiness .|PUNCT|punct|-3"
    )
    assert _events(make_doc, tested, {}) == []
    voiced: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway voiced|VERB|ROOT|0||voice its|PRON|poss|1||its "
        "readiness|NOUN|dobj|-2||readiness to|PART|aux|1 meet|VERB|acl|-2||meet "
        "Peru|PROPN|dobj|-1|B-GPE|Peru .|PUNCT|punct|-6"
    )
    assert [e.type for e in _events(make_doc, voiced, {})] == ["AGREE"]


@pytest.mark.parametrize(("mod", "expected"), [("scathing", "ACCUSE"), ("fresh", "ASSAULT")])
def test_a_light_verbs_object_speaks_by_its_modifiers(
    make_doc: MakeDoc, mod: str, expected: str
) -> None:
    # "Norway launched a scathing attack on Peru." / "... a fresh attack on Peru."
    rows: list[Row] = parsed(
        f"Norway|PROPN|nsubj|1|B-GPE|Norway launched|VERB|ROOT|0||launch a|DET|det|2 "
        f"{mod}|ADJ|amod|1 attack|NOUN|dobj|-3||attack on|ADP|prep|-1 "
        "Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-6"
    )
    events = _events(make_doc, rows, {})
    assert [(e.type, e.actor, e.recipient) for e in events] == [(expected, "A1", "A2")]


def test_an_agentless_passive_of_naming_names(make_doc: MakeDoc) -> None:
    # "Peru was called a rogue." / "Peru was called a rogue by Norway."
    named: list[Row] = parsed(
        "Peru|PROPN|nsubjpass|2|B-GPE|Peru was|AUX|auxpass|1||be called|VERB|ROOT|0||call "
        "a|DET|det|1 rogue|NOUN|oprd|-2 .|PUNCT|punct|-3"
    )
    assert _events(make_doc, named, {}) == []
    judged: list[Row] = parsed(
        "Peru|PROPN|nsubjpass|2|B-GPE|Peru was|AUX|auxpass|1||be called|VERB|ROOT|0||call "
        "a|DET|det|1 rogue|NOUN|oprd|-2 by|ADP|agent|-3 Norway|PROPN|pobj|-1|B-GPE|Norway "
        ".|PUNCT|punct|-6"
    )
    assert [(e.type, e.actor) for e in _events(make_doc, judged, {})] == [("ACCUSE", "A2")]


def test_what_one_calls_something_quotes_a_term(make_doc: MakeDoc) -> None:
    # "Norway joined what Ola called a struggle." / "Norway called Peru a rogue."
    quoted: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway joined|VERB|ROOT|0||join what|PRON|dobj|2 "
        "Ola|PROPN|nsubj|1|B-PERSON|Ola called|VERB|ccomp|-3||call a|DET|det|1 "
        "struggle|NOUN|oprd|-2 .|PUNCT|punct|-6"
    )
    assert _events(make_doc, quoted, {}) == []
    judged: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway called|VERB|ROOT|0||call Peru|PROPN|dobj|-1|B-GPE|Peru "
        "a|DET|det|1 rogue|NOUN|oprd|-3 .|PUNCT|punct|-4"
    )
    assert [(e.type, e.actor, e.recipient) for e in _events(make_doc, judged, {})] == [
        ("ACCUSE", "A1", "A2")
    ]


@pytest.mark.parametrize(("det", "expected"), [("the|DET|det|1 ", []), ("", ["ACCUSE"])])
def test_the_accused_are_people(make_doc: MakeDoc, det: str, expected: list[str]) -> None:
    # "Norway freed the accused." (people) / "Norway accused Peru." (an act)
    if det:
        rows: list[Row] = parsed(
            f"Norway|PROPN|nsubj|1|B-GPE|Norway freed|VERB|ROOT|0||free {det}"
            "accused|VERB|dobj|-2||accuse .|PUNCT|punct|-3"
        )
    else:
        rows = parsed(
            "Norway|PROPN|nsubj|1|B-GPE|Norway accused|VERB|ROOT|0||accuse "
            "Peru|PROPN|dobj|-1|B-GPE|Peru .|PUNCT|punct|-2"
        )
    assert [e.type for e in _events(make_doc, rows, {}) if e.type == "ACCUSE"] == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Norwegians armed with flags marched." (what they carry)
        (
            "Norwegians|PROPN|nsubj|4|B-NORP|Norwegians armed|VERB|acl|-1||arm with|ADP|prep|-1 "
            "flags|NOUN|pobj|-1||flag marched|VERB|ROOT|0||march .|PUNCT|punct|-1",
            [],
        ),
        # "Norway armed Peru." (military aid)
        (
            "Norway|PROPN|nsubj|1|B-GPE|Norway armed|VERB|ROOT|0||arm "
            "Peru|PROPN|dobj|-1|B-GPE|Peru .|PUNCT|punct|-2",
            ["AID"],
        ),
    ],
)
def test_what_one_is_armed_with_is_a_state(
    make_doc: MakeDoc, rows: str, expected: list[str]
) -> None:
    events = _events(make_doc, parsed(rows), {})
    assert [e.type for e in events if e.type == "AID"] == expected


@pytest.mark.parametrize(("mod", "expected"), [("press", []), ("peace", ["CONSULT"])])
def test_a_press_conference_consults_no_one(
    make_doc: MakeDoc, mod: str, expected: list[str]
) -> None:
    # "Norway held a press conference." / "Norway held a peace conference."
    rows: list[Row] = parsed(
        f"Norway|PROPN|nsubj|1|B-GPE|Norway held|VERB|ROOT|0||hold a|DET|det|2 "
        f"{mod}|NOUN|compound|1 conference|NOUN|dobj|-3 .|PUNCT|punct|-4"
    )
    assert [e.type for e in _events(make_doc, rows, {})] == expected


def test_no_one_split_by_the_tokenizer_is_no_one(make_doc: MakeDoc) -> None:
    # "No-one was killed by Norway." (tokenized "No", "-", "one") / "Ola was killed by Norway."
    rows: list[Row] = parsed(
        "No|INTJ|intj|4 -|NOUN|nsubjpass|3 one|NOUN|nsubjpass|2 was|AUX|auxpass|1||be "
        "killed|VERB|ROOT|0||kill by|ADP|agent|-1 Norway|PROPN|pobj|-1|B-GPE|Norway "
        ".|PUNCT|punct|-3"
    )
    assert _events(make_doc, rows, {}) == []
    ola: list[Row] = parsed(
        "Ola|PROPN|nsubjpass|2|B-PERSON|Ola was|AUX|auxpass|1||be killed|VERB|ROOT|0||kill "
        "by|ADP|agent|-1 Norway|PROPN|pobj|-1|B-GPE|Norway .|PUNCT|punct|-3"
    )
    assert [e.type for e in _events(make_doc, ola, {})] == ["ASSAULT"]
