"""One organization named several ways is one actor: the merges of grouped names.

Run by :func:`newsgraph.actors.resolve.group_entities` once every candidate
is grouped by its key (see that module's docstring, "Short names").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicons

if TYPE_CHECKING:
    from .resolve import Entity

__all__ = ["country_of_text", "is_place_word", "merge_orgs"]


def country_of_text(text: str) -> tuple[str, str] | None:
    """(kind, ISO3) when ``text`` is a country name, demonym or capital, else None."""
    lex = lexicons()
    for kind, table in (("country", lex.country_names), ("demonym", lex.demonyms),
                        ("capital", lex.capitals)):  # fmt: skip
        if text in table:
            return kind, table[text]
    return None


def is_place_word(text: str) -> bool:
    """Whether ``text`` names a known city, US state or country (or is a demonym)."""
    lex = lexicons()
    return text in lex.cities or text in lex.geo or country_of_text(text) is not None


def _head_word(name: str) -> str:
    """The head noun of a name: "Court" of "Court of Session" and of "Supreme Court",
    "House" of "United States House of Representatives"."""
    return name.split(" of ")[0].split()[-1].casefold()


def merge_orgs(entities: dict[str, Entity]) -> None:
    """Merge the organizations of ``entities`` named several ways (mutates it).

    Last, a one-word organization folds into the one longer organization
    with that head, a legislature's word into a legislature: "Court" after
    "Court of Session", "House" after "House of Representatives", not after
    the "White House"; with two candidates ("House of Commons", "House of
    Lords") nothing is merged (the nearest one named before is as often
    wrong as right).
    """
    if sum(e.type == "ORG" for e in entities.values()) < 2:
        return  # nothing to merge
    _merge_country_prefixed(entities)
    _merge_foreign_bodies(entities)
    _merge_short_names(entities)
    _merge_first_words(entities)
    _merge_suffixed_known(entities)
    _merge_qualified_names(entities)
    _merge_initialisms(entities)
    _merge_bare_heads(entities)
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    keywords = lexicons().org_keywords
    for key, ent in orgs:
        if " " in ent.name or ent.org is not None:
            continue
        word = ent.name.casefold()
        fits = [
            e for k, e in orgs
            if k != key and " " in e.name and _head_word(e.name) == word
            and _same_kind(e, keywords.get(word))
        ]  # fmt: skip
        if len(fits) == 1:
            _move_mentions(ent, fits[0])
            del entities[key]


def _same_kind(ent: Entity, sector: str | None) -> bool:
    """Whether a listed body may be what a bare legislature's word names: the House of
    Representatives or the European Parliament (LEG, IGO), not the White House (GOV).
    Other words are left alone: a bare "Agency" after the CIA (SPY), "Commission" after
    the European Commission (IGO) are those bodies."""
    if ent.org is None or sector != "LEG":
        return True
    return ent.org.sector in (None, "LEG", "IGO")


def _merge_short_names(entities: dict[str, Entity]) -> None:
    """Fold "Ford" into "Ford Motor Company", "Harvard" into "Harvard University".

    A name that another organization's name extends only by organization
    keywords ("Motor", "Company", "University": ``org_keywords.tsv``) is
    that organization, when exactly one does, also when that one is a lexicon
    entry ("Cornell" of the lexicon's "Cornell University").
    """
    keywords = lexicons().org_keywords
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    for key, ent in orgs:
        if ent.org is not None:
            continue  # a lexicon entry keeps its own name; a longer name may be a lexicon entry
        fits = [
            e for k, e in orgs
            if k != key and k in entities and e.name.startswith(ent.name + " ")
            and all(w.casefold() in keywords for w in e.name[len(ent.name) + 1 :].split())
        ]  # fmt: skip
        if len(fits) == 1 and key in entities:
            _move_mentions(ent, fits[0])
            del entities[key]


def _merge_first_words(entities: dict[str, Entity]) -> None:
    """Fold a later "Sundance" into "Sundance Resources" named before it.

    News names a body in full first and by its first word after: a one-word
    organization no lexicon knows (no keyword, place or country) that opens
    exactly one longer unknown organization's name, named earlier, is that
    organization. A longer name holding a place ("Wal-Mart Canada") is a branch,
    not the body the first word names; capitals ("NSW" of "NSW Labor": a state)
    and adjectives in -al ("Congressional" of "Congressional Black Caucus") are
    left alone.
    """
    keywords = lexicons().org_keywords
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG" and e.org is None]
    for key, ent in orgs:
        word = ent.name
        if " " in word or word.casefold() in keywords or is_place_word(word):
            continue
        if word.isupper() or word.endswith("al"):
            continue  # an abbreviated place ("NSW Labor") or an adjective ("Congressional")
        fits = [
            e for k, e in orgs
            if k != key and k in entities and e.name.startswith(ent.name + " ")
            and not any(is_place_word(w) for w in e.name.split()[1:])
        ]  # fmt: skip
        if len(fits) == 1 and fits[0].first < ent.first:
            _move_mentions(ent, fits[0])
            del entities[key]


def _merge_suffixed_known(entities: dict[str, Entity]) -> None:
    """Fold "Apple Inc." into the lexicon's "Apple", "Amazon.com" into "Amazon".

    The text's longer name of a known organization adds only organization
    keywords (a legal form, "Company") or a web domain to one of the lexicon
    entry's names, when exactly one known organization fits.
    """
    keywords = lexicons().org_keywords
    by_first: dict[str, list[tuple[Entity, str]]] = {}
    for ent in entities.values():
        if ent.org is not None:
            for name in (ent.org.name, *ent.org.aliases):
                by_first.setdefault(name.split()[0].casefold(), []).append((ent, name))
    if not by_first:
        return
    for key, ent in [(k, e) for k, e in entities.items() if e.type == "ORG" and e.org is None]:
        words = ent.name.replace(",", " ").split()
        first = words[0].casefold()
        named = by_first.get(first, []) + by_first.get(first.rsplit(".", 1)[0], [])
        fits = {id(e): e for e, name in named if _extends(words, name, keywords)}
        if len(fits) == 1:
            _move_mentions(ent, next(iter(fits.values())))
            del entities[key]


def _extends(words: list[str], name: str, keywords: dict[str, str]) -> bool:
    """Whether ``words`` are ``name`` plus keywords or a domain ("Amazon.com")."""
    base = name.split()
    if words[: len(base)] != base:
        return len(words) == 1 == len(base) and words[0].casefold() in (
            f"{name.casefold()}.com", f"{name.casefold()}.org"
        )  # fmt: skip
    rest = words[len(base) :]
    return bool(rest) and all(w.casefold() in keywords for w in rest)


def _merge_qualified_names(entities: dict[str, Entity]) -> None:
    """Fold "Judiciary Committee" into "House Judiciary Committee".

    A name of two or more words that ends exactly one longer organization's
    name is that organization, unless the longer one adds a place
    ("Supreme Court" is not "Wisconsin Supreme Court"): another state's
    body of the same name is another body. A name that states its country
    ("Bank of New Zealand") is a full name, not a short one: a longer name
    ending in it ("Reserve Bank of New Zealand") is another body.
    """
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    for key, ent in orgs:
        if ent.org is not None or " " not in ent.name or _states_its_country(ent.name):
            continue
        if any(m.text != ent.name for m in ent.mentions if m.source != "acronym"):
            continue
        tail = " " + ent.name
        fits = [e for k, e in orgs if k != key and e.name.endswith(tail)]
        if len(fits) != 1 or key not in entities:
            continue
        prefix = fits[0].name[: -len(tail)]
        if not any(is_place_word(w) for w in (prefix, *prefix.split())):
            _move_mentions(ent, fits[0])
            del entities[key]


def _states_its_country(name: str) -> bool:
    """ "<Name> of <country>" ("Bank of New Zealand", "Central Bank of the Philippines")."""
    _, of, rest = name.rpartition(" of ")
    return bool(of) and country_of_text(rest.removeprefix("the ")) is not None


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "at", "in", "&", "-"})


def _initials(name: str) -> str:
    """The capital initials of a name's content words ("National Hurricane Center" -> "NHC")."""
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in _MINOR_WORDS]
    return "".join(w[0] for w in words) if all(w[0].isupper() for w in words) else ""


def _merge_initialisms(entities: dict[str, Entity]) -> None:
    """Fold "NTSB" into "National Transportation Safety Board" named in the same article.

    Wire copy often gives the full name once and the initialism afterwards
    without the "(NTSB)" that :mod:`.aliases` binds. An all-capital name of
    two to six letters (an "&" left out: "PG&E") that spells the initials
    of exactly one other organization's content words is that organization.
    """
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    initials = [(e, _initials(e.name)) for _, e in orgs if " " in e.name]
    for key, ent in orgs:
        letters = ent.name.replace("&", "")
        if ent.org is not None or not (2 <= len(letters) <= 6 and letters.isalpha()):
            continue
        if not letters.isupper():
            continue
        fits = [e for e, spelled in initials if spelled == letters and e is not ent]
        if len(fits) == 1 and key in entities:
            _move_mentions(ent, fits[0])
            del entities[key]


def _merge_foreign_bodies(entities: dict[str, Entity]) -> None:
    """Fold a bare lexicon word ("Congress") into "Congress of the Philippines" or
    "Indian National Congress".

    The lexicon reads a bare "Congress" as the US Congress; in an article
    that names another country's Congress, the bare word is that one.
    """
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    for key, ent in orgs:
        words = {m.text.casefold() for m in ent.mentions}
        if ent.org is None or len(words) != 1 or " " in next(iter(words)):
            continue
        word = next(iter(words))
        fits = [
            e for k, e in orgs
            if k != key and _body_of(e.name, word)
            and (e.org.country if e.org else _body_of(e.name, word)) != ent.org.country
        ]  # fmt: skip
        if len(fits) == 1 and key in entities:
            _move_mentions(ent, fits[0])
            del entities[key]


def _merge_bare_heads(entities: dict[str, Entity]) -> None:
    """Fold "Supreme Court" into "Supreme Court of the United States" named in the article.

    A name without "of" that is the head of exactly one "<name> of <country>"
    is that body (a bare lexicon word is left to :func:`_merge_foreign_bodies`).
    """
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    for key, ent in orgs:
        if ent.org is not None or " of " in ent.name:
            continue
        fits = [e for k, e in orgs if k != key and _body_of(e.name, ent.name.casefold())]
        if len(fits) == 1 and key in entities:
            _move_mentions(ent, fits[0])
            del entities[key]


def _body_of(name: str, word: str) -> str | None:
    """The ISO3 of "<Word> of <country>" when its first word is ``word``, or of
    "<Demonym> ... <Word>" ("Indian National Congress") when it ends with it."""
    head, _, rest = name.partition(" of ")
    if head.casefold() == word and rest:
        found = country_of_text(rest.removeprefix("the "))
        return found[1] if found else None
    first, _, _ = name.partition(" ")
    if " " in word or not name.casefold().endswith(" " + word):
        return None
    found = country_of_text(first)
    return found[1] if found else None


def _merge_country_prefixed(entities: dict[str, Entity]) -> None:
    """Fold "House of Representatives" into "United States House of Representatives".

    The lexicon's full name starts with its country; the text's shorter
    name is the same body when exactly one organization reads as
    "<country> <name>".
    """
    orgs = [(k, e) for k, e in entities.items() if e.type == "ORG"]
    for key, ent in orgs:
        if ent.org is not None or " " not in ent.name:
            continue
        tail = " " + ent.name
        fits = [
            e for k, e in orgs
            if k != key and e.name.endswith(tail)
            and country_of_text(e.name[: -len(tail)].removeprefix("the ")) is not None
        ]  # fmt: skip
        if len(fits) == 1 and key in entities:
            _move_mentions(ent, fits[0])
            del entities[key]


def _move_mentions(source: Entity, target: Entity) -> None:
    target.mentions.extend(source.mentions)
    target.spans.extend(source.spans)
    target.locative.extend(source.locative)
