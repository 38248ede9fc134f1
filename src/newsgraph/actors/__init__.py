"""Actors stage: mentions from the parse, grouped into canonical actors and places.

Entry point: :func:`extract_actors`. This first version groups the model's
named entities by their normalized text; the actors issue refines detection,
coreference and coding.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Actor, Mention, Place

__all__ = ["ActorResult", "extract_actors", "find_actor"]

# spaCy labels that name participants, and the actor type each maps to.
_ACTOR_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "GPE"}
_PLACE_LABELS = {"LOC", "FAC"}


@dataclass(frozen=True, slots=True)
class ActorResult:
    """What the actors stage found: participants and places."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    mentions: tuple[Mention, ...] = ()


def _normalize(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def extract_actors(doc: Doc) -> ActorResult:
    """Group the Doc's entity mentions into actors (one per normalized name) and places."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    places: dict[str, list[Mention]] = {}
    mentions: list[Mention] = []
    for ent in doc.ents:
        mention = Mention(ent.start_char, ent.end_char, ent.text, ent.label_, "ner")
        if ent.label_ in _ACTOR_TYPES:
            mentions.append(mention)
            groups.setdefault((_ACTOR_TYPES[ent.label_], _normalize(ent.text)), []).append(mention)
        elif ent.label_ in _PLACE_LABELS:
            mentions.append(mention)
            places.setdefault(_normalize(ent.text), []).append(mention)
    actors = tuple(
        Actor(
            id=f"A{i}",
            name=found[0].text,
            type=actor_type,
            mentions=tuple(found),
            key=f"{norm}|{actor_type}|",
        )
        for i, ((actor_type, norm), found) in enumerate(groups.items(), start=1)
    )
    place_records = tuple(Place(name=found[0].text, mentions=tuple(found)) for found in places.values())
    return ActorResult(actors, place_records, tuple(mentions))


def find_actor(actors: tuple[Actor, ...] | list[Actor], start: int, end: int) -> Actor | None:
    """The actor one of whose mentions overlaps ``[start, end)`` most, or None.

    Later stages use it to turn a token span (a subject, an object) into an actor id.
    """
    best: Actor | None = None
    best_overlap = 0
    for actor in actors:
        for mention in actor.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best
