"""Dates an event takes from the verb it completes or happens by, and 'overnight'
(invented sentences; the rules are in events/trigger_dates.py)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.events.extract import _attached_to

from ..analyzed import analyzed

# analyzed() publishes on a fixed day; the weekday dates below are counted from it
_PUBLISHED = "2024-03-13T10:00:00"  # a Wednesday


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "date", "source"),
    [
        ("On Monday, the rebels tried to storm the barracks.", "storm", "2024-03-11", "text"),
        ("The clashes began late on Sunday near the depot.", "clashes", "2024-03-10", "text"),
        ("On Tuesday, farmers took part in a protest.", "protest", "2024-03-12", "text"),
        ("Militants shelled the outpost overnight.", "shelled", "2024-03-13", "text"),
    ],
)
def test_a_trigger_without_a_date_takes_its_governor_s(
    nlp: Language, text: str, trigger: str, date: str, source: str
) -> None:
    analysis = analyzed(nlp, text, published=_PUBLISHED)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert (event.date, event.date_source) == (date, source)


def _doc(
    words: list[str], heads: list[int], deps: list[str], ents: list[tuple[int, int, str]]
) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    return doc


def test_a_date_on_the_place_of_the_act_dates_it() -> None:
    # "seized a reporter in Minsk on Tuesday", the parse hanging "on Tuesday" on "Minsk"
    words = ["Police", "seized", "a", "reporter", "in", "Minsk", "on", "Tuesday"]
    doc = _doc(words, [1, 1, 3, 1, 1, 4, 5, 6],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
               [(5, 6, "GPE"), (7, 8, "DATE")])
    assert _attached_to(doc.ents[1], doc[1])


def test_a_date_after_an_adverb_of_time_dates_the_act() -> None:
    # "fired late on Friday": "on Friday" under the adverb "late"
    doc = _doc(["Troops", "fired", "late", "on", "Friday"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "advmod", "prep", "pobj"], [(4, 5, "DATE")])
    assert _attached_to(doc.ents[0], doc[1])
    # "earlier this month": "month" under the adverb "earlier"
    doc = _doc(["Troops", "left", "earlier", "this", "month"], [1, 1, 4, 4, 1],
               ["nsubj", "ROOT", "advmod", "det", "npadvmod"], [(2, 5, "DATE")])
    assert _attached_to(doc.ents[0], doc[1])


def test_a_date_inside_another_noun_s_place_does_not_date_the_act() -> None:
    # "left a camp near the March border": a date inside the object's phrase
    doc = _doc(["Troops", "left", "a", "camp", "near", "the", "March", "border"],
               [1, 1, 3, 1, 3, 7, 7, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj"],
               [(6, 7, "DATE")])
    assert not _attached_to(doc.ents[0], doc[1])
