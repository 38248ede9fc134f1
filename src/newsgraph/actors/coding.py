"""Coding: titles with qualifiers, ISO3 country and PLOVER/CAMEO sector of each entity.

Where a person's title and country come from, in order:

1. a title right before the name, itself preceded by a qualifier, a demonym,
   a country's possessive, a place or an organization: "former Syrian
   president Bashar al-Assad", "Iran’s Supreme Leader, Ayatollah ...",
   "Taliban spokesperson Rahim Sadat";
2. an appositive after the name: "Carrie Lam, the chief executive",
   "Jamel Msallem, President of the Tunisian League ...";
3. a title inside the name span ("Pope Francis", "Ayatollah ...").

An office before an honorific is the person's ("Cabinet Secretary Sir NAME"); a
sector-less title serving an office takes its sector ("spokeswoman for the Prime
Minister X", "the President's spokesman"); ``titles.tsv`` may name the sector of
an office held for a country alone ("Israeli chief of staff": MIL, "Hong Kong
Chief Executive": GOV, while a company's chief executive is BUS); and an
organization nobody codes takes the sector of the titles held at it ("X CEO").

The sector is the title's (ranks -> MIL, ministers -> GOV, ...); a title that
says nothing by itself ("spokesperson", "leader", "head") takes the sector of
the organization it is attached to, else of a body's common noun at it ("a
police spokesman", "a spokeswoman for the church council"), and when a country precedes it with no
organization ("Palestinian leader Jo Hale") it is a government role
(GOV), as CAMEO codes national leaders. Organizations take their lexicon country
and sector, else a demonym or country inside or before the name and the first
sector keyword of the name ("Hong Kong Police Force" -> COP). A person or an
organization with no country of its own (for a person, not even one before a
description that is no title: "Italian artist NAME", "Google engineer NAME")
gets the article's dominant country (a name followed by a US party-and-state
designator, "Jo Doe (D-Nev)", is a member of Congress first: USA, LEG)
(the country most mentioned, cities and states counting for theirs): in
single-country news that is nearly always right, and it is documented here
rather than hidden. Before that, a well-known leader (``leaders.jsonl``: heads
of state and government of major countries, UN secretaries-general) takes
the lexicon's country and sector when the text gives none. The clues of
:mod:`.clues` (an office held, an international name, an association's
members) fill what titles and keywords leave open.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import Title
from .clues import (
    code_from_descriptor,
    holds_an_office,
    igo_inside,
    international,
    members_sector,
    post_taken,
)
from .lexicon import lexicons
from .orgs import country_of_text, is_place_word
from .resolve import Entity
from .salience import dominant_country

__all__ = ["TitleHit", "code_entities", "titles_near"]

_GENERIC_SECTORS = frozenset({"", "GOV", "BUS"})
_PARTIES = frozenset({"D", "R", "I"})  # the party letters of "(D-Nev)"
_SEEKERS = ("candidate", "nominee")  # titles of those seeking an office, not holding it
_APPOSITIVE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PUNCT"})
_APPOSITIVE_END = frozenset({"VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"})
_COMMON = frozenset({"NOUN", "ADJ", "PROPN"})  # lower-case: "foreign" is tagged PROPN
_SKIPPABLE = frozenset({"the", "a", "an", "current", "new", "then-", "its", "their"})
# agent nouns (agents.tsv) naming a body whose chief or spokesman holds its sector; a role
# ("official", "member") names no body
_BODY_KINDS = frozenset({"group", "institution"})
# institutions with boards and offices of their own: "the Council of X Church" is the church's
_GOVERNED_SECTORS = frozenset({"EDU", "REL", "HLH"})
# keywords as often a government's own unit as a school's ("Office of the Civil Defense
# Coordinating Center"): no owner of a body before them
_SHARED_HEADS = frozenset({"center", "centre"})


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
    text = ctx.doc[start:end].text
    entry = lexicons().titles[text.lower()]
    known = org is not None and org.sector is not None  # "Republican committee member"
    # a party's word right before the title is the party's even where the model made an
    # organization of it with a place, coded as a people ("Victorian Nationals leader": not
    # the Victorians, CVL); a body's own sector stays ("House Republican leader": LEG)
    people = org is not None and org.sector == "CVL"
    partisan = not entry.sector and people and _partisan_before(ctx.doc, start)
    body = "" if known else _body_sector(ctx.doc, start, end)
    sector = entry.sector or ("PTY" if partisan else body)
    return TitleHit(Title(_tidy(text), qualifier), sector, entry.gender, country, org, rank)


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
    return any(end - n >= 0 and doc[end - n : end].text in partisans for n in (1, 2))


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
    country: str | None = None
    org: Entity | None = None
    j = i
    doc = ctx.doc
    inside = ctx.owner.get(i)
    if inside is not None and inside[1] < i and inside[0].type == "ORG":
        # the model's "Dutch Foreign Affairs" overlaps the title "Foreign Affairs Minister"
        return inside[0].country, inside[0], inside[1]
    # "Oxford University public health expert": skip a few common nouns (a lower-case word
    # the tagger calls a proper noun too: "China's foreign ministry spokesperson")
    while j > 0 and i - j < 3 and doc[j - 1].pos_ in _COMMON and doc[j - 1].is_lower:
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


def _past_acronym(ctx: _Context, j: int) -> int:
    """Back over a parenthesised acronym after a name: "the Democratic Progressive Party
    (DPP) Chairman NAME" is the party's chairman."""
    doc = ctx.doc
    if j < 4 or doc[j - 1].text != ")" or doc[j - 3].text != "(" or j - 2 not in ctx.owner:
        return j
    found = ctx.entity_ending(j - 3)  # a body's, not a country's: in a list run together,
    return j - 3 if found is not None and found[0].type == "ORG" else j  # "China (PRC) Prime"


def _skip_back(doc: Doc, start: int) -> int:
    """Step back over a parenthesis ("MP (Member of Parliament) Jo Hale") and one comma."""
    pos = start
    if pos > 0 and doc[pos - 1].text == ")":
        opening = next(
            (k for k in range(pos - 2, max(pos - 10, -1), -1) if doc[k].text == "("), None
        )
        pos = opening if opening is not None else pos
    if pos > 0 and doc[pos - 1].text == ",":
        pos -= 1
    return pos


def _portfolio_start(ctx: _Context, end: int) -> int | None:
    """Where "for"/"of" opens a portfolio of up to three capitalised words, none of
    them a name, ending at ``end`` ("Minister for Interior", "Secretary for Home
    Affairs"; not "Mayor of London Sadiq")."""
    doc, i = ctx.doc, end
    while i > 0 and end - i < 3 and doc[i - 1].is_title and i - 1 not in ctx.owner:
        i -= 1
    return i - 1 if i < end and i > 0 and doc[i - 1].lower_ in ("for", "of") else None


#: diplomatic titles: "in X" after one is the posting, not the office holder's country
_POSTED = ("ambassador", "envoy", "consul", "consul general", "chargé d'affaires", "emissary")


def _posting(title: str) -> bool:
    return title.lower().endswith(_POSTED)


def _a_portfolio(doc: Doc, k: int, start: int, end: int) -> bool:
    """One word after "Secretary of" or "Minister of": a portfolio, not a body (as
    ``incidental.tsv`` ``portfolio`` says for participants)."""
    return (
        end - start == 1
        and k == start  # not "the secretary of the UN"
        and k >= 2
        and doc[k - 1].lower_ == "of"
        and lexicons().incidental.get(doc[k - 2].lower_) == "portfolio"
    )


def _title_before(ctx: _Context, start: int) -> TitleHit | None:
    """ "Iraqi Prime Minister NAME", "Mayor of London NAME", "Senator from Vermont NAME",
    "A member of the X, NAME"."""
    doc = ctx.doc
    end = _skip_back(doc, start)
    if end not in ctx.title_ending and end != start:
        end = start if start in ctx.title_ending else end
    org: Entity | None = None
    country: str | None = None
    found: tuple[Entity, int] | None = None
    if end not in ctx.title_ending:
        found = ctx.entity_ending(end)
        portfolio = _portfolio_start(ctx, end) if found is None else None
        if portfolio is not None and portfolio in ctx.title_ending:
            end, found = portfolio, None  # "Federal Minister for Interior NAME"
        elif found is None or found[0].type == "PERSON":
            return None
    end_of_org = end
    if found is not None:
        ent, k = found
        k -= doc[k - 1].lower_ == "the" if k > 0 else 0
        # "Governor of Arkansas NAME", "Senator from Vermont NAME", "a spokeswoman for the
        # X Commission, NAME"
        linked = ("of", "from", "for", "to", "in")
        if k < 2 or doc[k - 1].lower_ not in linked or k - 1 not in ctx.title_ending:
            return None
        if doc[k - 1].lower_ == "for" and ent.type != "ORG" and not ent.country:
            return None  # "Special Representative for West Africa, NAME": no body, no country
        posted = _posting(doc[ctx.title_ending[k - 1] : k - 1].text)
        if doc[k - 1].lower_ == "in" and not posted:
            return None
        if doc[k - 1].lower_ == "to" or posted:  # "The U.S. ambassador to Iraq, NAME", "in
            end = k - 1  # Manila": sent there, not of it; his country is the one before the title
        else:
            org, country, end = (ent if ent.type == "ORG" else None), ent.country, k - 1
            if org is not None and org.org is None and _a_portfolio(doc, k, found[1], end_of_org):
                org = None  # "Secretary of Energy, NAME": the portfolio, no body ("energy" BUS)
    t_start = ctx.title_ending[end]
    before_country, before_org, j = _attached_before(ctx, t_start)
    if before_org is None and before_country is None and org is None and country is None:
        before_org, before_country = _its_antecedent(ctx, t_start)  # "Its chairman, NAME"
    # "former Syrian president": the qualifier may precede the country, but not
    # words of another role ("former presidential candidate Senator X")
    direct = all(k in ctx.owner or doc[k].text in ("'s", "’s") for k in range(j, t_start))
    qualifier = _qualifier(doc, t_start) or (_qualifier(doc, j) if direct else "")
    hit = _hit(ctx, t_start, end, qualifier, 0, country or before_country, org or before_org)
    served = _office_possessing(ctx, t_start) if not hit.sector and hit.org is None else None
    if served is not None:  # "the Israeli Prime Minister's spokesman NAME"
        hit = replace(hit, sector=served[0], country=hit.country or served[1])
    return hit


def _its_antecedent(ctx: _Context, t_start: int) -> tuple[Entity | None, str | None]:
    """ "The union struck. Its general secretary, NAME": the organization named last before
    "its", in the same sentence or the one before (a country named between is passed over:
    "the FNL ... peace in Burundi. Its leader NAME" leads the FNL)."""
    doc = ctx.doc
    if t_start == 0 or doc[t_start - 1].lower_ != "its":
        return None, None
    sentence = doc[t_start].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(t_start - 2, first - 1, -1):
        found = ctx.owner.get(i)
        if found is not None and found[0].type == "ORG":
            return found[0], found[0].country
    return None, None


def _office_possessing(ctx: _Context, t_start: int) -> tuple[str, str | None] | None:
    """The sector (and country) of an office whose possessive precedes a sector-less
    title: "the Israeli Prime Minister's spokesman", "the President's chief of staff"."""
    doc = ctx.doc
    if t_start < 2 or doc[t_start - 1].text not in ("'s", "’s"):
        return None
    start = ctx.title_ending.get(t_start - 1)
    entry = lexicons().titles.get(doc[start : t_start - 1].text.lower()) if start else None
    if start is None or entry is None or entry.sector not in _SERVED_SECTORS:
        return None
    country, _, _ = _attached_before(ctx, start)
    return entry.sector, country


def _title_after(ctx: _Context, end: int) -> TitleHit | None:
    """ "NAME, the chief executive", "NAME, President of the X", "NAME of the X", and a bare
    country in an appositive ("NAME, a Syrian child"); "NAME's adviser" is someone else."""
    doc = ctx.doc
    of = end + (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "of")
    if of + 2 < len(doc) and doc[of].lower_ == "of":
        owner = ctx.owner.get(_past_descriptors(doc, of + 1 + (doc[of + 1].lower_ == "the")))
        if owner is not None and owner[0].type == "ORG":  # "NAME, of the rights group X"
            return TitleHit(None, "", "", owner[0].country, owner[0], 1)
    if end >= len(doc) or doc[end].text != ",":
        return None
    scanned = _scan_appositive(ctx, end + 1)
    if scanned is None:
        return None
    i, qualifier, country = scanned
    if i not in ctx.title_starting:
        # the appositive ended without a title: keep a country it named
        return TitleHit(None, "", "", country, None, 1) if country else None
    t_end = ctx.title_starting[i]
    nxt = ctx.owner.get(_skip_forward(doc, t_end))
    if nxt is not None and nxt[0].type == "PERSON":
        return None  # the title of the next person in a list
    if _opens_a_clause(doc[i:t_end].root, doc[end - 1]):
        return None  # "at the request of Boris Johnson, the Queen suspended ...": a new clause
    org: Entity | None = None
    # "NAME, an analyst with Acme": "with" joins staff to their employer too
    if t_end + 1 < len(doc) and doc[t_end].lower_ in ("of", "for", "at", "with"):
        k = t_end + 1 + (doc[t_end + 1].lower_ == "the")
        if k in ctx.owner:
            holder = ctx.owner[k][0]
            nxt = ctx.owner.get(ctx.owner[k][2])
            if holder.type == "COUNTRY" and nxt is not None and nxt[0].type == "PERSON":
                return None  # "NAME, the President of Colombia Jo Hale": the next one's
            org = holder if holder.type == "ORG" else None
            country = country or holder.country
    if org is None and not country and t_end < len(doc) and doc[t_end].lower_ in ("of", "at"):
        country = _country_in_object(ctx, doc[t_end])  # "leader of the party in Iraq"
    if org is None:  # "NAME, White House Chief of Staff", "NAME, the IFJ's General Secretary"
        j = i  # "NAME, Interpol's executive director": past words describing the title
        while j - 1 > end + 1 and i - j < 2 and doc[j - 1].is_lower and doc[j - 1].pos_ == "ADJ":
            j -= 1
        before = ctx.entity_ending(j - (doc[j - 1].text in ("'s", "’s")))
        if before is not None and before[0].type == "ORG" and before[1] > end:
            org = before[0]
    hit = _hit(ctx, i, t_end, qualifier, 1, country, org)
    served = _office_served(ctx, t_end) if not hit.sector and org is None else None
    if served is not None:  # "NAME, spokeswoman for the Israeli Prime Minister X"
        hit = replace(hit, sector=served[0], country=hit.country or served[1])
    return hit


def _country_in_object(ctx: _Context, preposition: Token) -> str | None:
    """The country of the first country or coded body inside the object of a title's
    "of"/"at" ("head of the biggest bloc in the Ruritanian Council of Representatives")."""
    for obj in (c for c in preposition.children if c.dep_ == "pobj"):
        for token in obj.subtree:
            owner = ctx.owner.get(token.i)
            if token.i - preposition.i > 12:
                break
            if owner is not None and owner[0].type in ("COUNTRY", "ORG") and owner[0].country:
                return owner[0].country
    return None


#: sectors of offices whose staff share them: a spokesman for a minister speaks for the state
_SERVED_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD"})


def _office_served(ctx: _Context, t_end: int) -> tuple[str, str | None] | None:
    """The sector (and country) of an office that a sector-less title serves: "spokeswoman
    for the Israeli Prime Minister X", "chief of staff to Vice President X", "spokesman for
    current president X"."""
    doc = ctx.doc
    if t_end >= len(doc) or doc[t_end].lower_ not in ("for", "to"):
        return None
    k, country = t_end + 1, None
    while k < len(doc) and k - t_end < 6 and k not in ctx.title_starting:
        owner = ctx.owner.get(k)
        if owner is not None and owner[0].type == "COUNTRY":
            country, k = owner[0].country, owner[2]
        elif doc[k].lower_ in ("the", "current", "then") or doc[k].lower_ in _title_qualifiers():
            k += 1
        else:
            return None
    end = ctx.title_starting.get(k)
    entry = lexicons().titles.get(doc[k:end].text.lower()) if end is not None else None
    if entry is None or entry.sector not in _SERVED_SECTORS:
        return None
    return entry.sector, country


def _past_descriptors(doc: Doc, i: int) -> int:
    """Past up to three lower-case words describing a body ("the environmental group X")."""
    k = i
    while k < len(doc) and k - i < 3 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k += 1
    return k if k < len(doc) and not doc[k].is_lower else i


def _opens_a_clause(title: Token, name: Token) -> bool:
    """A title after "NAME," that is the subject of its own clause, unlinked to the
    name ("Per request of Boris Johnson, the Queen suspended parliament"); "Jo Doe,
    the mayor of X, was found" (the parser's subject, the name its apposition) stays."""
    if title.dep_ not in ("nsubj", "nsubjpass"):
        return False
    linked = (name.head, name.head.head)  # "Jo Doe" may hang from the title, or
    return title not in linked and title.head not in (name, name.head)  # be its sibling


def _scan_appositive(ctx: _Context, i: int) -> tuple[int, str, str | None] | None:
    """Walk an appositive from token ``i`` up to its title or its end.

    Returns where it stopped (a title's first token, or past the appositive),
    the qualifier and the country met on the way; None when the words are
    not those of an appositive noun phrase.
    """
    doc = ctx.doc
    qualifier = ""
    country: str | None = None
    for _ in range(10):
        if i >= len(doc) or i in ctx.title_starting:
            return i, qualifier, country
        token = doc[i]
        owner = ctx.owner.get(i)
        if token.lower_ in _title_qualifiers():
            qualifier = _title_qualifiers()[token.lower_]
        elif owner is not None and owner[0].country and owner[0].type != "PERSON":
            country = owner[0].country
            i = owner[2] - 1
        elif owner is not None and owner[0].type == "ORG" and _possessed(doc, owner[2]):
            i = owner[2]  # "NAME, the OSCE's envoy": a body of no country, its possessive
        elif token.text in (",", ";", ".") or token.pos_ in _APPOSITIVE_END:
            return i, qualifier, country
        elif owner is None and _portfolio_word(ctx, i):
            pass  # "NAME, the Planning Minister for X", "NAME, Shadow Minister"
        elif token.lower_ not in _SKIPPABLE and token.pos_ not in _APPOSITIVE_POS:
            return None
        i += 1
    return (i, qualifier, country) if i >= len(doc) else None


def _possessed(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text in ("'s", "’s")


def _portfolio_word(ctx: _Context, i: int) -> bool:
    """A capitalised word no entity owns, one or two before a title that takes
    portfolios ("Planning" of "the Planning Minister", "Shadow Minister"; not "Executive
    Vice President", "District Attorney")."""
    doc = ctx.doc
    word = doc[i]
    if not (word.is_title and word.is_alpha and word.pos_ in ("PROPN", "NOUN", "ADJ")):
        return False
    k = i + 1
    if k < len(doc) and k not in ctx.title_starting and doc[k].is_title and k not in ctx.owner:
        k += 1  # "the Trade and Industry Minister" stays out: two words at most
    end = ctx.title_starting.get(k)
    return end is not None and doc[k:end].text.lower() in _portfolio_titles()


@lru_cache(maxsize=1)
def _portfolio_titles() -> frozenset[str]:
    """Titles that take portfolios: the lexicon lists them after two or more different
    words ("foreign minister", "defence minister": "minister"; "home secretary")."""
    before: dict[str, set[str]] = {}
    for title in lexicons().titles:
        first, _, rest = title.partition(" ")
        if rest:
            before.setdefault(rest, set()).add(first)
    return frozenset(rest for rest, firsts in before.items() if len(firsts) >= 2)


def _skip_forward(doc: Doc, i: int) -> int:
    if i < len(doc) and doc[i].text == "(":
        closing = next((k for k in range(i + 1, min(i + 10, len(doc))) if doc[k].text == ")"), None)
        return closing + 1 if closing is not None else i
    return i


def _office_before_honorific(ctx: _Context, start: int) -> TitleHit | None:
    """ "Cabinet Secretary Sir NAME", "Prime Minister Dr. NAME": an office written before
    an honorific (``honorifics.tsv``) is the person's, and says more than the honorific."""
    honorific = start - 1
    if honorific < 1 or ctx.doc[honorific].lower_ not in lexicons().honorifics:
        return None
    return _title_before(ctx, honorific)


def _title_inside(ctx: _Context, start: int, end: int) -> TitleHit | None:
    if start in ctx.title_starting and ctx.title_starting[start] < end:
        return _hit(ctx, start, ctx.title_starting[start], "", 2, None, None)
    return None


def titles_near(ctx: _Context, person: Entity) -> list[TitleHit]:
    """Every title found around the person's named mentions, best first."""
    hits = []
    for (start, end), mention in zip(person.spans, person.mentions, strict=True):
        if mention.source not in ("ner", "alias", "ruler"):
            continue
        for hit in (
            _title_before(ctx, start),
            _office_before_honorific(ctx, start),
            _title_after(ctx, end),
            _title_inside(ctx, start, end),
        ):
            if hit is not None:
                hits.append(hit)
    # a party's role ("Labor leader") yields to an office named as near ("Opposition Leader")
    hits.sort(key=lambda h: (h.rank, h.sector == "", h.sector == "PTY"))
    return hits


def _org_sector(org: Entity | None) -> str | None:
    return org.sector if org is not None else None


def _national_role(hit: TitleHit) -> str | None:
    """ "Palestinian leader", "Iranian spokesman": a sector-less title held for a
    country (no organization named) is a government role, as CAMEO codes it, unless
    ``titles.tsv`` names the office's own ("Israeli chief of staff": MIL; also in an
    appositive, "NAME, Israeli chief of staff")."""
    if hit.title is None or not hit.country or hit.org is not None:
        return None
    seeking = hit.title.text.lower().endswith(_SEEKERS)
    entry = lexicons().titles.get(hit.title.text.lower())
    national = entry.national if entry is not None else ""
    if hit.rank == 0:
        return None if seeking else national or "GOV"  # a "presidential candidate" holds none
    return national or None  # "NAME, Israeli chief of staff": an office the lexicon names


def _national_office(hit: TitleHit) -> str | None:
    """The sector ``titles.tsv`` gives an office held for a country alone, before the
    title's own ("Hong Kong Chief Executive X", "the Chief Executive of Hong Kong": GOV;
    a company's chief executive stays BUS)."""
    if hit.title is None or not hit.country or hit.org is not None or hit.rank > 1:
        return None
    entry = lexicons().titles.get(hit.title.text.lower())
    if entry is None or entry.sector != hit.sector:
        return None  # the sector the text gave ("chief of staff to Vice President X") stays
    return entry.national or None


def _code_known_leader(person: Entity) -> None:
    """A well-known leader ("Barack Obama", ``leaders.jsonl``) missing a country or sector
    from the text gets the lexicon's; one serving an international body has no country."""
    leaders = lexicons().leaders
    entry = leaders.get(person.name) or next(
        (leaders[m.text] for m in person.mentions if m.text in leaders), None
    )
    if entry is None:
        return
    person.sector = person.sector or entry.sector
    if entry.country is None and person.country is None:
        person.international = True
    person.country = person.country or entry.country


def _code_person(ctx: _Context, person: Entity) -> list[TitleHit]:
    hits = titles_near(ctx, person)
    for hit in hits:
        person.country = person.country or hit.country or (hit.org.country if hit.org else None)
        # "President of the Legislative Council": the body says more than a generic office.
        org_first = hit.sector in _GENERIC_SECTORS and _org_sector(hit.org)
        person.sector = person.sector or (
            org_first
            or _national_office(hit)
            or hit.sector
            or _org_sector(hit.org)
            or _national_role(hit)
        )
        if hit.org is not None and hit.org.org is not None and hit.org.country is None:
            person.international = True  # staff of an IGO: no country of their own
    person.titled = any(hit.title is not None for hit in hits)
    person.country = person.country or _described_country(ctx, person) or _home_country(ctx, person)
    if _party_and_state(ctx.doc, person):  # "Harry Reid (D-Nev)": a member of Congress
        person.country = person.country or "USA"
        person.sector = person.sector or "LEG"
    _code_known_leader(person)
    if person.sector is None and holds_an_office(ctx.doc, person):
        person.sector = "GOV"  # "during Jo Hale's presidency"
    person.sector = person.sector or post_taken(ctx.doc, person)
    # CAMEO codes a private individual with no office as a civilian.
    person.sector = person.sector or "CVL"
    return hits


def _party_and_state(doc: Doc, person: Entity) -> bool:
    """A name followed by the US party-and-state designator of a member of Congress:
    "(D-Nev)", "(R-Tenn.)"."""
    for (_, end), mention in zip(person.spans, person.mentions, strict=True):
        if mention.source not in ("ner", "alias", "ruler") or end + 3 >= len(doc):
            continue
        opening, party, dash = doc[end], doc[end + 1], doc[end + 2]
        if opening.text == "(" and party.text in _PARTIES and dash.text in ("-", "–"):
            return True
    return False


def _described_country(ctx: _Context, person: Entity) -> str | None:
    """A country or organization before a description that is no title ("Italian artist
    NAME", "Google engineer NAME"): the person's country, not the story's."""
    if person.international:
        return None
    for (start, end), mention in zip(person.spans, person.mentions, strict=True):
        if mention.source not in ("ner", "alias", "ruler") or start < 2:
            continue
        at = start - 1 if _described_apart(ctx.doc, start, end) else start
        if not ctx.doc[at - 1].is_lower:
            continue  # "US Ambassador to Germany NAME": Germany is no description of his
        country, org, j = _attached_before(ctx, at)
        if j < at and (country or (org is not None and org.country)):
            return country or (org.country if org is not None else None)
    return None


def _described_apart(doc: Doc, start: int, end: int) -> bool:
    """A person noun set off by a comma from the name it describes ("a Yemeni man, NAME",
    "an Israeli soldier, NAME"): the parser makes one the apposition of the other."""
    noun, root = doc[start - 2], doc[start:end].root
    if doc[start - 1].text != "," or not noun.is_lower or noun.pos_ != "NOUN":
        return False
    lex = lexicons()
    agent = lex.agents.get(noun.lower_)
    people = lex.incidental.get(noun.lower_) == "people"
    if not people and (agent is None or agent.kind == "institution"):
        return False
    if not any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False  # "... party members, Ontario Greens": a list, no description
    return (root.dep_ == "appos" and root.head == noun) or (
        noun.dep_ == "appos" and noun.head == root
    )


def _home_country(ctx: _Context, person: Entity) -> str | None:
    """ "NAME of Kenya", "NAME, from the United Kingdom,", "NAME, from Orlando, Florida":
    the country or place a person is named with is theirs."""
    doc = ctx.doc
    for (_, end), mention in zip(person.spans, person.mentions, strict=True):
        if mention.source not in ("ner", "alias", "ruler") or end + 2 >= len(doc):
            continue
        if doc[end].lower_ == "of":
            k = end + 1
        elif doc[end].text == "," and doc[end + 1].lower_ == "from":
            k = end + 2
        else:
            continue
        k += doc[k].lower_ == "the"
        owner = ctx.owner.get(k)
        if owner is None or owner[1] != k or not owner[0].country:
            continue
        place = owner[0].type in ("GPE", "PLACE") and doc[end].text == ","  # "from Orlando"
        if owner[0].type == "COUNTRY" or place:
            return owner[0].country
    return None


def _country_in(doc: Doc, start: int, end: int) -> str | None:
    """A country named inside a name: a demonym or country ("Tunisian League", "Hong
    Kong Police"), or a city after "of"/"in" ("Medical University of Gdańsk")."""
    lex = lexicons()
    spans = [(i, n) for n in (3, 2, 1) for i in range(start, end - n + 1)]
    for i, n in spans:
        text = doc[i : i + n].text
        iso = lex.demonyms.get(text) or lex.country_names.get(text) or lex.capitals.get(text)
        if iso is None and i > start and doc[i - 1].lower_ in ("of", "in") and text in lex.cities:
            keywords = lex.org_keywords
            political = any(keywords.get(t.lower_) in _POLITICAL_SECTORS for t in doc[start:i])
            iso = _place_country(doc, text, i + n, political)  # "Green Party of Ontario"
        if iso:
            return iso
    for i, n in spans:  # a country named in it wins: "Congress of the Philippines"
        text = doc[i : i + n].text
        if (i, n) != (start, end - start) and text in lex.orgs:
            return lex.orgs[text].country  # "NASA Jet Propulsion Laboratory"
    return None


#: sectors of bodies a region has and a city has not ("Party", "Assembly", "Parliament")
_POLITICAL_SECTORS = frozenset({"PTY", "LEG"})


def _place_country(doc: Doc, text: str, end: int, political: bool) -> str | None:
    """The country of a region so named when the article names the region's country,
    else the city table's; for a party or a legislature (``political``), which a region
    has and a city has not, the region also when the article names neither country,
    unless a state of the city's country follows ("Green Party of Ontario": the province
    in a story naming no country, not the Californian city; "of Norfolk, Virginia")."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    city = lexicons().cities.get(text)
    place = lookup_place(text)
    if place is None or place.kind != "region" or place.country == city:
        return city
    named = {country_of_text(ent.text) for ent in doc.ents}
    if ("country", place.country) in named or ("demonym", place.country) in named:
        return place.country
    if not political or ("country", city) in named or ("demonym", city) in named:
        return city  # "University of Toledo", "Diocese of Saint Paul": the US cities
    if end + 1 < len(doc) and doc[end].text == ",":
        state = lookup_place(doc[end + 1].text)
        if state is not None and state.kind == "region" and state.country == city:
            return city
    return place.country


def _code_org(doc: Doc, org: Entity) -> None:
    if org.org is not None:
        org.country, org.sector = org.org.country, org.org.sector
        return
    start, end = next(
        (s for s, m in zip(org.spans, org.mentions, strict=True) if m.source != "acronym"),
        org.spans[0],
    )
    org.country = _country_in(doc, start, end)
    for (first, last), mention in zip(org.spans, org.mentions, strict=True):
        if org.country is None and mention.source != "acronym":  # "the Federal Government"
            org.country = _country_in(doc, first, last)  # ... "Federal Government of Ruritania"
    org.sector = _keyword_sector(doc, start, end) or org.sector or _party_word(doc, start, end)
    if org.sector in (None, "NGO"):  # "Union of Teachers" -> EDU, "Workers' Union" -> LAB
        org.sector = members_sector(doc, start, end) or org.sector
    if org.country is None and org.sector != "BUS" and international(doc, start, end):
        org.international = True  # "International Labor Office": no dominant-country guess
        national = org.sector in (None, "GOV")  # no national government: "International Council"
        org.sector = igo_inside(doc, start, end) or ("NGO" if national else org.sector)
    for (first, last), mention in zip(org.spans, org.mentions, strict=False):
        if mention.source != "acronym":
            code_from_descriptor(doc, org, first, last)


def _party_word(doc: Doc, start: int, end: int) -> str | None:
    """PTY for an organization the model named by a party's word (``partisans.tsv``),
    alone or after a leader's or a region's name ("Liberal", "Sinn Fein", "McGuinty
    Liberals", "Ontario Greens")."""
    partisans = lexicons().partisans
    whole = doc[start:end].text in partisans
    last = end - start > 1 and doc[end - 1].text in partisans and doc[end - 1].text.endswith("s")
    return "PTY" if whole or last else None


# "Center"/"Centre" names schools' units as often as advocacy groups, clinics and venues:
# a university named before it decides (the story's "X University", or a known one's short
# name: "Harvard Center for X"), then another keyword of the name ("Cancer Research Center of
# X University": EDU, "Y Hospital Centre": HLH), then a word of study or of medicine, else it
# is an NGO ("Center for Constitutional Rights", "Levada Center").
_CENTRES = frozenset({"center", "centre"})
_STUDY_WORDS = frozenset(
    {"research", "studies", "study", "science", "sciences", "learning", "language", "languages",
     "training", "education"}
)  # fmt: skip
_MEDICAL_WORDS = frozenset(
    {"medical", "cancer", "health", "trauma", "cardiac", "care", "surgery", "neurosurgery",
     "rehabilitation"}
)  # fmt: skip


#: words that make a university's short name a generic phrase ("National Defense")
_GENERIC_WORDS = frozenset({"national", "state", "new", "central", "open", "city", "free"})


@lru_cache(maxsize=1)
def _university_short_names() -> frozenset[str]:
    """The short names of the universities ``organizations.jsonl`` lists ("Johns Hopkins"
    of "Johns Hopkins University", "MIT"): a centre named after one is the university's
    ("Johns Hopkins Center for Health Security"). They are no lexicon aliases, and a city's
    name ("Princeton", "New York", "Oxford" of "University of Oxford") or a generic phrase
    ("National Defense", "Australian National") is none: "Toronto Centre" is a venue."""
    lex = lexicons()
    short = set()
    for surface, entry in lex.orgs.items():
        if entry.sector != "EDU":
            continue
        if surface.isupper() and len(surface) > 2:
            short.add(surface)  # "MIT", "UCLA"
            continue
        name = surface.removesuffix(" University")
        words = name.split()
        if name == surface or name in lex.cities or "," in name:
            continue
        if any(w.lower() in _GENERIC_WORDS or w in lex.demonyms for w in words):
            continue
        short.add(name)
    return frozenset(short)


#: words of a venue's name ("Taipei International Convention Center", "Myer Shopping Centre")
_VENUE_WORDS = frozenset({"convention", "shopping", "exhibition", "conference", "sports", "arts"})
#: words that, with a place's name, make a district or a downtown ("London North Centre")
_COMPASS = frozenset({"north", "south", "east", "west", "city", "town"})


def _centre_sector(doc: Doc, start: int, end: int, first: int) -> str | None:
    """The sector of a name whose first keyword is "Center"/"Centre"; none for a place's
    centre: an electoral district ("Toronto Centre") or a downtown ("Cleveland City Center")."""
    keywords = lexicons().org_keywords
    owner = doc[start:first].text.removeprefix("the ").strip()
    place = owner.split()
    while place and place[-1].lower() in _COMPASS:
        place.pop()
    if first == end - 1 and place and is_place_word(" ".join(place)):
        return None
    named = [doc[i].lower_ for i in range(start, end)]
    if any(w in _VENUE_WORDS for w in named) or "world trade" in " ".join(named):
        return None  # "Telus Convention Centre", "World Trade Center": a place, no body
    if owner and (f"{owner} University" in doc.text or f"University of {owner}" in doc.text):
        return "EDU"  # "the Johns Hopkins Center for X" in a story naming Johns Hopkins University
    if owner in _university_short_names():
        return "EDU"  # "the Harvard Center for X": a known university's, whatever its subject
    words = [doc[i].lower_ for i in range(start, end) if i != first]
    other = next((keywords[w] for w in words if w in keywords and w not in _CENTRES), None)
    if other is not None:
        return other
    if any(w in _STUDY_WORDS for w in words):
        return "EDU"
    if any(w in _MEDICAL_WORDS for w in words):
        return "HLH"
    return "NGO"


def _keyword_sector(doc: Doc, start: int, end: int) -> str | None:
    """The sector of a name's first keyword ("Hong Kong Police Force": COP), else of a
    body's noun ending it ("Palestinian Intelligence": SPY), unless the keyword is
    a governing body's and an "of" after it names the institution it governs ("Board of
    Regents of Ohio State University": EDU; "Department of Energy" stays GOV)."""
    keywords = lexicons().org_keywords
    first = next((i for i in range(start, end) if doc[i].lower_ in keywords), None)
    if first is None:  # "Palestinian Intelligence", "the Burmese Junta": a body's own noun
        agent = lexicons().agents.get(doc[end - 1].lower_) if end - start > 1 else None
        return agent.sector if agent is not None and agent.kind == "institution" else None
    if doc[first].lower_ in _CENTRES:
        return _centre_sector(doc, start, end, first)
    sector = keywords[doc[first].lower_]
    if sector != "GOV":
        return sector
    for i in range(first + 1, end):
        if doc[i].lower_ != "of":
            continue
        # the institution is the head of the complement: its last word before "of" or the end
        stop = next((k for k in range(i + 1, end) if doc[k].lower_ == "of"), end)
        head = doc[stop - 1].lower_ if stop - 1 > i else ""
        owner = keywords.get(head, "") if head not in _SHARED_HEADS else ""
        if owner in _GOVERNED_SECTORS:
            return owner
    return sector


def _share_list_titles(
    ctx: _Context, people: list[Entity], found: dict[int, list[TitleHit]]
) -> None:
    """ "Senators Marco Rubio, Mike Lee and David Perdue": a plural title covers the list."""
    for person in people:
        if person.titled:
            continue
        for start, end in person.spans:
            root = ctx.doc[start:end].root
            while root.dep_ == "conj" and root.head != root:
                root = root.head
            owner = ctx.owner.get(root.i)
            if owner is None or owner[0] is person or owner[0].type != "PERSON":
                continue
            plural = [h for h in found.get(id(owner[0]), []) if _is_plural(h)]
            if plural:
                hit = plural[0]
                found[id(person)] = [TitleHit(hit.title, hit.sector, "", None, hit.org, 0)]
                person.sector = hit.sector or person.sector
                person.titled = True
                break


#: sectors a title gives the body it is held at ("CEO of X": a business; "X editor": a
#: medium); a chair, a member or an office says nothing of the body's kind
_BODY_SECTORS = frozenset({"BUS", "MED", "EDU", "REL", "JUD", "MIL"})


def _sectors_from_staff(found: dict[int, list[TitleHit]]) -> None:
    """An organization no lexicon or keyword codes takes the sector of a title held at it
    ("Jo Doe, CEO of Acme": BUS; "Acme editor Jo Doe": MED), when all such titles agree;
    a chair ("chairman of the X") or an honorific says nothing."""
    lex = lexicons()
    told: dict[int, tuple[Entity, set[str]]] = {}
    for hits in found.values():
        for hit in hits:
            org, title = hit.org, hit.title
            if org is None or org.sector is not None or org.org is not None or title is None:
                continue
            text = title.text.lower()
            entry = lex.titles.get(text)
            if entry is None or entry.sector not in _BODY_SECTORS or text in lex.honorifics:
                continue
            if text.startswith("chair"):
                continue
            told.setdefault(id(org), (org, set()))[1].add(entry.sector)
    for org, sectors in told.values():
        if len(sectors) == 1:
            org.sector = sectors.pop()


def _is_plural(hit: TitleHit) -> bool:
    return hit.rank == 0 and hit.title is not None and hit.title.text.lower().endswith("s")


def code_entities(
    doc: Doc, entities: list[Entity], titles: list[tuple[int, int]]
) -> dict[int, list[TitleHit]]:
    """Set country and sector on every entity; return the titles found per person (by id())."""
    for ent in entities:
        if ent.type == "ORG":
            _code_org(doc, ent)
    ctx = _Context(doc, entities, titles)
    found = {}
    for ent in entities:
        if ent.type == "PERSON":
            found[id(ent)] = _code_person(ctx, ent)
    _share_list_titles(ctx, [e for e in entities if e.type == "PERSON"], found)
    _sectors_from_staff(found)
    fallback = dominant_country(entities, doc)
    for ent in entities:
        if ent.type == "ORG" and ent.country is None and ent.org is None and not ent.international:
            ent.country = _region_country(doc, ent, fallback) or _city_country(doc, ent, fallback)
        if ent.type == "ORG" and ent.org is None and not ent.international:
            _code_from_owner(ctx, ent)
    _code_party_branches(entities)
    for ent in entities:
        if (
            ent.type in ("PERSON", "ORG")
            and ent.country is None
            and ent.org is None
            and not ent.international
        ):
            ent.country = fallback
    _code_shared_names(doc, entities, fallback)
    return found


def _party_stem(name: str) -> str | None:
    """A party's name up to its "Party" ("Green Party" of "Green Party of Ontario")."""
    words = name.split()
    if "Party" not in words[1:]:
        return None
    return " ".join(words[: words.index("Party", 1) + 1])


def _code_party_branches(entities: list[Entity]) -> None:
    """A party named without a country takes the country of the party the article names
    with one by the same stem ("Green Party" beside "Green Party of Ontario": CAN, not the
    story's guess), when all such parties agree."""
    known: dict[str, set[str]] = {}
    for ent in entities:
        stem = _party_stem(ent.name) if ent.type == "ORG" and ent.sector == "PTY" else None
        if stem is not None and ent.country:
            known.setdefault(stem, set()).add(ent.country)
    for ent in entities:
        if ent.type != "ORG" or ent.sector != "PTY" or ent.country or ent.org is not None:
            continue
        stem = _party_stem(ent.name)
        countries = known.get(stem, set()) if stem is not None else set()
        if len(countries) == 1:
            ent.country = next(iter(countries))


#: a body named after a city names a big one: smaller towns share common words ("Green",
#: "Federal", "Union" are towns of 15,000 or more)
_BIG_CITY = 300_000


def _city_country(doc: Doc, org: Entity, story: str | None) -> str | None:
    """The country of a city that opens or ends a body's name ("Atlanta Braves", "Bayern
    Munich", "Toronto Transit Commission"), the story's country's city preferred; not a
    city that is also a first name ("Florence Nightingale Foundation")."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    lex = lexicons()
    start, end = org.spans[0]
    words = doc[start:end]
    if len(words) < 2 or not all(t.is_title or not t.is_alpha for t in words):
        return None
    if any(t.text in ("&", "and") for t in words):
        return None  # "Preston Gates & Ellis": a firm named after its partners
    for n in (3, 2, 1):
        for part in (words[:n], words[-n:]) if n < len(words) else ():
            name = part.text
            entry = lex.geo.get(name)
            if entry is None or entry.kind != "city" or name in lex.given_names:
                continue
            place = lookup_place(name, (story,) if story else ())
            if place is not None and place.kind == "city" and place.population >= _BIG_CITY:
                return place.country
    return None


def _code_from_owner(ctx: _Context, org: Entity) -> None:
    """A unit takes what its name leaves open from the body it belongs to ("the U.S.
    Army's 1st Infantry Division": USA, MIL; "Acme's Canadian unit"): a possessor
    that is a country or a coded organization."""
    for start, end in org.spans:
        root = ctx.doc[start:end].root
        for child in root.children:
            owner = ctx.owner.get(child.i) if child.dep_ == "poss" else None
            if owner is None or owner[0].type not in ("ORG", "COUNTRY") or not owner[0].country:
                continue
            org.country = org.country or owner[0].country
            if owner[0].type == "ORG":
                org.sector = org.sector or owner[0].sector
            return


def _region_country(doc: Doc, org: Entity, story: str | None) -> str | None:
    """The country of a region whose name opens a local body's ("Hampshire Police",
    "Kent County Council": a county, state or province before a keyword of the police or
    government), the region the story's country has preferred ("Victoria Police").

    Only regions (GeoNames first-level divisions and English counties, see
    :func:`newsgraph.events.places.lookup_place`): a city name before a keyword is
    more often a surname or a company's ("Surrey" is also a Canadian city).
    """
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    keywords = lexicons().org_keywords
    start, end = org.spans[0]
    cut = next((i for i in range(start + 1, end) if doc[i].lower_ in keywords), None)
    if cut is None or cut - start > 3 or keywords[doc[cut].lower_] not in ("COP", "GOV"):
        return None
    if not all(t.is_title for t in doc[start:cut] if t.is_alpha):
        return None
    name = doc[start:cut].text.removesuffix(" County").removesuffix(" City")  # "Kent County"
    name = lexicons().region_abbreviations.get(name, (name, ""))[0]  # "NSW Police"
    place = lookup_place(name, (story,) if story else ())
    return place.country if place is not None and place.kind == "region" else None


def _written_out(doc: Doc, ent: Entity) -> bool:
    """Whether a mention of ``ent`` is its lexicon name or an alias, as written."""
    if ent.org is None:
        return False
    names = {ent.org.name, *ent.org.aliases}
    return any(doc[start:end].text in names for start, end in ent.spans)


def _code_shared_names(doc: Doc, entities: list[Entity], story: str | None) -> None:
    """ "ABC", "ABC Radio": a name several countries' bodies bear (``shared_names.tsv``) is
    the body of the story's country among them, else of the listed country named most, else
    of the first listed; a lexicon name written out ("ABC News") is no such name, while
    "ABC Radio", which only extends "ABC" by keywords, is."""
    shared = lexicons().shared_names
    named: dict[str, int] = {}
    for ent in entities:
        if ent.type in ("COUNTRY", "GPE", "PLACE") and ent.country:
            named[ent.country] = named.get(ent.country, 0) + len(ent.mentions)
    for ent in entities:
        if ent.type != "ORG" or not ent.spans:
            continue
        start, _ = ent.spans[0]
        entry = shared.get(doc[start].text)
        if entry is None or (ent.org is not None and _written_out(doc, ent)):
            continue
        sector, countries = entry
        ent.sector = ent.sector or sector
        if story in countries:
            ent.country = story
        else:
            ent.country = max(countries, key=lambda c: (named.get(c, 0), c == countries[0]))
