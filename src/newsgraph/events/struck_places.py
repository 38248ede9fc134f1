"""The country or territory an attack is made in, as its target when no one else is named.

"an Israeli raid in Lebanon", "the army's attacks in Chechnya", "launched an offensive in
Gaza", "carried out airstrikes in Yemen": force used "in" a country or territory, with no
one named on its receiving end, is aimed at that place, as CAMEO codes an attack whose
target is only where it struck. Used by :mod:`newsgraph.events.roles` for attack nouns and
for verbs whose matched noun is the attack ("launched [an offensive]"), never for a verb
alone ("three were killed in Iraq" says where, the places stage's location). Not the doers'
own country: "Turkish troops launched an operation in Turkey" is aimed at whoever they
fight there, not at Turkey. Nor a fight between sides (``cue_words.tsv`` kind
``two_sided``: "the fighting in Lebanon", "clashes in Basra"): where it rages is no side.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..model import Actor
from .cue_words import cue_words
from .phrase_actors import _prep_objects, actors_of

__all__ = ["struck_place"]

_IN = frozenset({"in"})
_PLACES = frozenset({"COUNTRY", "GPE"})
_TWO_SIDED = cue_words("two_sided")


def struck_place(
    heads: Sequence[Token], actors: tuple[Actor, ...], doers: tuple[str, ...]
) -> str | None:
    """The id of the country or territory actor named "in" after one of ``heads`` (the
    attack noun, or the verb and its matched noun), not one of ``doers`` nor of their
    country; None when there is none."""
    if any({h.lower_, h.lemma_.lower()} & _TWO_SIDED for h in heads):
        return None
    own = {a.country for a in actors if a.id in doers and a.country}
    for head in heads:
        for place in _prep_objects(head, _IN):
            for actor in actors_of(place, actors):
                if actor.type not in _PLACES or actor.id in doers:
                    continue
                if actor.country is None or actor.country not in own:
                    return actor.id
    return None
