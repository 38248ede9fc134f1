"""What a reporting cue tells: the document context, the cue's speaker, evidence and medium.

Used by :mod:`.attributor` and by the records built in :mod:`newsgraph.quotes`:
:class:`_Context` is what the attribution steps share for one document;
:func:`_subject` finds the token that speaks for a cue (falling back on names
around the frame verb), :func:`_cue_evidence` and :func:`_medium` give the cue's
evidence and the medium it names; :func:`_key` says who a speaker is when
comparing turns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Actor, Evidence, evidence_from
from .lexicon import Lexicon
from .speakers import Speaker, cue_subject, left_name, right_name
from .tokens import TokenIndex, covered


@dataclass(frozen=True, slots=True)
class _Context:
    """What the attribution steps share for one document."""

    doc: Doc
    actors: Sequence[Actor]
    lexicon: Lexicon
    quoted: Sequence[tuple[int, int]]
    index: TokenIndex


def _person_before(cue: Token, ctx: _Context) -> Token | None:
    """The last token of the cue's sentence, before it, that names a person (parse fallback).

    A possessor is only taken when no one else is named: in "Jo Doe, Rafe Ulm's
    commander, said" the commander speaks, not the man he commands.
    """
    people = [
        m for a in ctx.actors if a.type == "PERSON" for m in a.mentions if m.source != "pronoun"
    ]
    owner: Token | None = None
    for token in reversed(cue.doc[ctx.index.sentence(cue.i)[0] : cue.i]):
        if covered(ctx.quoted, token.idx):
            continue
        if token.ent_type_ == "PERSON" or any(m.start <= token.idx < m.end for m in people):
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            if head.dep_ != "poss":
                return token
            owner = owner or token
    return owner


def _frame_verb(cue: Token, quoted: Sequence[tuple[int, int]]) -> Token:
    """The clause a participle or conjoined cue hangs on ("Calling it ..., X told").

    The climb stops at quotation marks: a verb inside a quote is not the frame.
    """
    top = cue
    for _ in range(4):
        if top.dep_ not in ("advcl", "xcomp", "conj") or top.head == top:
            break
        if covered(quoted, top.head.idx):
            break
        top = top.head
    return top


def _subject(cue: Token, ctx: _Context) -> Token | None:
    if cue.lower_ == "according":
        objects = (
            [c for c in cue.doc[cue.i + 1].children if c.dep_ == "pobj"]
            if cue.i + 1 < len(cue.doc)
            else []
        )
        return objects[0] if objects else None
    subject = cue_subject(cue, ctx.lexicon, ctx.quoted)
    if subject is not None and covered(ctx.quoted, subject.idx):
        subject = None  # a vocative the parser hung on the cue ("My boy," returned X)
    if (
        subject is None
        and cue.pos_ != "NOUN"
        and not any(c.dep_ == "nsubjpass" for c in cue.children)
    ):
        top = _frame_verb(cue, ctx.quoted)
        for candidate in (left_name(top), right_name(top), _person_before(top, ctx)):
            # a name inside a quote is not the one quoted
            if candidate is not None and not covered(ctx.quoted, candidate.idx):
                return candidate
    return subject


def _cue_evidence(text: str, cue: Token | None) -> Evidence | None:
    if cue is None:
        return None
    end = cue.idx + len(cue)
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        nxt = cue.doc[cue.i + 1]
        end = nxt.idx + len(nxt)
    return evidence_from(text, cue.idx, end)


def _medium(cue: Token | None, ctx: _Context) -> str | None:
    if cue is None:
        return None
    lo, hi = ctx.index.sentence(cue.i)
    last = ctx.doc[hi - 1]
    # the sentence's text cut from the article's (Span.text would join its tokens)
    phrase = "according to" if cue.lower_ == "according" else None
    found = ctx.lexicon.medium_of(
        ctx.index.text[ctx.index.starts[lo] : last.idx + len(last)], phrase
    )
    if found is None:
        lexicon = ctx.lexicon
        entry = lexicon.verb(cue.lemma_) if cue.pos_ != "NOUN" else lexicon.noun(cue.lemma_)
        found = entry.medium if entry is not None else None
    return found


_NEWS_MEDIUM = "report"  # what a news organization's account is, as a medium


def _news_source(speaker: Speaker | None, ctx: _Context) -> bool:
    """Whether ``speaker`` is a news organization (sector MED)."""
    if speaker is None or speaker.actor is None:
        return False
    return any(a.id == speaker.actor and a.sector == "MED" for a in ctx.actors)


def _is_medium(source: Token, speaker: Speaker, ctx: _Context) -> bool:
    """Whether an "according to" source is a medium rather than a speaker.

    "according to state television", "according to a report in the Times",
    "according to Al Jazeera": the medium carries the statement, but later
    quotes without a cue are not its own.
    """
    return ctx.lexicon.role(source.lower_) == "medium" or _news_source(speaker, ctx)


def _key(speaker: Speaker | None) -> str | None:
    """Who a speaker is, for comparing turns: the actor id, else the folded name."""
    if speaker is None:
        return None
    return speaker.actor or (speaker.name or "").casefold() or None
