"""Troops one will send to a named country or region: support offered, not a threat.

"Australia will send 200 more troops to Afghanistan", "26,000 UN troops will be sent to
the Darfur region": an announced deployment to a named country or region (a peacekeeping
force, a coalition's reinforcement, a reconstruction team) is what CAMEO codes 0312,
intent to provide military aid, PLOVER's AGREE (intent), as a promise to send troops
already was ("pledged to send troops"); it was coded THREATEN violence, the intent of a
MOBILIZE. A deployment with no named destination ("plans to deploy 55,000 troops in the
event of an invasion", "will send troops to the area", "to the border") stays a threat,
and so does one vowed or sworn (``cue_words.tsv`` kind ``vowing``: "vowed to send troops").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.lexicon import lexicons
from ._tokens import children_of
from .cue_words import cue_words

__all__ = ["sent_to_named_place"]

_NAMED_PLACE = frozenset({"GPE", "LOC"})


def sent_to_named_place(verb: Token) -> bool:
    """Whether ``verb``, a verb of motion (``actors`` ``locative.tsv`` kind ``motion``:
    send, deploy, bring...), goes "to" a country or region that is named: the object of
    its "to", or a name compounded with that object ("the Darfur region")."""
    if lexicons().locative.get((verb.lemma_ or verb.text).lower()) != "motion":
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cue_words("vowing"):
        return False  # "vowed to send troops to X": a vow of force stays a threat
    to = [c for c in children_of(verb) if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    places = [o for p in to for o in children_of(p) if o.dep_ == "pobj"]
    return any(
        o.ent_type_ in _NAMED_PLACE
        or any(c.dep_ == "compound" and c.ent_type_ in _NAMED_PLACE for c in children_of(o))
        for o in places
    )
