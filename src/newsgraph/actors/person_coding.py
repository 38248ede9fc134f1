"""Person coding: the country and sector of one person from the titles near them.

Part of :mod:`.coding`, after :mod:`.title_search` has found a person's titles:
:func:`_code_person` takes the country and sector of the best titles (an
organization's sector before a generic office's, an office held for a country
alone from ``titles.tsv``, a national role as GOV), then a country before a
description that is no title ("Italian artist NAME"), a home country ("NAME of
Kenya"), a US party-and-state designator ("(D-Nev)": USA, LEG), a well-known
person's lexicon entry (``leaders.jsonl``, the role held on the article's date
where the office changed), the clues of :mod:`.clues` and a party the person runs
for ("NAME, who is running for the X Party": PTY); CAMEO
codes a private individual with no office as a civilian (CVL).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .clues import _own_verbs, holds_an_office, post_taken
from .lexicon import cue_words, lexicons
from .resolve import Entity
from .spans import span_text
from .title_hits import TitleHit, _attached_before, _Context
from .title_search import titles_near

_GENERIC_SECTORS = frozenset({"", "GOV", "BUS", "EDU"})  # an employer says more: "NRDC biologist"
_PARTIES = frozenset({"D", "R", "I"})  # the party letters of "(D-Nev)"


def _police_first(hits: list[TitleHit]) -> list[TitleHit]:
    """The hits, a police title first when the others are military ranks of no military
    body: police forces hold ranks ("an Iraqi police officer, Captain NAME", "Captain NAME,
    a police spokesman": COP), an army no police titles."""
    police = [h for h in hits if h.sector == "COP" or _org_sector(h.org) == "COP"]
    others = [h for h in hits if h not in police]
    ranks = all(h.sector == "MIL" and _org_sector(h.org) in (None, "MIL") for h in others)
    soldiers = any(_org_sector(h.org) == "MIL" for h in others)
    return police + others if police and others and ranks and not soldiers else hits


def _hired(hit: TitleHit) -> bool:
    """A title of a profession anyone may hire (cue_words.tsv "hired"; ``titles.tsv``: JUD,
    as CAMEO codes the legal profession): it yields to any other title and to the client's
    or employer's sector ("Acme's lawyer": BUS, "the government's lawyer": GOV, "President
    X, a lawyer": GOV)."""
    return hit.title is not None and hit.title.text.lower() in cue_words("hired")


# cue_words.tsv "body_first": titles ``titles.tsv`` codes by the body that most often holds
# them, which yield to the body named with them: an inspector is a police rank ("Chief
# Inspector NAME": COP), but "IAEA inspector NAME" and "UN chief weapons inspector NAME" are
# the agency's (IGO)
def _body_first(hit: TitleHit) -> bool:
    return hit.title is not None and hit.title.text.lower() in cue_words("body_first")


def _org_sector(org: Entity | None) -> str | None:
    return org.sector if org is not None else None


def _hit_country(hit: TitleHit, hits: list[TitleHit]) -> str | None:
    """The country at a title, else of its organization; not a university's for someone
    whose other titles hold another kind of post, or who held the title before ("Liberal
    leader NAME, a former Harvard professor" is no American: the school is where he
    taught, not whose he is), unless the text names it apart ("a Canadian Harvard
    professor")."""
    org = hit.org.country if hit.org is not None else None
    school = hit.org is not None and hit.org.sector == "EDU"
    former = hit.title is not None and hit.title.qualifier == "former"  # "a former Yale don"
    if school and (former or any(h is not hit and h.sector not in ("", "EDU") for h in hits)):
        return hit.country if hit.country != org else None
    return hit.country or org


def _national_role(hit: TitleHit) -> str | None:
    """ "Palestinian leader", "Iranian spokesman": a sector-less title held for a
    country (no organization named) is a government role, as CAMEO codes it, unless
    ``titles.tsv`` names the office's own ("Israeli chief of staff": MIL; also in an
    appositive, "NAME, Israeli chief of staff")."""
    if hit.title is None or not hit.country or hit.org is not None:
        return None
    # cue_words.tsv "seeker": titles of those seeking an office, not holding it
    seeking = hit.title.text.lower().endswith(tuple(cue_words("seeker")))
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


#: sectors of a title that a known leader's lexicon role outranks when no body or country is
#: written with it: "the federal chairman Ben Bernanke" chairs a central bank, no company
_BARE_SECTORS = frozenset({"BUS", "EDU"})


def _bare_title(hits: list[TitleHit]) -> bool:
    """Whether every title found is written with no body and no country ("Chairman NAME",
    "NAME, a lawyer") and none names an office but a company's, a school's or a hired
    profession's."""
    titled = [h for h in hits if h.title is not None]
    return bool(titled) and all(
        h.org is None and not h.country and (h.sector in _BARE_SECTORS or _hired(h))
        for h in titled
    )


def _code_known_leader(person: Entity, published: str | None, hits: list[TitleHit]) -> None:
    """A well-known leader ("Barack Obama", ``leaders.jsonl``) missing a country or sector
    from the text gets the lexicon's, that of the role held on the article's date where the
    office changed ("Joe Biden" in 2007: a senator, LEG); the lexicon's sector also beats a
    bare company's, school's or lawyer's title ("Chairman Ben Bernanke" of the Fed: GOV,
    not BUS; a president who is "a lawyer": GOV).
    One serving an international body has no country, unless a title gives one: a country
    met in an appositive with no title ("the head of the IAEA (IAEA), NAME, North Korea
    may ...") or a description is no office's."""
    leaders = lexicons().leaders
    entry = leaders.get(person.name) or next(
        (leaders[m.text] for m in person.mentions if m.text in leaders), None
    )
    if entry is None:
        return
    country, sector = entry.held(published)
    if _bare_title(hits):
        person.sector = None
    person.sector = person.sector or sector
    titled_country = any(h.title is not None and (h.country or h.org) for h in hits)
    if country is None and sector == "IGO" and not titled_country:
        person.country = None
    if country is None and person.country is None:
        person.international = True
    person.country = person.country or country


def _code_person(ctx: _Context, person: Entity, published: str | None = None) -> list[TitleHit]:
    """Set the person's country and sector from the text around the name, then from the
    lexicon of known leaders as of ``published`` (the article's ISO date), then from clues;
    return the titles found."""
    hits = titles_near(ctx, person)
    for hit in _police_first([h for h in hits if not _hired(h)] + [h for h in hits if _hired(h)]):
        person.country = person.country or _hit_country(hit, hits)
        # "President of the Legislative Council": the body says more than a generic office.
        generic = hit.sector in _GENERIC_SECTORS or _hired(hit) or _body_first(hit)
        org_first = generic and _org_sector(hit.org)
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
    _code_body_led(ctx, person, hits)
    person.country = person.country or _described_country(ctx, person) or _home_country(ctx, person)
    if _party_and_state(ctx.doc, person):  # "Harry Reid (D-Nev)": a member of Congress
        person.country = person.country or "USA"
        person.sector = person.sector or "LEG"
    _code_known_leader(person, published, hits)
    if person.sector is None and not person.titled:
        _code_employer(ctx, person)
    if person.sector is None and not person.titled:
        person.sector = _title_for_another(ctx, person)
    if person.sector is None and holds_an_office(ctx.doc, person):
        person.sector = "GOV"  # "during Jo Hale's presidency"
    person.sector = person.sector or post_taken(ctx.doc, person) or _running_for(ctx, person)
    # CAMEO codes a private individual with no office as a civilian.
    person.sector = person.sector or "CVL"
    return hits


# cue_words.tsv "running": verbs of seeking an office for a party, with their forms for a
# text with no lemmas: "NAME, who is running for the X Party"
def _running_for(ctx: _Context, person: Entity) -> str | None:
    """PTY for a person who runs or stands for a party in a clause of their own ("NAME,
    who is running for the Green Party", "NAME stood for the X Party"): a party's
    candidate holding no office, as the lexicon codes nominees; not "ran for office"."""
    doc = ctx.doc
    running = cue_words("running")
    for start, end in person.spans:
        for verb in _own_verbs(doc[start:end].root):
            if verb.lemma_ not in running and verb.lower_ not in running:
                continue
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    owner = ctx.owner.get(obj.i)
                    if owner is not None and owner[0].type == "ORG" and owner[0].sector == "PTY":
                        return "PTY"
    return None


def _known_leader(person: Entity) -> bool:
    leaders = lexicons().leaders
    return person.name in leaders or any(m.text in leaders for m in person.mentions)


def _code_body_led(ctx: _Context, person: Entity, hits: list[TitleHit]) -> None:
    """A person named as the one a body is led by ("The Supreme Court is led by President
    NAME", "the X Group, headed by NAME") takes the body's sector and country when no title
    of theirs names another body or an office of its own kind (a president of a court is a
    judge, JUD; "chaired by Senator NAME" stays LEG, "led by Prime Minister NAME" GOV);
    a known leader keeps the lexicon's role."""
    if any(h.org is not None or h.sector not in _GENERIC_SECTORS for h in hits):
        return
    # cue_words.tsv "body_head": titles of a body's head that say nothing of the body's
    # kind ("President" of a court)
    heads = cue_words("body_head")
    if any(h.title is not None and h.title.text.lower() not in heads for h in hits):
        return  # "the X alliance, led by Prime Minister NAME": the office says more
    if _known_leader(person):
        return  # the lexicon's dated role says more than a body led
    body = _body_led_by(ctx, person)
    if body is None or not body.sector:
        return
    person.sector = body.sector
    person.country = person.country or body.country


def _body_led_by(ctx: _Context, person: Entity) -> Entity | None:
    """The organization whose leading verb has the person as its "by" agent: the verb's
    subject ("X is led by NAME", read "is lead by" too) or the noun it describes ("X,
    headed by NAME")."""
    doc = ctx.doc
    for start, end in person.spans:
        root = doc[start:end].root
        by = root.head
        # cue_words.tsv "led": lemmas of leading a body, and their participles for a text
        # with no lemmas ("the X Court is led by President NAME")
        leading = cue_words("led")
        led_by = by.head.lemma_ in leading or by.head.lower_ in leading
        if root.dep_ != "pobj" or by.lower_ != "by" or not led_by:
            continue
        verb = by.head
        if verb.dep_ == "acl":
            led = [verb.head]  # "the X Group, headed by NAME"
        else:  # "X is headed by NAME"; "X is lead by NAME" (an adjective after "is")
            holder = verb.head if verb.dep_ == "acomp" else verb
            led = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        for token in led:
            owner = ctx.owner.get(token.i)
            if owner is not None and owner[0].type == "ORG":
                return owner[0]
    return None


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
    for country, org, former in _descriptions(ctx, person):
        if org is not None and org.sector == "EDU" and former:
            org = None  # "former Harvard academic NAME": where he taught, not whose he is
        if country or (org is not None and org.country):
            return country or (org.country if org is not None else None)
    return None


def _descriptions(ctx: _Context, person: Entity) -> list[tuple[str | None, Entity | None, bool]]:
    """The country and organization named before each description of the person that is
    no title ("Italian artist NAME", "Google engineer NAME", "the X Fund's NAME"), and
    whether "former" opens it."""
    found = []
    for (start, end), mention in zip(person.spans, person.mentions, strict=True):
        if mention.source not in ("ner", "alias", "ruler") or start < 2:
            continue
        at = start - 1 if _described_apart(ctx.doc, start, end) else start
        if not ctx.doc[at - 1].is_lower:
            continue  # "US Ambassador to Germany NAME": Germany is no description of his
        country, org, j = _attached_before(ctx, at)
        if j < at:
            found.append((country, org, ctx.doc[j - 1].lower_ == "former"))
    return found


#: sectors an employer gives the people it describes: "Google engineer NAME" works for a
#: business, "a UN rapporteur" for an IGO; a party or a legislature says nothing of a
#: member's kind ("Labour activist NAME")
_EMPLOYERS = frozenset({"BUS", "MED", "EDU", "HLH", "NGO", "IGO", "REL", "SPY", "MIL", "COP"})


def _code_employer(ctx: _Context, person: Entity) -> None:
    """A person with no title takes the sector of the organization a description names
    ("Google engineer NAME": BUS; "the X Rights Fund's NAME": NGO; "NAME, a UN rapporteur"
    and "NAME, an ecologist at the University of X": IGO, EDU; "NAME of the UK's X Agency",
    "NAME, Acme's head of sales"), as CAMEO codes staff by their employer, and, when the
    text gives the person none, its country; an international body's has no country of
    their own."""
    orgs = [(org, former) for _, org, former in _descriptions(ctx, person) if org is not None]
    for _, end in person.spans:
        found = _appositive_employer(ctx, end)
        if found is not None:  # "NAME, a former lecturer at X"
            orgs.append((found, any(t.lower_ == "former" for t in ctx.doc[end : end + 4])))
    org, former = next(((o, f) for o, f in orgs if o.sector in _EMPLOYERS), (None, False))
    if org is None:
        return
    person.sector = org.sector
    if org.country is None and (org.international or org.org is not None):
        person.international = True
    elif person.country is None and org.country and not (former and org.sector == "EDU"):
        # "NAME, a biologist at London's X College": the UK; not a former school's
        person.country = org.country


def _title_for_another(ctx: _Context, person: Entity) -> str | None:
    """The sector of a title held for another person, in an appositive opened by that
    person's possessive: "NAME, Basilashvili's lawyer" (JUD), "NAME, the senator's
    physician" (HLH); a title that says nothing by itself ("NAME, Obama's spokesman")
    and a relative's noun ("NAME, Doe's wife") give none."""
    doc, titles = ctx.doc, lexicons().titles
    for _, end in person.spans:
        if end + 3 >= len(doc) or doc[end].text != ",":
            continue
        owner = ctx.owner.get(end + 1)
        if owner is None or owner[0].type != "PERSON" or owner[0] is person:
            continue
        k = owner[2] + 1
        if not _possessive(doc, owner[2]) or k not in ctx.title_starting:
            continue
        stop = ctx.title_starting[k]
        entry = titles.get(span_text(doc, k, stop).lower())
        closed = stop >= len(doc) or doc[stop].is_punct  # "NAME, X's lawyer, said"
        if entry is not None and entry.sector and closed:
            return entry.sector
    return None


def _appositive_employer(ctx: _Context, end: int) -> Entity | None:
    """The organization of an indefinite description after a name: "NAME, a UN rapporteur",
    "NAME, a marine ecologist at the X Institute" (not "NAME, a critic of the UN"), or one
    that a place's possessive opens ("NAME of the UK's X Agency") or whose possessive opens
    an appositive ("NAME, Acme's chief for Europe")."""
    doc = ctx.doc
    if end + 3 >= len(doc):
        return None
    if doc[end].lower_ == "of":  # "of the X" alone is title_search's: a place's first
        k = end + 1 + (doc[end + 1].lower_ == "the")
        found = _past_place(ctx, k)
        return found if found is not None and k != _place_end(ctx, k) else None
    if doc[end].text == "," and doc[end + 1].lower_ not in ("a", "an"):
        owner = ctx.owner.get(end + 1 + (doc[end + 1].lower_ == "the"))
        if owner is not None and owner[0].type == "ORG" and _possessive(doc, owner[2]):
            return owner[0]  # "NAME, Acme's chief for Europe"
        return None
    if doc[end].text != ",":
        return None
    i = end + 2
    while i < min(end + 7, len(doc)):
        owner = ctx.owner.get(i)
        if owner is not None:
            ent, _, stop = owner
            noun = doc[stop] if stop < len(doc) else None  # "a UN rapporteur"
            before = ent.type == "ORG" and noun is not None and noun.is_lower
            return ent if before and noun is not None and noun.pos_ == "NOUN" else None
        token = doc[i]
        if token.lower_ == "at" and doc[i - 1].pos_ == "NOUN":  # "an ecologist at X"
            k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            return _past_place(ctx, k)  # "an ecologist at (London's) X"
        if not (token.is_lower and token.pos_ in ("ADJ", "NOUN")):
            return None
        i += 1
    return None


def _possessive(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text in ("'s", "’s")


def _place_end(ctx: _Context, k: int) -> int:
    """Past a country's or a place's possessive at ``k`` ("the UK's", "London's"), else
    ``k``."""
    owner = ctx.owner.get(k)
    place = owner is not None and owner[0].type in ("COUNTRY", "GPE", "PLACE")
    return owner[2] + 1 if owner is not None and place and _possessive(ctx.doc, owner[2]) else k


def _past_place(ctx: _Context, k: int) -> Entity | None:
    """The organization named at ``k``, past a place's possessive ("London's X College")."""
    found = ctx.owner.get(_place_end(ctx, k))
    return found[0] if found is not None and found[0].type == "ORG" else None


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
    """ "NAME of Kenya", "NAME from South Korea", "NAME, from the United Kingdom,", "NAME,
    from Orlando, Florida": the country or place a person is named with is theirs."""
    doc = ctx.doc
    for (_, end), mention in zip(person.spans, person.mentions, strict=True):
        if mention.source not in ("ner", "alias", "ruler") or end + 2 >= len(doc):
            continue
        if doc[end].lower_ in ("of", "from"):  # "NAME from South Korea": a country only
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
