"""Who speaks: the subject of a reporting cue, mapped to an actor of the actors stage.

Entry point of speaker finding, used by the quote extractor in ``__init__``:
:mod:`.cue_subjects` finds the token that utters a cue (``cue_subject``,
``left_name``, ``right_name``); ``resolve_speaker`` here maps it to an actor,
through the name in the subject phrase (:mod:`.speaker_names`), a title or
description that refers back (:mod:`.speaker_titles`), or, for a pronoun,
``_pronoun_speaker`` with the checks of :mod:`.speaker_pronouns`.

Pronouns are resolved by the actors stage; when it has no answer, or one
whose gender clashes with the pronoun, the last speaker nearby and then
recent people (sentence subjects first) are tried.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..actors import find_actor
from ..model import Actor
from ..nlp import doc_text
from .cue_subjects import cue_subject, is_cue_verb, left_name, right_name
from .lexicon import Lexicon
from .speaker_names import Speaker, _name_in_region, _phrase, _region
from .speaker_pronouns import (
    _agrees,
    _agrees_unlisted,
    _gendered_noun,
    _plural_subject,
    _subject_body,
    recent_people,
)
from .speaker_titles import _described, _owned_title, _titled
from .tokens import covered

__all__ = [
    "Speaker",
    "cue_subject",
    "is_cue_verb",
    "left_name",
    "recent_people",
    "resolve_speaker",
    "right_name",
]

_FIRST = frozenset({"i", "we"})
_THING = frozenset({"it"})


def _pronoun_speaker(
    token: Token,
    actors: Sequence[Actor],
    lexicon: Lexicon,
    previous: Sequence[Speaker],
    quoted: Sequence[tuple[int, int]] = (),
) -> Speaker:
    """The actor a subject pronoun stands for.

    The actors stage's resolution first, unless its gender clashes with the
    pronoun (by the actor's other he/she mentions), its last name before the
    pronoun lies inside one of the ``quoted`` spans, or a person noun of the
    pronoun's gender is written after the actor's last name; else the first of
    ``previous`` (the last speaker nearby, then recent people) whose kind and
    gender agree, unless a person noun of the pronoun's gender ("the girl"
    for "she") is written nearer; else that noun; else unknown. An "it" the
    actors stage left unresolved is first the body that is the subject of its
    sentence or the one before ("The ministry protested over what it said").
    """
    start, end = token.idx, token.idx + len(token)
    if token.lower_ in _FIRST:  # the writer or narrator speaks: nobody named before
        return Speaker(None, token.text, start, end, "PERSON")
    actor = find_actor(list(actors), start, end)
    if actor is None and token.lower_ in _THING:
        body = _subject_body(token, actors, quoted)
        if body is not None:
            return body
    noun = _gendered_noun(token, lexicon)
    if actor is not None and _actor_stands(token, actor, actors, noun, quoted):
        return Speaker(actor.id, actor.name, start, end, actor.type)
    group = _plural_subject(token, lexicon, quoted) if actor is None else None
    if group is not None:
        found = resolve_speaker(group, actors, lexicon)
        return Speaker(found.actor, found.name, start, end, found.actor_type)
    return _earlier_speaker(token, actors, lexicon, previous, noun)


def _actor_stands(
    token: Token,
    actor: Actor,
    actors: Sequence[Actor],
    noun: Token | None,
    quoted: Sequence[tuple[int, int]],
) -> bool:
    """Whether the actors stage's ``actor`` for the pronoun stands: its gender agrees, its
    last name before the pronoun is not quoted, and no person ``noun`` of the pronoun's
    gender is written after that name."""
    if not _agrees(token, actor.id, actor.type, actors):
        return False
    start = token.idx
    named = [m.start for m in actor.mentions if m.source != "pronoun" and m.end <= start]
    inside = bool(named) and covered(quoted, max(named))
    # "... about our trust in the mayor, I wrote ...", he added: the mayor named inside
    # a quote is not who speaks it
    return not inside and (noun is None or noun.idx < max(named, default=len(doc_text(token.doc))))


def _earlier_speaker(
    token: Token,
    actors: Sequence[Actor],
    lexicon: Lexicon,
    previous: Sequence[Speaker],
    noun: Token | None,
) -> Speaker:
    """The first of ``previous`` whose kind and gender agree with the pronoun, unless the
    person ``noun`` is written nearer; else that noun; else unknown (the pronoun itself)."""
    start, end = token.idx, token.idx + len(token)
    for candidate in previous:
        if _agrees(token, candidate.actor, candidate.actor_type, actors) or _agrees_unlisted(
            token, candidate, lexicon
        ):
            if noun is not None and noun.idx > candidate.start:
                break
            return Speaker(candidate.actor, candidate.name, start, end, candidate.actor_type)
    if noun is not None:
        span = _phrase(noun)
        return Speaker(None, span.text, start, end, "PERSON")
    return Speaker(None, token.text, start, end)


def resolve_speaker(
    token: Token,
    actors: Sequence[Actor],
    lexicon: Lexicon,
    previous: Sequence[Speaker] = (),
    quoted: Sequence[tuple[int, int]] = (),
) -> Speaker:
    """Map the subject ``token`` to an actor.

    A pronoun: see :func:`_pronoun_speaker`. Any other subject takes the actor
    named in its phrase (relative clauses left out): a person first ("the Vice
    President, Mike Pence"; "a spokesman for the ministry" names the ministry),
    else the actor mentioned on the head word, else the last one named, else
    the actor a definite description ("the court") refers back to. Unknown
    speakers keep their phrase as the name.
    """
    # (a possessive "her" is left as "his" is: "her statement" names no one by itself)
    if lexicon.role(token.text) in ("pronoun", "relative") and token.dep_ != "poss":
        return _pronoun_speaker(token, actors, lexicon, previous, quoted)
    best = _name_in_region(token, actors, *_region(token, lexicon))
    owned = _owned_title(token, lexicon)
    if owned and best is not None and best.actor_type != "PERSON":
        # "Rwanda's ambassador to the UN said": neither the UN nor Rwanda speaks
        best = None if not best.start <= token.idx < best.end else best
    if best is not None and best.actor_type == "COUNTRY" and lexicon.role(token.lower_) == "medium":
        # "according to Thailand's English-language paper": a paper, not the country
        best = None if not best.start <= token.idx < best.end else best
    if best is not None:
        return best
    span = _phrase(token)
    named = _titled(token, owned, actors) if owned else _described(token, actors)
    if named is not None:
        return Speaker(named.id, named.name, span.start_char, span.end_char, named.type)
    return Speaker(None, span.text, span.start_char, span.end_char)
