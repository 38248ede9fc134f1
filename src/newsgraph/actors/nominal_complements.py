"""What an agent noun's complement names: "rebels in the Ivory Coast", "the embassies of X".

Used by :mod:`.nominal` for an agent phrase with no country or organization before its
head: the country or body of its "of/from/in X" complement (never "in X" for troops,
missions or visitors, who are stationed or staying there) and a mission's sending
countries ("the embassies of Chile and Sweden", one each); and whether a group is named
by an ethnic or religious word ("Kurdish fighters", "Sunni insurgents").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import AgentEntry, cue_words, lexicons
from .resolve import Entity

_COMPLEMENTS = frozenset({"of", "from", "in"})

Owners = dict[int, tuple[Entity, int, int]]
_AMOD = frozenset({"amod", "compound"})


def _complement(token: Token, owner: Owners) -> tuple[str, Entity | None, int, str] | None:
    """ "rebels in the Ivory Coast", "members of the UK parliament": the country or
    organization named in the complement, where it ends, and its agent noun's sector."""
    agents = lexicons().agents
    # troops are stationed abroad ("U.S. troops in Iraq"): "in X" only places others
    # and an embassy "in X" is another country's mission there ("the U.S. embassy in Iraq")
    stationed = (
        agents[token.lower_].sector != "MIL"
        and agents[token.lower_].kind != "mission"
        # cue_words.tsv "visitor": "tourists in Amman", "missionaries in Haiti" are mostly
        # foreigners there, so their "in X" says where they are, not whose they are
        # ("tourists from Spain" still is)
        and token.lower_ not in cue_words("visitor")
    )
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in _COMPLEMENTS:
            continue
        if any(t.is_punct or t.dep_ == "cc" for t in token.doc[token.i + 1 : child.i]):
            # "police in Clairton, Ohio, in the eastern US": where, said again; "the
            # opposition and troops from X": the troops' complement, not the opposition's
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            entry = agents.get(pobj.lower_) if pobj.i not in owner else None
            sector = entry.sector if entry is not None and child.lower_ == "of" else ""
            for i in range(pobj.left_edge.i, pobj.i + 1):
                found = owner.get(i)
                if found is None or found[0].type == "PERSON":
                    continue
                ent, _, ent_end = found
                if ent.type not in ("COUNTRY", "ORG") and agents[token.lower_].sector == "GOV":
                    continue  # "delegates in Colorado" are no national government
                if (ent.country or ent.type == "ORG") and (child.lower_ != "in" or stationed):
                    org = ent if ent.type == "ORG" else None
                    return ent.country or "", org, max(ent_end, pobj.i + 1), sector
    return None


def _sending_countries(token: Token, owner: Owners) -> list[tuple[str, int, int]]:
    """The countries of "the embassies of Chile and Sweden", each with its own span."""
    found: list[tuple[str, int, int]] = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for word in (pobj, *pobj.conjuncts):
                hit = owner.get(word.i)
                if hit is not None and hit[0].type == "COUNTRY" and hit[0].country:
                    found.append((hit[0].country, hit[1], hit[2]))
    return found


def _named_after(
    token: Token, owner: Owners, entry: AgentEntry, span: tuple[int, int], sector: str,
    modifier_sector: str,
) -> tuple[list[tuple[str, int, int]], Entity | None, int, str]:  # fmt: skip
    """Countries or a body named after an agent noun that has none before it: a mission's
    sending countries, else its complement (which may end the mention later and give a
    role its sector); returns countries, body, mention end and sector."""
    start, end = span
    countries: list[tuple[str, int, int]] = []
    org: Entity | None = None
    if entry.kind == "mission":
        sending = _sending_countries(token, owner)  # "the embassies of Chile and Sweden"
        countries = sending if len(sending) > 1 else []
    # cue_words.tsv "unplaced": "the people of Wuhan", "children in Gaza" are the
    # residents of a place in passing, no party the actors gold lists; only a demonym
    # before them ("the Iraqi people") makes a group
    if not countries and token.lower_ not in cue_words("unplaced"):
        complement = _complement(token, owner)
        if complement is not None:
            iso, org, end, of_sector = complement
            countries = [(iso, start, end)] if iso and org is None else []
            if entry.kind == "role" and of_sector and not modifier_sector:
                sector = of_sector  # "members of the UK parliament" -> LEG
    return countries, org, end, sector


def communal_group(token: Token, entry: AgentEntry) -> str:
    """The ethnic or religious word naming a group of people before its head ("Kurdish
    fighters", "Shia pilgrims", "Christian activists"; cue_words.tsv "community").

    Like a people the model knows without a country ("Shona rebels"), such a group is
    a country's people, as the PLOVER silver codes it ("Sunni insurgents" in an Iraqi
    story are IRQ REB), the one of its homes the story names (:mod:`.communities`); only
    groups (kind ``group``), not bodies or roles,
    whose head says what the people are ("a Christian ministry" is no government);
    "" when there is none.
    """
    if entry.kind != "group":
        return ""
    words = cue_words("community")
    found = (token.doc[i] for i in range(token.left_edge.i, token.i))
    return next((t.lower_ for t in found if t.lower_ in words and t.dep_ in _AMOD), "")


def community_nouns(doc: Doc, owner: Owners) -> list[tuple[Token, str | None]]:
    """Plural nouns naming an ethnic or religious community of one country's politics
    ("Sunnis boycotted the vote", "killed three Kurds"; cue_words.tsv
    "community_noun"), not owned by an entity nor modifying another noun, each with the
    country of a demonym before it ("Congolese Tutsis": COD), else None.

    Like "Kurdish fighters", they are civilians of the home the story names most
    (:mod:`.communities`) unless so modified; the transnational ones ("Muslims",
    "Christians", "Arabs") are left out: a story about one country speaks of them
    worldwide as often as of its own.
    """
    words = cue_words("community_noun")
    found = [
        t
        for t in doc
        if t.lower_ in words and t.i not in owner and t.dep_ not in _AMOD and t.pos_ != "ADJ"
    ]
    return [
        (t, next((owner[c.i][0].country for c in t.children if c.i in owner), None)) for t in found
    ]
