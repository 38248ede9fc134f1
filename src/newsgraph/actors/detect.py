"""Mention detection: the model's entities merged with lexicon matches, known errors fixed.

Computing is separate from writing (as in spaCy's span ruler):
:func:`entity_candidates` returns the corrected entity spans of a Doc without
touching it; :func:`set_entities` writes them into ``doc.ents`` for the
pipeline component registered in :mod:`newsgraph.nlp`.

Fixes of the small model's known errors, all rule-based:

* lexicon names (countries, demonyms, capitals, organizations, acronyms,
  well-known leaders) are
  found by a PhraseMatcher and win over an overlapping model entity that is
  no longer than them;
* model ORG entities on a headline line (title case, no final period) are
  dropped unless a lexicon names them: headline words are not organizations;
  other headline entities stay only when the article repeats their last word;
* an entity's leading "the" and trailing possessive "'s" are trimmed, and a
  trailing function word ("Opposition to") ends the entity before it;
* a PERSON split at an apostrophe glued to its first part ("Shia’ al-Sudani")
  is joined back into one name, and so are two adjacent halves of one name
  ("Zine El Abidine" + "Ben Ali", "X League" for "the Y");
* entities are cut at line breaks and brackets, a possessive splits one only
  after a known name ("United Nations' Food ..."), and a glued person is split
  off ("NPR Hamza bin Laden", "of Hong Kong Carrie Lam");
* labels the words contradict are fixed: lower-case "names" are dropped, a
  title plus a name or a known first name makes a person ("Regina Ip" tagged
  ORG), a person ending in a place noun is a place ("Trafalgar Square");
* names the model missed entirely are found from a known first name followed
  by capitalised words;
* photo credits ("Image: Jane Doe"), former names ("formerly Twitter") and
  words inside a title ("State" in "Secretary of State") are left out.

The model's entities one at a time are corrected in :mod:`.model_entities`; people the
model missed or started too late are found in :mod:`.missed_names`; joins, splits and
relabels that need the article's other candidates are in :mod:`.merged_fixes`. Token
lookups (titles, headlines, lines) live in :mod:`.spans`; what a name
names when it is no participant, and the noise around names, in :mod:`.things`.
The surname rule (a bare surname labelled GPE is the PERSON seen before) needs
the whole article's people and lives in :mod:`newsgraph.actors.resolve`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .lexicon import lexicons
from .merged_fixes import (
    _a_namesake,
    _cities_called_people,
    _extend_cut_names,
    _join_apostrophe_names,
    _join_body_and_region,
    _join_names_before_bodies,
    _join_split_names,
    _names_cut_short,
    _people_called_places,
    _split_glued_people,
)
from .missed_names import (
    _after_titles,
    _titled_namesakes,
    _titled_people,
    _untagged_people,
    _with_first_names,
    _with_given_names,
)
from .model_entities import WANTED, _model_candidates
from .spans import (
    Candidate,
    headline_tokens,
    kept_titles,
    pattern_doc,
    section_label_end,
    title_matches,
    token_indices,
    token_texts,
)
from .things import drop_noise

__all__ = [
    "CANDIDATES_KEY",
    "Candidate",
    "corrected_candidates",
    "entity_candidates",
    "headline_tokens",
    "set_entities",
    "title_matches",
    "token_indices",
]

#: Where :func:`set_entities` keeps its candidates in ``doc.user_data``.
CANDIDATES_KEY = "newsgraph_actor_candidates"
# What each lexicon kind is labelled as in doc.ents.
_KIND_LABEL = {
    "country": "GPE", "capital": "GPE", "demonym": "NORP", "org": "ORG", "leader": "PERSON",
}  # fmt: skip


@lru_cache(maxsize=4)
def _name_matcher(vocab: Vocab) -> tuple[PhraseMatcher, dict[tuple[str, ...], tuple[str, str]]]:
    """A case-sensitive matcher of every lexicon name, and tokens -> (kind, surface)."""
    lex = lexicons()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    surfaces: dict[tuple[str, ...], tuple[str, str]] = {}
    tables = (
        ("country", lex.country_names), ("demonym", lex.demonyms),
        ("capital", lex.capitals), ("org", lex.orgs), ("leader", lex.leaders),
    )  # fmt: skip
    for kind, table in tables:
        patterns = []
        for surface in table:
            doc = pattern_doc(vocab, surface)
            surfaces.setdefault(tuple(t.text for t in doc), (kind, surface))
            patterns.append(doc)
        matcher.add(kind, patterns)
    return matcher, surfaces


def _lexicon_candidates(doc: Doc) -> list[Candidate]:
    lex = lexicons()
    matcher, surfaces = _name_matcher(doc.vocab)
    out = []
    for _, start, end in matcher(doc):
        kind, surface = surfaces[token_texts(doc, start, end)]
        if kind == "leader":  # a known leader's name: coded from the lexicon in .coding
            out.append(Candidate(start, end, "PERSON", "ruler", kind))
            continue
        if kind == "org":
            entry = lex.orgs[surface]
            out.append(Candidate(start, end, "ORG", "ruler", "org", entry.country, entry))
            continue
        table = {"country": lex.country_names, "demonym": lex.demonyms, "capital": lex.capitals}
        out.append(Candidate(start, end, _KIND_LABEL[kind], "ruler", kind, table[kind][surface]))
    return out


def _merge(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: longer first, lexicon before model on a tie."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.source != "ruler", c.start))
    taken: list[Candidate] = []
    used: set[int] = set()
    for cand in ranked:
        if any(i in used for i in range(cand.start, cand.end)):
            continue
        used.update(range(cand.start, cand.end))
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def entity_candidates(doc: Doc) -> list[Candidate]:
    """The Doc's participant and place entities, corrected; sorted, non-overlapping."""
    with kept_titles(doc):  # the steps read the titles of a Doc that does not change
        return _corrected(doc)


def _corrected(doc: Doc) -> list[Candidate]:
    headline = headline_tokens(doc)
    merged = _merge(_lexicon_candidates(doc) + _model_candidates(doc, headline))
    merged = sorted(merged + _untagged_people(doc, merged), key=lambda c: c.start)
    merged = sorted(merged + _titled_people(doc, merged), key=lambda c: c.start)
    merged = _with_given_names(doc, merged)
    merged = _titled_namesakes(doc, _after_titles(doc, merged))
    merged = _with_first_names(doc, merged)
    merged = _people_called_places(doc, merged)
    merged = _cities_called_people(doc, merged)
    starts = {c.start for c in merged}
    merged = [c for c in merged if not _a_namesake(doc, c, starts)]
    found = _join_split_names(doc, _join_apostrophe_names(doc, merged))
    found = _join_names_before_bodies(doc, found)
    found = _join_body_and_region(doc, _extend_cut_names(doc, found))
    label = section_label_end(doc)  # "Poland A court ...": the section label is no mention
    found = [c for c in _split_glued_people(doc, found) if c.start >= label]
    found = _names_cut_short(doc, found)
    starts = {c.start for c in found}
    found = [c if c.end in starts else _split_demonym(doc, c) for c in found]
    found = [c for c in found if c.label != "PERSON" or not _in_case_name(doc, c.start, c.end)]
    return drop_noise(doc, found)


_VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _in_case_name(doc: Doc, start: int, end: int) -> bool:
    """A name on either side of "v." names a court case ("Hamdan v. Rumsfeld"), no person
    taking part."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in _VERSUS or after in _VERSUS


#: endings old Wikinews markup split from a country's name ("the Australia n minister")
_DEMONYM_ENDINGS = frozenset({"n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is"})


def _split_demonym(doc: Doc, cand: Candidate) -> Candidate:
    """ "Australia n", "Japan ese", "Iraq i": a country's name and the rest of its demonym,
    split by the removal of a link, are that demonym ("Iraq is" stays: "Iraqis" is no
    singular adjective before a noun, so a verb "is" is never taken)."""
    if cand.kind != "country" or cand.end >= len(doc) or not doc[cand.end - 1].whitespace_:
        return cand
    ending = doc[cand.end]
    joined = doc[cand.start : cand.end].text + ending.text
    if ending.text not in _DEMONYM_ENDINGS or joined not in lexicons().demonyms:
        return cand
    if ending.text == "is" and ending.pos_ in ("AUX", "VERB"):
        return cand  # "Iraq is": the verb
    return Candidate(cand.start, cand.end + 1, "NORP", cand.source, "demonym", cand.iso3)


def set_entities(doc: Doc) -> Doc:
    """Write the corrected entities into ``doc.ents``, keeping other labels (DATE, ...).

    The candidates are also kept in ``doc.user_data`` (plain values, so the
    Doc still serializes) for :func:`corrected_candidates`: the actors stage
    then reads them instead of computing them a second time.
    """
    found = entity_candidates(doc)
    covered = {i for c in found for i in range(c.start, c.end)}
    kept = [
        e for e in doc.ents if e.label_ not in WANTED and not covered & set(range(e.start, e.end))
    ]
    spans = [Span(doc, c.start, c.end, label=_KIND_LABEL.get(c.kind, c.label)) for c in found]
    doc.ents = sorted(kept + spans, key=lambda s: s.start)
    rows = [
        [c.start, c.end, c.label, c.source, c.kind, c.iso3, c.org.name if c.org else None]
        for c in found
    ]
    doc.user_data[CANDIDATES_KEY] = [len(doc), rows]
    return doc


def corrected_candidates(doc: Doc) -> list[Candidate]:
    """The candidates the pipeline's ruler stored on ``doc``, or :func:`entity_candidates`."""
    stored = doc.user_data.get(CANDIDATES_KEY)
    if not stored or stored[0] != len(doc):
        return entity_candidates(doc)
    orgs = lexicons().orgs
    return [
        Candidate(start, end, label, source, kind, iso3, orgs[org] if org else None)
        for start, end, label, source, kind, iso3, org in stored[1]
    ]
