"""Bodies' names the model cut short, made whole, and the word tests they share.

Run by :func:`newsgraph.actors.detect.entity_candidates` through :mod:`.merged_fixes`: a
body's name cut before its "for"/"on" complement or an office holder's title extended
(:func:`_extend_cut_names`: "Puerto Rico Center" + "for Coastal Ecology", "Office of the
UN" + "High Commissioner for Human Rights"), and a body and the place of its branch or
campus joined (:func:`_join_body_and_region`: "University of Colorado" + "at Boulder").
:func:`_placelike` and :func:`_a_body_word` are word tests :mod:`.merged_fixes` uses too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import cue_words, lexicons
from .spans import Candidate, title_matches


def _placelike(text: str) -> bool:
    """Whether the text is a city, country, region or people that a lexicon knows."""
    lex = lexicons()
    return any(text in table for table in (lex.cities, lex.country_names, lex.geo, lex.demonyms))


def _a_body_word(word: str) -> bool:
    """A body's keyword ("Council") or the head of a body named for its topic
    ("Partnership", "Initiative")."""
    return word in lexicons().org_keywords or word in cue_words("topic_body")


_COMPLEMENT_PREPS = frozenset({"for", "on"})
_CONNECTORS = frozenset({"and", "of", "the", "&", "'s", "’s"})
_CALENDAR = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
})  # fmt: skip


def _extend_cut_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "Puerto Rico Center" + "for Coastal Ecology": the model ended a body's name at its
    keyword and left its "for"/"on" complement of capitalised words out; the name runs
    to the last of them ("Working Group on Arbitrary Detention"). A day or a month ("the
    Agency on Monday") or another candidate after the preposition ends nothing, and a
    capitalised word before a common noun is no part of the name ("the Committee on the
    Judiciary Minority leader", "the Commission for Racial equality")."""
    starts = {c.start for c in found}
    titles = _titles_after_bodies(doc, found)
    out = []
    for cand in found:
        end = _complement_end(doc, cand, starts)
        if end is None and cand.end in titles:
            end = _office_title_end(doc, cand, titles[cand.end], starts)
        out.append(cand if end is None else Candidate(cand.start, end, "ORG", cand.source))
    return out


def _titles_after_bodies(doc: Doc, found: list[Candidate]) -> dict[int, int]:
    """Where a title starts right after a model organization with "of" in it, and where it
    ends (titles are matched only when some such organization is followed by a capital)."""
    wanted = {
        c.end for c in found
        if c.source == "ner" and c.label == "ORG" and c.end < len(doc) and doc[c.end].is_title
        and any(t.lower_ == "of" for t in doc[c.start + 1 : c.end - 1])
    }  # fmt: skip
    if not wanted:
        return {}
    return {s: e for s, e in title_matches(doc) if s in wanted}


def _office_title_end(doc: Doc, cand: Candidate, title_end: int, starts: set[int]) -> int | None:
    """ "Office of the UN" + "High Commissioner for Human Rights": a body named after an
    office holder's title ("<body word> of (the) X <Title> (for Y)"), cut by the model at
    the title; the name runs over the title and its capitalised "for"/"on" complement. A
    title followed by a name is a person's ("the Ministry of X Minister Jo Doe")."""
    words = [t.lower_ for t in doc[cand.start : cand.end]]
    body = any(w == "of" and i and _a_body_word(words[i - 1]) for i, w in enumerate(words))
    if not body or title_end >= len(doc) or any(i in starts for i in range(cand.end, title_end)):
        return None
    if title_end in starts or (doc[title_end].is_title and not doc[title_end].is_sent_start):
        return None  # "Minister Jo Doe": the title is a person's
    end = title_end
    if doc[title_end].lower_ in _COMPLEMENT_PREPS:
        for token in doc[title_end + 1 : title_end + 8]:
            if token.i in starts or token.is_sent_start or "\n" in doc[token.i - 1].whitespace_:
                break
            if token.is_title and token.is_alpha:
                end = token.i + 1
            elif not (token.lower_ in _CONNECTORS and token.is_lower):
                break
    return end


def _complement_end(doc: Doc, cand: Candidate, starts: set[int]) -> int | None:
    """The end of the capitalised complement after ``cand``'s keyword, or None."""
    if cand.source != "ner" or cand.label != "ORG" or cand.end + 1 >= len(doc):
        return None
    last, prep = doc[cand.end - 1], doc[cand.end]
    if not last.is_title or last.lower_ not in lexicons().org_keywords:
        return None
    if prep.lower_ not in _COMPLEMENT_PREPS or prep.whitespace_ != " ":
        return None
    # cue_words.tsv "topic_body": bodies named for a topic after "on" ("Committee on the
    # Judiciary", "Council on Foreign Relations"); a senate or a college "on" something is
    # where or what is spoken about
    if prep.lower_ == "on" and last.lower_ not in cue_words("topic_body"):
        return None  # "spoke in the Senate on the Budget", "Balliol College on Broad Street"
    end = None
    for token in doc[cand.end + 1 : cand.end + 8]:
        if token.i in starts or token.is_sent_start or token.text in _CALENDAR:
            break
        if token.is_title and token.is_alpha:
            end = token.i + 1
        elif not (token.lower_ in _CONNECTORS and token.is_lower):
            break
        if "\n" in token.whitespace_:
            break
    if end is not None and end in starts:
        return None  # "Tribunal for the Former" + "Yugoslavia": the name runs on into another
    if end is not None and lexicons().incidental.get(doc[end - 1].lower_) in ("site", "area"):
        return None  # "the Acme Centre for Broad Street": a place, no part of the name
    if end is not None and end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
        end = end - 1 if end - 1 > cand.end + 1 else None  # "Judiciary Minority leader"
        while end is not None and not doc[end - 1].is_title:
            end = end - 1 if end - 1 > cand.end + 1 else None  # back over "the", "and"
    return end


def _join_body_and_region(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "American Civil Liberties Union" + "of Montana", "University of Colorado" + "at
    Boulder": a body's branch or campus named after a known place is one name, and the
    place in it no participant; a place after "of" that the model tagged (not only a
    lexicon: "Communist Party of Cuba" is one name) stays a place ("the Zorvex Party of
    Idaho": the party and a place). "of" follows a body's keyword
    ("Union", "Party"), "at" a university or college; nothing is joined when a list of
    places goes on after the place ("the Union of Russia and Belarus"), while another
    body may follow ("the ACLU of Montana and the Acme Fund")."""
    tagged = {i for c in found if c.source == "ner" for i in range(c.start, c.end)}
    out: list[Candidate] = []
    for cand in found:
        if out and cand.start < out[-1].end:
            continue  # the place, now part of the branch's name
        end = _branch_end(doc, cand) if cand.source == "ner" and cand.label == "ORG" else 0
        if end and doc[cand.end].lower_ == "of" and any(i in tagged for i in range(cand.end, end)):
            end = 0  # the model's own place after "of": a region, see participation._of_a_body
        out.append(Candidate(cand.start, end, "ORG", "ner") if end else cand)
    return out


def _branch_end(doc: Doc, cand: Candidate) -> int:
    """The end of the place after ``cand`` that names its branch or campus, or 0."""
    if cand.end + 2 > len(doc) or not doc[cand.end - 1].is_title:
        return 0
    prep, words = doc[cand.end].lower_, {t.lower_ for t in doc[cand.start : cand.end]}
    keyword = doc[cand.end - 1].lower_ in lexicons().org_keywords
    campus = words & cue_words("campus")  # "University of X at Y", "X College at Y"
    if not ((prep == "of" and keyword) or (prep == "at" and campus)):
        return 0
    for end in range(cand.end + 4, cand.end + 1, -1):
        place = doc[cand.end + 1 : end]
        if end > len(doc) or not all(t.is_title for t in place) or not _placelike(place.text):
            continue
        goes_on = end < len(doc) and (doc[end].is_title or _more_places(doc, end))
        return 0 if goes_on else end
    return 0


def _more_places(doc: Doc, i: int) -> bool:
    """ "and Belarus" of "of Russia and Belarus": a list of places goes on at token ``i``."""
    if doc[i].lower_ not in ("and", "&"):
        return False
    return any(_placelike(doc[i + 1 : k].text) for k in range(i + 2, min(i + 4, len(doc)) + 1))
