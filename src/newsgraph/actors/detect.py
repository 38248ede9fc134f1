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

The surname rule (a bare surname labelled GPE is the PERSON seen before) needs
the whole article's people and lives in :mod:`newsgraph.actors.resolve`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .lexicon import OrgEntry, lexicons

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
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "-", "de", "van", "von"})
_INDEFINITE = frozenset({"a", "an", "this", "that", "these", "those", "every", "each"})
_CAPTION_TOKENS = 40
_SENTENCE_END = frozenset({".", "?", "!", '"', "”", ":"})
_QUOTES = frozenset({'"', "“", "”"})
_DASHES = frozenset({"-", "–", "—"})
_THING_LABELS = frozenset({"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
# What each lexicon kind is labelled as in doc.ents.
_KIND_LABEL = {
    "country": "GPE", "capital": "GPE", "demonym": "NORP", "org": "ORG", "leader": "PERSON",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity span (token offsets) with what the lexicons know about it.

    ``source`` is ``ner`` (the model) or ``ruler`` (a lexicon); ``kind`` is
    country, demonym, capital, org, or "" for a model entity; ``iso3`` the
    country a country-kind lexicon entry names; ``org`` the lexicon entry.
    """

    start: int
    end: int
    label: str
    source: str
    kind: str = ""
    iso3: str | None = None
    org: OrgEntry | None = None


@lru_cache(maxsize=1)
def _tokenizer() -> spacy.language.Language:
    return spacy.blank("en")


def _pattern(vocab: Vocab, text: str) -> Doc:
    words = _tokenizer().make_doc(text)
    return Doc(vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])


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
            doc = _pattern(vocab, surface)
            surfaces.setdefault(tuple(t.text for t in doc), (kind, surface))
            patterns.append(doc)
        matcher.add(kind, patterns)
    return matcher, surfaces


def token_indices(doc: Doc, words: frozenset[str], lower: bool = True) -> list[int]:
    """Indices of the tokens whose lower-case form (or exact text) is one of ``words``.

    One numpy pass over the token attributes instead of a Python loop over
    Token objects: the stages look for a few words (pronouns, first names,
    description nouns) in every article.
    """
    if not len(doc) or not words:
        return []
    column = doc.to_array([LOWER if lower else ORTH]).reshape(-1)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(column, _hashes(words)))]


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array([get_string_id(w) for w in words], dtype=numpy.uint64)


@lru_cache(maxsize=4)
def _title_matcher(vocab: Vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("title", [_pattern(vocab, t) for t in lexicons().titles])
    return matcher


def title_matches(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of titles and ranks (longest first where they overlap), in text order."""
    spans = [(s, e) for _, s, e in _title_matcher(doc.vocab)(doc)]
    spans.sort(key=lambda se: (se[0], -(se[1] - se[0])))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


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


def headline_tokens(doc: Doc) -> set[int]:
    """Indices of tokens on headline lines: title case, at least three words, no final period."""
    out: set[int] = set()
    for start, end in _lines(doc):
        last = end - 1
        while last >= start and doc[last].is_space:
            last -= 1
        if last - start < 2 or doc[last].text in _SENTENCE_END:  # most lines: no word scan
            continue
        line = [i for i in range(start, last + 1) if not doc[i].is_space]
        if _is_headline(doc, line):
            out.update(line)
    return out


def _is_headline(doc: Doc, line: list[int]) -> bool:
    if len(line) < 3 or doc[line[-1]].text in _SENTENCE_END:  # checked first: most lines end so
        return False
    words = [doc[i] for i in line if doc[i].is_alpha]
    if len(words) < 3:
        return False
    content = [w for w in words if not w.is_stop or w.is_title]
    capital = sum(1 for w in content if w.text[0].isupper())
    return bool(content) and capital / len(content) >= 0.8


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
    return start, end


def _before_trailing_title(doc: Doc, start: int, end: int) -> int:
    """End a name before a title glued to it ("NASA Administrator", "Virginia Governor")."""
    titles = lexicons().titles
    for cut in range(start + 1, end):
        if doc[cut - 1].lower_ in ("of", "for"):
            continue  # "House of Representatives": the title word is the body's name
        if doc[cut:end].text.lower() in titles:
            return cut
    return end


def _pieces(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Cut an entity at line breaks and brackets, which never fall inside a name, and an
    organization at a comma before a capital ("Reform Party, Green Party": a list)."""
    out = []
    piece = start
    for i in range(start, end):
        listed = label == "ORG" and doc[i].text == "," and i + 1 < end and doc[i + 1].is_title
        if doc[i].text in _BRACKETS or doc[i].is_space or listed:
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
    known = _known_surfaces()
    for i in range(end - 2, start, -1):
        glued = doc[i].text in ("'s", "’s")
        bare = doc[i].text in _APOSTROPHES and doc[i - 1].text.endswith("s")
        if (glued or bare) and doc[start:i].text in known:
            return i + 1, end
    return start, end


@lru_cache(maxsize=1)
def _known_surfaces() -> frozenset[str]:
    lex = lexicons()
    tables = (lex.country_names, lex.demonyms, lex.capitals, lex.orgs)
    return frozenset(name for table in tables for name in table)


def _credit_tokens(doc: Doc) -> set[int]:
    """Tokens of photo credits and of slogans quoted in captions.

    A credit ("Image: Jo Doe (flickr).") runs to the end of its line. On a
    short line holding a credit (a caption), words between quotation marks
    are the text of a pictured sign or banner ("Where is Jane Doe?" sign):
    names there are not participants. A long line (an old record's
    flattened paragraphs) is no caption.
    """
    out: set[int] = set()
    orths = doc.to_array([ORTH]).reshape(-1) if len(doc) else numpy.zeros(0)
    if not numpy.isin(orths, _credit_hashes(doc.vocab)).any():
        return out  # most articles have no credit: no token scan
    texts = [t.text for t in doc]
    for line_start, line_end in _lines(doc):
        for i in range(line_start, line_end - 1):
            if texts[i] in lexicons().credit_markers and texts[i + 1] == ":":
                out.update(range(i + 1, line_end))
                if line_end - line_start <= _CAPTION_TOKENS:
                    out.update(_quoted(texts, line_start, i))
                break
    return out


@lru_cache(maxsize=4)
def _credit_hashes(vocab: Vocab) -> list[int]:
    return [vocab.strings.add(marker) for marker in lexicons().credit_markers]


def _quoted(texts: list[str], start: int, end: int) -> list[int]:
    """Indices of tokens between quotation marks in ``[start, end)``."""
    out = []
    inside = False
    for i in range(start, end):
        if texts[i] in _QUOTES:
            inside = not inside
        elif inside:
            out.append(i)
    return out


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the Doc's lines: a line ends with a whitespace token holding a newline.

    spaCy keeps a token's trailing whitespace to one space, so a newline is
    always a token of its own; only those tokens are visited.
    """
    if not len(doc):
        return []
    spaces = numpy.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)).tolist()
    ends = [i + 1 for i in spaces if "\n" in doc[i].text or "\n" in doc[i].whitespace_]
    bounds = sorted({*ends, len(doc)})
    return list(zip([0, *bounds[:-1]], bounds, strict=True))


def _model_candidates(doc: Doc, headline: set[int]) -> list[Candidate]:
    out = []
    body = _body_words(doc, headline) if headline else set()  # only headline names need it
    for ent in doc.ents:
        if ent.label_ not in WANTED or (ent.label_ == "ORG" and ent.start in headline):
            continue
        if ent.start in headline and ent[-1].text not in body:
            continue  # "Iran Warns Israel": a headline name the article never repeats
        for piece_start, piece_end in _pieces(doc, ent.start, ent.end, ent.label_):
            start, end = _trim(doc, piece_start, piece_end, ent.label_)
            start, end = _after_possessive(doc, start, end)
            start = _with_given_name(doc, start, end, ent.label_)
            label = _relabel(doc, start, end, ent.label_)
            if end > start and label:
                out.append(Candidate(start, end, label, "ner"))
    return out


def _with_given_name(doc: Doc, start: int, end: int, label: str) -> int:
    """Start a person at the given name the model left out ("Hamza" + "bin Ladin")."""
    if (
        label == "PERSON" and 0 < start < end and doc[start].lower_ in _NAME_PARTICLES
        and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_ and doc[start - 1].whitespace_
    ):  # fmt: skip
        return start - 1
    return start


def _body_words(doc: Doc, headline: set[int]) -> set[str]:
    """The words of the article outside its headline lines."""
    return {t.text for t in doc if t.i not in headline}


def _starts_with_title(words: Span) -> bool:
    """A title (maybe after an adjective: "Presidential Spokesperson") then at least one
    capitalised name word, and nothing else."""
    titles = lexicons().titles
    lead = int(len(words) > 2 and words[0].is_title and words[0].lower_ not in titles)
    for first in range(lead + 1):
        for cut in range(min(first + 3, len(words) - 1), first, -1):
            if words[first:cut].text.lower() in titles:
                rest = words[cut:]
                return all(t.is_title or t.text in _NAME_PARTICLES for t in rest)
    return False


def _looks_like_a_person(words: Span) -> bool:
    """Two or three capitalised words opening with a known first name, and no org keyword."""
    lex = lexicons()
    if not 2 <= len(words) <= 3 or words[0].text not in lex.given_names:
        return False
    if words.text in _known_surfaces() or lex.locative.get(words[-1].lower_) == "place":
        return False  # "George Washington Bridge" is a bridge
    return all(t.is_title and t.lower_ not in lex.org_keywords for t in words)


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
        if end > token.i + 1 and _looks_like_a_person(doc[token.i : end]):
            out.append(Candidate(token.i, end, "PERSON", "ner"))
            covered.update(range(token.i, end))
    return out


@lru_cache(maxsize=1)
def _given_name_set() -> frozenset[str]:
    return frozenset(lexicons().given_names)


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ in ("PROPN", "")


def _relabel(doc: Doc, start: int, end: int, label: str) -> str:
    """Fix labels the words contradict; "" drops the entity.

    A name is capitalised: a model ORG with a lower-case content word
    ("anti-Brexit", "European union", "disco club") is no name, and one made of
    a title and a name is a person ("Assemblywoman Selena Torres"), as is one
    that opens with a known first name ("Regina Ip"). A PERSON
    ending in an organization keyword or a place noun ("Trafalgar Square",
    "Art Gallery") is an organization or a place, and so is the X of "the
    island of X".
    """
    lex = lexicons()
    words = doc[start:end]
    if label == "ORG" and any(t.is_alpha and t.is_lower and not t.is_stop for t in words):
        return ""
    if (
        label == "PERSON"
        and len(words)
        and words[0].is_lower
        and words[0].lower_ not in _NAME_PARTICLES
    ):
        return ""  # "per cubic meter"
    after_of = start > 1 and doc[start - 1].lower_ == "of" and label in ("ORG", "PERSON")
    if after_of and lex.locative.get(doc[start - 2].lower_) == "place":
        return "LOC"  # "the Spanish island of Majorca"
    if label == "ORG" and _starts_with_title(words):
        return "PERSON"  # "Assemblywoman Selena Torres"
    if label in ("ORG", "GPE") and _looks_like_a_person(words):
        return "PERSON"  # "Regina Ip" tagged ORG
    last = words[-1].lower_ if len(words) else ""
    if label in ("ORG", "PERSON", "GPE") and _names_a_thing(doc, start, end, label):
        return ""
    if label == "ORG" and lex.incidental.get(last) == "site":
        return "FAC"  # "Legislative Council Complex": a building
    if (
        label in ("ORG", "PERSON")
        and len(words) > 1
        and lex.incidental.get(words[0].lower_) == "area"
    ):
        return "LOC"  # "County Mayo" tagged as a person
    if label == "PERSON" and len(words) > 1:
        if lex.locative.get(last) == "place":
            return "FAC"
        if last in lex.org_keywords:
            return "ORG"
    return label


def _names_a_thing(doc: Doc, start: int, end: int, label: str) -> bool:
    """A model entity that names a thing, not an actor.

    Its head noun is a thing ("Middle East Respiratory Syndrome", "Paris
    Agreement"), it names an event ("Hurricane Lorenzo", "Tropical Storm X") or
    a work ("the novel X"), or a thing or a
    product by modifying it ("COVID-19 pandemic", "a Boeing 737"); a single
    capitalised word after "an"/"this" is a common noun ("make an Order",
    "in this Chamber") when it heads the phrase; a single word standing alone
    between quotation marks is a term being discussed ("COVI" stands for).
    """
    if end <= start:
        return False
    incidental = lexicons().incidental
    if (
        incidental.get(doc[end - 1].lower_) == "thing"
        or incidental.get(doc[start].lower_) == "event"
    ):
        return True
    if start > 0 and incidental.get(doc[start - 1].lower_) == "event" and doc[start - 1].is_title:
        return True  # "Hurricane" left out of the model's "Lorenzo"
    if label == "ORG" and _thing_of(doc, start, end):
        return True  # "National Medal of Science", "Rock and Roll Hall of Fame"
    inner_event = end - start > 2 and incidental.get(doc[end - 2].lower_) == "event"
    if inner_event and doc[end - 1].lower_ not in lexicons().org_keywords:
        return True  # "Tropical Storm Humberto"; not "National Hurricane Center"
    if start > 0 and incidental.get(doc[start - 1].lower_) == "work" and doc[start - 1].is_lower:
        return True  # "the 2009 novel Obsession", "Hellboy character Abe Sapien": a title
    if end < len(doc) and label == "ORG" and _names_a_kind_of_thing(doc[end - 1], doc[end]):
        return True
    if end < len(doc) and doc[end].text in _WEEKDAYS:
        return True  # "Super Tuesday", "Black Friday": a day, not an actor
    if end - start != 1 or start == 0:
        return False
    if doc[start - 1].lower_ in _INDEFINITE:  # the article's own noun, not "a BT landline"
        return doc[start].dep_ not in ("compound", "amod", "nmod", "poss")
    return end < len(doc) and doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES


def _thing_of(doc: Doc, start: int, end: int) -> bool:
    """A thing or site noun followed by "of" inside the name: an award or a venue."""
    incidental = lexicons().incidental
    return any(
        incidental.get(doc[i].lower_) in ("thing", "site") and doc[i + 1].lower_ == "of"
        for i in range(start, end - 1)
    )


def _names_a_kind_of_thing(last: Token, after: Token) -> bool:
    """A name modifying a thing noun ("the COVID-19 pandemic", "the America First policy")
    or followed by a model number ("a Boeing 737") names that thing or product."""
    doc = after.doc
    if after.like_num and last.whitespace_ != "" and last.ent_type_ != "PERSON":
        unit = doc[after.i + 1] if after.i + 1 < len(doc) else None
        return unit is None or not (unit.like_num or unit.text == "%")
    kind = lexicons().incidental.get(after.lower_)
    return kind in ("thing", "modified") and last.dep_ in ("compound", "amod", "nmod")


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
                while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in _NAME_PARTICLES):
                    j += 1
                end = j if j > end + 1 and doc[j - 1].pos_ == "PROPN" else end
            skip_until = end
        if end == cand.end:
            out.append(cand)
        else:  # "Ziff Davis' Game Group" ends in an organization keyword
            label = _relabel(doc, cand.start, end, "PERSON") or "PERSON"
            out.append(Candidate(cand.start, end, label, cand.source))
    return out


def _joinable(doc: Doc, left: Candidate, right: Candidate) -> bool:
    """Two model entities that are one name: "Zine El Abidine" + "Ben Ali", "X League for Y"."""
    if left.source != "ner" or right.source != "ner" or "\n" in doc[left.end - 1].whitespace_:
        return False
    if left.label == right.label == "PERSON":
        return right.start == left.end and not doc[left.end - 1].is_punct
    if left.label == right.label == "ORG" and right.start - left.end in (1, 2):
        gap = [t.lower_ for t in doc[left.end : right.start]]
        return gap[0] in ("of", "for", "on") and gap[1:] in ([], ["the"])
    return False


def _join_split_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in found:
        if out and _joinable(doc, out[-1], cand):
            out[-1] = Candidate(out[-1].start, cand.end, cand.label, "ner")
        else:
            out.append(cand)
    return out


def _split_glued_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Split "NPR Hamza bin Laden" or "of Hong Kong Carrie Lam" into the entity and the person.

    The tail is a person when the same words are a PERSON elsewhere in the
    article, or when the entity follows "<title> of" and ends in two capitalised
    words ("First Minister of Scotland Nicola Sturgeon").
    """
    people = {tuple(t.text for t in doc[c.start : c.end]) for c in found if c.label == "PERSON"}
    titles = {e for _, e in title_matches(doc)}
    out: list[Candidate] = []
    for cand in found:
        cut = None
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
        tail_label = _relabel(doc, cut, cand.end, "PERSON")  # "... School" is no person
        out.append(Candidate(cut, cand.end, tail_label or cand.label, "ner"))
    return out


def _place_then_given_name(doc: Doc, cand: Candidate) -> bool:
    """ "Vermont Bernie Sanders": a known place glued to a known first name and a surname."""
    lex = lexicons()
    head = doc[cand.start : cand.end - 2].text
    known_place = head in lex.geo or head in lex.cities or head in lex.country_names
    surname = doc[cand.end - 1].lower_
    common = surname in lex.locative or surname in lex.org_keywords or surname in lex.incidental
    return known_place and doc[cand.end - 2].text in lex.given_names and not common


def _drop_noise(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Leave out photo credits, hashtags, former names ("(formerly Twitter)") and words
    of titles."""
    credits = _credit_tokens(doc)
    quals = lexicons().qualifiers
    titles = title_matches(doc)
    things = _thing_acronyms(doc)
    out = []
    for cand in found:
        if cand.start in credits or _slashed(doc, cand) or not _latin(doc, cand):
            continue
        if cand.start > 0 and doc[cand.start - 1].text == "#":
            continue  # "#DemDebate": a hashtag, not a name
        if cand.source == "ner" and doc[cand.start : cand.end].text in things:
            continue  # "BIPA" of "Ballot Interference Prevention Act (BIPA)": a law
        if _before_credit(doc, cand.end - 1) and cand.end - cand.start > 1:
            cand = Candidate(cand.start, cand.end - 1, cand.label, cand.source)
        if any(
            s <= cand.start and cand.end <= e and e - s > cand.end - cand.start for s, e in titles
        ):
            continue  # "State" in "Secretary of State", "House" in "Speaker of the House"
        if cand.start > 0 and quals.get(doc[cand.start - 1].lower_) == "renamed":
            continue
        if _after_vessel_prefix(doc, cand.start, titles):
            continue  # "MV Professor Jane Doe": a ship's name
        out.append(cand)
    return out


def _thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms the text defines for named things ("... Prevention Act (BIPA)")."""
    out = set()
    for ent in doc.ents:
        end = ent.end - (ent[-1].text == "(")  # the model's LAW may swallow the bracket
        defined = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
        if defined and (ent.label_ in _THING_LABELS or _names_a_thing(doc, ent.start, end, "")):
            out.add(doc[end + 1].text)
    return out


def _latin(doc: Doc, cand: Candidate) -> bool:
    """Whether a name has a Latin letter: the English model's "names" in Devanagari or
    Cyrillic quotes are words of the quoted language, not participants."""
    text = doc[cand.start : cand.end].text
    if text.isascii():
        return True
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _slashed(doc: Doc, cand: Candidate) -> bool:
    """ "Collins/Parker", "Fedora/Red Hat": two names joined by a slash are no one entity."""
    return cand.source == "ner" and any(
        t.text == "/" or "/" in t.text[1:-1] for t in doc[cand.start : cand.end]
    )


def _before_credit(doc: Doc, i: int) -> bool:
    """A caption's credit marker glued to the name it follows ("Jo Doe Image: ...")."""
    return i + 1 < len(doc) and doc[i].text in lexicons().credit_markers and doc[i + 1].text == ":"


def _after_vessel_prefix(doc: Doc, start: int, titles: list[tuple[int, int]]) -> bool:
    before = next((s for s, e in titles if e == start), start)  # skip a title ("Professor")
    return before > 0 and lexicons().incidental.get(doc[before - 1].lower_) == "vessel"


def entity_candidates(doc: Doc) -> list[Candidate]:
    """The Doc's participant and place entities, corrected; sorted, non-overlapping."""
    headline = headline_tokens(doc)
    merged = _merge(_lexicon_candidates(doc) + _model_candidates(doc, headline))
    merged = sorted(merged + _untagged_people(doc, merged), key=lambda c: c.start)
    found = _join_split_names(doc, _join_apostrophe_names(doc, merged))
    return _drop_noise(doc, _split_glued_people(doc, found))


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
