"""Attacks one politician makes on another: made in words, not with force.

"Biden attacked Trump over his taxes" or "the opposition leader attacked the government"
reports censure (ACCUSE), where "gunmen attacked the convoy" reports an assault. The
frames of ``triggers.jsonl`` read a clause's words; who attacks whom is known only
once the participants are resolved, so this step runs after them: a verb of
``verbal_harm`` (``cue_words.tsv``) whose own subject is a person's name, whose doers
are all politicians (persons of a government, legislature, party or opposition sector)
and whose target is a politician, a party or a legislature, or the doer's own
government, is censure. A head of state attacking a foreign government, a country or
an armed group stays an assault ("Trump attacked the Syrian government" is left as it
is: air strikes are reported so).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Actor
from ._tokens import children_of
from .arguments import Participants
from .cue_words import cue_words
from .triggers import Trigger

__all__ = ["spoken_attack"]

# Verbs whose attack on a politician by a politician is one in words.
_VERBAL_HARM = cue_words("verbal_harm")
# Actor sectors of political life (CAMEO codes: closed class, like PLOVER types).
_POLITICAL = frozenset({"GOV", "LEG", "PTY", "OPP"})
_CENSURE = ("ACCUSE", "disapprove")


def spoken_attack(
    trig: Trigger,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    actors: tuple[Actor, ...],
) -> tuple[str, str | None, bool]:
    """The code of a politician's attack on a politician: ACCUSE (disapprove), not
    ASSAULT; any other code is returned as it is."""
    token = trig.token
    if coded[0] != "ASSAULT" or trig.entry.pos != "VERB":
        return coded
    if token.lemma_.lower() not in _VERBAL_HARM or not _named_person_subject(token):
        return coded
    by_id = {a.id: a for a in actors}
    doers = [by_id[i] for i in parts.actors if i in by_id]
    if not doers or not all(_politician(a) for a in doers):
        return coded
    target = by_id.get(parts.recipient) if parts.recipient else None
    if target is None or not _political_target(target, doers):
        return coded
    return (*_CENSURE, coded[2])


def _named_person_subject(verb: Token) -> bool:
    """Whether the verb's subject is a person's name ("[Biden] attacked"); a gerund after
    "by" or a conjoined verb without one takes the verb's above ("[McCain] responded by
    attacking", "[Biden] spoke and attacked")."""
    clause = verb
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        clause = verb.head.head
    elif verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children_of(verb)):
        clause = verb.head
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children_of(clause))


def _politician(actor: Actor) -> bool:
    return actor.type == "PERSON" and actor.sector in _POLITICAL


def _political_target(target: Actor, doers: list[Actor]) -> bool:
    """A politician, a party or a legislature anywhere, or the doers' own government."""
    if target.type == "PERSON":
        return target.sector in _POLITICAL
    if target.type != "ORG" or target.sector not in _POLITICAL:
        return False
    if target.sector != "GOV":
        return True
    return any(d.country is not None and d.country == target.country for d in doers)
