"""A speaker's own judgements and demands are the speaker's acts (events/speech.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Actor, Event, Quote

from .conftest import Row, actors_from_ents, parsed

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _judgement(subject: Row, word: str, negated: bool = False) -> list[Row]:
    """ "Norway said <subject> was (not) <word>." """
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("said", "VERB", "ROOT", 0, "O", "say"),
        subject,
        ("was", "AUX", "ccomp", -2, "O", "be"),
    ]
    if negated:
        rows.append(("not", "PART", "neg", -1, "O", "not"))
    back = -2 if negated else -1
    rows.append((word, "ADJ", "acomp", back, "O", word))
    rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
    return rows


def _spoken(doc: Doc, first: int, speaker: str | None = "A1") -> Quote:
    """A reported quote from token ``first`` to the last word, said by ``speaker``."""
    start, end = doc[first].idx, doc[-2].idx + len(doc[-2].text)
    return Quote("reported", start, end, doc.text[start:end], speaker=speaker)


def _events(
    doc: Doc, quotes: tuple[Quote, ...], actors: tuple[Actor, ...] | None = None
) -> list[Event]:
    return extract_events(doc, actors or actors_from_ents(doc), (), quotes, PUBLISHED)


PERU: Row = ("Peru", "PROPN", "nsubj", 1, "B-GPE", "Peru")
RAID: Row = ("raids", "NOUN", "nsubj", 1, "O", "raid")


def test_a_censure_in_a_speakers_words_is_the_speakers_accusation(make_doc: MakeDoc) -> None:
    doc = make_doc(_judgement(PERU, "illegal"))
    (event,) = _events(doc, (_spoken(doc, 2),))
    assert (event.type, event.actors, event.recipient) == ("ACCUSE", ("A1",), "A2")
    assert (event.trigger.text, event.reported_by) == ("illegal", "A1")


def test_praise_in_a_speakers_words_is_support(make_doc: MakeDoc) -> None:
    doc = make_doc(_judgement(RAID, "courageous"))
    (event,) = _events(doc, (_spoken(doc, 2),))
    assert (event.type, event.actors, event.recipient) == ("SUPPORT", ("A1",), None)


@pytest.mark.parametrize(
    ("subject", "word", "negated", "speaker"),
    [
        (PERU, "illegal", True, "A1"),  # "was not illegal": no censure
        (("we", "PRON", "nsubj", 1, "O", "we"), "wrong", False, "A1"),  # about the speaker
        (PERU, "illegal", False, None),  # nobody known said it
        (PERU, "sunny", False, "A1"),  # no judgement word
    ],
)
def test_no_stance(
    make_doc: MakeDoc, subject: Row, word: str, negated: bool, speaker: str | None
) -> None:
    doc = make_doc(_judgement(subject, word, negated))
    assert _events(doc, (_spoken(doc, 2, speaker),)) == []


def test_a_courts_finding_is_a_ruling_not_a_censure(make_doc: MakeDoc) -> None:
    doc = make_doc(_judgement(PERU, "illegal"))
    court, peru = actors_from_ents(doc)
    actors = (replace(court, sector="JUD"), peru)
    assert _events(doc, (_spoken(doc, 2),), actors) == []


def test_breaking_a_norm_in_a_speakers_words_is_an_accusation(make_doc: MakeDoc) -> None:
    # "Norway said Peru broke the law."
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("said", "VERB", "ROOT", 0, "O", "say"),
        PERU,
        ("broke", "VERB", "ccomp", -2, "O", "break"),
        ("the", "DET", "det", 1, "O", "the"),
        ("law", "NOUN", "dobj", -2, "O", "law"),
        (".", "PUNCT", "punct", -5, "O", "."),
    ]
    doc = make_doc(rows)
    (event,) = _events(doc, (_spoken(doc, 2),))
    assert (event.type, event.actors, event.recipient) == ("ACCUSE", ("A1",), "A2")
    broke_a_promise = [
        r if r[0] != "law" else ("vase", "NOUN", "dobj", -2, "O", "vase") for r in rows
    ]
    doc = make_doc(broke_a_promise)
    assert _events(doc, (_spoken(doc, 2),)) == []


def test_a_demand_in_a_speakers_own_words(make_doc: MakeDoc) -> None:
    # "Peru must leave," said Norway.  (the quote is the whole main clause)
    rows: list[Row] = parsed(
        "Peru|PROPN|nsubj|2|B-GPE|Peru must|AUX|aux|1 leave|VERB|ROOT|0 ,|PUNCT|punct|1 "
        "said|VERB|parataxis|-2||say Norway|PROPN|nsubj|-1|B-GPE|Norway .|PUNCT|punct|-4"
    )
    doc = make_doc(rows)
    quote = Quote("direct", 0, doc[2].idx + len("leave"), "Peru must leave", speaker="A2")
    (event,) = _events(doc, (quote,))
    assert (event.type, event.mode, event.actors, event.recipient) == (
        "REQUEST",
        "demand",
        ("A2",),
        "A1",
    )
    # The same words with no known speaker demand nothing.
    assert _events(doc, (replace(quote, speaker=None),)) == []
