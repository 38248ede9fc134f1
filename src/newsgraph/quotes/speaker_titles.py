"""Speakers a description refers back to: an owned title ("the company's chief
executive") or a definite description ("the court") names an actor mentioned earlier.

Fallback of ``resolve_speaker`` in :mod:`.speakers` when the subject phrase
itself names no actor (see :mod:`.speaker_names`); reads the titles of the
actors stage (``titles.tsv`` and each actor's titles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..actors.lexicon import lexicons as actor_lexicons
from ..model import Actor
from ..nlp import doc_text
from .lexicon import Lexicon
from .speaker_names import _owner_actor, _phrase

__all__: list[str] = []


def _owned_title(token: Token, lexicon: Lexicon) -> list[str]:
    """The words of the office ``token`` names when a possessor owns it, else ``[]``.

    "Rwanda's ambassador" -> ["ambassador"], "the company's new chief executive" ->
    ["chief", "executive"] (the longest end of the phrase that ``titles.tsv`` of the
    actors stage lists); not a proxy ("Trump's spokesman" speaks for Trump) nor a
    thing ("the government's interpretation").
    """
    if (
        token.pos_ != "NOUN"
        or lexicon.role(token.lower_) == "proxy"
        or not any(c.dep_ == "poss" for c in token.children)
    ):
        return []
    words = [t.lower_ for t in _phrase(token) if t.dep_ not in ("det", "poss", "punct")]
    titles = actor_lexicons().titles
    for i in range(len(words)):
        if " ".join(words[i:]) in titles:
            return words[i:]
    return []


def _titled(token: Token, words: Sequence[str], actors: Sequence[Actor]) -> Actor | None:
    """The person an owned title refers back to ("the company's chief executive").

    The last person named before ``token`` whose titles hold the title's words
    (its compounds and adjectives with the head: "chief executive"), or whose
    mention follows those words ("foreign minister Abbas Araghchi"); a person of
    another country than the possessor's is someone else ("Iran's president"
    is not the US president named before).
    """
    owned_by = _owner_actor(token, actors)
    country = owned_by.country if owned_by is not None else None
    text = doc_text(token.doc)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        if actor.type != "PERSON" or (country and actor.country and actor.country != country):
            continue
        texts = [t.text for t in actor.titles]
        texts += [text[max(0, m.start - 60) : m.start] for m in actor.mentions]
        if not any(_ends_with(t, words) or _holds(t, words) for t in texts):
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best is not None else None


def _holds(title: str, words: Sequence[str]) -> bool:
    """Whether a title ends with ``words`` ("Supreme Leader" holds "leader")."""
    return bool(words) and title.lower().split()[-len(words) :] == list(words)


def _ends_with(before: str, words: Sequence[str]) -> bool:
    """Whether the text ``before`` a mention ends with ``words`` (a comma may follow)."""
    found = re.findall(r"[\w'-]+", before.lower())
    return bool(words) and found[-len(words) :] == list(words)


def _described(token: Token, actors: Sequence[Actor]) -> Actor | None:
    """The actor a definite description refers back to ("the court" -> "Court of Session").

    Only for "the/this <noun>" subjects: the actor mentioned last before the
    subject whose name, a mention, a title or (for a person) the word just
    before a mention contain the head noun.
    """
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
    ):
        return None
    word = token.lower_
    text = doc_text(token.doc)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        texts = [actor.name, *(t.text for t in actor.titles), *(m.text for m in actor.mentions)]
        if actor.type == "PERSON":  # a title written just before a name: "archbishop Jorge Mendes"
            texts += [
                " ".join(text[max(0, m.start - 40) : m.start].split()[-1:]) for m in actor.mentions
            ]
        if not any(word in t.lower().split() for t in texts):
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best is not None else None
