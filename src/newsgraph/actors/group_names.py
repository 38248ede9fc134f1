"""Group actors: the actor a group phrase joins, one per country (or organization) and sector.

Used by :mod:`.nominal` for agent phrases ("Israeli troops"), community nouns, the groups
of :mod:`.home_groups` (victims, a state's dissidents) and counted people ("100
Palestinians"). A phrase joins the country's named organization of its sector when the
story has exactly one (a state body or force), the "Government of X" for GOV, or else a
new group whose cross-article key is made from its country and sector.
"""

from __future__ import annotations

from .lexicon import country_phrase
from .resolve import Entity

__all__ = ["BODIES", "group_actor"]

# A country's troops or police are its armed forces or police force, named or not.
_STATE_FORCES = frozenset({"MIL", "COP"})
#: a state's bodies: at home (the government, the army) and abroad (its embassies)
BODIES = frozenset({"institution", "mission"})


def group_actor(
    entities: list[Entity], groups: dict[tuple[str, str], Entity], country: str, sector: str,
    name: str, kind: str,
) -> Entity:  # fmt: skip
    """The actor of (country, sector): a named organization, the government, or a new group."""
    key = (country, sector)
    if key in groups:
        return groups[key]
    state = kind in BODIES or sector in _STATE_FORCES  # not "militants" -> Hamas
    named = [
        e for e in entities
        if state and e.type == "ORG" and e.country == country and e.sector == sector
        and any(m.source != "nominal" for m in e.mentions)
    ]  # fmt: skip
    government = f"Government of {country_phrase(country)}"
    if sector == "GOV":
        named = [e for e in entities if e.type == "ORG" and e.name == government]
        name = government
    if len(named) == 1:
        target = named[0]
    else:
        # "Israeli troops" and "Israeli soldiers" are one actor across articles too
        by_code = f"{sector} of {country}"
        target = Entity("ORG", name, country=country, sector=sector, key_name=by_code)
        entities.append(target)
    groups[key] = target
    return target
