"""People: person candidates grouped into one actor each, and surnames found again.

The rules (see :mod:`.resolve` for the whole grouping): name tokens are the
mention without leading titles; longest names are placed first; a shorter
name joins the person whose name ends with it, or begins it when only one
person has that first name, or is its first surname ("Rosselló" of
"Ricardo Rosselló Nevares"); a long name within two edits is a spelling
variant. Then model entities of other labels, and untagged capitalised
words, that are a known person's surname are that person; a plural
surname ("the Turpins") is a family, no actor.
"""

from __future__ import annotations

import unicodedata

import numpy
from spacy.attrs import IS_ALPHA, IS_TITLE
from spacy.tokens import Doc, Span

from .entity import Entity
from .lexicon import lexicons
from .orgs import is_place_word
from .spans import Candidate

__all__ = ["apply_surnames", "fold", "group_people"]

_VARIANT_MIN_LENGTH = 12
# Letters NFKD does not split into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "la", "da", "di", "van", "von"})


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
    return _name_words(doc[name_start:end]), name_start


def _name_words(span: Span) -> tuple[str, ...]:
    """Lower-case, accent-folded name words, apostrophe words kept ("O'Rourke")."""
    return tuple(fold(t.lower_) for t in span if t.is_alpha or "'" in t.text or "’" in t.text)


def fold(word: str) -> str:
    """A name word without accents ("Brudziński" and "Brudzinski" meet)."""
    if word.isascii():  # nothing to fold: most words
        return word
    plain = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _find_person(people: list[Entity], words: tuple[str, ...], position: int) -> Entity | None:
    fits = [p for p in people if p.name_tokens[-len(words) :] == words]
    if not fits and len(words) > 1:  # "John Conyers" after "John James Conyers Jr."
        fits = [
            p
            for p in people
            if len(p.name_tokens) > len(words)
            and p.name_tokens[0] == words[0]
            and _surname_of(words[-1], p.name_tokens)
        ]
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


def _surname_of(word: str, name: tuple[str, ...]) -> bool:
    """``word`` ends ``name`` or is one of its later names ("Pierluisi" of "Pedro R.
    Pierluisi Urrutia": Spanish names carry two surnames)."""
    return word in name[1:]


def group_people(doc: Doc, cands: list[Candidate]) -> list[Entity]:
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


def _transposed(people: list[Entity], word: str) -> Entity | None:
    """The one person whose surname this word is with two letters swapped, a typo
    ("Chriac" of "Jacques Chirac"; "Rosselló" of "Ricardo Rosselló Nevares" is
    :func:`_paternal`'s)."""
    if len(word) < 6:
        return None
    letters = sorted(word)
    found = {
        id(p): p
        for p in people
        if len(p.name_tokens) > 1 and p.name_tokens[-1] != word
        and sorted(p.name_tokens[-1]) == letters and _within_two_edits(p.name_tokens[-1], word)
    }  # fmt: skip
    return next(iter(found.values())) if len(found) == 1 else None


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


def _surname_over_country(
    doc: Doc, cands: list[Candidate], cand: Candidate, person: Entity | None
) -> Entity | None:
    """ "Michael Jordan ... Jordan said": a country name that is the surname of a person
    named in full before it is that person, unless the country was named before him."""
    given = person.name.split()[:-1] if person is not None else []
    if person is None or not given or any(is_place_word(word) for word in given):
        return None  # "Venezuela Venezuela": a headline the model took for a name
    first = person.first
    if doc[cand.start].idx < first:
        return None
    named = any(c.iso3 == cand.iso3 and doc[c.start].idx < first for c in cands if c is not cand)
    return None if named else person


def apply_surnames(doc: Doc, cands: list[Candidate], people: list[Entity]) -> list[Candidate]:
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
        words = _name_words(doc[cand.start : cand.end])
        # a capital that is a known person's surname ("Sudesh Amman" ... "Amman said")
        person = surnames.get(words) if cand.source == "ner" or cand.kind == "capital" else None
        if person is None and cand.kind == "country":
            person = _surname_over_country(doc, cands, cand, surnames.get(words))
        single = cand.end - cand.start == 1 and cand.source == "ner"
        if person is None and single and len(words) == 1:
            person = _paternal(people, words[0]) or _transposed(people, words[0])
        given = single and doc[cand.start].text in lexicons().given_names
        given = given or single and cand.label == "GPE"  # "Borna": no place, a first name
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
    """Add both names of "Kelly and Baroni" (or of a ticket: "Biden-Harris", "Doe/Roe") to
    their people when both are known names."""
    joins = [
        i for i in range(cand.start + 1, cand.end - 1) if doc[i].lower_ in ("and", "&", "-", "/")
    ]
    if len(joins) != 1:
        return False
    parts = [(cand.start, joins[0]), (joins[0] + 1, cand.end)]
    keys = [tuple(fold(t.lower_) for t in doc[s:e] if t.is_alpha) for s, e in parts]
    if any(key not in surnames for key in keys):
        return False  # a shared surname (None) is still somebody's: not an organization
    people = [surnames[key] for key in keys]
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
