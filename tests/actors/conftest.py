"""Docs for actor tests, built from words, tags and a parse: no model needed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import ActorResult, extract_actors
from newsgraph.model import Actor

from ..parses import tokens

#: One token: (text, pos, dep, head offset relative to the token, entity IOB tag).
Row = tuple[str, str, str, int, str]


def parsed(notation: str) -> list[Row]:
    """The rows of one sentence in the compact notation of :mod:`tests.parses`."""
    return [token[:5] for token in tokens(notation)]


def build(nlp: Language, rows: list[Row], glued: frozenset[int] = frozenset()) -> Doc:
    """Build a parsed Doc; tokens whose index is in ``glued`` take no space after them."""
    words = [r[0] for r in rows]
    spaces = [i not in glued and i < len(rows) - 1 for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[i + r[3] for i, r in enumerate(rows)],
        ents=[r[4] for r in rows],
    )


@pytest.fixture()
def make_doc(blank_nlp: Language) -> Callable[..., Doc]:
    """``make_doc(rows, glued=...)`` -> a parsed Doc on the blank English vocab."""

    def make(rows: list[Row], glued: frozenset[int] = frozenset()) -> Doc:
        return build(blank_nlp, rows, glued)

    return make


def actor_names(result: ActorResult) -> list[str]:
    """The names of the actors ``result`` holds, in its order."""
    return [a.name for a in result.actors]


def codes_of_mention(nlp: Language, text: str, mention: str) -> list[tuple[str | None, str | None]]:
    """(country, sector) of each actor of ``text`` that has a mention written ``mention``."""
    actors = extract_actors(nlp(text)).actors
    return [(a.country, a.sector) for a in actors if any(m.text == mention for m in a.mentions)]


def place_names(result: ActorResult) -> list[str]:
    """The names of the places ``result`` holds, in its order."""
    return [p.name for p in result.places]


def org_said(make_doc: Callable[..., Doc], words: str) -> Actor:
    """The one organization of the hand-parsed sentence "<words> said it ."."""
    names = words.split()
    rows = [
        f"{w}|PROPN|compound|{len(names) - 1 - i}|{'B' if i == 0 else 'I'}-ORG"
        for i, w in enumerate(names)
    ]
    rows[-1] = f"{names[-1]}|PROPN|nsubj|1|{'B' if len(names) == 1 else 'I'}-ORG"
    rows += ["said|VERB|ROOT|0|O", "it|PRON|dobj|-1|O", ".|PUNCT|punct|-2|O"]
    actors = [a for a in extract_actors(make_doc(parsed(" ".join(rows)))).actors if a.type == "ORG"]
    assert len(actors) == 1, actors
    return actors[0]
