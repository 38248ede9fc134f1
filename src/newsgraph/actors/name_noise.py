"""The noise around names: candidates that are no participant whatever their label.

Used by :mod:`.detect` on the merged candidates (after the model's entities are
relabelled by :mod:`.things`): :func:`drop_noise` leaves out photo credits and caption
slogans, hashtags, the labels of web links, former names, names in other scripts, words
inside titles and portfolios ("State for Health"), ships' names and companies naming a
model ("a Boeing 737"); :func:`portfolio_tokens` also serves the participant filter of
:mod:`newsgraph.actors`. Both are still importable from :mod:`.things`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .lexicon import cue_words, lexicons
from .spans import Candidate, line_ranges, title_matches, token_indices
from .thing_names import _QUOTES, _model_number, names_a_thing

__all__ = ["drop_noise", "portfolio_tokens"]

_CAPTION_TOKENS = 40
_THING_LABELS = frozenset({"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})
_PORTFOLIO_JOINS = frozenset({",", "and", "&"})


def drop_noise(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Leave out photo credits, hashtags, the labels of web links, former names
    ("(formerly Twitter)"), words of titles and companies naming a model ("a Boeing 737")."""
    credits = _credit_tokens(doc)
    linked = "[http" in doc.text  # old records keep wiki links: "[http://url Label]"
    titles = title_matches(doc)
    portfolio = portfolio_tokens(doc, titles)
    things = _thing_acronyms(doc) | _event_names(doc)
    lower = _lower_words_of_names(doc, found)
    out = []
    for cand in found:
        if _marked_noise(doc, cand, credits, lower, linked, things):
            continue
        if _before_credit(doc, cand.end - 1) and cand.end - cand.start > 1:
            cand = Candidate(cand.start, cand.end - 1, cand.label, cand.source)
        if _title_or_thing_noise(doc, cand, titles, portfolio):
            continue
        out.append(cand)
    return out


def _lower_words_of_names(doc: Doc, found: list[Candidate]) -> set[str]:
    """The words the article writes in lower case that may unmask a sentence-opening
    one-word name as a common noun (none when no candidate opens a sentence)."""
    lower = _lower_words(doc) if any(_opens(doc, c) for c in found) else set()
    # "Council" of "Legislative Council" is its short name, and "Brown" of "Jo Brown" hers,
    # however the article writes "council" or "brown"
    lower -= {doc[c.end - 1].lower_ for c in found if c.end - c.start > 1}
    lower -= {t.lower_ for c in found if c.label == "PERSON" for t in doc[c.start : c.end]}
    return lower


def _marked_noise(
    doc: Doc,
    cand: Candidate,
    credits: set[int],
    lower: set[str],
    linked: bool,
    things: set[str],
) -> bool:
    """A credit, a slashed or non-Latin name, a hashtag, a common word, markup, a link's
    label or a thing's acronym: noise the text's marks show, before any title is read."""
    if cand.start in credits or _slashed(doc, cand) or not _latin(doc, cand):
        return True
    if cand.start > 0 and doc[cand.start - 1].text == "#" or _common_word(doc, cand, lower):
        return True  # "#DemDebate": a hashtag; "Guardrails can ...": a common noun
    if any(_markup(t.text) for t in doc[cand.start : cand.end]):
        return True  # "=The interview= Introduction", "issue?:JD": markup, no name
    if linked and _link_text(doc, cand.start):
        return True  # "[http://example.org Jo Doe's Blog]": the label of a web link
    # "BIPA" of "... Prevention Act (BIPA)": a law; "Dorian" of "Hurricane Dorian"
    return cand.source == "ner" and doc[cand.start : cand.end].text in things


def _title_or_thing_noise(
    doc: Doc, cand: Candidate, titles: list[tuple[int, int]], portfolio: set[int]
) -> bool:
    """Words of a title or a portfolio, a former name, a ship's name, a company's model,
    a common noun of people or a holiday: no participant."""
    if any(_in_title(cand, s, e) for s, e in titles):
        return True  # "State" in "Secretary of State"; "Member of Parliament" is a title
    if cand.source == "ner" and _portfolio_noise(doc, cand, portfolio):
        return True  # "State for Health" of "Secretary of State for Health": the title's
    if cand.start > 0 and lexicons().qualifiers.get(doc[cand.start - 1].lower_) == "renamed":
        return True
    if _after_vessel_prefix(doc, cand.start, titles):
        return True  # "MV Professor Jane Doe": a ship's name
    if _a_company_s_model(doc, cand):
        return True  # "a Boeing 737": the aircraft, not the company
    if _a_people_noun(doc, cand):
        return True  # "Women's rights", "the Teachers may not": a common noun written large
    # "Labour Day", "Canada Day": a day, not the party or the country
    return _names_a_holiday(doc, cand)


def _a_people_noun(doc: Doc, cand: Candidate) -> bool:
    """A lone model word that is a noun of people (``incidental.tsv`` kind ``people``:
    "Women", "Teachers", "Artist"), however written, names nobody; "National" and
    "Nationals" are parties too ("National leads the polls")."""
    if cand.source != "ner" or cand.end - cand.start != 1:
        return False
    word = doc[cand.start].lower_
    # cue_words.tsv "party_noun": New Zealand's and Australia's parties
    return lexicons().incidental.get(word) == "people" and word not in cue_words("party_noun")


def _names_a_holiday(doc: Doc, cand: Candidate) -> bool:
    """A party, a country or a body written right before "Day" ("Labour Day", "Canada
    Day", "UN Day") names a holiday; a person so written keeps the name ("Doris Day" is
    one candidate, and a model person before "Day" may be the day's namesake too)."""
    after = doc[cand.end] if cand.end < len(doc) else None
    if after is None or after.text != "Day" or cand.label == "PERSON":
        return False
    return doc[cand.end - 1].whitespace_ == " "


def portfolio_tokens(doc: Doc, titles: list[tuple[int, int]]) -> set[int]:
    """Tokens of the portfolio after "for" that ends a minister's or a secretary's title.

    "Secretary of State for Culture, Media and Sport", "Assistant Secretary of State for
    East Asian and Pacific Affairs", "Minister for Health": the capitalised words after
    "for" (with commas, "and", "&" between them) name the office, not a body. The word
    after "of" in "Secretary of State" counts too, since the model tags "State for
    Health" whole: :func:`drop_noise` leaves that out (the title then names the person
    after it), while an organization named only in a portfolio stays for the coding of
    the title and is no participant (see ``actors/__init__.py``). Only titles ending in
    a portfolio word (``incidental.tsv``) or in "of State": "a spokesman for Hamas"
    names his organization.
    """
    incidental = lexicons().incidental
    out: set[int] = set()
    for start, end in titles:
        last = doc[end - 1].lower_
        of_state = last == "state" and end - start > 2 and doc[end - 2].lower_ == "of"
        if end >= len(doc) or doc[end].lower_ != "for":
            continue
        if not of_state and incidental.get(last) != "portfolio":
            continue
        if of_state:
            out.add(end - 1)
        out.update(_portfolio_words(doc, end + 1))
    return out


def _portfolio_words(doc: Doc, start: int) -> list[int]:
    """The capitalised words from ``start`` on, and the list of them joined by "and" or
    commas ("Culture, Media and Sport"); a comma not leading on to "and" ends the
    portfolio ("the Minister for Health, Reuters reported"), and so does a person's
    name after the last item ("Minister for Defence Jo Doe")."""
    out: list[int] = []
    i = start
    while i < len(doc) and doc[i].is_title:
        j = i
        while j < len(doc) and doc[j].is_title:
            j += 1
        if (
            j + 1 >= len(doc)
            or doc[j].text not in _PORTFOLIO_JOINS
            or (doc[j].text == "," and not _list_goes_on(doc, j + 1))
        ):
            out.extend(k for k in range(i, j) if doc[k].ent_type_ != "PERSON")
            break
        i_next = j + 1 + (doc[j].text == "," and doc[j + 1].lower_ == "and")
        out.extend(range(i, i_next))  # an item of the list and the join after it
        i = i_next
    return out


def _list_goes_on(doc: Doc, i: int) -> bool:
    """Capitalised words from ``i`` followed by "and", "&" or another comma."""
    j = i
    while j < len(doc) and doc[j].is_title:
        j += 1
    return j > i and j < len(doc) and doc[j].text in _PORTFOLIO_JOINS


def _portfolio_noise(doc: Doc, cand: Candidate, portfolio: set[int]) -> bool:
    """An organization opening with the "State" of "Secretary of State for X", or a person
    inside a portfolio ("Children, Schools and Families" tagged "Schools" PERSON)."""
    if cand.start not in portfolio:
        return False
    if cand.label == "PERSON":
        return all(i in portfolio for i in range(cand.start, cand.end))
    return cand.label == "ORG" and doc[cand.start].lower_ == "state"


def _markup(text: str) -> bool:
    """A token of wiki heading markup ("interview=") or of an old interview record's
    turn marker glued to the question ("policy?:JD", "US?::Jo")."""
    return "=" in text or "?:" in text or "::" in text


def _a_company_s_model(doc: Doc, cand: Candidate) -> bool:
    """A company of the lexicon followed by a model number ("a Boeing 737") names a
    product; the model's own organizations are judged by :func:`names_a_thing`."""
    if cand.org is None or cand.org.sector != "BUS" or cand.end >= len(doc):
        return False
    return _model_number(doc[cand.end - 1], doc[cand.end])


def _link_text(doc: Doc, start: int) -> bool:
    """A name inside "[http://url Label]": the label of a link, not a participant."""
    for i in range(start - 1, max(start - 8, -1), -1):
        if doc[i].text in ("]", ")") or doc[i].is_sent_start and i < start - 1:
            return False
        if doc[i].like_url and i > 0 and doc[i - 1].text == "[":
            return True
    return False


def _opens(doc: Doc, cand: Candidate) -> bool:
    """A one-word model name opening a sentence or a quotation."""
    token = doc[cand.start]
    if cand.source != "ner" or cand.end - cand.start != 1 or not token.is_alpha:
        return False
    if cand.label == "PERSON":
        return False  # "May said": a surname, whatever "may" is elsewhere
    return bool(token.is_sent_start) or (token.i > 0 and doc[token.i - 1].text in _QUOTES)


def _common_word(doc: Doc, cand: Candidate, lower_words: set[str]) -> bool:
    """A sentence-opening one-word name the article also writes in lower case
    ("Floodgates were opened" ... "the floodgates"): a common noun
    capitalised by its position, not a name."""
    if not lower_words or not _opens(doc, cand):
        return False
    word = doc[cand.start].lower_
    return bool({word, word.removesuffix("s"), word + "s"} & lower_words)


def _lower_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case (one array pass)."""
    if not len(doc):
        return set()
    columns = doc.to_array([LOWER, IS_LOWER])
    return {doc.vocab.strings[int(h)] for h in set(columns[columns[:, 1] == 1][:, 0].tolist())}


def _in_title(cand: Candidate, start: int, end: int) -> bool:
    """A candidate inside a title, or a model entity that is a whole title."""
    if not (start <= cand.start and cand.end <= end):
        return False
    return end - start > cand.end - cand.start or cand.source == "ner"


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(w for w, kind in lexicons().incidental.items() if kind == "event")


def _event_names(doc: Doc) -> set[str]:
    """Names the text gives an event ("Hurricane Dorian", "Typhoon Hagibis", "Operation
    Breadbasket"): the bare name elsewhere ("Dorian hit the islands") is the storm or the
    operation, not an actor. Not an organization's keyword ("Hurricane Center")."""
    incidental = lexicons().incidental
    keywords = lexicons().org_keywords
    out = set()
    for i in token_indices(doc, _event_words()):
        if i + 1 >= len(doc) or not doc[i].is_title or incidental.get(doc[i].lower_) != "event":
            continue
        name = doc[i + 1]
        if name.is_title and name.is_alpha and name.lower_ not in keywords:
            out.add(name.text)
    return out


def _thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms the text defines for named things ("... Prevention Act (BIPA)")."""
    out = set()
    for ent in doc.ents:
        end = ent.end - (ent[-1].text == "(")  # the model's LAW may swallow the bracket
        defined = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
        if defined and (ent.label_ in _THING_LABELS or names_a_thing(doc, ent.start, end, "")):
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
    for line_start, line_end in line_ranges(doc):
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
