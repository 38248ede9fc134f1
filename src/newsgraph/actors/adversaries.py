"""Groups named by whom they stand against: "opponents of Mugabe", "the regime's critics".

Used by :mod:`.nominal` for an agent phrase headed by a noun of cue_words.tsv
``adversary`` (opponents, critics, enemies, foes, adversaries, detractors). The name in
its "of" complement, its possessive or its compound is whom the group is against, not
whose people they are; CAMEO and PETRARCH code such a group as that one's country with
the sector OPP (the opposition): "critics of President Mugabe" are ZWE OPP, "enemies of
Afghanistan" AFG OPP, "Hezbollah's foes" LBN OPP. So the group becomes an OPP actor of
that country, whose mention is the whole phrase, and the events stage finds it, not the
one it opposes, as the doer or target. A country before the noun still says who they are
("Iraqi opponents of the war" are IRQ), so the rule reads only phrases with none.
Calibration (131 unlabelled Wikinews articles with these nouns, seed 2321): of 15 events
that changed, 10 were put right (the group, not the one it opposes, as doer, target or
speaker) and 2 made wrong; "critics of the Iraq war" (the war's country, as PETRARCH
codes it, though the critics are American) stays a wrong country, now IRQ OPP, not Iraq.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue_words
from .resolve import Entity

__all__ = ["opposed_country"]

Owners = dict[int, tuple[Entity, int, int]]
# "the regime's critics", "Mugabe critics": the owner or the name before the noun
_NAMING_DEPS = frozenset({"poss", "compound", "nmod"})


def _opposed(token: Token, owner: Owners) -> tuple[Entity, int] | None:
    """The entity an adversary noun's possessive, compound or "of" complement names,
    with the token after the phrase's end ("of President Mugabe" ends after "Mugabe")."""
    for child in token.children:
        if child.dep_ in _NAMING_DEPS and child.i < token.i and child.i in owner:
            return owner[child.i][0], token.i + 1
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != token.i + 1:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for i in range(pobj.left_edge.i, pobj.i + 1):
                if i in owner:
                    ent, _, end = owner[i]
                    return ent, max(end, pobj.i + 1)
    return None


def opposed_country(token: Token, owner: Owners) -> tuple[str | None, int] | None:
    """Whom the group headed by ``token`` stands against, by its country.

    Args:
        token: the head noun of an agent phrase ("opponents").
        owner: each token covered by an entity, with the entity and its span.

    Returns:
        None when ``token`` is no adversary noun or names no one it opposes; else the
        opposed one's country (None when that has none, "critics of the UN") and the
        index of the token after the phrase.
    """
    if token.lower_ not in cue_words("adversary") or token.pos_ != "NOUN":
        return None
    found = _opposed(token, owner)
    if found is None:
        return None
    ent, end = found
    return ent.country, end
