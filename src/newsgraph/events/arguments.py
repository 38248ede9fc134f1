"""Who did it to whom: the actor(s) and recipient of a verbal trigger, from the parse.

:func:`verb_args` is the entry point, called by :mod:`newsgraph.events.roles` for verbs and
adjectives (and for verbs a nominal trigger borrows its roles from); its
:class:`Participants` go on to the screening and extraction stages. It joins three steps,
each a module of its own:

- :mod:`.doers` picks the doer's token: the verb's subject, or one it inherits;
- :mod:`.recipients` lists the tokens that may name the recipient and takes the first that
  names an actor other than the doers;
- :mod:`.phrase_actors` resolves a chosen noun phrase to the actors stage's canonical
  actors (:func:`actors_of`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Actor
from ._tokens import children_of
from .doers import (
    _DOER_ENTS,
    _fronted_clause_subject,
    _is_pronominal,
    _passive,
    _passive_means,
    _previous_subject,
    _speaker_fallback,
    _subject,
)
from .phrase_actors import (
    _MODIFIER_ORDER,
    _agent_noun,
    _modifier_actors,
    actors_of,
    names_town,
    stance_prefixed,
)
from .recipients import _first, _verb_targets, aimed_preps

__all__ = [
    "Participants", "actors_of", "aimed_preps", "names_town", "stance_prefixed", "verb_args",
]  # fmt: skip

_THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them"})


@dataclass(frozen=True, slots=True)
class Participants:
    """Actor ids of the doers (in text order) and of the recipient.

    ``named`` says the parse names a doer even when it resolves to no actor
    ("riot police fired", "rebels attacked"): the act is reported as done by
    someone, so it is kept with an unknown actor. ``occurred`` says a noun's
    clause reports the act as taking place ("fighting broke out", "there
    were clashes"), so it is kept too, where a mere mention is not.
    """

    actors: tuple[str, ...]
    recipient: str | None
    named: bool = False
    first_person: bool = False  # the doer is "I" or "we" (the speaker, inside a quote)
    entity: bool = False  # the doer phrase holds a named entity ("Greek diplomats")
    occurred: bool = False
    # Further recipients coordinated with the first ("visited Mauritania and Senegal"):
    # CAMEO codes one event per target, so each gets an event of its own.
    others: tuple[str, ...] = ()


def verb_args(
    verb: Token,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    consumed: tuple[int, ...] = (),
    fallback: bool = True,
    kind: str | None = None,
    speaker: str | None = None,
) -> Participants:
    """The doers and recipients of ``verb``, as ids of the actors stage's ``actors``.

    Args:
        verb: the trigger verb (or adjective) of the event.
        actors: the actors stage's canonical actors.
        roles: the lexicon's roles of lemmas ("report", "author", "means", ...) that decide
            whose subject a clause inherits and what a passive was done with.
        consumed: indices of nouns the trigger's pattern matched ("held [talks]"), whose
            prepositions may name the recipient too.
        fallback: whether an unresolved pronoun subject may stand for the subject of the
            clause above ("Syria says it will not accept").
        kind: the event type, which decides which prepositions aim the act.
        speaker: the id of who is quoted, when ``verb`` is inside a quote; "he" or
            "they" there is someone else.

    Returns:
        The :class:`Participants`; a recipient is never one of the doers.
    """
    subj, _ = _subject(verb, roles)
    doers = _subject_doers(verb, subj, actors, roles, fallback, speaker)
    exclude = {a.id for a in doers}
    recipients = _first(_verb_targets(verb, consumed, kind), actors, exclude, kind)
    return Participants(
        tuple(a.id for a in doers),
        recipients[0] if recipients else None,
        named=subj is not None or bool(doers),
        first_person=subj is not None and subj.lower_ in ("i", "we"),
        entity=_names_entity(subj),
        others=recipients[1:],
    )


def _subject_doers(
    verb: Token,
    subj: Token | None,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    fallback: bool,
    speaker: str | None,
) -> list[Actor]:
    """The actors the subject of ``verb`` names; for an unresolved pronoun, the upper
    clause's subject; for a passive with none, what it was done with."""
    doers = actors_of(subj, actors) if subj is not None else []
    if not doers and speaker is not None and subj is not None and _we(subj):
        doers = _speakers_side(verb, speaker, actors)
    if (
        speaker is not None
        and subj is not None
        and subj.lower_ in _THIRD_PERSON
        and not _before_the_quote(subj, verb)
    ):
        # In someone's own words "he" or "they" is somebody else: a speaker says "I".
        doers = [a for a in doers if a.id != speaker]
    if not doers and fallback and subj is not None and _is_pronominal(subj):
        doers = (
            _speaker_fallback(verb, actors, subj)
            or _fronted_clause_subject(subj, actors)
            or _previous_subject(subj, actors)
        )
    if subj is None and _passive(verb):
        doers = _passive_means(verb, actors, roles)
    return doers


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "„"})


def _before_the_quote(subj: Token, verb: Token) -> bool:
    """ "Jo Doe said that he "would like to convey ...": a subject before the quote mark that
    opens the quoted words is the reporter's, so "he" may be the speaker."""
    sent = subj.sent
    opened = sum(t.text in _QUOTE_MARKS for t in subj.doc[sent.start : subj.i]) % 2 == 1
    return not opened and any(t.text in _QUOTE_MARKS for t in subj.doc[subj.i + 1 : verb.i])


def _we(subj: Token) -> bool:
    """ "we", or "our" people ("our troops", "our officers"): the speaker's side."""
    if subj.lower_ == "we":
        return True
    return _agent_noun(subj) and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in children_of(subj)
    )


def _speakers_side(verb: Token, speaker: str, actors: tuple[Actor, ...]) -> list[Actor]:
    """The body a quoted person says "we" for: "we have made an arrest", said a detective of
    the Ruritanian Police; "we will not stop", said a spokesman for NATO. The organization
    named in the speaker's own phrase ("NATO spokesman Jo Doe", "Jo Doe of Amnesty"), else the
    article's only organization of the speaker's sector (a detective's police force); none
    when that is not clear, and the speaker stands for their side (the extract stage)."""
    by_id = {a.id: a for a in actors}
    person = by_id.get(speaker)
    if person is None or person.type != "PERSON":
        return []
    doc = verb.doc
    for mention in person.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        named = _modifier_actors(span.root, actors, 0)
        bodies = [a for dep in _MODIFIER_ORDER for a in named.get(dep, ()) if a.type == "ORG"]
        if bodies:
            return bodies[:1]
    if person.sector in (None, "CVL", "GOV"):
        # (a minister's or premier's "we" is a government, a party or a state's people:
        # which one, the sector does not say)
        return []
    same = [
        a
        for a in actors
        if a.type == "ORG"
        and a.sector == person.sector
        and (a.country == person.country or not (a.country and person.country))
    ]
    return same if len(same) == 1 else []


def _names_entity(subj: Token | None) -> bool:
    """Whether the subject phrase, up to its head, holds a named entity ("Greek diplomats")."""
    return subj is not None and any(
        t.ent_type_ in _DOER_ENTS for t in subj.subtree if t.i <= subj.i
    )
