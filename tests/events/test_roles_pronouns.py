"""A subject "it" the actors stage did not resolve stands for the subject of the clause
its adverbial clause hangs from, when that is no person; "he" and "they" there do not.
Invented sentences, hand-built parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, notation: str) -> list[Event]:
    doc = make_doc(parsed(notation))
    return events_of(doc)


def _trigger(events: list[Event], text: str) -> Event:
    return next(e for e in events if e.trigger.text == text)


# "Peru shocked the region when it launched a missile."
WHEN_IT = (
    "Peru|PROPN|nsubj|1|B-GPE shocked|VERB|ROOT|0||shock the|DET|det|1 "
    "region|NOUN|dobj|-2 when|SCONJ|advmod|2 it|PRON|nsubj|1 launched|VERB|advcl|-5||launch "
    "a|DET|det|1 missile|NOUN|dobj|-2 .|PUNCT|punct|-8"
)
# "Chile attacked the rebels after they killed two soldiers."
AFTER_THEY = (
    "Chile|PROPN|nsubj|1|B-GPE attacked|VERB|ROOT|0||attack the|DET|det|1 "
    "rebels|NOUN|dobj|-2||rebel after|SCONJ|mark|2 they|PRON|nsubj|1 killed|VERB|advcl|-5||kill "
    "two|NUM|nummod|1|B-CARDINAL soldiers|NOUN|dobj|-2||soldier .|PUNCT|punct|-8"
)
# "Peru says that it will seek sanctions on Chile, calling the report a disgrace."
CALLING = (
    "Peru|PROPN|nsubj|1|B-GPE says|VERB|ROOT|0||say that|SCONJ|mark|3 it|PRON|nsubj|2 "
    "will|AUX|aux|1 seek|VERB|ccomp|-4 sanctions|NOUN|dobj|-1||sanction on|ADP|prep|-1 "
    "Chile|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-4 calling|VERB|advcl|-5||call the|DET|det|1 "
    "report|NOUN|dobj|-2 a|DET|det|1 disgrace|NOUN|oprd|-4 .|PUNCT|punct|-14"
)


# "Peru argues the treaty will fail because it threatens Chile." -- "it" is the treaty
BECAUSE_IT = (
    "Peru|PROPN|nsubj|1|B-GPE argues|VERB|ROOT|0||argue the|DET|det|1 treaty|NOUN|nsubj|2 "
    "will|AUX|aux|1 fail|VERB|ccomp|-4 because|SCONJ|mark|2 it|PRON|nsubj|1 "
    "threatens|VERB|advcl|-3||threaten Chile|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-9"
)


@pytest.mark.parametrize(
    ("notation", "trigger", "expected"),
    [
        (WHEN_IT, "launched", ("A1",)),
        (CALLING, "calling", ("A1",)),
        (AFTER_THEY, "killed", ()),
        (BECAUSE_IT, "threatens", ()),
    ],
)
def test_it_in_an_adverbial_clause_is_the_upper_subject(
    make_doc: MakeDoc, notation: str, trigger: str, expected: tuple[str, ...]
) -> None:
    assert _trigger(_events(make_doc, notation), trigger).actors == expected


# "Peru withdrew its subpoena in May." / "Peru plans to use the logs as part of its
# investigation." -- an unresolved "its" on a noun act is the subject of its clause
ITS_SUBPOENA = (
    "Peru|PROPN|nsubj|1|B-GPE withdrew|VERB|ROOT|0||withdraw its|PRON|poss|1 "
    "subpoena|NOUN|dobj|-2 in|ADP|prep|-3 May|PROPN|pobj|-1|B-DATE .|PUNCT|punct|-5"
)
ITS_INVESTIGATION = (
    "Peru|PROPN|nsubj|1|B-GPE plans|VERB|ROOT|0||plan to|PART|aux|1 use|VERB|xcomp|-2 "
    "the|DET|det|1 logs|NOUN|dobj|-2||log as|ADP|prep|-3 part|NOUN|pobj|-1 of|ADP|prep|-1 "
    "its|PRON|poss|1 investigation|NOUN|pobj|-2 .|PUNCT|punct|-10"
)


@pytest.mark.parametrize(
    ("notation", "trigger"), [(ITS_SUBPOENA, "subpoena"), (ITS_INVESTIGATION, "investigation")]
)
def test_its_act_is_the_clause_subject_s(make_doc: MakeDoc, notation: str, trigger: str) -> None:
    assert _trigger(_events(make_doc, notation), trigger).actors == ("A1",)
