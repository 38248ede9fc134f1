"""Docs for event tests, built from words, tags, lemmas and a parse: no model needed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Actor, Event, Mention, Quote

from ..parses import tokens

#: The publication time the event tests read dates against.
PUBLISHED = "2025-03-02T08:00:00"

#: One token: (text, pos, dep, head offset relative to the token, entity IOB tag, lemma).
Row = tuple[str, str, str, int, str, str]


def parsed(notation: str) -> list[Row]:
    """The rows of one sentence in the compact notation of :mod:`tests.parses`."""
    return tokens(notation)


def build(nlp: Language, rows: list[Row], tags: dict[str, str] | None = None) -> Doc:
    """Build a parsed, lemmatized Doc (one sentence) from ``rows``; ``tags`` gives the
    fine-grained tag of some words ("shot": "VBN"), the others get none."""
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[i < len(rows) - 2 for i in range(len(rows))],
        pos=[r[1] for r in rows],
        tags=[tags.get(r[0], "") for r in rows] if tags else None,
        deps=[r[2] for r in rows],
        heads=[i + r[3] for i, r in enumerate(rows)],
        ents=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def actors_from_ents(doc: Doc) -> tuple[Actor, ...]:
    """One actor per entity of ``doc`` (ids A1, A2, ... in text order)."""
    return tuple(
        Actor(
            id=f"A{i}",
            name=ent.text,
            type="PERSON" if ent.label_ == "PERSON" else "GPE",
            mentions=(Mention(ent.start_char, ent.end_char, ent.text, ent.label_),),
        )
        for i, ent in enumerate(doc.ents, start=1)
    )


@pytest.fixture()
def make_doc(blank_nlp: Language) -> Callable[[list[Row]], Doc]:
    """``make_doc(rows)`` -> a parsed Doc on the blank English vocab."""

    def make(rows: list[Row]) -> Doc:
        return build(blank_nlp, rows)

    return make


def events_of(doc: Doc, quotes: tuple[Quote, ...] = (), published: str = PUBLISHED) -> list[Event]:
    """The events of ``doc`` with one actor per entity (see :func:`actors_from_ents`)."""
    return extract_events(doc, actors_from_ents(doc), (), quotes, published)


def doers_of(
    nlp: Language, notation: str, trigger: str, tags: dict[str, str] | None = None
) -> list[tuple[str, ...]]:
    """The actor ids of each event whose trigger is ``trigger``, in the hand-built parse
    ``notation`` (see :func:`parsed`)."""
    doc = build(nlp, parsed(notation), tags)
    return [e.actors for e in events_of(doc) if e.trigger.text == trigger]
