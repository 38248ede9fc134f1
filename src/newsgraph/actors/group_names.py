"""Group actors: the actor a group phrase joins, one per country (or organization) and sector.

Used by :mod:`.nominal` for agent phrases ("Israeli troops"), community nouns, the groups
of :mod:`.home_groups` (victims, a state's dissidents) and counted people ("100
Palestinians"). A phrase joins the country's named organization of its sector when the
story has exactly one (a state body or force), the "Government of X" for GOV, or else a
new group whose cross-article key is made from its country and sector.

**Name.** A new group is shown under the first phrase that joins it which names its
country or people (a country name, demonym or capital of ``countries.tsv``, one of its
cities, or a known organization of it): "Iraqi police officers" over "other police
officers", "Iraqis" over a victim group's bare "people", "Burundian army" over "the
army". Phrases join in the order the rules read them, not the text's (a victim group is
read before a counted "Iraqis"), so a bare first phrase otherwise names the whole group.
Without such a phrase the first one stays, as it does against a phrase naming one
member ("a senior Chilean army commander": a singular role or group noun) or a stretch
of markup. The name is only shown: the group's key (its code: "CVL of IRQ"), code and
mentions stay as they are. A count before the phrase's head is no part of the name: "as
many as 400 Chilean troops" and "many Chilean troops" are "Chilean troops".
Calibration (unlabelled Wikinews, seeds 2600, 2601): of 172 groups in 200 random
articles, 2 were named without their country while a phrase of theirs named it; of
308 in 147 articles with a harm verb and a people noun, 9. Renamed in 600 random
articles (seeds 2600, 2602, 2603): 4 groups, 3 better ("soldier" -> "Israeli army",
"army" -> "Australian soldiers") and 1 a wash ("Trinity-Spadina residents" -> "Toronto
residents": a district the tables lack); in the 147 harm articles: 9, all better. The
count (same articles): 5 random and 6 harm names lose one, all better ("many as 17
Turkish soldiers", "43rd Canadian Parliament" of a group that is also the 42nd); the
first version, dropping all words up to the last number, took "Italy's" off "Italy's
3000 troops", hence the opening run only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import country_phrase, cue_words, lexicons
from .orgs import country_of_text
from .resolve import Entity
from .spans import span_text

__all__ = ["BODIES", "group_actor", "group_name", "names_country"]

# A country's troops or police are its armed forces or police force, named or not.
_STATE_FORCES = frozenset({"MIL", "COP"})
#: a state's bodies: at home (the government, the army) and abroad (its embassies)
BODIES = frozenset({"institution", "mission"})
#: the function words of a count before a group ("as many as", "at least", "up to")
_QUANTIFYING_POS = frozenset({"ADP", "ADV", "DET", "PART", "SCONJ", "CCONJ"})
#: "more than", "fewest", the hyphen of "twenty-thousand"
_COMPARATIVES = frozenset({"JJR", "JJS", "RBR", "RBS", "HYPH"})


def group_actor(
    entities: list[Entity], groups: dict[tuple[str, str], Entity], country: str, sector: str,
    name: str, kind: str,
) -> Entity:  # fmt: skip
    """The actor of (country, sector): a named organization, the government, or a new group."""
    key = (country, sector)
    if key in groups:
        _rename(groups[key], country, sector, name)
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


def names_country(name: str, iso: str | None) -> bool:
    """Whether ``name`` names the country ``iso``, its people, one of its cities or one of
    its known organizations ("Iraqi police", "Iraqis", "Basra police", "Hamas men")."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in name.split()]
    return iso is not None and any(
        _place_or_body(" ".join(words[i:j])) == iso
        for i in range(len(words))
        for j in range(i + 1, min(i + 4, len(words) + 1))
    )


def _place_or_body(text: str) -> str | None:
    """The country a country name, demonym, capital, city or known organization belongs
    to; an agent noun is none (a Polish town is called "Police")."""
    lex = lexicons()
    if text.lower() in lex.agents:
        return None
    if (named := country_of_text(text)) is not None:  # a country name, demonym or capital
        return named[1]
    if text in lex.cities:
        return lex.cities[text]
    org = lex.orgs.get(text)
    return org.country if org is not None else None


def _member(name: str) -> bool:
    """A phrase naming one member of a group ("a senior army commander", "soldier"), no
    name for the group."""
    word = name.rsplit(maxsplit=1)[-1].lower()
    entry = lexicons().agents.get(word)
    singular = entry is not None and word == entry.noun and entry.plural not in ("", word)
    return singular and entry is not None and entry.kind in ("role", "group")


def _plain(name: str) -> bool:
    """A phrase of words, not a stretch of markup an image's caption left ("x.jpg|The ...")."""
    return all(ch.isalnum() or ch in " '’-.," for ch in name)


def _rename(target: Entity, key: str, sector: str, name: str) -> None:
    """Show a new group under ``name`` when that names its country and its name does not."""
    if target.key_name != f"{sector} of {key}" or _member(name) or not _plain(name):
        return  # a named organization or the government keeps its own name
    if names_country(name, target.country) and not names_country(target.name, target.country):
        target.name = name


def group_name(doc: Doc, start: int, end: int) -> str:
    """The name a group phrase ``[start, end)`` gives its group: without the count it opens
    with, a run of function words and comparatives holding a number or a count word
    (cue_words.tsv ``count``): "more than 300 Chilean troops", "many Chilean troops" are
    "Chilean troops"; "Chile's 300 troops" and "more Chilean troops" stay."""
    counts = cue_words("count")
    first, at = start, start
    while at < end - 1:
        token = doc[at]
        counted = token.pos_ == "NUM" or token.like_num or token.lower_ in counts
        if not (counted or token.pos_ in _QUANTIFYING_POS or token.tag_ in _COMPARATIVES):
            break
        at += 1
        first = at if counted else first
    return span_text(doc, first, end)
