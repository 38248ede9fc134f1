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
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER
from spacy.tokens import Doc, Span

from ..nlp.dateline import find_credits
from .entity import Entity, sentence_index
from .lexicon import lexicons
from .orgs import is_place_word
from .spans import Candidate, span_text, token_bounds

__all__ = ["apply_surnames", "credit_tokens", "fold", "group_people"]

_VARIANT_MIN_LENGTH = 12
# Letters NFKD does not split into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
# sentences back in which a person named is the one a bare shared surname means (the
# pronoun rule's distance): "Laurent Doe took power. Doe was challenged" is Laurent
_SURNAME_WINDOW = 2
_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "la", "da", "di", "van", "von"})


def _name_tokens(doc: Doc, start: int, end: int) -> tuple[tuple[str, ...], int]:
    """Lower-cased name words of a person mention, and where the name starts after titles."""
    titles = lexicons().titles
    name_start = start
    middle = doc[start].pos_ == "PROPN" and end - start == 3  # "Rose Pastor Stokes"
    if end - start > 2 and doc[start].lower_ not in titles and doc[start + 1].lower_ in titles:
        name_start += not middle  # "Presidential Spokesperson Jo Doe"; a name's middle word
        # that is also a title ("Rose Pastor Stokes") after a first name leaves it whole
    stripped = True
    while stripped:  # "Ayatollah Seyyed Ali Khamenei": every leading title goes
        stripped = False
        for cut in range(min(end - 1, name_start + 3), name_start, -1):
            lead = span_text(doc, name_start, cut).lower()
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


@dataclass(frozen=True, slots=True)
class _Reading:
    """What :func:`group_people` knows of the article while it groups names."""

    doc: Doc
    held: dict[int, set[str]]  # the titles written before each person's mentions
    sentence: Callable[[int], int]  # character offset -> sentence number


def _reading_of(doc: Doc) -> _Reading:
    sent_of = sentence_index(doc)
    starts = doc.to_array("IDX").tolist() if len(doc) else []  # no Token objects

    def sentence(char: int) -> int:
        return sent_of[max(0, bisect_right(starts, char) - 1)] if starts else 0

    return _Reading(doc, {}, sentence)


def _find_person(
    people: list[Entity], words: tuple[str, ...], position: int,
    honorific: str = "", initial: str = "", reading: _Reading | None = None,
) -> Entity | None:  # fmt: skip
    """The person ``words`` name at ``position``: of those they fit, narrowed by initial
    and honorific, the one mentioned last before it (a shared surname: as read)."""
    fits = _fitting(people, words)
    if not fits:
        return None
    if initial and len(words) == 1:  # "F.D. Doe" is no Ann Doe, whoever was named last
        fits = [p for p in fits if len(p.name_tokens) < 2 or p.name_tokens[0][0] == initial]
        if not fits:
            return None
    if len(fits) > 1 and reading is not None:
        fits = _agreeing(fits, honorific, reading.held)
    before = [p for p in fits if p.first <= position]
    pool = before or fits
    if len(words) == 1 and len(pool) > 1 and reading is not None:
        return _shared_surname(reading, pool, position)
    return max(
        pool, key=lambda p: max((m.start for m in p.mentions if m.start <= position), default=-1)
    )


def _fitting(people: list[Entity], words: tuple[str, ...]) -> list[Entity]:
    """The people ``words`` may name: by their name's or surname's last words, else by
    first name and surname, a first name only one bears, or a paternal name."""
    fits = [
        p for p in people
        if words in (p.name_tokens[-len(words) :], _surname(p)[-len(words) :])
    ]  # fmt: skip
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
    return fits


def _shared_surname(reading: _Reading, pool: list[Entity], position: int) -> Entity:
    """Which of several people named before a bare surname ("Doe") it means.

    A relative introduced as such ("his wife Jo Doe", "the son of Bo Doe") is
    set aside while another bearer remains; then the one bearer named within
    two sentences before wins ("Laurent Doe took power. Doe was challenged");
    else the one introduced first, the story's own Doe. Measured on unlabelled
    articles: the last one named (the old rule) gave a bare "Doe" to the wife or
    father named in passing after the story's subject.
    """
    sentence = reading.sentence
    here = sentence(position)
    principal = [p for p in pool if not _introduced_as_kin(reading.doc, min(p.spans)[0])]
    pool = principal or pool
    near = [
        p
        for p in pool
        if any(0 <= here - sentence(m.start) <= _SURNAME_WINDOW
               for m in p.mentions if m.start < position)
    ]  # fmt: skip
    if len(near) == 1:
        return near[0]
    return min(near or pool, key=lambda p: p.first)


def _shared_surname_of_place(
    doc: Doc, cands: list[Candidate], cand: Candidate, words: tuple[str, ...],
    surnames: dict[tuple[str, ...], Entity | None],
) -> bool:  # fmt: skip
    """A one-word model place, group or organization that is a surname several people
    bear. An organization so named is one when a longer organization name of the article
    holds the word ("work with Doe" after "The Jo Doe Company"); else it is a bearer the
    model mislabelled ("Doe's wife Ann Doe", "until Doe and another agent")."""
    if cand.source != "ner" or len(words) != 1 or words not in surnames:
        return False
    if cand.label != "ORG":
        return True
    return not any(
        c.label == "ORG" and c.end - c.start > 1
        and any(fold(t.lower_) == words[0] for t in doc[c.start : c.end])
        for c in cands
    )  # fmt: skip


def _bare_name(doc: Doc, i: int) -> bool:
    """A capitalised word standing alone: not part of a longer name ("The Doe Report",
    "Jo Doe Prize") and not after "the"."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    glued = [t for t in (before, after) if t is not None and t.is_title and t.pos_ == "PROPN"]
    return doc[i].pos_ == "PROPN" and not glued and (before is None or before.lower_ != "the")


def _introduced_as_kin(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is introduced as somebody's relative: a kin word
    shortly before it, across titles and modifiers ("his wife Jo Doe", "the son of
    late former Prime Minister Jo Doe", "her younger brother, Jo Doe")."""
    lex = lexicons()
    for j in range(start - 1, max(-1, start - 8), -1):
        token = doc[j]
        if token.lower_ in lex.kin:
            return True
        skippable = token.lower_ in ("of", ",", "-", "'s", "’s") or token.lower_ in lex.titles
        if not (skippable or token.pos_ in ("ADJ", "DET", "PRON", "PROPN")):
            return False
    return False


def _agreeing(fits: list[Entity], honorific: str, held: dict[int, set[str]]) -> list[Entity]:
    """Of several people sharing a name, those the title before this mention fits.

    "Mrs Doe" is not the man of the Doe family, and "Reverend Doe" is the Doe
    called "Rev." before; a title nobody holds yet only rules out the other
    gender. When none fits, all stay.
    """
    entry = lexicons().titles.get(honorific) if honorific else None
    if entry is None:
        return fits
    if entry.gender:
        genders = [_gender(p, held) for p in fits]
        agree = [p for p, g in zip(fits, genders, strict=True) if g == entry.gender]
        fits = agree or [p for p, g in zip(fits, genders, strict=True) if not g] or fits
    same = [p for p in fits if any(_same_title(honorific, t) for t in held.get(id(p), ()))]
    return same or fits


def _same_title(a: str, b: str) -> bool:
    """Two spellings of one title: "rev." and "reverend", "mr" and "mr.", "gen." and "general"."""
    a, b = a.rstrip("."), b.rstrip(".")
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 3 and long_.startswith(short))


def _gender(person: Entity, held: dict[int, set[str]]) -> str:
    """A person's gender from a known first name, else from a gendered title held."""
    first = person.name.split()[0] if person.name else ""
    gender = lexicons().given_names.get(first, "")
    if gender:
        return gender
    titles = lexicons().titles
    found = {titles[t].gender for t in held.get(id(person), ()) if t in titles} - {""}
    return found.pop() if len(found) == 1 else ""


def _initial(doc: Doc, start: int, end: int) -> str:
    """The first initial of a name written with initials only before the surname
    ("F.D. Doe", "J. Doe": "f"), else ""."""
    if end - start < 2 or not doc[start].is_upper or not doc[start].text.endswith("."):
        return ""
    letters = doc[start].text.replace(".", "")
    return fold(letters[0].lower()) if letters.isalpha() and len(letters) <= 3 else ""


def _honorific(doc: Doc, name_start: int) -> str:
    """The title right before a person's name ("mrs.", "reverend"), lower case, or ""."""
    titles = lexicons().titles
    for k in (3, 2, 1):
        if name_start - k >= 0 and span_text(doc, name_start - k, name_start).lower() in titles:
            return span_text(doc, name_start - k, name_start).lower()
    return ""


def _surname(person: Entity) -> tuple[str, ...]:
    """A person's name words without a generational suffix ("Jo Doe Sr": a Doe)."""
    words = person.name_tokens
    return words[:-1] if len(words) > 2 and words[-1] in _SUFFIXES else words


def _surname_of(word: str, name: tuple[str, ...]) -> bool:
    """``word`` ends ``name`` or is one of its later names ("Pierluisi" of "Pedro R.
    Pierluisi Urrutia": Spanish names carry two surnames)."""
    return word in name[1:]


def group_people(doc: Doc, cands: list[Candidate]) -> list[Entity]:
    people: list[Entity] = []
    reading = _reading_of(doc)

    persons = [c for c in cands if c.label == "PERSON"]
    order = sorted(persons, key=lambda c: (-len(_name_tokens(doc, c.start, c.end)[0]), c.start))
    for cand in order:
        words, name_start = _name_tokens(doc, cand.start, cand.end)
        if not words:
            continue
        char = doc[cand.start].idx
        honorific = _honorific(doc, name_start)
        initial = _initial(doc, name_start, cand.end)
        person = _find_person(people, words, char, honorific, initial, reading)
        person = person or _spelling_variant(people, words)
        person = person or _same_leader(people, span_text(doc, name_start, cand.end))
        if person is None:
            person = Entity("PERSON", span_text(doc, name_start, cand.end), name_tokens=words)
            people.append(person)
        if honorific:
            reading.held.setdefault(id(person), set()).add(honorific)
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


def _same_leader(people: list[Entity], name: str) -> Entity | None:
    """The person already named by another spelling of the same well-known leader
    (``leaders.jsonl``: "Zelenskiy" of "Volodymyr Zelensky")."""
    leaders = lexicons().leaders
    entry = leaders.get(name)
    if entry is None:
        return None
    for person in people:
        names = [person.name, *(m.text for m in person.mentions)]
        if any(leaders.get(n) is not None and leaders[n].name == entry.name for n in names):
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
        words = _surname(person)
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
    reading = _reading_of(doc)

    # "Doe Manufacturing" named: a bare "Doe" may be the firm as well as a Doe
    firms = {fold(doc[c.start].lower_) for c in cands if c.label == "ORG" and c.end - c.start > 1}

    def shared(words: tuple[str, ...], i: int) -> Entity | None:
        if words[0] in firms:
            return None
        return _find_person(people, words, doc[i].idx, _honorific(doc, i), "", reading)

    rest = []
    covered: set[int] = set()
    for cand in cands:
        covered.update(range(cand.start, cand.end))
        if cand.label == "PERSON":
            continue
        words = _name_words(doc[cand.start : cand.end])
        person = _surname_person(doc, cands, cand, words, people, keys, surnames, shared)
        if person is not None:
            person.add(doc, cand.start, cand.end, "PERSON", "alias")
        elif _stays_unassigned(doc, cand, words, people, surnames):
            rest.append(cand)
    covered.update(credit_tokens(doc))  # "(Reporting by Jo Doe ...)": newsroom staff
    _add_untagged_names(doc, covered, keys, surnames, surname_of, shared)
    return rest


_Keys = dict[tuple[str, ...], Entity | None]


def _surname_person(
    doc: Doc, cands: list[Candidate], cand: Candidate, words: tuple[str, ...],
    people: list[Entity], keys: _Keys, surnames: _Keys,
    shared: Callable[[tuple[str, ...], int], Entity | None],
) -> Entity | None:  # fmt: skip
    """The person a candidate not tagged as one names: by surname, paternal or transposed
    name, or a known first name the model took for a place; None if nobody."""
    # a capital that is a known person's surname ("Sudesh Amman" ... "Amman said")
    person = surnames.get(words) if cand.source == "ner" or cand.kind == "capital" else None
    if person is None and _shared_surname_of_place(doc, cands, cand, words, surnames):
        person = shared(words, cand.start)  # "Doe" the model calls a place: which Doe
    if person is None and cand.kind == "country":
        person = _surname_over_country(doc, cands, cand, surnames.get(words))
    single = cand.end - cand.start == 1 and cand.source == "ner"
    if person is None and single and len(words) == 1 and words not in surnames:
        person = _paternal(people, words[0]) or _transposed(people, words[0])
    given = single and doc[cand.start].text in lexicons().given_names
    given = given or single and cand.label == "GPE"  # "Borna": no place, a first name
    if person is None and given and not _is_place_name(doc, cand):
        person = keys.get(words)  # "Jamal's killing": a known first name called a GPE
    return person


def _stays_unassigned(
    doc: Doc, cand: Candidate, words: tuple[str, ...], people: list[Entity], surnames: _Keys
) -> bool:
    """Whether a candidate no person took stays for the later stages: not a named person's
    family, two people or two places the model joined, nor a shared surname."""
    single = cand.end - cand.start == 1 and cand.source == "ner"
    if single and _family_of(words, people):
        return False  # "the Turpins": the family of a named person, no actor of its own
    if cand.source == "ner" and _pair_of_people(doc, cand, surnames):
        return False  # "Kelly and Baroni": two people the model joined into an ORG
    if cand.source == "ner" and _pair_of_places(doc, cand):
        return False  # "Crete and Cyprus": two places, neither an organization
    return cand.source != "ner" or words not in surnames  # a shared surname is nobody's place


def _add_untagged_names(
    doc: Doc, covered: set[int], keys: _Keys, surnames: _Keys, surname_of: set[str],
    shared: Callable[[tuple[str, ...], int], Entity | None],
) -> None:  # fmt: skip
    """Add the capitalised words no candidate covers that name a known person (a surname
    or first name the model left untagged) to that person.

    Capitalised is title case, or mixed case opening with a capital and a small
    letter: "McCallum", "DeLay" and "DiRita" are no title case to ``istitle``,
    and such a surname the model left untagged ("McCallum ordered ...") was
    lost; "MPs", "CEOs" and "iPhone" are no names.
    """
    if not len(doc):
        return
    flags = doc.to_array([IS_TITLE, IS_ALPHA, IS_LOWER, IS_UPPER]) == 1
    title, alpha, lower, upper = flags.T
    for i in numpy.flatnonzero(alpha & (title | ~lower & ~upper)).tolist():
        if i in covered:
            continue
        token = doc[i]
        if not (token.is_title or token.text[0].isupper() and token.text[1].islower()):
            continue
        key = (fold(token.lower_),)
        person = keys.get(key)
        if person is None and key in surnames and _bare_name(doc, token.i):
            person = shared(key, token.i)  # an untagged surname several people bear
        if person is None:
            continue
        if fold(token.lower_) not in surname_of and is_place_word(token.text):
            continue  # "Montana" is the state, not the first name of a model's "Montana X"
        if token.pos_ in ("PROPN", "NOUN", "ADJ", "X", ""):
            _add_untagged(doc, person, token.i, covered)


#: Where :func:`credit_tokens` keeps its tokens in ``doc.user_data``.
_CREDIT_TOKENS_KEY = "newsgraph.credit_tokens"


def credit_tokens(doc: Doc) -> set[int]:
    """The tokens of the article's credit lines ("(Reporting by Jo Doe; Editing by Al
    Roe)", "Jo Doe contributed to this report."): a name there is a reporter's, never a
    mention of a person of the story who shares it."""
    stored = doc.user_data.get(_CREDIT_TOKENS_KEY)  # asked twice per article
    if isinstance(stored, list) and stored[0] == len(doc):
        return set(stored[1])
    out: set[int] = set()
    for start, end in find_credits(token_bounds(doc)[0]):  # the Doc's text
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    doc.user_data[_CREDIT_TOKENS_KEY] = [len(doc), sorted(out)]
    return out


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
    return is_place_word(span_text(doc, cand.start, cand.end))


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
        person.name = span_text(doc, start, i + 1)
        person.name_tokens = (fold(prev.lower_), *person.name_tokens)
    person.add(doc, start, i + 1, "PERSON", "alias")
