"""Raids the police make: searches and arrests (COERCE, mode arrest), not armed assaults.

"Raids by the police across the country", "a camp raided by police", "the raids" in a
story whose doer resolves to the police: the frames of ``triggers.jsonl`` code a raid
as an ASSAULT (CAMEO 18) unless the clause names police as its subject, and a noun's
"by" agent or a participle's doer is known only once the participants are resolved.
So this step runs after them: a raid (``raiding`` in ``cue_words.tsv``) whose doers
are all police (actors of the ``COP`` sector) is COERCE (arrest, CAMEO 17), as PLOVER
codes police searches and detentions; a raid by troops, militants or an unknown doer
stays an ASSAULT.
"""

from __future__ import annotations

from ..model import Actor
from .arguments import Participants
from .cue_words import cue_words
from .triggers import Trigger

__all__ = ["police_raid"]

# Words of raiding: a raid by the police is a search and arrest.
_RAIDING = cue_words("raiding")
# The actor sector of the police (a CAMEO code: closed class, like PLOVER types).
_POLICE = "COP"


def police_raid(
    trig: Trigger,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    actors: tuple[Actor, ...],
) -> tuple[str, str | None, bool]:
    """The code of a raid the police make: COERCE (arrest), not ASSAULT; any other code
    is returned as it is."""
    if coded[0] != "ASSAULT" or trig.token.lemma_.lower() not in _RAIDING:
        return coded
    by_id = {a.id: a for a in actors}
    doers = [by_id[i] for i in parts.actors if i in by_id]
    if not doers or any(a.sector != _POLICE for a in doers):
        return coded
    return ("COERCE", "arrest", coded[2])
