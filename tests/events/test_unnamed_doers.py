"""Clear acts with no named doer are kept with an unknown actor; mentions and modifiers are not."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, rows: list[Row]) -> list[Event]:
    doc = make_doc(rows)
    return events_of(doc)


def _passive(verb: str, lemma: str, negated: bool = False) -> list[Row]:
    """ "A reporter was (not) <verb>." """
    verb_at = 4 if negated else 3
    rows: list[Row] = [
        ("A", "DET", "det", 1, "O", "a"),
        ("reporter", "NOUN", "nsubjpass", verb_at - 1, "O", "reporter"),
        ("was", "AUX", "auxpass", verb_at - 2, "O", "be"),
    ]
    if negated:
        rows.append(("not", "PART", "neg", 1, "O", "not"))
    rows += [(verb, "VERB", "ROOT", 0, "O", lemma), (".", "PUNCT", "punct", -1, "O", ".")]
    return rows


def test_a_passive_act_with_no_named_doer_is_kept_with_an_unknown_actor(
    make_doc: MakeDoc,
) -> None:
    (event,) = _events(make_doc, _passive("kidnapped", "kidnap"))
    assert (event.type, event.actor, event.actors, event.trigger.text) == (
        "ASSAULT",
        None,
        (),
        "kidnapped",
    )


def test_a_negated_passive_act_finds_nothing(make_doc: MakeDoc) -> None:
    assert _events(make_doc, _passive("kidnapped", "kidnap", negated=True)) == []


def test_a_common_word_with_no_doer_finds_nothing(make_doc: MakeDoc) -> None:
    # "A reporter was met." -- "meet" is weak: without a known doer it says too little.
    assert _events(make_doc, _passive("met", "meet")) == []


def test_a_noun_with_no_doer_is_only_a_mention(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "The|DET|det|1 bombing|NOUN|nsubj|1 shocked|VERB|ROOT|0||shock "
        "residents|NOUN|dobj|-1||resident .|PUNCT|punct|-2"
    )
    assert _events(make_doc, rows) == []


def _received(noun: str, noun_lemma: str, with_from: bool = True) -> list[Row]:
    """ "Chad received <noun> [from Mali]." """
    tail: list[Row] = (
        parsed("from|ADP|prep|-2 Mali|PROPN|pobj|-1|B-GPE|Mali")
        if with_from
        else []
    )
    return [
        ("Chad", "PROPN", "nsubj", 1, "B-GPE", "Chad"),
        ("received", "VERB", "ROOT", 0, "O", "receive"),
        (noun, "NOUN", "dobj", -1, "O", noun_lemma),
        *tail,
        (".", "PUNCT", "punct", -(2 + len(tail)), "O", "."),
    ]


def test_what_is_received_was_done_by_the_giver(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _received("aid", "aid"))
    # Mali (A2) gave the aid, Chad (A1) got it: not Chad aiding someone.
    assert (event.type, event.actor, event.recipient) == ("AID", "A2", "A1")
    (threat,) = _events(make_doc, _received("threats", "threat"))
    assert (threat.type, threat.actor, threat.recipient) == ("THREATEN", "A2", "A1")


def test_what_is_received_from_nobody_named_has_no_doer(make_doc: MakeDoc) -> None:
    # "Chad received aid." names no giver: the receiver is not the doer, so nothing is coded.
    assert _events(make_doc, _received("aid", "aid", with_from=False)) == []
    assert _events(make_doc, _received("letters", "letter")) == []


def _engaged_in(noun: str, noun_lemma: str) -> list[Row]:
    """ "Chad was engaged in <noun>." """
    return [
        ("Chad", "PROPN", "nsubjpass", 2, "B-GPE", "Chad"),
        ("was", "AUX", "auxpass", 1, "O", "be"),
        ("engaged", "VERB", "ROOT", 0, "O", "engage"),
        ("in", "ADP", "prep", -1, "O", "in"),
        (noun, "NOUN", "pobj", -1, "O", noun_lemma),
        (".", "PUNCT", "punct", -3, "O", "."),
    ]


def test_the_subject_of_being_engaged_in_an_act_did_it(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _engaged_in("fighting", "fighting"))
    assert (event.type, event.actor, event.trigger.text) == ("ASSAULT", "A1", "fighting")
    assert _events(make_doc, _engaged_in("farming", "farming")) == []


def test_a_pronoun_that_must_act_is_the_one_addressed(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway told|VERB|ROOT|0||tell Peru|PROPN|dobj|-1|B-GPE|Peru "
        "that|SCONJ|mark|3 it|PRON|nsubj|2 must|AUX|aux|1 leave|VERB|ccomp|-5 .|PUNCT|punct|-6"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.mode, event.actor, event.recipient) == (
        "REQUEST",
        "demand",
        "A1",
        "A2",
    )
    # "Norway said that it must leave.": nobody addressed, "it" names no one.
    said: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway said|VERB|ROOT|0||say that|SCONJ|mark|3 it|PRON|nsubj|2 "
        "must|AUX|aux|1 leave|VERB|ccomp|-4 .|PUNCT|punct|-5"
    )
    assert _events(make_doc, said) == []
