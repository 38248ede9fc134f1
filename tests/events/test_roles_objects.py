"""Recipients named inside what a trigger acts on: the place troops withdraw from, the
clause a matched noun carries ("voiced concern that X ..."). Invented sentences."""

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


# "The withdrawal of Chilean troops from Peru began."
WITHDRAWAL = (
    "The|DET|det|1 withdrawal|NOUN|nsubj|6 of|ADP|prep|-1 Chilean|ADJ|amod|1|B-NORP "
    "troops|NOUN|pobj|-2||troop from|ADP|prep|-4 Peru|PROPN|pobj|-1|B-GPE began|VERB|ROOT|0||begin "
    ".|PUNCT|punct|-1"
)
# "The attack of Chilean troops from Peru began." -- an attack "from" a place is where
# it came from, not its target
ATTACK = WITHDRAWAL.replace("withdrawal|NOUN", "attack|NOUN")


def test_the_place_a_withdrawal_leaves_is_its_recipient(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, WITHDRAWAL)
    assert (event.type, event.actors, event.recipient) == ("RETREAT", ("A1",), "A2")


def test_an_attack_from_a_place_does_not_target_it(make_doc: MakeDoc) -> None:
    assert all(e.recipient != "A2" for e in _events(make_doc, ATTACK))


# "Chile voiced concern that Peru knew the plan." / "... had armed the rebels."
CONCERN_KNEW = (
    "Chile|PROPN|nsubj|1|B-GPE voiced|VERB|ROOT|0||voice concern|NOUN|dobj|-1 "
    "that|SCONJ|mark|2 Peru|PROPN|nsubj|1|B-GPE knew|VERB|acl|-3||know the|DET|det|1 "
    "plan|NOUN|dobj|-2 .|PUNCT|punct|-7"
)
CONCERN_ARMED = (
    "Chile|PROPN|nsubj|1|B-GPE expressed|VERB|ROOT|0||express concern|NOUN|dobj|-1 "
    "that|SCONJ|mark|3 Peru|PROPN|nsubj|2|B-GPE had|AUX|aux|1||have armed|VERB|acl|-4||arm "
    "the|DET|det|1 rebels|NOUN|dobj|-2||rebel .|PUNCT|punct|-8"
)


@pytest.mark.parametrize("notation", [CONCERN_KNEW, CONCERN_ARMED])
def test_a_concern_is_about_the_subject_of_its_clause(make_doc: MakeDoc, notation: str) -> None:
    events = _events(make_doc, notation)
    (concern,) = [e for e in events if e.type == "ACCUSE"]
    assert (concern.actors, concern.recipient) == (("A1",), "A2")


# "Ana Lopez, Jo Hale's aide, and Jo Berg were convicted." -- the apposition carrying the
# conjunction describes Lopez: Hale is no third convict
APPOSED_LIST = (
    "Ana|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubjpass|11|I-PERSON ,|PUNCT|punct|-1 "
    "Jo|PROPN|compound|1|B-PERSON Hale|PROPN|poss|2|I-PERSON 's|PART|case|-1 aide|NOUN|appos|-5 "
    ",|PUNCT|punct|-1 and|CCONJ|cc|-2 Jo|PROPN|compound|1|B-PERSON Berg|PROPN|conj|-4|I-PERSON "
    "were|AUX|auxpass|1||be convicted|VERB|ROOT|0||convict .|PUNCT|punct|-1"
)


def test_a_described_item_of_a_list_is_not_the_one_it_names(make_doc: MakeDoc) -> None:
    events = _events(make_doc, APPOSED_LIST)
    assert sorted(e.recipient or "" for e in events) == ["A1", "A3"]


# "There was a lawsuit brought by Chilean firms against the government."
FILED_BY = (
    "There|PRON|expl|1 was|VERB|ROOT|0||be a|DET|det|1 lawsuit|NOUN|attr|-2 "
    "brought|VERB|acl|-1||bring by|ADP|agent|-1 Chilean|ADJ|amod|1|B-NORP firms|NOUN|pobj|-2||firm "
    "against|ADP|prep|-4 the|DET|det|1 government|NOUN|pobj|-2 .|PUNCT|punct|-10"
)


def test_who_acts_in_a_clause_on_the_act_is_not_its_target(make_doc: MakeDoc) -> None:
    (lawsuit,) = _events(make_doc, FILED_BY)
    assert lawsuit.recipient is None


# "Peru urged lawmakers to condemn Chile." / "Peru urged Bolivia to condemn Chile."
URGED_LAWMAKERS = (
    "Peru|PROPN|nsubj|1|B-GPE urged|VERB|ROOT|0||urge lawmakers|NOUN|dobj|-1||lawmaker "
    "to|PART|aux|1 condemn|VERB|xcomp|-3 Chile|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-5"
)
URGED_BOLIVIA = (
    "Peru|PROPN|nsubj|1|B-GPE urged|VERB|ROOT|0||urge Bolivia|PROPN|dobj|-1|B-GPE "
    "to|PART|aux|1 condemn|VERB|xcomp|-3 Chile|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-5"
)


@pytest.mark.parametrize(("notation", "expected"), [(URGED_LAWMAKERS, None), (URGED_BOLIVIA, "A2")])
def test_the_one_asked_is_the_addressee_not_the_target_of_the_request(
    make_doc: MakeDoc, notation: str, expected: str | None
) -> None:
    (request,) = [e for e in _events(make_doc, notation) if e.type == "REQUEST"]
    assert (request.actors, request.recipient) == (("A1",), expected)


# "A judge at Peru's High Court will question Jo Hale." / "The proposal by Chile encourages
# other nations to act." -- people at an organization are its people; a text by someone
# is theirs
JUDGE_AT = (
    "A|DET|det|1 judge|NOUN|nsubj|7 at|ADP|prep|-1 Peru|PROPN|poss|3|B-GPE 's|PART|case|-1 "
    "High|PROPN|compound|1|B-ORG Court|PROPN|pobj|-4|I-ORG will|AUX|aux|1 "
    "question|VERB|ROOT|0 Jo|PROPN|compound|1|B-PERSON Hale|PROPN|dobj|-2|I-PERSON "
    ".|PUNCT|punct|-3"
)
PROPOSAL_BY = (
    "The|DET|det|1 proposal|NOUN|nsubj|3 by|ADP|prep|-1 Chile|PROPN|pobj|-1|B-GPE "
    "encourages|VERB|ROOT|0||encourage other|ADJ|amod|1 nations|NOUN|dobj|-2||nation "
    "to|PART|aux|1 act|VERB|xcomp|-4 .|PUNCT|punct|-5"
)


@pytest.mark.parametrize(("notation", "doers"), [(JUDGE_AT, ("A2",)), (PROPOSAL_BY, ("A1",))])
def test_a_subject_at_or_by_an_organization_is_its(
    make_doc: MakeDoc, notation: str, doers: tuple[str, ...]
) -> None:
    (event,) = _events(make_doc, notation)
    assert event.actors == doers


# "Peru condemned the publication of an article by Jo Hale." -- Hale wrote, not published
ARTICLE_BY = (
    "Peru|PROPN|nsubj|1|B-GPE condemned|VERB|ROOT|0||condemn the|DET|det|1 "
    "publication|NOUN|dobj|-2 of|ADP|prep|-1 an|DET|det|1 article|NOUN|pobj|-2 by|ADP|prep|-1 "
    "Jo|PROPN|compound|1|B-PERSON Hale|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-9"
)


def test_by_deep_inside_a_phrase_names_no_one_for_its_head(make_doc: MakeDoc) -> None:
    assert [e.recipient for e in _events(make_doc, ARTICLE_BY)] == [None]


# "A court in Peru issued arrest warrants for two Chilean men." ("for" hung on the verb)
WARRANTS_FOR = (
    "A|DET|det|1 court|NOUN|nsubj|3 in|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE "
    "issued|VERB|ROOT|0||issue arrest|NOUN|compound|1 warrants|NOUN|dobj|-2||warrant "
    "for|ADP|prep|-3 two|NUM|nummod|2 Chilean|ADJ|amod|1|B-NORP men|NOUN|pobj|-3||man "
    ".|PUNCT|punct|-7"
)


def test_whom_a_measure_is_for_is_its_target(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, WARRANTS_FOR)
    assert (event.type, event.actors, event.recipient) == ("COERCE", ("A1",), "A2")


# "Peru expressed concern over Chile's nuclear program."
CONCERN_OVER = (
    "Peru|PROPN|nsubj|1|B-GPE expressed|VERB|ROOT|0||express concern|NOUN|dobj|-1 "
    "over|ADP|prep|-1 Chile|PROPN|poss|3|B-GPE 's|PART|case|-1 nuclear|ADJ|amod|1 "
    "program|NOUN|pobj|-4 .|PUNCT|punct|-7"
)


def test_what_a_grievance_is_about_names_whom_it_is_against(make_doc: MakeDoc) -> None:
    (concern,) = [e for e in _events(make_doc, CONCERN_OVER) if e.type == "ACCUSE"]
    assert (concern.actors, concern.recipient) == (("A1",), "A2")


# "Chilean soldiers were withdrawn from Peru." -- the force withdrawn is its own side's
WITHDRAWN_FROM = (
    "Chilean|ADJ|amod|1|B-NORP soldiers|NOUN|nsubjpass|2||soldier were|AUX|auxpass|1||be "
    "withdrawn|VERB|ROOT|0||withdraw from|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-3"
)


def test_the_place_troops_are_withdrawn_from_is_the_recipient(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, WITHDRAWN_FROM)
    assert (event.type, event.recipient) == ("RETREAT", "A2")


# "Peru refused to allow Chilean planes to land." -- the subject inside the complement
REFUSED_TO_ALLOW = (
    "Peru|PROPN|nsubj|1|B-GPE refused|VERB|ROOT|0||refuse to|PART|aux|1 allow|VERB|xcomp|-2 "
    "Chilean|ADJ|amod|1|B-NORP planes|NOUN|nsubj|2||plane to|PART|aux|1 land|VERB|ccomp|-4 "
    ".|PUNCT|punct|-7"
)


def test_a_subject_inside_the_complement_is_on_the_receiving_end(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, REFUSED_TO_ALLOW)
    assert (event.type, event.actors, event.recipient) == ("REJECT", ("A1",), "A2")
