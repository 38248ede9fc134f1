"""Group entity candidates into one entity per real-world participant or place.

Rules (documented because there is no coreference model to hide behind):

* **People.** Name tokens are the mention without leading titles ("Ayatollah",
  "President"). Longest names are placed first; a shorter name joins the
  person whose name ends with it ("Esbati" -> "Behrouz Esbati", "Ali
  Khamenei" -> "Seyyed Ali Khamenei") or, as a lone token, begins it when
  only one person has that first name. When several people fit, the one
  mentioned last before it wins.
* **Surnames.** A model entity of another label, or an untagged capitalised
  token, whose words are a known person's surname or name is that person
  (the small model tags a bare "Esbati" as a place).
* **Countries.** Names, demonyms and capitals resolve to ISO3 and group by
  country. A capital is the government by metonymy ("Tehran said") unless it
  is named as a location ("in Tehran"), when it is a place.
* **Organizations.** A lexicon entry groups all its aliases; otherwise the
  name without a leading demonym (a lexicon name qualified by another country,
  "Congress of the Philippines", is not the lexicon's). "Full Name (ACR)" and
  "X, or the Y" (:mod:`.aliases`) bind the other name to the name for
  the rest of the article.
* **Short names.** One organization named several ways is one actor: a
  bare head word ("Court" after "Court of Session"), the name without its
  country ("House of Representatives" of "United States House of
  Representatives"), without keywords ("Ford" of "Ford Motor Company",
  "Thai Raksa Chart" of "... Party"), or without a qualifier ("Judiciary
  Committee" of "House Judiciary Committee", unless the qualifier is a
  place: "Wisconsin Supreme Court" is another court); "Hungarian
  Government" is the "Government of Hungary" descriptions and agent
  phrases use. A person is found by a name without its middle name, by a
  first surname ("Rosselló"), by a known first name the model calls a
  place, and in "Kelly and Baroni".
* **Untagged repeats.** An organization or city the model tagged once is
  looked for again where the model left it untagged.
* **Places.** A city or region is a participant when at least one mention is
  not a location phrase ("in/at/near X", "travelled to X"); otherwise it is a
  place. LOC/FAC entities are places.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import IS_ALPHA, IS_TITLE, SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..model import Mention
from .aliases import bound_names
from .detect import Candidate, token_indices
from .lexicon import OrgEntry, country_name, country_phrase, lexicons
from .orgs import country_of_text, is_place_word, merge_orgs
from .participation import acts_as_government

__all__ = [
    "Entity",
    "after_title_of",
    "fold",
    "group_entities",
    "is_locative",
    "sentence_index",
    "title_heads",
]

_VARIANT_MIN_LENGTH = 12
# Letters NFKD does not split into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "la", "da", "di", "van", "von"})


@dataclass
class Entity:
    """A mutable builder for one actor or place while the article is being read."""

    type: str  # PERSON, ORG, COUNTRY, GPE, or PLACE
    name: str
    mentions: list[Mention] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # token spans of named mentions
    name_tokens: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    org: OrgEntry | None = None
    locative: list[bool] = field(default_factory=list)  # per mention: named as a location
    in_title: list[bool] = field(default_factory=list)  # per mention: only part of a title
    kind: str = ""  # for places: country, city, region
    international: bool = False  # a person serving an international body: no country
    titled: bool = False  # a person with a title or rank found near a mention
    key_name: str = ""  # the name the cross-article key is made from, when not ``name``

    def add(self, doc: Doc, start: int, end: int, label: str, source: str) -> None:
        """Add the token span ``[start, end)`` as a mention."""
        span = doc[start:end]
        self.mentions.append(Mention(span.start_char, span.end_char, span.text, label, source))
        self.spans.append((start, end))
        self.locative.append(is_locative(doc[start:end].root))

    @property
    def first(self) -> int:
        """Character offset of the first mention."""
        return min((m.start for m in self.mentions), default=0)


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (all 0 when the Doc has no sentence boundaries)."""
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return [0] * len(doc)
    if not len(doc):
        return []
    starts = doc.to_array([SENT_START]).reshape(-1) == 1
    starts[0] = True
    return [int(n) for n in numpy.cumsum(starts) - 1]  # one array pass, no Token objects


def is_locative(root: Token) -> bool:
    """Whether a mention whose root is ``root`` is named as a location ("in Karaj").

    Conjuncts, appositions and compounds take the role of their head ("in
    Italy, the United States and Canada", "in the Afghanistan/Pakistan
    region"), and "countries including X" that of "countries" (through the
    noun phrases it hangs from: "in several countries over the outbreak,
    including X").
    """
    lex = lexicons()
    locative = lex.locative
    if after_title_of(root) or _incidental_modifier(root):
        return True
    node = root
    enumerated = False  # inside "... including X": climb to what X exemplifies
    for _ in range(8):
        if node.dep_ in ("conj", "appos", "compound", "nmod") and node.head != node:
            node = node.head
            continue
        if node.dep_ != "pobj":
            return False
        prep = node.head
        if locative.get(prep.lower_) == "prep":
            return True
        if prep.lower_ == "from" and _after_people(prep):
            return True  # "migrants from Syria": where people come from
        if prep.lower_ == "of" and prep.head.lower_ in title_heads():
            return True  # part of a title ("First Minister of Scotland"), not a participant
        if prep.lower_ == "to":
            return locative.get((prep.head.lemma_ or prep.head.text).lower()) == "motion"
        enumerated = enumerated or prep.lower_ in ("including", "like")
        if not enumerated or prep.head == prep:
            return False
        node = prep.head
    return False


def after_title_of(root: Token) -> bool:
    """A name right after "<title> of (the)" ("First Minister of Scotland Jane Doe"), any parse."""
    doc, i = root.doc, root.left_edge.i
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in title_heads()


def _after_people(prep: Token) -> bool:
    """A preposition that follows or hangs from a people noun ("assist migrants from")."""
    incidental = lexicons().incidental
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    if "people" in (incidental.get(prep.head.lower_), incidental.get(before.lower_)):
        return True
    subjects = [c for c in prep.head.children if c.dep_ == "nsubj"]  # "nationals were from"
    copula = prep.head.lemma_ == "be" or prep.head.lower_ in _BE
    return copula and any(incidental.get(c.lower_) == "people" for c in subjects)


def _incidental_modifier(root: Token) -> bool:
    """A nationality describing people or a place ("a Syrian child", "the Spanish island")."""
    kind = lexicons().incidental.get(root.head.lower_)
    return root.dep_ == "amod" and kind in ("people", "site")


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Nouns whose "of X" complement is part of a name: titles and institutions."""
    lex = lexicons()
    institutions = {noun for noun, (_, _, template) in lex.descriptions.items() if template}
    return frozenset(title.split()[-1] for title in lex.titles) | institutions


def _name_tokens(doc: Doc, start: int, end: int) -> tuple[tuple[str, ...], int]:
    """Lower-cased name words of a person mention, and where the name starts after titles."""
    titles = lexicons().titles
    name_start = start
    if end - start > 2 and doc[start].lower_ not in titles and doc[start + 1].lower_ in titles:
        name_start += 1  # "Presidential Spokesperson Jo Doe"
    stripped = True
    while stripped:  # "Ayatollah Seyyed Ali Khamenei": every leading title goes
        stripped = False
        for cut in range(min(end - 1, name_start + 3), name_start, -1):
            lead = doc[name_start:cut].text.lower()
            if lead in titles or lead in lexicons().qualifiers:  # "President Elect X"
                name_start, stripped = cut, True
                break
    words = tuple(
        fold(t.lower_) for t in doc[name_start:end] if t.is_alpha or "'" in t.text or "’" in t.text
    )
    return words, name_start


def fold(word: str) -> str:
    """A name word without accents ("Brudziński" and "Brudzinski" meet)."""
    plain = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _find_person(people: list[Entity], words: tuple[str, ...], position: int) -> Entity | None:
    fits = [p for p in people if p.name_tokens[-len(words) :] == words]
    if not fits and len(words) > 1:  # "John Conyers" after "John James Conyers Jr."
        fits = [
            p for p in people
            if len(p.name_tokens) > len(words)
            and (p.name_tokens[0], p.name_tokens[-1]) == (words[0], words[-1])
        ]  # fmt: skip
    if not fits and len(words) == 1:
        firsts = [p for p in people if len(p.name_tokens) > 1 and p.name_tokens[0] == words[0]]
        fits = firsts if len(firsts) == 1 else []
    if not fits and len(words) == 1:
        found = _paternal(people, words[0])
        fits = [found] if found is not None else []
    if not fits:
        return None
    before = [p for p in fits if p.first <= position]
    pool = before or fits
    return max(
        pool, key=lambda p: max((m.start for m in p.mentions if m.start <= position), default=-1)
    )


def _group_people(doc: Doc, cands: list[Candidate]) -> list[Entity]:
    people: list[Entity] = []
    persons = [c for c in cands if c.label == "PERSON"]
    order = sorted(persons, key=lambda c: (-len(_name_tokens(doc, c.start, c.end)[0]), c.start))
    for cand in order:
        words, name_start = _name_tokens(doc, cand.start, cand.end)
        if not words:
            continue
        char = doc[cand.start].idx
        person = _find_person(people, words, char) or _spelling_variant(people, words)
        if person is None:
            person = Entity("PERSON", doc[name_start : cand.end].text, name_tokens=words)
            people.append(person)
        source = "ner" if person.name_tokens == words or len(person.mentions) == 0 else "alias"
        person.add(doc, cand.start, cand.end, "PERSON", source)
    return people


def _paternal(people: list[Entity], word: str) -> Entity | None:
    """The one person whose three-word name has ``word`` in the middle: a first surname
    ("Rosselló" of "Ricardo Rosselló Nevares"), not a particle ("de")."""
    if word in _PARTICLES:
        return None
    found = [p for p in people if len(p.name_tokens) == 3 and p.name_tokens[1] == word]
    return found[0] if len(found) == 1 else None


def _spelling_variant(people: list[Entity], words: tuple[str, ...]) -> Entity | None:
    """A person whose full name is this one spelled differently ("Usama bin Ladin").

    Transliterated names vary by a letter or two; a long name (12 letters or
    more) with the same number of words within two edits is the same person.
    """
    name = " ".join(words)
    if len(name) < _VARIANT_MIN_LENGTH:
        return None
    for person in people:
        other = " ".join(person.name_tokens)
        if len(person.name_tokens) == len(words) and _within_two_edits(name, other):
            return person
    return None


def _within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance of at most two (banded, early exit)."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


def _surname_keys(people: list[Entity], first_names: bool) -> dict[tuple[str, ...], Entity | None]:
    """Name endings (and first names, when unambiguous) -> person; None marks a clash."""
    keys: dict[tuple[str, ...], Entity | None] = {}
    firsts: dict[tuple[str, ...], Entity | None] = {}
    for person in people:
        words = person.name_tokens
        for n in range(1, len(words) + 1):
            key = words[-n:]
            if key in (("al",), ("bin",)):
                continue
            keys[key] = person if keys.get(key, person) is person else None  # None: ambiguous
        if first_names and len(words) > 1:
            first = words[:1]
            firsts[first] = person if firsts.get(first, person) is person else None
    for first, owner in firsts.items():
        keys.setdefault(first, owner)
    return keys


def _apply_surnames(doc: Doc, cands: list[Candidate], people: list[Entity]) -> list[Candidate]:
    """Move surname mentions to their person; return the candidates still unassigned."""
    keys = _surname_keys(people, first_names=True)
    surnames = _surname_keys(people, first_names=False)  # a GPE "Virginia" is no first name
    surname_of = {p.name_tokens[-1] for p in people if p.name_tokens}
    rest = []
    covered: set[int] = set()
    for cand in cands:
        covered.update(range(cand.start, cand.end))
        if cand.label == "PERSON":
            continue
        words = tuple(fold(t.lower_) for t in doc[cand.start : cand.end] if t.is_alpha)
        # a capital that is a known person's surname ("Sudesh Amman" ... "Amman said")
        person = surnames.get(words) if cand.source == "ner" or cand.kind == "capital" else None
        single = cand.end - cand.start == 1 and cand.source == "ner"
        if person is None and single and len(words) == 1:
            person = _paternal(people, words[0])  # "Rosselló" the model calls an ORG
        given = single and doc[cand.start].text in lexicons().given_names
        if person is None and given and not _is_place_name(doc, cand):
            person = keys.get(words)  # "Jamal's killing": a known first name called a GPE
        if person is not None:
            person.add(doc, cand.start, cand.end, "PERSON", "alias")
        elif single and _family_of(words, people):
            continue  # "the Turpins": the family of a named person, no actor of its own
        elif cand.source == "ner" and _pair_of_people(doc, cand, surnames):
            continue  # "Kelly and Baroni": two people the model joined into an ORG
        elif cand.source == "ner" and _pair_of_places(doc, cand):
            continue  # "Crete and Cyprus": two places, neither an organization
        elif cand.source != "ner" or words not in surnames:  # a shared surname is nobody's place
            rest.append(cand)
    flags = doc.to_array([IS_TITLE, IS_ALPHA]) if len(doc) else numpy.zeros((0, 2))
    for i in numpy.flatnonzero(flags.all(axis=1)).tolist():  # title-case words only
        if i in covered:
            continue
        token = doc[i]
        person = keys.get((fold(token.lower_),))
        if person is None:
            continue
        if fold(token.lower_) not in surname_of and is_place_word(token.text):
            continue  # "Montana" is the state, not the first name of a model's "Montana X"
        if token.pos_ in ("PROPN", "NOUN", "ADJ", "X", ""):
            _add_untagged(doc, person, token.i, covered)
    return rest


def _family_of(words: tuple[str, ...], people: list[Entity]) -> bool:
    """A plural surname ("Turpins") of a person named in full in the article."""
    if len(words) != 1 or not words[0].endswith("s"):
        return False
    return any(len(p.name_tokens) > 1 and words[0][:-1] in p.name_tokens for p in people)


def _pair_of_people(
    doc: Doc, cand: Candidate, surnames: dict[tuple[str, ...], Entity | None]
) -> bool:
    """Add both names of "Kelly and Baroni" to their people when both are known names."""
    joins = [i for i in range(cand.start + 1, cand.end - 1) if doc[i].lower_ in ("and", "&")]
    if len(joins) != 1:
        return False
    parts = [(cand.start, joins[0]), (joins[0] + 1, cand.end)]
    people = [surnames.get(tuple(fold(t.lower_) for t in doc[s:e] if t.is_alpha)) for s, e in parts]
    if any(p is None for p in people):
        return False
    for person, (start, end) in zip(people, parts, strict=True):
        if person is not None:
            person.add(doc, start, end, "PERSON", "alias")
    return True


def _pair_of_places(doc: Doc, cand: Candidate) -> bool:
    joins = [i for i in range(cand.start + 1, cand.end - 1) if doc[i].lower_ == "and"]
    if len(joins) != 1 or cand.label == "GPE":
        return False
    left, right = doc[cand.start : joins[0]].text, doc[joins[0] + 1 : cand.end].text
    return is_place_word(left) and is_place_word(right)


def _is_place_name(doc: Doc, cand: Candidate) -> bool:
    return is_place_word(doc[cand.start : cand.end].text)


def _add_untagged(doc: Doc, person: Entity, i: int, covered: set[int]) -> None:
    """Add an untagged surname, with the untagged first name before it if any.

    "Kirsten Gillibrand" missed by the model, then tagged as "Gillibrand"
    only: the full name is found and becomes the person's name.
    """
    start = i
    prev = doc[i - 1] if i > 0 else None
    if (
        prev is not None
        and len(person.name_tokens) == 1
        and prev.i not in covered
        and prev.is_title
        and prev.is_alpha
        and prev.pos_ == "PROPN"
        and prev.lower_ not in lexicons().titles
        and prev.lower_ not in lexicons().incidental  # not "Hurricane" + "Lorenzo"
    ):
        start = prev.i
        person.name = doc[start : i + 1].text
        person.name_tokens = (fold(prev.lower_), *person.name_tokens)
    person.add(doc, start, i + 1, "PERSON", "alias")


def _mostly_american(cands: list[Candidate]) -> bool:
    """Whether the United States is the country named most often by the lexicons."""
    counts: dict[str, int] = {}
    for cand in cands:
        if cand.iso3 and cand.kind != "org":
            counts[cand.iso3] = counts.get(cand.iso3, 0) + 1
    return bool(counts) and max(counts, key=lambda k: counts[k]) == "USA"


def _is_us_state(text: str) -> bool:
    entry = lexicons().geo.get(text)
    return entry is not None and entry.country == "USA" and entry.kind == "region"


def _group_countries_and_places(
    doc: Doc, cands: list[Candidate], entities: dict[str, Entity]
) -> list[Candidate]:
    rest = []
    lex = lexicons()
    american = _mostly_american(cands)
    for cand in cands:
        text = doc[cand.start : cand.end].text
        found = (cand.kind, cand.iso3) if cand.iso3 and cand.kind != "org" else None
        if found is None and cand.label in ("GPE", "NORP", "LOC"):
            found = country_of_text(text)
        if found is not None and american and found[0] == "country" and _is_us_state(text):
            found, cand = None, Candidate(cand.start, cand.end, "GPE", cand.source)  # Georgia
        if found is not None:
            kind, iso = found
            if kind == "capital" and _names_the_city(doc[cand.start : cand.end].root):
                place = entities.setdefault(
                    f"place|{text}", Entity("PLACE", text, country=iso, kind="city")
                )
                place.add(doc, cand.start, cand.end, cand.label, cand.source)
                continue
            ent = entities.setdefault(
                f"country|{iso}", Entity("COUNTRY", country_name(iso), country=iso)
            )
            ent.add(doc, cand.start, cand.end, "NORP" if kind == "demonym" else "GPE", cand.source)
            continue
        if cand.label == "NORP" and text in lex.cities or _city_as_org(doc, cand, text):
            cand = Candidate(cand.start, cand.end, "GPE", cand.source)  # "Montreal" as NORP
        if cand.label in ("GPE", "LOC", "FAC"):
            city_iso = lex.cities.get(text) if cand.label == "GPE" else None
            kind = "city" if city_iso else ("region" if cand.label == "LOC" else "")
            ent = entities.setdefault(
                f"gpe|{text.casefold()}",
                Entity(
                    "GPE" if cand.label == "GPE" else "PLACE", text, country=city_iso, kind=kind
                ),
            )
            ent.add(doc, cand.start, cand.end, cand.label, cand.source)
            continue
        rest.append(cand)
    return rest


def _city_as_org(doc: Doc, cand: Candidate, text: str) -> bool:
    """A model ORG that is a known city named as a location ("met in Niamey")."""
    if cand.label != "ORG" or cand.org is not None or text not in lexicons().cities:
        return False
    return is_locative(doc[cand.start : cand.end].root)


def _names_the_city(root: Token) -> bool:
    """A capital named as a location, a modifier or an address: the city, not the government."""
    parsed = root.doc.has_annotation("DEP")
    return is_locative(root) or (parsed and not acts_as_government(root))


def _country_prefix(words: list[Token]) -> int:
    """How many leading words name a country or an ordinal ("116th U.S. Congress" -> 2)."""
    i = 0
    while i < len(words) - 1:
        two = " ".join(t.text for t in words[i : i + 2])
        if i < len(words) - 2 and country_of_text(two) is not None:
            i += 2
        elif country_of_text(words[i].text) is not None or _ORDINAL.match(words[i].text):
            i += 1
        else:
            break
    return i


def _org_key(doc: Doc, cand: Candidate) -> tuple[str, OrgEntry | None]:
    """The grouping key of an organization: its lexicon entry, else its bare name.

    The bare name drops a leading country or ordinal and a trailing "of
    <country>", so "116th U.S. Congress", "Congress" and "Parliament of the
    United Kingdom" / "Parliament" meet.
    """
    if cand.org is not None:
        return f"org|{cand.org.name}", cand.org
    words = [t for t in doc[cand.start : cand.end] if not t.is_punct or t.text in ("&", "-")]
    prefix = _country_prefix(words)
    named = country_of_text(" ".join(t.text for t in words[:prefix])) if prefix else None
    words = words[prefix:]
    for i, token in enumerate(words[1:-1], start=1):
        rest = [t for t in words[i + 1 :] if t.lower_ != "the"]
        found = country_of_text(" ".join(t.text for t in rest))
        if token.lower_ == "of" and found:
            words, named = words[:i], found
            break
    text = " ".join(t.text for t in words)
    entry = lexicons().orgs.get(text)
    if entry is None and len(words) > 1 and words[-1].lower_ == "party":
        text = " ".join(t.text for t in words[:-1])  # "Thai Raksa Chart" and "... Party" meet
    if entry is not None and (named is None or entry.country in (None, named[1])):
        return f"org|{entry.name}", entry
    if entry is not None:  # "Congress of the Philippines" is not the US Congress
        return f"org|{text.casefold()}|{named[1] if named else ''}", None
    return "org|" + text.casefold(), None


def _group_orgs(doc: Doc, cands: list[Candidate], entities: dict[str, Entity]) -> None:
    orgs = [c for c in cands if c.label == "ORG"]
    bound = bound_names(doc, orgs)
    covered = {i for c in cands for i in range(c.start, c.end)}
    for cand in orgs:
        text = doc[cand.start : cand.end].text
        target = bound.get(text)
        key, entry = _org_key(doc, target if target is not None and target is not cand else cand)
        name = entry.name if entry else text
        government = _government_name(doc, cand) if entry is None else None
        if government is not None:  # "Hungarian Government" is what "the government" is
            key, name = f"org|{government.casefold()}", government
        ent = entities.setdefault(key, Entity("ORG", name, org=entry))
        if entry is None and text.startswith(ent.name + " "):
            ent.name = text  # "Thai Raksa Chart Party" names what "Thai Raksa Chart" did
        source = "acronym" if target is not None and target is not cand else cand.source
        ent.add(doc, cand.start, cand.end, "ORG", source)
    for i in token_indices(doc, frozenset(bound), lower=False):  # acronyms left untagged
        token = doc[i]
        target = bound.get(token.text)
        if target is not None and token.i not in covered:
            entities[_org_key(doc, target)[0]].add(doc, token.i, token.i + 1, "ORG", "acronym")


def _government_name(doc: Doc, cand: Candidate) -> str | None:
    """ "Government of Hungary" for "Hungarian Government", "Government of Hungary"."""
    span = doc[cand.start : cand.end]
    if span[0].lower_ != "government" and span[-1].lower_ != "government":
        return None  # most names: no work
    words = [t for t in span if t.lower_ != "the"]
    prefix = _country_prefix(words)
    if prefix and [t.lower_ for t in words[prefix:]] == ["government"]:
        found = country_of_text(" ".join(t.text for t in words[:prefix]))
    elif len(words) > 2 and [t.lower_ for t in words[:2]] == ["government", "of"]:
        found = country_of_text(" ".join(t.text for t in words[2:]))
    else:
        return None
    return f"Government of {country_phrase(found[1])}" if found else None


def group_entities(doc: Doc, cands: list[Candidate], titles: list[tuple[int, int]]) -> list[Entity]:
    """Every participant and place of the article, from its entity candidates.

    Each mention is flagged when it names a location (``locative``) or only
    modifies the title of a named person (``in_title``: "Senate Minority
    Leader, Chuck Schumer", "Labour MP Tom Watson"): an organization all of
    whose mentions are in titles, or a place all of whose mentions are either,
    is no participant.
    """
    people = _group_people(doc, cands)
    rest = _apply_surnames(doc, cands, people)
    entities: dict[str, Entity] = {}
    rest = _group_countries_and_places(doc, rest, entities)
    _group_orgs(doc, rest, entities)
    merge_orgs(entities)
    found = people + list(entities.values())
    _add_untagged_names(doc, found)
    by_start = dict(titles)
    for ent in found:
        ent.in_title = [_in_title(doc, span, by_start, people) for span in ent.spans]
    return found


def _add_untagged_names(doc: Doc, found: list[Entity]) -> None:
    """Add the occurrences the model left untagged of an organization or city it tagged once.

    ("Sea-Eye" tagged in the first paragraph, untagged before "spokesperson"
    later.) Only names of two or more words, or one capitalised word of at
    least three letters, are looked for.
    """
    owners: dict[tuple[str, ...], Entity] = {}
    for ent in found:
        if ent.type not in ("ORG", "GPE"):
            continue
        for (start, end), mention in zip(ent.spans, ent.mentions, strict=False):
            words = tuple(t.text for t in doc[start:end])
            if mention.source in ("ner", "ruler") and (len(words) > 1 or _namelike(words[0])):
                owners.setdefault(words, ent)
    if not owners:
        return
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    for words in owners:
        matcher.add("name", [Doc(doc.vocab, words=list(words))])
    covered = {i for ent in found for s, e in ent.spans for i in range(s, e)}
    for _, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
        if covered.isdisjoint(range(start, end)):
            owner = owners[tuple(t.text for t in doc[start:end])]
            owner.add(doc, start, end, owner.mentions[0].label, "alias")
            covered.update(range(start, end))


def _namelike(word: str) -> bool:
    return len(word) >= 3 and word[0].isupper()


def _in_title(
    doc: Doc, span: tuple[int, int], titles: dict[int, int], people: list[Entity]
) -> bool:
    """Whether a mention only belongs to the title of a named person.

    It either comes right before the title ("Senate Minority Leader, Chuck
    Schumer") or lies inside it ("Member of Parliament Samir Dilou"), and a
    person's name follows within a few words.
    """
    start, end = span
    title_end = titles.get(end)
    if title_end is None:
        title_end = next((e for s, e in titles.items() if s <= start and end <= e), None)
    if title_end is None:
        return False
    starts = {s for person in people for s, _ in person.spans}
    return any(i in starts for i in range(title_end, min(title_end + 6, len(doc))))
