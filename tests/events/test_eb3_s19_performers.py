"""Who carried out an act named by a noun: the agent of a participle of doing that hangs from
it ("the raid [conducted] by Vastland", "a rally [organized] by Vastland", "killed in a raid
[launched] by Vastland"); not of a response to it ("the raid [condemned] by Vastland"), a
naming ("an inquiry, [called] by Vastland a mistake") or a bare "carried". Invented sentences,
hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.phrase_actors import performers

from .conftest import build, events_of, parsed

_VBN = {"conducted": "VBN", "condemned": "VBN", "launched": "VBN", "organized": "VBN",
        "called": "VBN", "carried": "VBN"}  # fmt: skip


def _raid_killed(participle: str, lemma: str) -> str:
    # "The raid <participle> by Vastland killed ten."
    return (
        f"The|DET|det|1 raid|NOUN|nsubj|4 {participle}|VERB|acl|-1||{lemma} by|ADP|agent|-1 "
        "Vastland|PROPN|pobj|-1|B-GPE killed|VERB|ROOT|0||kill ten|NUM|dobj|-1 .|PUNCT|punct|-2"
    )


# "Ten people were killed in a raid launched by Vastland."
KILLED_IN_RAID = (
    "Ten|NUM|nummod|1 people|NOUN|nsubjpass|2||person were|AUX|auxpass|1||be "
    "killed|VERB|ROOT|0||kill in|ADP|prep|-1 a|DET|det|1 raid|NOUN|pobj|-2 "
    "launched|VERB|acl|-1||launch by|ADP|agent|-1 Vastland|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-7"
)
# "A rally organized by Vastland began in Ruritania."
RALLY = (
    "A|DET|det|1 rally|NOUN|nsubj|4 organized|VERB|acl|-1||organize by|ADP|agent|-1 "
    "Vastland|PROPN|pobj|-1|B-GPE began|VERB|ROOT|0||begin in|ADP|prep|-1 "
    "Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
)


def _doers(nlp: Language, notation: str) -> set[tuple[str, ...]]:
    doc = build(nlp, parsed(notation), _VBN)
    return {e.actors for e in events_of(doc)}


def test_the_agent_of_conducting_a_raid_did_what_the_raid_did(blank_nlp: Language) -> None:
    assert ("A1",) in _doers(blank_nlp, _raid_killed("conducted", "conduct"))


def test_the_agent_of_a_response_to_an_act_did_not_do_it(blank_nlp: Language) -> None:
    assert ("A1",) not in _doers(blank_nlp, _raid_killed("condemned", "condemn"))


def test_killed_in_a_raid_launched_by_someone_was_killed_by_them(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(KILLED_IN_RAID), _VBN)
    killed = [e for e in events_of(doc) if e.trigger.text == "killed"]
    assert [e.actors for e in killed] == [("A1",)]


def test_a_rally_organized_by_someone_is_theirs(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(RALLY), _VBN)
    rallies = [e for e in events_of(doc) if e.trigger.text == "rally"]
    assert [e.actors for e in rallies] == [("A1",)]


@pytest.mark.parametrize(
    ("notation", "expected"),
    [
        # "a strike called by Vastland"
        ("a|DET|det|1 strike|NOUN|ROOT|0 called|VERB|acl|-1||call by|ADP|agent|-1 "
         "Vastland|PROPN|pobj|-1|B-GPE", ["Vastland"]),
        # "an inquiry called by Vastland a mistake": a naming
        ("an|DET|det|1 inquiry|NOUN|ROOT|0 called|VERB|acl|-1||call by|ADP|agent|-1 "
         "Vastland|PROPN|pobj|-1|B-GPE a|DET|det|1 mistake|NOUN|oprd|-4", []),
        # "the raid carried by Vastland": no "out"
        ("the|DET|det|1 raid|NOUN|ROOT|0 carried|VERB|acl|-1||carry by|ADP|agent|-1 "
         "Vastland|PROPN|pobj|-1|B-GPE", []),
        # "the raid carried out by Vastland"
        ("the|DET|det|1 raid|NOUN|ROOT|0 carried|VERB|acl|-1||carry out|ADP|prt|-1 "
         "by|ADP|agent|-2 Vastland|PROPN|pobj|-1|B-GPE", ["Vastland"]),
    ],
)  # fmt: skip
def test_performers(blank_nlp: Language, notation: str, expected: list[str]) -> None:
    doc = build(blank_nlp, parsed(notation), _VBN)
    assert [t.text for t in performers(doc[1])] == expected
