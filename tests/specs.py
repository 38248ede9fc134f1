"""Actors placed by hand on an invented text, for tests of one stage without the actors stage."""

from __future__ import annotations

import re

from newsgraph.model import Actor, Mention

# id, name, type, surfaces as (text, entity label)
Spec = tuple[str, str, str, tuple[tuple[str, str], ...]]


def spec_actors(text: str, specs: list[Spec]) -> list[Actor]:
    """One actor per spec, with a mention at every whole-word occurrence of its surfaces."""
    out = []
    for local, name, type_, surfaces in specs:
        mentions = [
            Mention(m.start(), m.end(), surface, label)
            for surface, label in surfaces
            for m in re.finditer(rf"\b{re.escape(surface)}\b", text)
        ]
        out.append(Actor(local, name, type_, tuple(sorted(mentions, key=lambda m: m.start))))
    return out
