"""Which country a story is about: the fallback of bare institutions and unplaced names.

:func:`dominant_country` is the country named most often (cities and states
counting for theirs, and a mention and a half more a country whose listed parties,
parliaments or forces are named); :func:`discourse_country` is that country as the owner
of a bare "the government" or "the army" at a given point of the text.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from .lexicon import lexicons
from .resolve import Entity
from .spans import section_label_country

__all__ = ["discourse_country", "dominant_country"]

#: weights, in half mentions: a place mention (or a section label) counts two, a country's
#: listed bodies three together: more than a place named once (a tie goes to them), less
#: than two
_MENTION_WEIGHT = 2
_BODY_WEIGHT = 3


def dominant_country(entities: list[Entity], doc: Doc | None = None) -> str | None:
    """The country mentioned most often (places and cities count for their country, and a
    country whose listed political bodies are named a mention and a half more: a story
    naming the Knesset and no place, or Jordan once, is Israel's).

    With ``doc``, the country of a leading section label ("Canadian news ...",
    no mention itself) counts once and wins a tie: the story is filed under it.
    """
    counts: Counter[str] = Counter()
    for ent in entities:
        if ent.type in ("COUNTRY", "GPE", "PLACE") and ent.country:
            counts[ent.country] += _MENTION_WEIGHT * len(ent.mentions)
    # once per country, however many of its bodies: a cue where places are few, outweighing
    # a place named as often or once more ("Liberal Democrats" and "Iraq" once: Britain's),
    # never one named twice more ("a US judge" where American Samoa is named far more)
    bodies = (_national_body(ent) for ent in entities)
    for body in dict.fromkeys(b for b in bodies if b is not None):  # (in text order)
        counts[body] += _BODY_WEIGHT
    label = section_label_country(doc) if doc is not None else None
    if label is not None:
        counts[label] += _MENTION_WEIGHT
        if counts[label] == max(counts.values()):
            return label
    return counts.most_common(1)[0][0] if counts else None


#: sectors of the bodies that act at home: a story naming one of a country's parties,
#: parliaments, governments, courts or forces is about that country
_HOME_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "COP", "MIL"})


def _national_body(ent: Entity) -> str | None:
    """The country of a listed political body of one country ("Bloc Quebecois", "Liberal
    Democrats"), None for other entities and a name several countries' bodies bear ("Labour
    Party")."""
    org = ent.org
    if ent.type != "ORG" or org is None or org.sector not in _HOME_SECTORS:
        return None
    return org.country if org.name not in lexicons().shared_names else None


def discourse_country(
    doc: Doc, entities: list[Entity], sent_of: list[int], position: int
) -> str | None:
    """The dominant country, when it is named outside the sentence of token ``position``.

    What a bare "the government" or "the army" belongs to: the country the
    story is about. A country named only in the same sentence is more often
    another party ("The government thanked China for its help"), so it is
    not taken; nor is a country named only once, and not as a subject ("a wall
    on the border with Mexico"): that is a passing mention.
    """
    country = dominant_country(entities, doc)
    if country is None:
        return None
    if country == section_label_country(doc):
        return country  # the story is filed under it ("Canadian news ..."): no passing mention
    here = sent_of[position]
    spans = [
        span
        for ent in entities
        if ent.type in ("COUNTRY", "GPE", "PLACE") and ent.country == country
        for span in ent.spans
    ]
    if len(spans) == 1 and not _is_subject(doc[spans[0][0] : spans[0][1]].root):
        return None  # named once, in passing ("a wall on the border with Mexico")
    return country if any(sent_of[start] != here for start, _ in spans) else None


def _is_subject(root: Token) -> bool:
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")
