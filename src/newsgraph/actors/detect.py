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

Token lookups (titles, headlines, lines) live in :mod:`.spans`; what a name
names when it is no participant, and the noise around names, in :mod:`.things`.
The surname rule (a bare surname labelled GPE is the PERSON seen before) needs
the whole article's people and lives in :mod:`newsgraph.actors.resolve`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .lexicon import lexicons
from .spans import (
    Candidate,
    headline_tokens,
    known_surfaces,
    pattern_doc,
    section_label_end,
    title_matches,
    token_indices,
)
from .things import NAME_PARTICLES, drop_noise, looks_like_a_person, names_a_thing, relabel

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
#: spaCy labels kept as candidate participants or places.
WANTED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_APOSTROPHES = frozenset({"’", "'"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_LEADING = frozenset({"the", "a", "an"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX", "VERB"})
_DASHES = frozenset({"-", "–", "—"})
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
        kind, surface = surfaces[tuple(t.text for t in doc[start:end])]
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


_VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _in_case_name(doc: Doc, start: int, end: int) -> bool:
    """A name on either side of "v." names a court case ("Hamdan v. Rumsfeld"), no person
    taking part."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in _VERSUS or after in _VERSUS


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    dashes = (k for k in range(start + 1, end) if doc[k].text in _DASHES and doc[k].whitespace_)
    end = next((k for k in dashes if doc[k - 1].whitespace_), end)  # "Party - 365 seats"
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    while label == "ORG" and end > start and doc[end - 1].pos_ in _FUNCTION_POS:
        end -= 1
    if label in ("ORG", "PERSON"):
        end = _before_trailing_title(doc, start, end)
    if label == "PERSON":  # "Humberto 75 miles", "Jo Doe's Mayorship": no name holds these
        end = next((k for k in range(start + 1, end) if _breaks_a_name(doc[k])), end)
    return start, end


def _breaks_a_name(token: Token) -> bool:
    """A number or a possessive, which no person's name holds inside it."""
    return token.like_num or token.text in ("'s", "’s")


def _before_trailing_title(doc: Doc, start: int, end: int) -> int:
    """End a name before a title glued to it ("NASA Administrator", "Virginia Governor")."""
    titles = lexicons().titles
    for cut in range(start + 1, end):
        if doc[cut - 1].lower_ in ("of", "for"):
            continue  # "House of Representatives": the title word is the body's name
        if doc[cut:end].text.lower() in titles:
            return cut
        full_stop = end < len(doc) and doc[end].text == "." and not doc[cut - 1].is_punct
        if full_stop and doc[cut : end + 1].text.lower() in titles:
            return cut  # "Navy Capt" of "Navy Capt. Jo Doe": an abbreviated rank
    return end


def _pieces(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Cut an entity at line breaks and brackets, which never fall inside a name, an
    organization at a comma before a capital ("Reform Party, Green Party": a list),
    before a capitalised "The" inside it ("United Kingdom The Financial Conduct
    Authority": a section label run into the first sentence) and at a lower-case "the"
    after a known name ("on Twitter the Federal Aviation Administration"; not "Focus
    the Nation", a name of its own)."""
    out = []
    piece = start
    for i in range(start, end):
        listed = label == "ORG" and doc[i].text == "," and i + 1 < end and doc[i + 1].is_title
        labelled = doc[i].text == "The" and i > piece and i + 1 < end  # "X The Y": two names
        # "said on Monday the Federal Aviation Administration ...": a known name,
        # then a lower-case "the" opening another
        joined = doc[i].text == "the" and i + 1 < end and doc[i + 1].is_title
        labelled = labelled or (joined and doc[piece:i].text in known_surfaces())
        if doc[i].text in _BRACKETS or doc[i].is_space or listed or labelled:
            out.append((piece, i))
            piece = i + 1
        elif "\n" in doc[i].whitespace_:
            out.append((piece, i + 1))
            piece = i + 1
    out.append((piece, end))
    return [(s, e) for s, e in out if e > s]


def _after_possessive(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Keep what follows a known name's possessive ("United Nations' Food ...").

    Only a lexicon name before the possessive splits the entity: "People's
    Vote" stays whole.
    """
    known = known_surfaces()
    for i in range(end - 2, start, -1):
        glued = doc[i].text in ("'s", "’s")
        bare = doc[i].text in _APOSTROPHES and doc[i - 1].text.endswith("s")
        if (glued or bare) and doc[start:i].text in known:
            return i + 1, end
    return start, end


#: model labels under which a city of the gazetteer is sometimes misread ("in Odesa" LANGUAGE)
_MISREAD_CITY = frozenset({"LANGUAGE", "ORG", "NORP"})
#: sectors of the armed groups whose name a group noun follows ("M23 rebels")
_ARMED_SECTORS = frozenset({"REB", "MIL", "SEP", "UAF"})


#: the least population of a city the model's other labels yield to (not "Elmwood", a street)
_LARGE_CITY = 100_000


def _large_city(text: str) -> bool:
    """Whether ``text`` is exactly the name of a gazetteer city of ``_LARGE_CITY`` people."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    if text not in lexicons().cities:
        return False
    found = lookup_place(text)
    return found is not None and found.kind == "city" and (found.population or 0) >= _LARGE_CITY


def _misread_city(doc: Doc, start: int, end: int, label: str) -> bool:
    """A large city of the gazetteer the model called a language, an organization or a nationality
    ("struck port facilities in Odesa", "the talks in Lyon"), alone as the object of a
    preposition of place: a place. A known organization or demonym of that spelling stays."""
    if label not in _MISREAD_CITY or end <= start:
        return False
    lex = lexicons()
    text = doc[start:end].text
    if not _large_city(text) or text in lex.orgs or text in lex.demonyms:
        return False
    root = doc[start:end].root
    return root.dep_ == "pobj" and lex.locative.get(root.head.lower_) == "prep"


def _names_an_armed_group(doc: Doc, start: int, end: int, label: str) -> bool:
    """A model place no gazetteer knows, written before a noun of armed men ("M23 rebels",
    "the Wagner fighters"): the name of their group, an organization, no place."""
    if label not in ("GPE", "LOC", "FAC") or end <= start or end >= len(doc):
        return False
    lex = lexicons()
    text = doc[start:end].text
    if text in lex.cities or text in lex.country_names or text in lex.geo or text in lex.demonyms:
        return False
    noun = doc[end]
    agent = lex.agents.get(noun.lower_)
    glued = doc[end - 1].head == noun and doc[end - 1].dep_ in ("compound", "amod", "nmod")
    return agent is not None and agent.kind == "group" and agent.sector in _ARMED_SECTORS and glued


def _model_candidates(doc: Doc, headline: set[int]) -> list[Candidate]:
    out = []
    body = _body_words(doc, headline) if headline else set()  # only headline names need it
    for ent in doc.ents:
        if _misread_city(doc, ent.start, ent.end, ent.label_):
            out.append(Candidate(ent.start, ent.end, "GPE", "ner"))
            continue
        if _names_an_armed_group(doc, ent.start, ent.end, ent.label_):
            out.append(Candidate(ent.start, ent.end, "ORG", "ner"))  # the group's own name
            continue
        if ent.label_ not in WANTED or (ent.label_ == "ORG" and ent.start in headline):
            continue
        if ent.start in headline and ent[-1].text not in body:
            continue  # "Iran Warns Israel": a headline name the article never repeats
        for piece_start, piece_end in _pieces(doc, ent.start, ent.end, ent.label_):
            start, end = _trim(doc, piece_start, piece_end, ent.label_)
            start, end = _after_possessive(doc, start, end)
            start = _with_given_name(doc, start, end, ent.label_)
            label = relabel(doc, start, end, ent.label_)
            if end > start and label:
                out.append(Candidate(start, end, label, "ner"))
    return out


def _with_given_name(doc: Doc, start: int, end: int, label: str) -> int:
    """Start a person at the given name the model left out ("Hamza" + "bin Ladin")."""
    if (
        label == "PERSON" and 0 < start < end and doc[start].lower_ in NAME_PARTICLES
        and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_ and doc[start - 1].whitespace_
    ):  # fmt: skip
        return start - 1
    return start


def _body_words(doc: Doc, headline: set[int]) -> set[str]:
    """The words of the article outside its headline lines."""
    return {t.text for t in doc if t.i not in headline}


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


@lru_cache(maxsize=1)
def _title_word_set() -> frozenset[str]:
    """Every word of every title ("chief", "operating", "officer"): no name word."""
    return frozenset(word for title in lexicons().titles for word in title.split())


@lru_cache(maxsize=1)
def _given_name_set() -> frozenset[str]:
    return frozenset(lexicons().given_names)


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "")


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


def _join_apostrophe_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Join "Shia’ al-Sudani": a PERSON glued to an apostrophe and the name after it."""
    out: list[Candidate] = []
    skip_until = -1
    for i, cand in enumerate(found):
        if cand.start < skip_until:
            continue
        end = cand.end
        if (
            cand.label == "PERSON" and end + 1 < len(doc)
            and doc[end].text in _APOSTROPHES and not doc[end - 1].whitespace_
        ):  # fmt: skip
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is not None and nxt.start == end + 1 and nxt.label in ("PERSON", "GPE", "ORG"):
                end = nxt.end
            else:
                j = end + 1
                while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in NAME_PARTICLES):
                    j += 1
                end = j if j > end + 1 and doc[j - 1].pos_ == "PROPN" else end
            skip_until = end
        if end == cand.end:
            out.append(cand)
        else:  # "Ziff Davis' Game Group" ends in an organization keyword
            label = relabel(doc, cand.start, end, "PERSON") or "PERSON"
            out.append(Candidate(cand.start, end, label, cand.source))
    return out


def _joinable(doc: Doc, left: Candidate, right: Candidate) -> bool:
    """Two model entities that are one name: "Zine El Abidine" + "Ben Ali", "X League for Y"."""
    if left.source != "ner" or right.source != "ner" or "\n" in doc[left.end - 1].whitespace_:
        return False
    if left.label == right.label == "PERSON":
        return right.start == left.end and not doc[left.end - 1].is_punct
    last = doc[left.end - 1]
    if left.label == "PERSON" and last.is_lower and last.is_alpha and len(last) <= 4:
        # "Ursula von der" + "Leyen": the model ended the name at a particle
        # (a person's name ends in a lower-case word only there)
        surname = doc[right.start : right.end]
        return right.start == left.end and all(t.pos_ == "PROPN" for t in surname)
    if left.label == right.label == "ORG" and right.start - left.end in (1, 2):
        gap = [t.lower_ for t in doc[left.end : right.start]]
        return gap[0] in ("of", "for", "on") and gap[1:] in ([], ["the"])
    return False


def _placelike(text: str) -> bool:
    lex = lexicons()
    return any(text in table for table in (lex.cities, lex.country_names, lex.geo, lex.demonyms))


def _coordinated_ending(doc: Doc, left: Candidate, right: Candidate, names: dict[str, int]) -> bool:
    """ "Salafist Group for Preaching" + "and" + "Combat", "Bureau of Engraving" + "and" +
    "Printing": the model cut a name whose "of"/"for" complement is coordinated. The words
    after "and" end that name when they are one or two capitalised words with no body's
    keyword, the article names them nowhere else, and neither they nor the word before
    "and" is a place ("Bank of America and Citigroup", "Hamas and Fatah" stay two)."""
    if left.source != "ner" or right.source != "ner" or left.label != "ORG" != right.label:
        return False
    if right.start != left.end + 1 or doc[left.end].lower_ != "and" or right.end - right.start > 2:
        return False
    if not any(t.lower_ in ("of", "for") for t in doc[left.start + 1 : left.end - 1]):
        return False
    words = doc[right.start : right.end]
    keywords = lexicons().org_keywords
    if not all(t.is_title and t.is_alpha and t.lower_ not in keywords for t in words):
        return False
    if _placelike(doc[left.end - 1].text) or _placelike(words.text) or names.get(words.text, 0) > 1:
        return False
    return right.end >= len(doc) or not doc[right.end].is_title


def _join_split_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    names: dict[str, int] = {}
    for cand in found:
        text = doc[cand.start : cand.end].text
        names[text] = names.get(text, 0) + 1
    out: list[Candidate] = []
    for cand in found:
        if out and _coordinated_ending(doc, out[-1], cand, names):
            out[-1] = Candidate(out[-1].start, cand.end, "ORG", "ner")
        elif out and _joinable(doc, out[-1], cand):
            label = "PERSON" if out[-1].label == "PERSON" else cand.label
            out[-1] = Candidate(out[-1].start, cand.end, label, "ner")
        else:
            out.append(cand)
    return out


def _country_title_cut(doc: Doc, cand: Candidate, titles: list[tuple[int, int]]) -> int | None:
    """Where the title starts in a model organization made of a country, a title and a
    name of two or three words ("United States Representative Jo Doe", "British Ambassador
    Jo Doe"), else None."""
    if cand.label != "ORG" or cand.source != "ner" or cand.end - cand.start < 4:
        return None
    lex = lexicons()
    for start, end in titles:
        if not cand.start < start < end < cand.end - 1 or cand.end - end > 3:
            continue
        country = doc[cand.start : start].text
        named = all(t.is_title and t.is_alpha for t in doc[end : cand.end])
        if named and (country in lex.country_names or country in lex.demonyms):
            return start
    return None


def _split_glued_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Split "NPR Hamza bin Laden" or "of Hong Kong Carrie Lam" into the entity and the person.

    The tail is a person when the same words are a PERSON elsewhere in the
    article, or when the entity follows "<title> of" and ends in two capitalised
    words ("First Minister of Scotland Jo Hale").
    """
    people = {tuple(t.text for t in doc[c.start : c.end]) for c in found if c.label == "PERSON"}
    spans = title_matches(doc)
    titles = {e for _, e in spans}
    out: list[Candidate] = []
    for cand in found:
        cut = _country_title_cut(doc, cand, spans)
        if cut is not None:  # "United States Representative Jo Doe": a country, a person
            out.append(Candidate(cand.start, cut, "GPE", "ner"))
            out.append(Candidate(cut, cand.end, "PERSON", "ner"))
            continue
        after_title = False
        cand_span = doc[cand.start : cand.end]
        if cand.label != "PERSON" and cand.source == "ner" and cand.end - cand.start >= 2:
            for k in range(cand.start + 1, cand.end - 1):
                if tuple(t.text for t in doc[k : cand.end]) in people:
                    cut = k
                    break
            after_title = (
                cand.start > 1
                and doc[cand.start - 1].lower_ in ("of", "from")
                and cand.start - 1 in titles
            )
            tail = doc[cand.end - 2 : cand.end]
            after_title = after_title or _place_then_given_name(doc, cand)
            named = all(t.is_title for t in tail) and len(cand_span) >= 3
            if cut is None and after_title and named:
                cut = cand.end - 2
        if cut is None:
            out.append(cand)
            continue
        out.append(Candidate(cand.start, cut, "GPE" if after_title else cand.label, "ner"))
        tail_label = relabel(doc, cut, cand.end, "PERSON")  # "... School" is no person
        out.append(Candidate(cut, cand.end, tail_label or cand.label, "ner"))
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


def _people_called_places(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A model place of two or three capitalised words that is a person's name is that
    person ("viewed by Jo Sands, a professor" as a facility; "Bo Marek" as a region).

    It is a name when its last word is a person's surname in the article (the model
    called "Sands" a person elsewhere), or when it opens with a known first name and
    no gazetteer knows it nor does it end in a place noun ("Marina Bay", "Lawrence Park"
    stay places).
    """
    surnames = {doc[c.end - 1].text for c in found if c.label == "PERSON"}
    out = []
    for cand in found:
        model_place = cand.label in ("FAC", "LOC", "GPE") and cand.source == "ner"
        if model_place and not cand.kind and _a_person_name(doc, cand, surnames):
            cand = Candidate(cand.start, cand.end, "PERSON", cand.source)
        out.append(cand)
    return out


def _cities_called_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A one-word model person that is a large city of the gazetteer the model called a place
    elsewhere in the article ("withdraw from the city of Goma ... The rebels seized Goma"),
    and no person's surname there nor a first name, is that city."""
    lex = lexicons()
    places = {doc[c.start : c.end].text for c in found if c.label in ("GPE", "LOC", "FAC")}
    people = [c for c in found if c.label == "PERSON" and c.end - c.start > 1]
    surnames = {doc[c.end - 1].text for c in people} | {doc[c.start].text for c in people}
    out = []
    for cand in found:
        text = doc[cand.start : cand.end].text
        city = text in places and text not in lex.given_names and _large_city(text)
        if cand.label == "PERSON" and cand.end - cand.start == 1 and city and text not in surnames:
            cand = Candidate(cand.start, cand.end, "GPE", cand.source)
        out.append(cand)
    return out


def _a_person_name(doc: Doc, cand: Candidate, surnames: set[str]) -> bool:
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    lex = lexicons()
    words = doc[cand.start : cand.end]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words):
        return False
    first, last = words[0].lower_, words[-1].lower_
    if last in lex.locative or last in lex.org_keywords or last in lex.incidental:
        return False
    if first in lex.incidental or first in lex.locative or any(t.text == last for t in doc):
        return False  # "County Kerry"; a common noun written lower case elsewhere
    if lookup_place(words.text) is not None or words.text in lex.cities:
        return False
    return words[-1].text in surnames or words[0].text in lex.given_names


def _place_then_given_name(doc: Doc, cand: Candidate) -> bool:
    """ "Vermont Bernie Sanders": a known place glued to a known first name and a surname."""
    lex = lexicons()
    head = doc[cand.start : cand.end - 2].text
    known_place = head in lex.geo or head in lex.cities or head in lex.country_names
    surname = doc[cand.end - 1].lower_
    common = surname in lex.locative or surname in lex.org_keywords or surname in lex.incidental
    return known_place and doc[cand.end - 2].text in lex.given_names and not common


def _a_namesake(doc: Doc, cand: Candidate, starts: set[int]) -> bool:
    """A model person whose capitalised run goes on into the name of a place, a body or a
    thing ("the Jo Doe International Training Centre", "Jo Doe Memorial Hospital", "the
    Jo Doe Prize"): the person is only its namesake, no participant. The run is up to
    four name words right after the person, with no other name starting inside it."""
    if cand.label != "PERSON" or not doc[cand.end - 1].whitespace_:
        return False
    end = cand.end
    while end < len(doc) and end - cand.end < 4 and _name_word(doc[end]):
        end += 1
        if end in starts or not doc[end - 1].whitespace_:
            break
    if end == cand.end or any(i in starts for i in range(cand.end + 1, end)):
        return False
    lex = lexicons()
    last = doc[end - 1].lower_
    return (
        last in lex.org_keywords
        or lex.locative.get(last) == "place"
        or lex.incidental.get(last) in ("thing", "site", "venue")
    )


def entity_candidates(doc: Doc) -> list[Candidate]:
    """The Doc's participant and place entities, corrected; sorted, non-overlapping."""
    headline = headline_tokens(doc)
    merged = _merge(_lexicon_candidates(doc) + _model_candidates(doc, headline))
    merged = sorted(merged + _untagged_people(doc, merged), key=lambda c: c.start)
    merged = sorted(merged + _titled_people(doc, merged), key=lambda c: c.start)
    merged = _with_given_names(doc, merged)
    merged = _after_titles(doc, merged)
    merged = _people_called_places(doc, merged)
    merged = _cities_called_people(doc, merged)
    starts = {c.start for c in merged}
    merged = [c for c in merged if not _a_namesake(doc, c, starts)]
    found = _join_split_names(doc, _join_apostrophe_names(doc, merged))
    label = section_label_end(doc)  # "Poland A court ...": the section label is no mention
    found = [c for c in _split_glued_people(doc, found) if c.start >= label]
    starts = {c.start for c in found}
    found = [c if c.end in starts else _split_demonym(doc, c) for c in found]
    found = [c for c in found if c.label != "PERSON" or not _in_case_name(doc, c.start, c.end)]
    return drop_noise(doc, found)


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
