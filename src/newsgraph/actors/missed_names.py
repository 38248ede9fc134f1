"""People the model missed or started too late, found from given names and titles.

Run by :func:`newsgraph.actors.detect.entity_candidates` on the merged lexicon and model
candidates: :func:`_untagged_people` finds a known first name and capitalised words the
model left untagged, :func:`_titled_people` two or three capitalised words right after a
title, and :func:`_with_given_names` / :func:`_after_titles` start a model's person at
the first name or name words it left out. The word tests shared with :mod:`.merged_fixes`
(:func:`_name_word`, the title and given-name sets) live here too.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import lexicons
from .spans import Candidate, title_matches, token_indices
from .things import looks_like_a_person, names_a_thing, relabel


def _untagged_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Names the model missed: a known first name and one or two capitalised words."""
    covered = {i for c in found for i in range(c.start, c.end)}
    out = []
    for i in token_indices(doc, _given_name_set(), lower=False):
        token = doc[i]
        if token.i in covered:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and end not in covered and _name_word(doc[end]):
            end += 1
        run = end  # the whole capitalised run: "Jo Doe Heart Research Program" is a programme
        while run < len(doc) and run not in covered and _name_word(doc[run]):
            run += 1
        thing = names_a_thing(doc, token.i, end, "PERSON") or (
            run > end and names_a_thing(doc, token.i, run, "PERSON")
        )  # "The Doris Day Show"; not "Jo Doe Heart" of "the Jo Doe Heart Research Program"
        if end > token.i + 1 and looks_like_a_person(doc[token.i : end]) and not thing:
            out.append(Candidate(token.i, end, "PERSON", "ner"))
            covered.update(range(token.i, end))
    return out


def _titled_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Names the model missed right after a title: two or three capitalised words,
    none an organization or place word ("Taoiseach Bertie Ahern")."""
    lex = lexicons()
    covered = {i for c in found for i in range(c.start, c.end)}
    out = []
    for _, title_end in title_matches(doc):
        if title_end in covered:
            continue
        end = title_end
        while end < len(doc) and end - title_end < 3 and end not in covered:
            token = doc[end]
            word = token.lower_
            plain = not (word in lex.org_keywords or word in lex.locative or word in lex.incidental)
            if not (_name_word(token) and plain and word not in _title_word_set()):
                break
            end += 1
        followed = end < len(doc) and (end in covered or _name_word(doc[end]))
        # and no thing: "House of Representatives Question Time"
        if end - title_end >= 2 and not followed and relabel(doc, title_end, end, "PERSON"):
            out.append(Candidate(title_end, end, "PERSON", "ner"))
            covered.update(range(title_end, end))
    return out


#: sectors of titles that only a person holds by name ("Mayor X", "Senator X")
_PERSONAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def _titled_namesakes(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A one-word listed organization right after an office or an honorific, and before no
    other name word, is a person of that name ("Mayor Bloomberg said": the mayor, not the
    news agency; "Mr Bloomberg")."""
    lex = lexicons()
    personal = {
        end for start, end in title_matches(doc)
        if doc[start:end].text.lower().rstrip(".") in lex.honorifics
        or lex.titles[doc[start:end].text.lower()].sector in _PERSONAL_SECTORS
    }  # fmt: skip
    out = []
    for cand in found:
        single = cand.kind == "org" and cand.end - cand.start == 1 and cand.start in personal
        if single and not (cand.end < len(doc) and _name_word(doc[cand.end])):
            cand = Candidate(cand.start, cand.end, "PERSON", "ner")
        out.append(cand)
    return out


def _with_given_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Start a model's person at a known first name it left out ("Sadiq" + "Khan")."""
    covered = {i for c in found for i in range(c.start, c.end)}
    given = _given_name_set()
    out = []
    for cand in found:
        i = cand.start - 1
        if (
            cand.label == "PERSON" and cand.source == "ner" and i >= 0 and i not in covered
            and doc[i].text in given and doc[i].whitespace_ and _name_word(doc[i])
        ):  # fmt: skip
            cand = Candidate(i, cand.end, cand.label, cand.source, cand.kind, cand.iso3, cand.org)
        out.append(cand)
    return out


def _after_titles(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Start a model's person at the name words it left out between a title and it
    ("Staff Sgt. Tyrone" + "Luther Hadnott": one or two capitalised words)."""
    title_ends = {e for _, e in title_matches(doc)}
    covered = {i for c in found for i in range(c.start, c.end)}
    out = []
    for cand in found:
        if cand.label == "PERSON" and cand.source == "ner":
            for gap in (1, 2):
                start = cand.start - gap
                words = doc[start : cand.start] if start >= 0 else None
                if words is None or start not in title_ends:
                    continue
                plain = all(_name_word(t) and t.i not in covered for t in words)
                if plain and not any(t.lower_ in _title_word_set() for t in words):
                    cand = Candidate(start, cand.end, cand.label, cand.source, cand.kind,
                                     cand.iso3, cand.org)  # fmt: skip
                    break
        out.append(cand)
    return out


def _with_first_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Start a model's person of two words at the one capitalised word it left out
    before it, right after a comma or a list's mark, that no lexicon knows ("her aunt,
    Gertrude" + "Vanderbilt Whitney", "Jones, Abner" + "J. Mikva"): a first name the
    given-name list does not hold. Not at a sentence's start, nor after any other word
    ("were Independent Jo Doe", "and Strategy Jo Doe": a party, the end of a title), nor
    a title's, a body's, a place's, a party's or a day's word ("Labour", "Monday")."""
    covered = {i for c in found for i in range(c.start, c.end)}
    out = []
    for cand in found:
        i = cand.start - 1
        two = cand.label == "PERSON" and cand.source == "ner" and cand.end - cand.start == 2
        if two and i > 0 and i not in covered and _a_first_name(doc, i):
            cand = Candidate(i, cand.end, cand.label, cand.source, cand.kind, cand.iso3, cand.org)
        out.append(cand)
    return out


#: what a name follows in a list or an apposition ("her aunt, Jo Doe", "* Jo Doe")
_LIST_MARKS = frozenset({",", "*", ";"})
#: days and months: capitalised, never a first name before a name ("Monday Jo Doe")
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
})  # fmt: skip


def _a_first_name(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a lone capitalised word inside a sentence that no lexicon knows."""
    token, before = doc[i], doc[i - 1]
    if not _name_word(token) or token.is_sent_start or not token.whitespace_:
        return False
    if before.text not in _LIST_MARKS or "\n" in before.whitespace_:
        return False  # "were Independent Jo Doe", "and Strategy Jo Doe", "NPR Jo Doe"
    lex = lexicons()
    word = token.lower_
    known = token.text in lex.demonyms or token.text in lex.country_names or token.text in lex.orgs
    lexical = (
        word in _title_word_set() or word in lex.org_keywords or word in lex.locative
        or word in lex.incidental or word in lex.agents or word in lex.descriptions
        or word in lex.partisans or word in lex.kin or word in lex.honorifics
    )  # fmt: skip
    placed = token.text in lex.cities or token.text in lex.geo
    return not (known or lexical or placed or word in _CALENDAR_WORDS)


@lru_cache(maxsize=1)
def _title_word_set() -> frozenset[str]:
    """Every word of every title ("chief", "operating", "officer"): no name word."""
    return frozenset(word for title in lexicons().titles for word in title.split())


@lru_cache(maxsize=1)
def _given_name_set() -> frozenset[str]:
    return frozenset(lexicons().given_names)


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "")
