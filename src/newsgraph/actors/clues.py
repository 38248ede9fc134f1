"""Coding clues beyond titles: posts a person holds, what an organization's name says.

Used by :mod:`.coding` when a person's title or an organization's lexicon
entry and keywords leave a code open:

* **Office held.** A person named as the holder of a government's term
  ("Ian Smith's government", "the Obama administration"; not "a Collins
  administration", a candidate's) is a head of government: GOV. A post taken
  in a clause of the person's own ("X resumed the office of Speaker", "X,
  who held the post of Speaker", "X served as a senator") gives the title's
  sector; so does a body the person leads, named by its common noun ("X, who
  leads the Y party": PTY).
* **International names.** An organization whose name opens with
  "International", "World", "European", ... or with an international body's
  name ("United Nations Emergency Relief Coordinator") is international: no
  country is guessed for it.
* **Members.** An association named after its members in the plural
  ("Nigerian Union of Teachers", "Serbian Workers' Union") takes their sector.
* **Descriptors.** The noun describing a name codes it ("German migrant rescue
  charity Sea-Eye", "X, a Pentecostal church").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import cue_words, lexicons
from .resolve import Entity
from .spans import span_text

__all__ = [
    "code_from_descriptor",
    "holds_an_office",
    "igo_inside",
    "international",
    "members_sector",
    "post_taken",
]


def holds_an_office(doc: Doc, person: Entity) -> bool:
    """A person named as the holder of a government's term ("X's presidency", "the
    X administration", "X's government"): the head of a government, coded GOV."""
    for start, end in person.spans:
        owned = end < len(doc) and doc[end].text in ("'s", "’s")
        if not owned and (start == 0 or doc[start - 1].lower_ != "the"):
            continue  # "a Collins administration" would be: a candidate's, not held
        i = end + owned
        while i < len(doc) and doc[i].pos_ == "ADJ":
            i += 1  # "X's short-lived government"
        # cue_words.tsv "office_term": nouns of a head of government's term
        if i < len(doc) and doc[i].lower_ in cue_words("office_term"):
            return True
    return False


def post_taken(doc: Doc, person: Entity) -> str | None:
    """The sector of a post a person takes or holds in a clause of their own: "X
    resumed the office of Speaker", "X, who held the post of Speaker", "X served as
    a senator"."""
    titles = lexicons().titles
    for start, end in person.spans:
        # "served as X" hangs from the verb; "held the post of X" from its object
        verbs = _own_verbs(doc[start:end].root if end - start > 1 else doc[start])
        # cue_words.tsv "post": nouns of a post held ("the office of Speaker", "the post of X")
        held = cue_words("post")
        posts = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.lower_ in held]
        for verb in verbs:
            sector = _predicate_title(verb) or _body_led(verb)
            if sector:
                return sector
        for holder in verbs + posts:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("as", "of"):
                    continue
                for token in prep.children:
                    entry = titles.get(token.lower_) if token.dep_ == "pobj" else None
                    if entry is not None and entry.sector:
                        return entry.sector
    return None


def _predicate_title(verb: Token) -> str:
    """ "X was the president of Ruritania", "X became a senator": the sector of a title
    the person is said to hold, when it is no body's but a country's or nobody's ("the
    president of the company" is left to the company)."""
    if (verb.lemma_ or verb.lower_) not in ("be", "become", "remain"):
        return ""
    titles = lexicons().titles
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        entry = titles.get(attr.lower_)
        if entry is None or not entry.sector:
            continue
        owners = [
            o for p in attr.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
        if all(o.ent_type_ in ("GPE", "NORP", "LOC") for o in owners):
            return entry.sector
    return ""


def _body_led(verb: Token) -> str:
    """ "X, who leads the Law and Justice party", "X heads the junta": the sector of a body
    the person leads, named by its common noun (a keyword of ``org_keywords.tsv`` or a
    body or group of ``agents.tsv``; "leads the polls" names none)."""
    if (verb.lemma_ or verb.lower_) not in cue_words("leading_verb"):  # lead, head, chair
        return ""
    lex = lexicons()
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        agent = lex.agents.get(obj.lower_)
        body = agent.sector if agent is not None and agent.kind in ("institution", "group") else ""
        return lex.org_keywords.get(obj.lower_, "") or body
    return ""


def _own_verbs(root: Token) -> list[Token]:
    """The verbs a person mention is the subject of, directly or through "who"."""
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") and root.head != root else []
    for clause in root.children:
        if clause.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children
        ):
            verbs.append(clause)
    return [v for v in verbs if v.pos_ in ("VERB", "AUX")]


def members_sector(doc: Doc, start: int, end: int) -> str | None:
    """The sector of the people an association is made of, named in the plural in its
    name ("Nigerian Union of Teachers" -> EDU, "Serbian Workers' Union" -> LAB)."""
    agents = lexicons().agents
    for token in doc[start:end]:
        entry = agents.get(token.lower_)
        if entry and entry.kind == "group" and entry.sector and token.lower_ != entry.noun:
            return entry.sector
    return None


def international(doc: Doc, start: int, end: int) -> bool:
    """A name that says the body is international ("International Committee on ...",
    "World Heritage Committee", "the European Community") or opens with an
    international body's name ("United Nations Emergency Relief Coordinator")."""
    first = doc[start + (doc[start].lower_ == "the" and end - start > 1)]
    # cue_words.tsv "international": first words of the names of international bodies
    international = first.lower_ in cue_words("international")
    return international or igo_inside(doc, start, end) is not None


def igo_inside(doc: Doc, start: int, end: int) -> str | None:
    """IGO when the name opens with an international body's name ("United Nations
    Emergency Relief Coordinator"; not "National Security Council")."""
    orgs = lexicons().orgs
    start += doc[start].lower_ == "the" and end - start > 1
    for n in (3, 2, 1):
        entry = orgs.get(span_text(doc, start, start + n)) if start + n < end else None
        if entry is not None and entry.country is None and entry.sector == "IGO":
            return "IGO"
    return None


def code_from_descriptor(doc: Doc, org: Entity, start: int, end: int) -> None:
    """ "German migrant rescue charity Sea-Eye", "X, a Pentecostal church": the noun
    describing a name codes it (sector from the noun, country from its demonym)."""
    lex = lexicons()
    root = doc[start:end].root
    heads = [t for t in root.children if t.i < start and t.dep_ in ("compound", "nmod")]
    heads += [t for t in root.children if t.dep_ == "appos" and t.pos_ == "NOUN"]
    if root.dep_ in ("appos", "compound") and root.head.i < start and root.head.pos_ == "NOUN":
        heads.append(root.head)
    for head in heads:
        description = lex.descriptions.get(head.lower_)
        sector = lex.org_keywords.get(head.lower_)
        # "the rights group X": "group" ends firms' names ("X Group"), but as a bare
        # descriptor it is the vague description noun it is in descriptions.tsv
        vague = description is not None and not description[1] and sector == "BUS"
        if sector and not vague:  # "X, a Pentecostal church": the descriptor wins
            media = [c for c in head.children if c.dep_ == "compound"
                     and lex.org_keywords.get(c.lower_) == "MED"]
            org.sector = "MED" if media else sector  # "the news agency X" reports, no GOV
        for child in (head, *head.children):
            iso = lex.demonyms.get(child.text) or lex.country_names.get(child.text)
            if org.country is None and iso and child.i < start:
                org.country = iso
