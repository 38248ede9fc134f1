"""Hand-made place and actor records for the place-resolution tests (no parse needed)."""

from __future__ import annotations

from newsgraph.model import Actor, Mention, Place


def place_at(name: str, text: str) -> Place:
    """A place named once, at the first occurrence of ``name`` in ``text``."""
    start = text.index(name)
    return Place(name=name, mentions=(Mention(start, start + len(name), name, "GPE"),))


def person_at(name: str, text: str, country: str) -> Actor:
    """A person of ``country`` named once, at the first occurrence of ``name`` in ``text``."""
    start = text.index(name)
    mention = Mention(start, start + len(name), name, "PERSON")
    return Actor(id=name, name=name, type="PERSON", mentions=(mention,), country=country)
