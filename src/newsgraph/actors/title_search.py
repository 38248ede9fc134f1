"""Title search: the titles written before, after and inside a person's mention.

Part of :mod:`.coding`, between the lookups of :mod:`.title_hits` and the person's
coding in :mod:`.person_coding`: :func:`titles_near` gathers, best first,

1. a title right before the name, itself preceded by a qualifier, a demonym, a
   country's possessive, a place or an organization ("former Syrian president
   NAME", "Mayor of London NAME", "Its chairman, NAME"), also across an honorific
   ("Cabinet Secretary Sir NAME");
2. an appositive after the name ("NAME, the chief executive", "NAME, President of
   the X", "NAME of the X");
3. a title inside the name span ("Pope Francis").

A sector-less title serving an office takes its sector ("spokeswoman for the Prime
Minister X", "the President's spokesman").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Token

from .lexicon import cue_words, lexicons
from .resolve import Entity
from .spans import span_text
from .title_hits import TitleHit, _attached_before, _Context, _hit, _qualifier, _title_qualifiers

_APPOSITIVE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PUNCT"})
_APPOSITIVE_END = frozenset({"VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"})
_SKIPPABLE = frozenset({"the", "a", "an", "current", "new", "then-", "its", "their"})
#: adverbs an appositive's title may follow, with the time they give it ("NAME, also a
#: student", "NAME, formerly a deputy director at X": a former title)
_APPOSITIVE_ADVERBS = {
    "also": "", "now": "", "currently": "", "still": "",
    "formerly": "former", "previously": "former", "once": "former",
}  # fmt: skip


def _skip_back(doc: Doc, start: int) -> int:
    """Step back over a parenthesis ("MP (Member of Parliament) Jo Hale") and one comma,
    or over one comma and a body's acronym in parentheses before it ("the head of the
    Westvale Agency (WA), Jo Hale")."""
    pos = _past_parenthesis(doc, start)
    if pos > 0 and doc[pos - 1].text == ",":
        pos -= 1
        if pos == start - 1:
            pos = _past_parenthesis(doc, pos)
    return pos


def _past_parenthesis(doc: Doc, pos: int) -> int:
    """Where a parenthesis closed right before ``pos`` opens, else ``pos``."""
    if pos > 0 and doc[pos - 1].text == ")":
        opening = next(
            (k for k in range(pos - 2, max(pos - 10, -1), -1) if doc[k].text == "("), None
        )
        pos = opening if opening is not None else pos
    return pos


def _portfolio_start(ctx: _Context, end: int) -> int | None:
    """Where "for"/"of" opens a portfolio of up to three capitalised words, none of
    them a name, ending at ``end`` ("Minister for Interior", "Secretary for Home
    Affairs"; not "Mayor of London Sadiq")."""
    doc, i = ctx.doc, end
    while i > 0 and end - i < 3 and doc[i - 1].is_title and i - 1 not in ctx.owner:
        i -= 1
    return i - 1 if i < end and i > 0 and doc[i - 1].lower_ in ("for", "of") else None


def _posting(title: str) -> bool:
    """A diplomatic title (cue_words.tsv "posted"): "in X" after one is the posting, not the
    office holder's country."""
    return title.lower().endswith(tuple(cue_words("posted")))


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
    located = _title_end_before(ctx, start)
    if located is None:
        return None
    end, org, country = located
    return _hit_before(ctx, end, org, country)


def _title_end_before(ctx: _Context, start: int) -> tuple[int, Entity | None, str | None] | None:
    """Where the title before a name ends, with the body and country linked after it
    ("Mayor of London NAME"); None when no title ends there (or a person's name does)."""
    doc = ctx.doc
    end = _skip_back(doc, start)
    if end not in ctx.title_ending and end != start:
        end = start if start in ctx.title_ending else end
    if end in ctx.title_ending:
        return end, None, None
    found = ctx.entity_ending(end)
    portfolio = _portfolio_start(ctx, end) if found is None else None
    if portfolio is not None and portfolio in ctx.title_ending:
        return portfolio, None, None  # "Federal Minister for Interior NAME"
    if found is None or found[0].type == "PERSON":
        return None
    return _title_linked_to(ctx, found, end)


def _title_linked_to(
    ctx: _Context, found: tuple[Entity, int], end_of_org: int
) -> tuple[int, Entity | None, str | None] | None:
    """The title ending before the preposition that joins it to the entity ``found``
    (body and country of the office, or neither when it is a posting or a portfolio);
    None when no title is joined to it."""
    doc = ctx.doc
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
    if doc[k - 1].lower_ == "to" or posted:
        # "The U.S. ambassador to Iraq, NAME", "in Manila": sent there, not of it; his
        # country is the one before the title
        return k - 1, None, None
    org, country = (ent if ent.type == "ORG" else None), ent.country
    if org is not None and org.org is None and _a_portfolio(doc, k, found[1], end_of_org):
        org = None  # "Secretary of Energy, NAME": the portfolio, no body ("energy" BUS)
    return k - 1, org, country


def _hit_before(ctx: _Context, end: int, org: Entity | None, country: str | None) -> TitleHit:
    """The hit of the title ending at ``end`` before a name, with the country, body and
    qualifier written before it, or the office whose staff it names."""
    doc = ctx.doc
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
    entry = lexicons().titles.get(span_text(doc, start, t_start - 1).lower()) if start else None
    if start is None or entry is None or entry.sector not in _SERVED_SECTORS:
        return None
    country, _, _ = _attached_before(ctx, start)
    return entry.sector, country


def _title_after(ctx: _Context, end: int) -> TitleHit | None:
    """ "NAME, the chief executive", "NAME, President of the X", "NAME of the X", and a bare
    country in an appositive ("NAME, a Syrian child"); "NAME's adviser" is someone else."""
    doc = ctx.doc
    body = _of_body_after(ctx, end)
    if body is not None:
        return body
    if end >= len(doc) or doc[end].text != ",":
        return None
    scanned = _scan_appositive(ctx, end + 1)
    if scanned is None:
        return None
    i, qualifier, country = scanned
    if i not in ctx.title_starting:
        # the appositive ended without a title: keep a country it named, unless it is
        # only that country, the subject of a new clause ("NAME, North Korea will ...")
        owner = ctx.owner.get(end + 1)
        clause = (
            owner is not None and owner[2] == i and i < len(doc) and doc[i].pos_ in ("VERB", "AUX")
        )
        return TitleHit(None, "", "", country, None, 1) if country and not clause else None
    t_end = ctx.title_starting[i]
    if _anothers_title(ctx, end, i, t_end):
        return None
    both = t_end + 1 < len(doc) and doc[t_end].lower_ == "and" and t_end + 1 in ctx.title_starting
    # "NAME, the president and chief executive of Acme": both titles are held at Acme
    obj_end = ctx.title_starting[t_end + 1] if both else t_end
    served_body = _body_after_title(ctx, end, i, obj_end, country)
    if served_body is None:
        return None
    org, country = served_body
    hit = _hit(ctx, i, t_end, qualifier, 1, country, org)
    if both and org is None and _title_sector(doc, t_end + 1, obj_end) == "BUS":
        hit = replace(hit, sector="BUS")  # "NAME, president and CFO": a company's president
    served = None
    if not hit.sector and org is None:  # "NAME, the President's chief of staff"
        served = _office_served(ctx, t_end) or _office_possessing(ctx, i)
    if served is not None:  # "NAME, spokeswoman for the Israeli Prime Minister X"
        hit = replace(hit, sector=served[0], country=hit.country or served[1])
    return hit


def _of_body_after(ctx: _Context, end: int) -> TitleHit | None:
    """ "NAME, of the rights group X", "NAME of the X": a body named after "of" is the
    person's, with no title; None when no organization follows."""
    doc = ctx.doc
    of = end + (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "of")
    if of + 2 < len(doc) and doc[of].lower_ == "of":
        owner = ctx.owner.get(_past_descriptors(doc, of + 1 + (doc[of + 1].lower_ == "the")))
        if owner is not None and owner[0].type == "ORG":  # "NAME, of the rights group X"
            return TitleHit(None, "", "", owner[0].country, owner[0], 1)
    return None


def _anothers_title(ctx: _Context, end: int, i: int, t_end: int) -> bool:
    """The appositive title from ``i`` to ``t_end`` is not that of the name ending at
    ``end``: the next person's in a list, or the subject of a new clause."""
    doc = ctx.doc
    nxt = ctx.owner.get(_skip_forward(doc, t_end))
    if nxt is not None and nxt[0].type == "PERSON":
        return True  # the title of the next person in a list
    # "at the request of Boris Johnson, the Queen suspended ...": a new clause
    return _opens_a_clause(doc[i:t_end].root, doc[end - 1])


def _body_after_title(
    ctx: _Context, end: int, i: int, t_end: int, country: str | None
) -> tuple[Entity | None, str | None] | None:
    """The body and country of an appositive title, from its "of"/"for"/"at"/"with" object
    or a body's name before it; None when the object's country heads the next person's
    title."""
    doc = ctx.doc
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
        org = _body_named_before(ctx, end, i)
    return org, country


def _body_named_before(ctx: _Context, end: int, i: int) -> Entity | None:
    """The organization named between the name ending at ``end`` and the appositive title
    at ``i``, possessive or not ("NAME, the IFJ's General Secretary")."""
    doc = ctx.doc
    j = i  # "NAME, Interpol's executive director": past words describing the title
    while j - 1 > end + 1 and i - j < 2 and doc[j - 1].is_lower and doc[j - 1].pos_ == "ADJ":
        j -= 1
    before = ctx.entity_ending(j - (doc[j - 1].text in ("'s", "’s")))
    if before is not None and before[0].type == "ORG" and before[1] > end:
        return before[0]
    return None


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
    entry = lexicons().titles.get(span_text(doc, k, end).lower()) if end is not None else None
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
        owner = ctx.owner.get(i)
        if i in ctx.title_starting and not _body_opening(ctx, i):
            if not _possessed(doc, ctx.title_starting[i]):
                return i, qualifier, country
            i = ctx.title_starting[i] + 1  # "NAME, the president's wife": another's title
            continue
        if i >= len(doc):
            return i, qualifier, country
        token = doc[i]
        if token.lower_ in _title_qualifiers():
            qualifier = _title_qualifiers()[token.lower_]
        elif token.lower_ in _APPOSITIVE_ADVERBS and owner is None:
            qualifier = _APPOSITIVE_ADVERBS[token.lower_] or qualifier
        elif (title_start := _place_before_title(ctx, i)) is not None:
            country = owner[0].country if owner is not None else country
            i = title_start  # "NAME, the Polk County District Attorney"
            continue
        elif owner is not None and owner[0].country and owner[0].type != "PERSON":
            country = owner[0].country
            i = owner[2] - 1
        elif owner is not None and owner[0].type == "ORG" and _possessed(doc, owner[2]):
            i = owner[2]  # "NAME, the OSCE's envoy": a body of no country, its possessive
        elif (kind := _appositive_word(ctx, i, owner is None)) == "end":
            return i, qualifier, country
        elif kind == "foreign":
            return None
        i += 1
    return (i, qualifier, country) if i >= len(doc) else None


def _appositive_word(ctx: _Context, i: int, unowned: bool) -> Literal["word", "end", "foreign"]:
    """What token ``i`` (no title, qualifier, place or coded body) is to the appositive
    :func:`_scan_appositive` walks: a word of it, its end, or a word no appositive
    noun phrase holds; ``unowned`` when no entity covers the token."""
    doc = ctx.doc
    token = doc[i]
    if _possessed(doc, i) and i > 0 and _owning_noun(doc[i - 1]):
        return "word"  # "NAME, the company's president", "NAME, the city's mayor"
    if token.text in (",", ";", ".") or token.pos_ in _APPOSITIVE_END:
        return "end"
    if unowned and _portfolio_word(ctx, i):
        return "word"  # "NAME, the Planning Minister for X", "NAME, Shadow Minister"
    if token.lower_ not in _SKIPPABLE and token.pos_ not in _APPOSITIVE_POS:
        return "foreign"
    return "word"


def _place_before_title(ctx: _Context, i: int) -> int | None:
    """Where the title after a place (GPE) the model named from token ``i`` starts, the
    title's first word possibly taken into the place ("NAME, the Polk County District
    Attorney": the place "Polk County District", the title "District Attorney")."""
    owner = ctx.owner.get(i)
    if owner is not None:
        place = (owner[1], owner[2]) if owner[0].type == "GPE" and owner[1] == i else None
    else:
        end = ctx.gpe_ends.get(i)
        place = (i, end) if end is not None else None
    if place is None:
        return None
    starts = range(place[0] + 1, place[1] + 1)  # the model may take "District" in
    return next((k for k in starts if ctx.title_starting.get(k, 0) >= place[1]), None)


def _title_sector(doc: Doc, start: int, end: int) -> str:
    """The lexicon's sector of the title from ``start`` to ``end``."""
    entry = lexicons().titles.get(span_text(doc, start, end).lower())
    return entry.sector if entry is not None else ""


def _body_opening(ctx: _Context, i: int) -> bool:
    """A title's word opening a longer organization's name ("General" of "the General
    Services Administration's chief of staff"): the body's, no title of the person."""
    owner = ctx.owner.get(i)
    return owner is not None and owner[0].type == "ORG" and owner[2] > ctx.title_starting[i]


def _possessed(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text in ("'s", "’s")


def _owning_noun(noun: Token) -> bool:
    """A common noun whose possessive may own an appositive's title: a place ("the city's
    mayor") or a body of one kind ("the company's president"), not a body of any kind
    ("the group's spokesman", whose sector nothing gives) nor a person ("the victim's")."""
    if not noun.is_lower or noun.pos_ != "NOUN":
        return False
    found = lexicons().descriptions.get(noun.lower_)
    return found is not None and (found[0] in ("COUNTRY", "GPE") or bool(found[1]))


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
    return end is not None and span_text(doc, k, end).lower() in _portfolio_titles()


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


def _description_before_title(ctx: _Context, start: int, end: int) -> TitleHit | None:
    """ "An Australian military commander, Brigadier NAME": a title with its country before
    the comma ahead of a rank written before the name describes the same person (the rank
    alone gives no country, and the story's is not his), when the parser makes one the
    other's apposition (not "After meeting the prime minister, General NAME met ...")."""
    doc = ctx.doc
    t_start = ctx.title_ending.get(start)
    if t_start is None or t_start < 2 or doc[t_start - 1].text != ",":
        return None
    if t_start - 1 not in ctx.title_ending:
        return None
    described = doc[t_start - 2]
    name = doc[start:end].root
    linked = (name.dep_ == "appos" and name.head == described) or (
        described.dep_ == "appos" and described.head == name
    )
    return _title_before(ctx, t_start) if linked else None


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
            _description_before_title(ctx, start, end),
            _title_after(ctx, end),
            _title_inside(ctx, start, end),
        ):
            if hit is not None:
                hits.append(hit)
    # a party's role ("Labor leader") yields to an office named as near ("Opposition Leader")
    hits.sort(key=lambda h: (h.rank, h.sector == "", h.sector == "PTY"))
    return hits
