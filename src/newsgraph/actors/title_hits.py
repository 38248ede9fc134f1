"""Title hits: a title found at a span near a person, and how it is coded.

Part of :mod:`.coding` (the actors stage's third step, after :mod:`.resolve` has
grouped the entities): :class:`TitleHit` is what :mod:`.title_search` finds around a
person's mention and :mod:`.person_coding` turns into the person's country and
sector. This module holds the article's lookups (:class:`_Context`: token ->
entity, title spans by start and end), the coding of one title span (:func:`_hit`:
the title's own sector, else a party's word or a body's common noun before it or
after its "for"/"of") and the country and organization named right before a title
(:func:`_attached_before`: "Iraqi", "Iran’s", "Taliban").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from ..model import Title
from .lexicon import cue_words, lexicons
from .resolve import Entity
from .spans import span_text

_COMMON = frozenset({"NOUN", "ADJ", "PROPN"})  # lower-case: "foreign" is tagged PROPN
# agent nouns (agents.tsv) naming a body whose chief or spokesman holds its sector; a role
# ("official", "member") names no body
_BODY_KINDS = frozenset({"group", "institution"})


@dataclass(frozen=True, slots=True)
class TitleHit:
    """A title found near a person mention, with what was attached to it."""

    title: Title | None  # None: an affiliation only ("NAME of the X Party")
    sector: str
    gender: str
    country: str | None
    org: Entity | None
    rank: int  # 0 before the name, 1 appositive after, 2 inside the name


def _tidy(text: str) -> str:
    if any(ch.isupper() for ch in text):
        return text
    small = {"of", "the", "for", "and"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split())


class _Context:
    """Lookups over one article: token -> entity, title spans by start and end."""

    def __init__(self, doc: Doc, entities: list[Entity], titles: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.owner: dict[int, tuple[Entity, int, int]] = {}
        for ent in entities:
            for start, end in ent.spans:
                for i in range(start, end):
                    self.owner[i] = (ent, start, end)
        self.title_ending = {e: s for s, e in titles}
        self.title_starting = {s: e for s, e in titles}

    @cached_property
    def gpe_ends(self) -> dict[int, int]:
        """The end of the model's GPE entity starting at each token, read from ``doc.ents``
        once (spaCy builds every entity's Span on each read of ``doc.ents``)."""
        out: dict[int, int] = {}
        for ent in self.doc.ents:
            if ent.label_ == "GPE":
                out.setdefault(ent.start, ent.end)
        return out

    def entity_ending(self, i: int) -> tuple[Entity, int] | None:
        """The entity whose mention ends at token ``i`` (exclusive), and where it starts."""
        hit = self.owner.get(i - 1)
        return (hit[0], hit[1]) if hit and hit[2] == i else None


def _qualifier(doc: Doc, i: int) -> str:
    """The time qualifier of a title starting at token ``i`` ("former", "ex-", "acting")."""
    quals = _title_qualifiers()
    if i > 0 and doc[i - 1].lower_ in quals:
        return quals[doc[i - 1].lower_]
    if i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ in quals:
        return quals[doc[i - 2].lower_]
    return ""


@lru_cache(maxsize=1)
def _title_qualifiers() -> dict[str, str]:
    # "renamed" marks former names of organizations, not a title's time
    return {w: q for w, q in lexicons().qualifiers.items() if q != "renamed"}


def _hit(ctx: _Context, start: int, end: int, qualifier: str, rank: int,
         country: str | None, org: Entity | None) -> TitleHit:  # fmt: skip
    text = span_text(ctx.doc, start, end)
    entry = lexicons().titles[text.lower()]
    org = _named_body(ctx, start) or org  # "Republican committee member": the committee
    known = org is not None and org.sector is not None  # "Republican committee member"
    # a party's word right before the title is the party's even where the model made an
    # organization of it with a place, coded as a people ("Victorian Nationals leader": not
    # the Victorians, CVL); a body's own sector stays ("House Republican leader": LEG)
    people = org is not None and org.sector == "CVL"
    partisan = not entry.sector and people and _partisan_before(ctx.doc, start)
    owner = _owner_sector(ctx.doc, start)
    body = "" if known else owner or _body_sector(ctx.doc, start, end)
    # "the company's president": the company's; not "deputy president", an agent noun's
    # cue_words.tsv "presiding": titles of the head of a body of any kind, coded in
    # ``titles.tsv`` by their most reported holder (a state's president GOV, a company's
    # chairman BUS): a body named by a common noun with one ("the company's president",
    # "president of the firm", "the party's chairman") gives its own sector instead
    presiding = text.lower() in cue_words("presiding")
    head = presiding and body and (owner or not _after_agent(ctx.doc, start))
    sector = (entry.sector if not head else "") or ("PTY" if partisan else body)
    if sector == "MIL" and _police_before(ctx, start, org):
        sector = "COP"  # "Police Captain NAME", "Iraqi police Capt. NAME": a police rank
    return TitleHit(Title(_tidy(text), qualifier), sector, entry.gender, country, org, rank)


def _police_before(ctx: _Context, start: int, org: Entity | None) -> bool:
    """A police force names the rank at ``start``: its body ("Chicago Police Department
    Captain"), a police keyword right before it ("Police Captain", "police Lt.") or a
    police title ("police spokesman General NAME"); not the military police ("military
    police Captain": a soldier)."""
    if org is not None and org.sector in ("COP", "MIL"):
        return org.sector == "COP"
    doc, lex = ctx.doc, lexicons()
    title = ctx.title_ending.get(start)
    if title is not None:
        entry = lex.titles.get(span_text(doc, title, start).lower())
        return entry is not None and entry.sector == "COP"
    before = doc[start - 1].lower_ if start > 0 else ""
    military = start > 1 and doc[start - 2].lower_ == "military"
    return lex.org_keywords.get(before) == "COP" and not military


def _after_agent(doc: Doc, start: int) -> bool:
    """An agent noun (``agents.tsv``) that is no body's keyword right before the title
    ("deputy president"; not "party chairman")."""
    lex = lexicons()
    word = doc[start - 1].lower_ if start > 0 else ""
    return word in lex.agents and word not in lex.org_keywords


def _describing(token: Token) -> bool:
    """A lower-case adjective or noun, or a number, before a title ("deputy", "2018")."""
    return (token.is_lower and token.pos_ in ("ADJ", "NOUN")) or token.like_num


def _owner_sector(doc: Doc, start: int) -> str:
    """The sector of a body named by a common noun owning the title at ``start``, across
    two words describing the title ("the company's president": BUS, "the party's deputy
    leader": PTY); a place's office is its government's ("the city's planning director":
    GOV); none for a noun that names no one kind ("the group's")."""
    k = start - 1  # "the party's 2018 nominee" too
    while k > start - 3 and k > 0 and _describing(doc[k]):
        k -= 1
    if k < 1 or doc[k].text not in ("'s", "’s"):
        return ""
    noun = doc[k - 1]
    if not noun.is_lower or noun.pos_ != "NOUN":
        return ""
    found = lexicons().descriptions.get(noun.lower_)
    place = found is not None and found[0] in ("COUNTRY", "GPE")
    return "GOV" if place else _noun_sector(noun)


def _named_body(ctx: _Context, start: int) -> Entity | None:
    """The body a common noun before a title names by its head ("committee chairman NAME"
    after "the House Judiciary Committee"): the last organization before it whose name
    ends in that noun."""
    doc = ctx.doc
    noun = doc[start - 1] if start > 0 else None
    if noun is None or not noun.is_lower or noun.pos_ != "NOUN":
        return None
    named = [
        (e, ent) for ent, s, e in ctx.owner.values()
        if ent.type == "ORG" and e < start - 1 and doc[e - 1].lower_ == noun.lower_
    ]  # fmt: skip
    return max(named, key=lambda found: found[0])[1] if named else None


def _body_sector(doc: Doc, start: int, end: int) -> str:
    """The sector of a body named by a common noun at a sector-less title: right before it
    ("a government spokesperson", "the church spokeswoman") or as the object of its "for"
    or "of" ("a spokeswoman for the police department": the modifying noun first). A
    party's word ("Liberal leader", "Tory spokesman", ``partisans.tsv``) makes it a
    party's (PTY)."""
    if _partisan_before(doc, start):
        return "PTY"
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and not before.ent_type_:
        keyword = lexicons().org_keywords.get(before.lower_, "")
        if before.is_title and keyword:
            return keyword  # "Ministry spokesman": a body named by its keyword alone
    if before is not None and before.is_lower and before.pos_ in ("NOUN", "ADJ"):
        found = _noun_sector(before)
        if found or before.pos_ == "NOUN":
            return found
    if before is not None and _capitalised_first(before):
        # "Junta chief NAME", "Rebel leader NAME": a common noun capitalised only because
        # it opens the sentence names the body as its lower-case form does
        found = _noun_sector(before, lowered=True)
        if found:
            return found
    if end >= len(doc) or doc[end].lower_ not in ("for", "of"):
        return ""
    objects = [c for c in doc[end].children if c.dep_ == "pobj" and c.is_lower]
    lex = lexicons()
    if not objects or objects[0].lower_ not in lex.org_keywords:
        return ""  # "director of government solutions": no body
    nouns = [c for c in objects[0].children if c.dep_ == "compound" and _noun_sector(c)]
    return _noun_sector(nouns[0] if nouns else objects[0])


def _partisan_before(doc: Doc, start: int) -> bool:
    """A party's word ends right before ``start``, across a parenthesised acronym:
    "Liberal leader", "Lib Dem spokesman", "Progressive Conservative (PC) leader"."""
    end = start
    if end > 2 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3
    partisans = lexicons().partisans
    return any(end - n >= 0 and span_text(doc, end - n, end) in partisans for n in (1, 2))


def _capitalised_first(token: Token) -> bool:
    """A title-case word opening its sentence that no entity covers ("Junta chief")."""
    opening = bool(token.is_sent_start) and token.is_title
    return opening and not token.ent_type_ and token.pos_ in ("NOUN", "PROPN", "ADJ")


def _noun_sector(noun: Token, lowered: bool = False) -> str:
    """The sector of a common noun naming a body of one kind ("police", "church", "junta");
    a noun that a description leaves open ("group", "council") names none. ``lowered``
    takes a capitalised word as its lower-case form (a sentence's first word)."""
    lex = lexicons()
    word = noun.lower_
    description = lex.descriptions.get(word)
    if not (noun.is_lower or lowered) or (description is not None and not description[1]):
        return ""
    agent = lex.agents.get(word)  # "a rebel spokesman", "a junta chief": the body's sector
    group = agent.sector if agent is not None and agent.kind in _BODY_KINDS else ""
    return lex.org_keywords.get(word, "") or group


def _attached_before(ctx: _Context, i: int) -> tuple[str | None, Entity | None, int]:
    """Country and organization named just before token ``i`` ("Iraqi", "Iran’s", "Taliban")."""
    inside = ctx.owner.get(i)
    if inside is not None and inside[1] < i and inside[0].type == "ORG":
        # the model's "Dutch Foreign Affairs" overlaps the title "Foreign Affairs Minister"
        return inside[0].country, inside[0], inside[1]
    return _entities_before(ctx, _past_words_before(ctx, i))


def _past_words_before(ctx: _Context, i: int) -> int:
    """Where the words describing the title at ``i`` start, when an entity ends right
    before them (else ``i``): a few common nouns or a portfolio's capitalised words."""
    doc = ctx.doc
    j = i
    # "Oxford University public health expert": skip a few common nouns (a lower-case word
    # the tagger calls a proper noun too: "China's foreign ministry spokesperson"), not
    # another title
    while j > 0 and i - j < 3 and _common_word(ctx, j - 1, i):
        j -= 1
    # "Nigerian Justice Minister": or a portfolio's capitalised words no entity owns
    while j == i or (j < i and doc[j].is_title and i - j < 2):
        word = doc[j - 1] if j > 0 else None
        if word is None or not (word.is_title and word.is_alpha) or j - 1 in ctx.owner:
            break
        if word.pos_ not in ("PROPN", "NOUN", "ADJ"):
            break
        j -= 1
    owned = j > 0 and doc[j - 1].text in ("'s", "’s")  # "Lebanon's new President"
    if j != i and ctx.entity_ending(j - owned) is None:
        j = i
    return j


def _entities_before(ctx: _Context, j: int) -> tuple[str | None, Entity | None, int]:
    """The first organization and first country among up to three entities ending before
    token ``j`` (across possessives and acronyms), and where the last of them starts."""
    doc = ctx.doc
    country: str | None = None
    org: Entity | None = None
    for _ in range(3):
        if j > 0 and doc[j - 1].text in ("'s", "’s"):
            j -= 1
        j = _past_acronym(ctx, j)
        found = ctx.entity_ending(j)
        if found is None:
            break
        ent, start = found
        if ent.type == "ORG" and org is None:
            org = ent
        elif ent.country and country is None:
            country = ent.country
        j = start
    return country, org, j


def _common_word(ctx: _Context, k: int, i: int) -> bool:
    """A lower-case word between a body and the title at ``i`` ("Oxford University public
    health expert", "AU trade and industry commissioner": an "and" between two such
    words), but no other title right before it: in "AU chairperson President NAME" the
    body is the chair's, and the president is his country's ("NAR chief economist" is
    one description)."""
    doc = ctx.doc
    word = doc[k]
    if not word.is_lower or (k + 1 == i and i in ctx.title_ending):
        return False
    if word.lower_ == "and":  # not "party leader and Prime Minister NAME": two titles
        return (
            k > 0
            and doc[k - 1].pos_ in _COMMON
            and doc[k - 1].is_lower
            and k not in ctx.title_ending
        )
    return word.pos_ in _COMMON


def _past_acronym(ctx: _Context, j: int) -> int:
    """Back over a parenthesised acronym after a name: "the Democratic Progressive Party
    (DPP) Chairman NAME" is the party's chairman."""
    doc = ctx.doc
    if j < 4 or doc[j - 1].text != ")" or doc[j - 3].text != "(" or j - 2 not in ctx.owner:
        return j
    found = ctx.entity_ending(j - 3)  # a body's, not a country's: in a list run together,
    return j - 3 if found is not None and found[0].type == "ORG" else j  # "China (PRC) Prime"
