"""The builder of one actor or place, and the location tests every grouping step uses.

:class:`Entity` collects an actor's mentions while the article is read;
:func:`is_locative` tells a name used as a location ("in Karaj") from one
that takes part; :func:`title_heads` lists the nouns whose "of X" is part
of a name. Split from :mod:`.resolve` so that :mod:`.people` can use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from ..model import Mention
from .lexicon import OrgEntry, cue_words, lexicons
from .spans import token_bounds

__all__ = [
    "Entity",
    "after_title_of",
    "is_consignment",
    "is_locative",
    "sentence_index",
    "title_heads",
]

_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})


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
        if 0 <= start < end <= len(doc):  # offsets and text without Span or Token objects
            text, starts, ends = token_bounds(doc)
            first, last = starts[start], ends[end - 1]
            self.mentions.append(Mention(first, last, text[first:last], label, source))
        else:
            span = doc[start:end]
            self.mentions.append(Mention(span.start_char, span.end_char, span.text, label, source))
        self.spans.append((start, end))
        self.locative.append(is_locative(doc[start] if end - start == 1 else doc[start:end].root))

    @property
    def first(self) -> int:
        """Character offset of the first mention."""
        return min((m.start for m in self.mentions), default=0)


#: Where :func:`sentence_index` keeps its numbers in ``doc.user_data``.
_SENTENCES_KEY = "newsgraph.sentence_index"


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (all 0 when the Doc has no sentence boundaries).

    The list is shared by the callers of one Doc: read it, never change it.
    """
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return [0] * len(doc)
    if not len(doc):
        return []
    stored = doc.user_data.get(_SENTENCES_KEY)  # read by several steps: kept per Doc
    if isinstance(stored, list) and stored[0] == len(doc):
        kept: list[int] = stored[1]
        return kept
    starts = doc.to_array([SENT_START]).reshape(-1) == 1
    starts[0] = True
    numbers: list[int] = (numpy.cumsum(starts) - 1).tolist()  # one array pass, no Tokens
    doc.user_data[_SENTENCES_KEY] = [len(doc), numbers]
    return numbers


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
        if prep.lower_ == "between" and locative.get(prep.head.lower_) == "party":
            return False  # "talks between Peru and Chile": the parties, not a stretch of land
        if locative.get(prep.lower_) == "prep":
            return True
        if prep.lower_ == "from" and (_after_people(prep) or _from_motion(prep)):
            return True  # "migrants from Syria", "flew from Dallas", "she is from Leeds"
        if prep.lower_ == "of" and prep.head.lower_ in title_heads():
            return True  # part of a title ("First Minister of Scotland"), not a participant
        if prep.lower_ == "to":
            motion = locative.get((prep.head.lemma_ or prep.head.text).lower()) == "motion"
            return motion and not _consigned_to_country(root, prep.head)
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


def _from_motion(prep: Token) -> bool:
    """ "from" after a verb of motion with no object ("travelled from Dallas") or a
    copula ("the driver was from Leeds"): a starting point or a home, not a party
    ("took the money from Dallas" names a source)."""
    head = prep.head
    if head == prep or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = (head.lemma_ or head.text).lower()
    if lemma == "be" or head.lower_ in _BE:
        return True
    moved = any(c.dep_ == "dobj" for c in head.children)  # "took $5 from X": a source
    return not moved and lexicons().locative.get(lemma) == "motion"


def _consigned_to_country(root: Token, verb: Token) -> bool:
    """A country that aid, money, weapons or troops are sent to ("sent tanks to Ukraine",
    "troops were deployed to Iraq", "aid brought to Haiti"): the party that receives
    them, as PETRARCH codes the target of CAMEO 07 and 15, not a destination. A city
    or a region stays a place ("sent troops to Kabul"), and so does a country one only
    travels to ("flew to Haiti", no such cargo)."""
    start = root.left_edge.i + (root.left_edge.lower_ == "the")
    if root.doc[start : root.i + 1].text not in lexicons().country_names:
        return False
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":  # "the tanks sent to Ukraine"
        sent.append(verb.head)
    return any(is_consignment(t) for t in sent)


def is_consignment(token: Token) -> bool:
    """Whether ``token`` is what one country sends another: aid, money, weapons, troops
    (``cue_words.tsv`` kind ``consignment``, matched by lemma or form)."""
    cargo = cue_words("consignment")
    return (token.lemma_ or token.text).lower() in cargo or token.lower_ in cargo


def _incidental_modifier(root: Token) -> bool:
    """A nationality describing people or a place ("a Syrian child", "the Spanish island")."""
    if root.dep_ != "amod":
        return False  # most mentions: no need to look at the head
    return lexicons().incidental.get(root.head.lower_) in ("people", "site")


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Nouns whose "of X" complement is part of a name: titles and institutions."""
    lex = lexicons()
    institutions = {noun for noun, (_, _, template) in lex.descriptions.items() if template}
    return frozenset(title.split()[-1] for title in lex.titles) | institutions
