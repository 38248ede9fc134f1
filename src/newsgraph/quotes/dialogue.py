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

from dataclasses import dataclass

__all__ = ["Turn", "alternate", "directly_follows"]

_EXCHANGE_GAP = 300
_EXCHANGE_TURNS = 6
_BETWEEN_TURNS = frozenset("\"'“”‘’«»„ \t\r\n")


@dataclass(frozen=True, slots=True)
class Turn:
    """One utterance in text order: span, speaker key (None: unknown) and
    whether it directly follows the previous utterance (a new turn)."""

    start: int
    end: int
    key: str | None
    follows: bool = False


def directly_follows(text: str, previous: Turn, start: int) -> bool:
    """Whether a quote opening at ``start`` follows ``previous`` with only marks and space between.

    Such a quote is a new turn: the writer gave it no cue and no beat.
    """
    if start < previous.end:
        return False
    return all(c in _BETWEEN_TURNS for c in text[previous.end : start])


def _sides(turns: list[Turn]) -> tuple[str | None, str | None, set[str]]:
    """Known speakers of the exchange ending at ``turns[-1]``, by side.

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
        if turn.key is not None:
            seen.add(turn.key)
            if found[side] is None:
                found[side] = turn.key
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
