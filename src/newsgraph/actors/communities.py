"""The country of an ethnic or religious community's group ("Kurdish fighters", "Sunnis").

Used by :mod:`.nominal` for a group named by a word of cue_words.tsv ``community`` or
``community_noun`` whose own phrase names no country ("Iraqi Kurds", "Sunni rebels
in Syria" are read there first). A community lives in a few countries
(``communities.tsv``): its group is the one of those the article names most, never a
foreign party that dominates the story ("Shiite insurgents" in a story of a US air raid
in Iraq are IRQ, though the US is named more; "Kurds" in one on US troops in Iran, IRN),
and of no country when the article names none of its homes. A world
religion ("Muslim", "Christian", "Buddhist"; also "Sikh", as often abroad as in India)
has no home: its group is the story's dominant country's, as before. Calibration
(unlabelled Wikinews with community words, seed 2401): taking instead the country of a
place of the group's sentence changed 5 groups, none for the better ("Christian
activists kidnapped in Iraq" IRQ, "bishops from around the world met in Rome" ITA), and
giving them no country without such a place lost 11 the dominant country coded right
(Muslim separatists in a Thai story, Christian protesters at the US Senate).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Token

from ..errors import ConfigError
from .lexicon import _iso3, _rows, cue_words
from .resolve import Entity
from .salience import dominant_country

__all__ = ["community_country", "community_homes", "named_place"]

Owners = dict[int, tuple[Entity, int, int]]
_PLACES = frozenset({"COUNTRY", "GPE", "PLACE"})
_COMPLEMENTS = frozenset({"in", "of", "from"})


@cache
def community_homes() -> dict[str, tuple[str, ...]]:
    """Each community word of cue_words.tsv with the ISO3 codes of its home countries
    (``communities.tsv``; empty for a world religion).

    Raises:
        ConfigError: a code is unknown, or a community word of cue_words.tsv is
            missing from the file or listed there without being one.
    """
    where = "data/actors/communities.tsv"
    homes = {
        row["word"]: tuple(_iso3(code, where) for code in row["homes"].split())
        for row in _rows("communities.tsv")
    }
    words = cue_words("community") | cue_words("community_noun")
    if set(homes) != words:
        odd = sorted(set(homes) ^ words)
        raise ConfigError(f"community words not matching cue_words.tsv: {odd}", where)
    return homes


def _place_counts(entities: list[Entity]) -> Counter[str]:
    """How often the article names each country by a place (a country, city or region,
    also as a demonym: "Kurdish militants" in a story of Iraqi troops are Iraq's)."""
    counts: Counter[str] = Counter()
    for ent in entities:
        if ent.type in _PLACES and ent.country:
            counts[ent.country] += len(ent.mentions)
    return counts


def named_place(token: Token, owner: Owners) -> str | None:
    """The country of a place a community noun's own "in/of/from X" names ("Shiites in
    Iraq", "the Kurds of Syria"), else None."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _COMPLEMENTS:
            continue
        for obj in prep.children:
            ent = owner[obj.i][0] if obj.dep_ == "pobj" and obj.i in owner else None
            if ent is not None and ent.type in _PLACES and ent.country:
                return ent.country
    return None


def community_country(word: str, token: Token, entities: list[Entity]) -> str | None:
    """The country of the group of community ``word`` headed or named at ``token``.

    Args:
        word: the community word, lower case ("kurdish", "sunnis").
        token: the group's head noun.
        entities: the article's actors so far (its places among them).

    Returns:
        The home country the article names most (the one listed first of a tie), None
        if it names none; for a world religion, the story's dominant country.
    """
    homes = community_homes()[word]
    if homes:
        counts = _place_counts(entities)
        best = max(homes, key=lambda iso: (counts[iso], -homes.index(iso)))
        return best if counts[best] else None
    return dominant_country(entities, token.doc)
