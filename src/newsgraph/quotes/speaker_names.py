"""The speaker a non-pronoun subject names: the ``Speaker`` record, the subject's phrase
and character region, and the actor (or unlisted person) named inside that region.

Second step of speaker finding: :mod:`.cue_subjects` gives the subject token;
``resolve_speaker`` in :mod:`.speakers` asks this module for the name in the
subject phrase, and falls back to :mod:`.speaker_titles` when there is none.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..actors.spans import token_bounds
from ..model import Actor
from .cue_subjects import _SUBJECTS, _possessor
from .lexicon import Lexicon

__all__ = ["Speaker"]


_NAME_DEPS = ("compound", "amod", "det", "nummod", "flat", "nmod", "punct")
_NAMED = frozenset({"ner", "ruler", "alias"})
_POSS = get_string_id("poss")
_LAST_ENTS: list[Any] = [None, ()]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: actor id (or None), a display name and the subject span."""

    actor: str | None
    name: str | None
    start: int
    end: int
    actor_type: str | None = None


def _phrase(token: Token) -> Span:
    """The name-like phrase headed by ``token``: its compounds and modifiers, no possessor."""
    doc = token.doc
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            start = min(start, child.left_edge.i if child.dep_ == "compound" else child.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.i + 1
    return doc[start:end]


def _region(token: Token, lexicon: Lexicon) -> tuple[int, int]:
    """Character range of the subject phrase, without relative clauses.

    Co-subjects the parser split off ("A member of the parliament, Samir
    Dilou said") are included; a common-noun appositive is not, unless it
    names a person. A possessor is left out unless the head is a
    proxy ("his mother said" is the mother; "Trump's spokesman" speaks for Trump) or a
    medium ("according to the company's annual report": the company).
    """
    tokens = [token]
    if token.dep_ in _SUBJECTS or token.head.lemma_ not in lexicon.cue_words["citing"]:
        # (but "AsiaNews quoted the bishop as saying": the phrase of the one cited does not
        # reach the citing outlet)
        tokens += [c for c in token.head.children if c.dep_ in _SUBJECTS and c != token]
    lo, hi = token.idx, token.idx + len(token)
    drop: tuple[str, ...] = ("relcl", "acl", "advcl")
    if token.pos_ == "NOUN" and lexicon.role(token.lower_) not in ("proxy", "medium"):
        drop += ("poss",)
    for head in tokens:
        skip = {t.i for c in head.children if c.dep_ in drop for t in c.subtree}
        # "a spokesman for the Front, an alliance of Ruritania-backed militias": a
        # description set off by commas names no one else, unless it names a person
        described = False
        for t in head.subtree:
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t != head and t.i not in skip:
                inner = list(t.subtree)
                if not any(u.ent_type_ == "PERSON" for u in inner):
                    skip.update(u.i for u in inner)
                    described = True
        # (and the commas around such a description do not stretch the phrase over it)
        kept = [t for t in head.subtree if t.i not in skip and not (described and t.is_punct)]
        lo = min(lo, min(t.idx for t in kept))
        hi = max(hi, max(t.idx + len(t) for t in kept))
    return lo, hi


def _mentions_in(actors: Sequence[Actor], lo: int, hi: int) -> list[tuple[int, int, Actor]]:
    return [
        (m.start, m.end, actor)
        for actor in actors
        for m in actor.mentions
        if lo <= m.start and m.end <= hi and m.source != "pronoun"
    ]


def _ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document (spaCy builds the tuple on every access)."""
    if _LAST_ENTS[0] is not doc:
        _LAST_ENTS[:] = [doc, tuple(doc.ents)]
    ents: tuple[Span, ...] = _LAST_ENTS[1]
    return ents


def _possessor_ranges(token: Token, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character ranges of the possessors ("Ann Doe's") inside ``[lo, hi)`` of ``token``'s
    sentence."""
    sent, doc = token.sent, token.doc
    starts = token_bounds(doc)[1]  # the sentence's tokens in [lo, hi), by bisection
    first = bisect_left(starts, lo, sent.start, sent.end)
    inside = [doc[i] for i in range(first, bisect_left(starts, hi, first, sent.end))]
    return [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in inside if t.dep == _POSS
    ]


def _name_in_region(token: Token, actors: Sequence[Actor], lo: int, hi: int) -> Speaker | None:
    """The speaker named in the subject phrase ``[lo, hi)``, in order of preference.

    1. a person actor (the last one: "Iran's Supreme Leader, Ali Khamenei"),
       not one named as a possessor ("Mary Smith, Ann Doe's mother");
    2. a person the parser found that the actors stage left out (kept by name);
    3. the actor mentioned on the head word;
    4. the head word's own name when it is a proper noun no actor covers
       ("Ana Cruz of the army's Western Command": Ana Cruz, not the command);
    5. the last actor named ("a spokesman for the ministry").
    """
    found = _mentions_in(actors, lo, hi)
    people = _speaking_people(token, [f for f in found if f[2].type == "PERSON"], lo, hi)
    if people:
        start, end, actor = max(people, key=lambda f: f[0])
        return Speaker(actor.id, actor.name, start, end, actor.type)
    # "Rwanda's ambassador said": the actors stage may have linked the whole possessed
    # title, possessor included, to the person who holds it
    holder = _holder(token, actors)
    if holder is not None:
        return holder
    person = _unlisted_person(token, lo, hi)
    if person is not None:
        return person
    return _head_or_last(token, found)


def _speaking_people(
    token: Token, people: list[tuple[int, int, Actor]], lo: int, hi: int
) -> list[tuple[int, int, Actor]]:
    """The person mentions in ``[lo, hi)`` that may be the speaker: each filter drops the
    people it rules out only when someone is left."""
    if not people:
        return people  # (each filter keeps the list when it would empty it)
    # "Mary Smith, Ann Doe's mother, said": a person named as a possessor is not the speaker
    owners = _possessor_ranges(token, lo, hi)
    people = [f for f in people if not any(a <= f[0] and f[1] <= b for a, b in owners)] or people
    # A name beats a description the actors stage linked elsewhere ("Ann Doe, a Ruritanian
    # minister and this year's president of the council": Doe, even if "president of the
    # council" was taken for another president)
    named = {(m.start, m.end) for _, _, a in people for m in a.mentions if m.source in _NAMED}
    people = [f for f in people if (f[0], f[1]) in named] or people
    # "Jo Doe, brother of Sam Roe, said", "Jo Doe, a lawyer for Sam Roe, said": a person
    # named inside a description's phrase is not the speaker when another one is not
    return [f for f in people if not _nested(token, f[0], f[1])] or people


def _unlisted_person(token: Token, lo: int, hi: int) -> Speaker | None:
    """The last person the parser found in ``[lo, hi)``, kept by name: the actors stage
    left it out."""
    persons = [
        e
        for e in _ents(token.doc)
        if e.label_ == "PERSON" and lo <= e.start_char and e.end_char <= hi
    ]
    if persons:
        ent = persons[-1]
        return Speaker(None, ent.text, ent.start_char, ent.end_char, "PERSON")
    return None


def _head_or_last(token: Token, found: list[tuple[int, int, Actor]]) -> Speaker | None:
    """The actor mentioned on the head word, else the head's own proper name when no actor
    covers it, else the last actor named in the phrase."""
    on_head = [f for f in found if f[0] <= token.idx < f[1]]
    if not on_head and token.pos_ == "PROPN":
        span = _phrase(token)
        return Speaker(None, span.text, span.start_char, span.end_char)
    if on_head or found:
        start, end, actor = max(on_head or found, key=lambda f: f[0])
        return Speaker(actor.id, actor.name, start, end, actor.type)
    return None


def _nested(subject: Token, start: int, end: int) -> bool:
    """Whether the phrase ``[start, end)`` hangs on ``subject`` through a preposition or
    a clause ("of Sam Roe", "for Sam Roe", "who represents Sam Roe"), not as its name
    or apposition ("Iran's Supreme Leader, Ali Khamenei")."""
    sent, doc = subject.sent, subject.doc
    starts = token_bounds(doc)[1]  # the sentence's tokens from ``start`` to ``end``, by bisection
    first = bisect_left(starts, start, sent.start, sent.end)
    inside = [doc[i] for i in range(first, bisect_left(starts, end, first, sent.end))]
    heads = [t for t in inside if not start <= t.head.idx < end or t.head == t]
    if not heads:
        return False
    token = heads[0]
    for _ in range(12):
        if token == subject or token.head == token:
            return False
        if token.dep_ in ("prep", "relcl", "acl", "advcl", "agent"):
            return True
        token = token.head
    return False


def _holder(token: Token, actors: Sequence[Actor]) -> Speaker | None:
    """The actor whose own mention covers the head word ``token`` (possessor included).

    Not a country, nor the possessor's own actor: "Rwanda's ambassador" is not Rwanda.
    """
    owned_by = _owner_actor(token, actors)
    for actor in actors:
        if actor.type == "COUNTRY" or (owned_by is not None and actor.id == owned_by.id):
            continue
        for m in actor.mentions:
            if m.source != "pronoun" and m.start <= token.idx < m.end:
                return Speaker(actor.id, actor.name, m.start, m.end, actor.type)
    return None


def _owner_actor(token: Token, actors: Sequence[Actor]) -> Actor | None:
    """The actor named by the possessor of ``token`` ("Rwanda" of "Rwanda's ambassador"):
    a mention on the possessor that ends before the head (not one of the whole phrase)."""
    owner = _possessor(token)
    if owner is None:
        return None
    for actor in actors:
        for m in actor.mentions:
            if m.start <= owner.idx < m.end <= token.idx:
                return actor
    return None
