"""Turn-taking: who speaks a direct quote that has no reporting cue of its own.

Dialogue (fiction, interviews, court exchanges) writes most turns without a
cue, and readers follow two conventions this module encodes:

- **alternation**: a quote that directly follows another quote (nothing but
  space between them) is a new turn, so it goes to the one who did *not*
  speak last, i.e. the most recent earlier speaker other than the last one
  in the same exchange;
- **beats**: a narrative sentence whose subject is a person, written right
  before an uncued quote ("Ana shrugged. "Fine."") or right after it
  (""Fine." Ana shrugged."), names the speaker.

A turn is one utterance (spans split by an attribution share it). An
exchange is a run of turns no further apart than ``_EXCHANGE_GAP``
characters: a long stretch of narrative ends the conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Actor
from ..nlp import doc_text

__all__ = ["Addressee", "Turn", "alternate", "directly_follows", "narrator", "vocative"]

_EXCHANGE_GAP = 500
_EXCHANGE_TURNS = 6
_NARRATOR_VOTES = 2  # times a name must be called out next to "I" turns to name the narrator
_BETWEEN_TURNS = frozenset("\"'“”‘’«»„ \t\r\n")
_BEFORE_VOCATIVE = frozenset({",", "dear", "my", "oh", "o", "ah", "well", "no", "yes"})
_AFTER_VOCATIVE = frozenset({",", "!", "?", ".", ";", ":"})


@dataclass(frozen=True, slots=True)
class Turn:
    """One utterance in text order: span, speaker key (None: unknown) and
    whether it directly follows the previous utterance (a new turn)."""

    start: int
    end: int
    key: str | None
    follows: bool = False
    addressee: str | None = None  # who the turn calls by name: someone on the other side


def directly_follows(text: str, previous: Turn, start: int) -> bool:
    """Whether a quote opening at ``start`` follows ``previous`` with only marks and space between.

    Such a quote is a new turn: the writer gave it no cue and no beat.
    """
    if start < previous.end:
        return False
    return all(c in _BETWEEN_TURNS for c in text[previous.end : start])


def _sides(turns: list[Turn]) -> tuple[str | None, str | None, set[str]]:
    """Known speakers of the exchange ending at ``turns[-1]``, by side.

    A turn's addressee (a name it calls out) is on the other side of the turn.

    Side 0 is the side of the next turn, side 1 the last turn's. A link that
    directly follows flips the side; a link with text between (a cue, a beat)
    keeps it when both speakers are the same and flips it when they differ;
    an unknown speaker across such a link, or a long gap, ends the exchange.
    """
    side = 1
    found: list[str | None] = [None, None]
    seen: set[str] = set()
    for k in range(len(turns) - 1, max(-1, len(turns) - 1 - _EXCHANGE_TURNS), -1):
        turn = turns[k]
        for key, at in ((turn.key, side), (turn.addressee, side ^ 1)):
            if key is not None:
                seen.add(key)
                if found[at] is None:
                    found[at] = key
        if k == 0 or turn.start - turns[k - 1].end > _EXCHANGE_GAP:
            break
        before = turns[k - 1]
        if turn.follows:
            side ^= 1
        elif turn.key is None or before.key is None:
            break
        elif turn.key != before.key:
            side ^= 1
    return found[0], found[1], seen


def alternate(turns: list[Turn]) -> str | None:
    """The speaker key of the next turn of a two-party exchange, or None.

    The next turn takes the speaker on its own side of the exchange (see
    :func:`_sides`), unless that is also the last speaker (an inconsistent
    exchange is no evidence). With only the last speaker's side known, a
    conversation needs a second party: the one other speaker the exchange
    has seen, when there is exactly one.
    """
    if not turns:
        return None
    mine, theirs, seen = _sides(turns)
    if mine is not None and mine != theirs:
        return mine
    if mine is None and theirs is not None and len(seen - {theirs}) == 1:
        return next(iter(seen - {theirs}))
    return None


@dataclass(frozen=True, slots=True)
class Addressee:
    """A name a quote calls out ("Well, Fred, ..."): its span and actor (if any)."""

    start: int
    end: int
    text: str
    actor: Actor | None


def vocative(
    doc: Doc, start: int, end: int, actors: Sequence[Actor], titles: frozenset[str] = frozenset()
) -> Addressee | None:
    """The first person a quote ``[start, end)`` addresses by name, or None.

    A vocative is a run of proper nouns set off inside the quote: at its start
    or after a comma or "dear"/"oh", and followed by a comma, an end mark or
    the quote's end ("Mr. Lamb, sit down."; "Sit down, Lamb!"). A name in
    the middle of a clause ("Lamb says ...") is no vocative, nor a bare
    title of ``titles`` ("Yes, Sir!", "Good Lord!"): it names nobody.
    """
    span = doc.char_span(start, end, alignment_mode="contract")  # the tokens inside
    tokens = list(span) if span is not None else []
    i = 0
    while i < len(tokens):
        if tokens[i].pos_ != "PROPN":
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].pos_ == "PROPN":
            j += 1
        opens = i == 0 or tokens[i - 1].text.lower() in _BEFORE_VOCATIVE
        closes = j + 1 == len(tokens) or tokens[j + 1].text in _AFTER_VOCATIVE
        named = any(
            t.text[:1].isupper() and t.text.lower().strip(".") not in titles
            for t in tokens[i : j + 1]
        )
        if opens and closes and named:
            lo, hi = tokens[i].idx, tokens[j].idx + len(tokens[j])
            actor = _actor_at(actors, lo, hi)
            return Addressee(lo, hi, doc_text(doc)[lo:hi], actor)
        i = j + 1
    return None


def _actor_at(actors: Sequence[Actor], lo: int, hi: int) -> Actor | None:
    for actor in actors:
        if actor.type != "PERSON":
            continue
        if any(m.start < hi and lo < m.end and m.source != "pronoun" for m in actor.mentions):
            return actor
    return None


def narrator(turns: list[Turn], first: str = "i") -> str | None:
    """Who the first-person narrator is: the name the others call out next to their turns.

    A first-person story names its narrator only in other people's speech
    (""Sit down, Ralph." "No," I said."): the addressee of the turns right
    before and after the ``first`` speaker's turns, when one name wins at
    least ``_NARRATOR_VOTES`` times and more often than any other.
    """
    votes: dict[str, int] = {}
    for k, turn in enumerate(turns):
        if turn.key != first:
            continue
        for other in turns[max(0, k - 1) : k] + turns[k + 1 : k + 2]:
            near = max(other.start - turn.end, turn.start - other.end) <= _EXCHANGE_GAP
            called = other.addressee
            if near and other.key != first and called is not None and called != first:
                votes[called] = votes.get(called, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < _NARRATOR_VOTES:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
