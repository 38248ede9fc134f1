"""The model's own entities, one at a time: cut, trimmed and relabelled.

First step of :func:`newsgraph.actors.detect.entity_candidates`: :func:`_model_candidates`
turns each spaCy entity of a wanted label into zero or more candidates. An entity is cut at
line breaks, brackets and lists (:func:`_pieces`), trimmed of a leading "the", a trailing
possessive, function word or title (:func:`_trim`), split after a known name's possessive
(:func:`_after_possessive`), started at a given name the model left out, and relabelled
(a large city misread as a language, an armed group's name misread as a place). The
results are then merged with the lexicon matches in :mod:`.detect`; fixes that need the
article's other candidates live in :mod:`.missed_names` and :mod:`.merged_fixes`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import lexicons
from .orgs import is_place_word
from .spans import Candidate, known_surfaces, span_text
from .things import NAME_PARTICLES, relabel

#: spaCy labels kept as candidate participants or places.
WANTED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_APOSTROPHES = frozenset({"’", "'"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
_LEADING = frozenset({"the", "a", "an"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX", "VERB"})
_DASHES = frozenset({"-", "–", "—"})


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    text = span_text(doc, start, end)
    if any(dash in text for dash in _DASHES):  # most names hold no dash: no token scan
        dashes = (k for k in range(start + 1, end) if doc[k].text in _DASHES and doc[k].whitespace_)
        end = next((k for k in dashes if doc[k - 1].whitespace_), end)  # "Party - 365 seats"
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if label in ("ORG", "PERSON") and _common_opening(doc, start, end, label):
        start += 1  # "Immunologist Jo Doe said", "Remarked Acme Center scientist Jo Doe"
    while label == "ORG" and end > start and doc[end - 1].pos_ in _FUNCTION_POS:
        end -= 1
    if label in ("ORG", "PERSON"):
        end = _before_trailing_title(doc, start, end)
    if label == "PERSON":  # "Humberto 75 miles", "Jo Doe's Mayorship": no name holds these
        end = next((k for k in range(start + 1, end) if _breaks_a_name(doc[k])), end)
    return start, end


#: tags of a sentence's first word that is no name word of a person: a verb, an adjective,
#: a common noun ("Immunologist Jo Doe"), an adverb; of an organization: a verb only
_OPENING_TAGS = {
    "PERSON": frozenset({"VBD", "VBN", "VBG", "VBZ", "VBP", "JJ", "NN", "NNS", "RB"}),
    "ORG": frozenset({"VBD", "VBN", "VBG", "VBZ", "VBP"}),
}


def _common_opening(doc: Doc, start: int, end: int, label: str) -> bool:
    """The entity opens a sentence with a word the tagger reads as no proper noun, before
    two name words or more: a capitalised profession or verb, no part of the name. A known
    first name or a lexicon name ("Democratic Party") keeps its first word."""
    first = doc[start]
    if not first.is_sent_start or first.tag_ not in _OPENING_TAGS[label]:
        return False
    if end - start < (2 if first.tag_.startswith("VB") else 3):
        return False  # "Immunologist Andersen" may be a name; "Remarked Acme" is none
    rest = doc[start + 1 : end]
    if not (rest[0].is_title and rest[0].pos_ == "PROPN"):
        return False
    known = first.text in lexicons().given_names or span_text(doc, start, end) in known_surfaces()
    return not known


def _breaks_a_name(token: Token) -> bool:
    """A number or a possessive, which no person's name holds inside it."""
    return token.like_num or token.text in ("'s", "’s")


def _before_trailing_title(doc: Doc, start: int, end: int) -> int:
    """End a name before a title glued to it ("NASA Administrator", "Virginia Governor")."""
    titles = lexicons().titles
    for cut in range(start + 1, end):
        if doc[cut - 1].lower_ in ("of", "for"):
            continue  # "House of Representatives": the title word is the body's name
        if span_text(doc, cut, end).lower() in titles:
            return cut
        full_stop = end < len(doc) and doc[end].text == "." and not doc[cut - 1].is_punct
        if full_stop and span_text(doc, cut, end + 1).lower() in titles:
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
        token = doc[i]
        text = token.text
        cut = text in _CUT_WORDS and _cut_at(doc, i, piece, end, label)
        if text in _BRACKETS or token.is_space or cut:
            out.append((piece, i))
            piece = i + 1
        elif "\n" in token.whitespace_:
            out.append((piece, i + 1))
            piece = i + 1
    out.append((piece, end))
    return [(s, e) for s, e in out if e > s]


#: the words :func:`_cut_at` looks at (the others never cut an entity there)
_CUT_WORDS = frozenset({",", "The", "the"})


def _cut_at(doc: Doc, i: int, piece: int, end: int, label: str) -> bool:
    """Whether token ``i`` (a comma, "The" or "the") of a piece starting at ``piece`` ends
    that piece: a list of organizations or a second name starts there."""
    text = doc[i].text
    listed = label == "ORG" and text == "," and i + 1 < end and doc[i + 1].is_title
    labelled = text == "The" and i > piece and i + 1 < end  # "X The Y": two names
    # "said on Monday the Federal Aviation Administration ...": a known name,
    # then a lower-case "the" opening another
    joined = text == "the" and i + 1 < end and doc[i + 1].is_title
    labelled = labelled or (joined and span_text(doc, piece, i) in known_surfaces())
    if not joined or labelled:
        return listed or labelled
    # "making Ferraro the Democratic Party's first ...": a known name after "the"
    named = i > piece and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title  # not "of"
    return listed or (named and _known_after(doc, i + 1, end))


def _known_after(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]``, less a final possessive, is a lexicon name of two words or more
    ("the Democratic Party's"): a name of its own, not the end of a longer one."""
    if end > start and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    return end - start >= 2 and span_text(doc, start, end) in known_surfaces()


def _after_possessive(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Keep what follows a known name's possessive ("United Nations' Food ...").

    Only a lexicon name before the possessive splits the entity: "People's
    Vote" stays whole.
    """
    known = known_surfaces()
    for i in range(end - 2, start, -1):
        glued = doc[i].text in ("'s", "’s")
        bare = doc[i].text in _APOSTROPHES and doc[i - 1].text.endswith("s")
        if (glued or bare) and span_text(doc, start, i) in known:
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
    """A large city of the gazetteer the model called a language, an organization, a nationality
    or a person of two words or more not opening with a given name ("struck port facilities
    in Odesa", "the talks in Lyon", "the forum in Porto Alegre"), alone as the object of a
    preposition of place: a place. A known organization or demonym of that spelling stays."""
    if label not in _MISREAD_CITY and label != "PERSON" or end <= start:
        return False
    lex = lexicons()
    text = span_text(doc, start, end)
    if label == "PERSON" and (end - start < 2 or doc[start].text in lex.given_names):
        return False  # "in Porto Alegre"; not "with Charlotte", nor "at Jo Doe's home"
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
    text = span_text(doc, start, end)
    if text in lex.cities or text in lex.country_names or text in lex.geo or text in lex.demonyms:
        return False
    noun = doc[end]
    agent = lex.agents.get(noun.lower_)
    if agent is None or agent.kind != "group" or agent.sector not in _ARMED_SECTORS:
        return False
    return doc[end - 1].head == noun and doc[end - 1].dep_ in ("compound", "amod", "nmod")


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
            end = _through_of(doc, start, end)
            start, end = _after_possessive(doc, start, end)
            start = _with_given_name(doc, start, end, ent.label_)
            label = relabel(doc, start, end, ent.label_)
            if end > start and label:
                out.append(Candidate(start, end, label, "ner"))
    return out


#: the model's labels of a name that ends a place's name cut after its "of"
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _through_of(doc: Doc, start: int, end: int) -> int:
    """End a name cut after its "of" at the place or people's name that follows ("County
    of" + "Humboldt") or at an untagged known place ("State of" + "California"), else
    before the "of" ("District of" before the court "Columbia Superior Court"): no name
    ends in "of"."""
    if end - start < 2 or doc[end - 1].lower_ != "of":
        return end
    k = end + 1 if end < len(doc) and doc[end].lower_ == "the" else end
    if k < len(doc) and doc[k].ent_iob_ == "B":
        if doc[k].ent_type_ not in _PLACE_LABELS:
            return end - 1
        named = k + 1
        while named < len(doc) and doc[named].ent_iob_ == "I":
            named += 1
        return named
    named = k
    while named < len(doc) and doc[named].is_title and doc[named].pos_ == "PROPN":
        if doc[named].ent_iob_ != "O":
            break
        named += 1
    return named if named > k and is_place_word(doc[k:named].text) else end - 1


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
