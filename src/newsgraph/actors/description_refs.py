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

from .lexicon import cue_words
from .resolve import Entity

__all__ = ["fits_description"]


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
    unfit = cue_words("not_a_group")  # sector codes, lower case
    return not (noun in cue_words("group_noun") and (ent.sector or "").lower() in unfit)
