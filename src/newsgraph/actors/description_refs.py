"""Which actor a bare description of a kind ("the group", "the organisation") may mean.

``refer._nearest`` binds a description with no sector of its own to the last actor of
its type named within three sentences before. Read on random news, "the group" and
"the organisation" then most often went wrong by taking a state body named last: a
ministry or immigration department that detained "the group" of asylum seekers, an
electoral commission or a police force asked to investigate "the religious group", the
party a sect funds, the embassy "the group" marched on, a college whose gates
protesters blocked. A government body, a legislature, a police force, a party or a
school is called by its own noun ("the ministry", "the party", "the police"), not "the
group"; the description then means the group or movement named before it, or someone
no actor holds, which is better left unbound than bound to the wrong body.

Businesses and international bodies are left as they were: "the group" is as often a
company's holding ("Oshkosh ... the group") or a bloc ("the Group of Eight") as a
wrong guess.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import cue_words
from .resolve import Entity

__all__ = ["fits_description", "subject_antecedent"]

_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_MAX_DISTANCE = 3  # sentences back, as refer._MAX_DESCRIPTION_DISTANCE


def fits_description(ent: Entity, noun: str) -> bool:
    """Whether ``ent`` may be what a description headed by ``noun`` with no sector of its
    own means ("the group", "the agency").

    Not a newspaper, unless its name holds the noun ("the group" is not the paper that
    reported on it; "the agency" may be the "Saudi Press Agency"), and not a body whose
    sector is of kind ``not_a_group`` for a noun of kind ``group_noun`` ("the group" is
    no ministry, legislature, police force, party or school).
    """
    if ent.sector == "MED" and noun not in ent.name.lower():
        return False
    if noun not in cue_words("group_noun"):
        return True
    if not ent.sector and not ent.org and _a_place(ent.name):
        return False  # a place the model called an organization ("at Capitol Hill")
    return (ent.sector or "").lower() not in cue_words("not_a_group")  # sector codes


def _a_place(name: str) -> bool:
    """A city or region of that very name (the gazetteer's near spellings left out: "HAMAS"
    is no "Hamm")."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    entry = lookup_place(name)
    return entry is not None and entry.name.lower() == name.lower()


def subject_antecedent(
    doc: Doc, entities: list[Entity], nearest: Entity | None, token: Token, sent_of: list[int]
) -> Entity | None:
    """The actor a bare "the group" at ``token`` means when ``nearest``, the one named
    last, stands in an earlier sentence only in a prepositional phrase ("by the European
    Union", "attacks on Shell"): the last actor that fits the description and was the
    subject of a clause at most three sentences before (as far as ``refer`` looks back),
    else ``nearest``. A body whose name holds the noun keeps it ("the Action Group").

    As with pronouns, a story goes on about the actor it made the subject ("The FRX is
    called a terrorist group by the European Union. The group ..."), not a body it named
    in passing.
    """
    noun = token.lower_
    if nearest is None or noun not in cue_words("group_noun") or noun in nearest.name.lower():
        return nearest  # "by the Action Group. The group ...": the one its name says
    last = max((s, e) for s, e in nearest.spans if s < token.i)
    if sent_of[last[0]] == sent_of[token.i] or not _in_prepositional_phrase(
        doc[last[0] : last[1]].root
    ):
        return nearest  # in its own sentence, "part of X, the group ...": X
    best: tuple[int, Entity] | None = None
    for ent in entities:
        if ent.type != nearest.type or not fits_description(ent, noun):
            continue
        for (first, end), mention in zip(ent.spans, ent.mentions, strict=True):
            close = first < token.i and sent_of[token.i] - sent_of[first] <= _MAX_DISTANCE
            subject = doc[first:end].root.dep_ in _SUBJECT and mention.source != "description"
            if close and subject and (best is None or first > best[0]):
                best = (first, ent)
    return best[1] if best else nearest


def _in_prepositional_phrase(root: Token) -> bool:
    """Whether a mention's head is the object of a preposition, or joined to one ("by the
    United States and the European Union")."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "pobj"
