"""Which actors a noun phrase names: its own mention, its apposition, its owners and groups.

The first step of :func:`newsgraph.events.arguments.verb_args` and of the nominal roles in
:mod:`newsgraph.events.roles`: once a doer or recipient token is chosen (by
:mod:`.doers` or :mod:`.recipients`), :func:`actors_of` resolves the phrase it heads to
the actors stage's canonical actors with :func:`newsgraph.actors.find_actor`.

A noun phrase gives its own actor when it is a mention ("Iran"), else the actor in its
apposition ("Iran's leader, Khamenei"), else those among its modifiers ("Hungarian and
Romanian officials" gives two actors, one event; "rebels in Ivory Coast", "a judge at the
High Court", "a proposal by three members", "a spokesman for Iran"), and its conjuncts
("Iran and Iraq"); where a possessor says whose a thing is, its "in" or "at" says only where
it is ("the firms' assets in China").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import find_actor
from ..actors.lexicon import lexicons
from ..model import Actor
from ._tokens import children_of, conjuncts_of, ents_of
from .cue_words import cue_words
from .lexicon import load_lexicon
from .places import lookup_place

__all__ = ["actors_of", "names_town", "performers", "stance_prefixed"]

_MODIFIER_DEPS = frozenset({"appos", "compound", "amod", "poss", "nmod", "npadvmod"})
# Which modifier names the head best: an apposition names it, an "including" list
# enumerates it ("countries including Chile and Peru"), the rest describe it.
_MODIFIER_ORDER = (
    "appos", "including", "compound", "amod", "npadvmod", "of", "poss", "nmod", "from", "by",
    "in", "at",
)  # fmt: skip
# An act is its doer's before it is its patient's: "condemned Iran's arrest of the
# journalist", "welcomed the release of Jo Doe by China" are aimed at Iran and China.
_ACT_ORDER = (*(d for d in _MODIFIER_ORDER if d != "of"), "of")
# "officials at the ministry", "workers at Thomas Cook", "a proposal by three members":
# people at an organization are its people, a text or act by someone is theirs.
_HEAD_PREPS = frozenset({"of", "from", "including", "in", "at", "by"})
# Who speaks and acts for another: "a spokesman for X", "an official for X", "a source for X"
# act for X (as the quotes stage makes X the speaker); "for" after other nouns is a purpose.
# So do a lawyer, counsel or negotiator "for" a client or side ("lawyers for Jo Doe filed an
# appeal", "the chief negotiator for Iran rejected the offer").
_PROXIES = cue_words("proxy")
# Participles of carrying out an act ("the raid [conducted] by Turkish troops", "a strike
# [called] by the unions", "a rocket [fired] by militants"): whoever did that did the act;
# not a response to it ("the bombing [condemned] by the UN") nor a record of it.
_PERFORMING = cue_words("performing")
# Group nouns too vague to point back at one group named before ("the group's funding",
# "a two party system", "attacks by women"): any group, party or people may be meant.
_VAGUE_GROUPS = cue_words("vague_group")
# Participles of making a text or thing known ("a statement [issued] by the ministry", "a
# resolution [drafted] by France"): whoever did that is the text's author, who says what it says.
_AUTHORING = cue_words("authoring")
# Words for a team or body of people the actors stage has no agent noun for ("the team at
# the hospice", "a committee in Parliament"): their "in" or "at" is still whose people they are.
_BODY_NOUNS = cue_words("body_noun")
_SKIP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def actors_of(token: Token, actors: tuple[Actor, ...], depth: int = 0) -> list[Actor]:
    """The actors a noun phrase headed by ``token`` refers to (conjuncts included)."""
    found: list[Actor] = []
    for tok in _coordinated(token):
        for actor in _head_actors(tok, actors, depth):
            if actor not in found:
                found.append(actor)
    return found


def _coordinated(token: Token) -> list[Token]:
    """``token`` and what is coordinated with it: "Iran and Iraq", "the US, Russia, and Swiss"."""
    heads = [token]
    for tok in _entity_tokens(token):
        heads.extend(c for c in conjuncts_of(tok) if c.i > token.i and not _swallowed(c))
        # A comma list is often parsed as an apposition carrying the conjunction; an
        # apposition that is a description, not a name, still describes the first item
        # ("Kelly, [deputy chief of staff] to the governor, and Baroni": not the governor).
        for child in children_of(tok):
            if child.dep_ == "appos" and any(c.dep_ == "cc" for c in children_of(child)):
                if child.pos_ != "NOUN":
                    heads.append(child)
                heads.extend(c for c in conjuncts_of(child) if c.i > child.i)
    return list(dict.fromkeys(heads))


_OPENER_DEPS = frozenset({"prep", "advcl"})
_BETWEEN_DEPS = frozenset({"aux", "auxpass", "advmod", "neg"})


def _swallowed_subject(verb: Token) -> Token | None:
    """The subject a fronted phrase swallowed: "Following talks between Abbas and Sharon,
    [Israel] has released ...", "After the meeting with Jo Doe, [Jan Roe] also held talks":
    a sentence opening with a phrase and a comma, whose verb the parser gave no subject, and
    the name at its end, after a comma and right before the verb (or its auxiliaries and
    adverbs), hung on the phrase as another item of its list or an apposition."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children_of(verb)):
        return None
    doc = verb.doc
    start = verb.sent.start
    for opener in children_of(verb):
        if opener.dep_ not in _OPENER_DEPS or opener.i > verb.i:
            continue
        if any(t.is_alpha for t in doc[start : opener.left_edge.i]):
            continue
        last = opener.right_edge
        if any(t.head.i != verb.i or t.dep_ not in _BETWEEN_DEPS for t in doc[last.i + 1 : verb.i]):
            return None
        name = last if last.ent_type_ else None
        while name is not None and name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if (
            name is not None
            and name.dep_ in ("conj", "appos")
            and name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            and name.left_edge.i > opener.i
            and doc[name.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("cc", "prep", "appos") for c in children_of(name))
        ):
            return name
    return None


def _swallowed(token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence that a fronted phrase swallowed."""
    if token.dep_ not in ("conj", "appos"):
        return False
    subject = _swallowed_subject(token.sent.root)
    return subject is not None and subject.i == token.i


def _entity_tokens(token: Token) -> list[Token]:
    """The tokens of the named entity ``token`` is part of (just ``token`` outside one)."""
    if not token.ent_type_:
        return [token]
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _head_actors(token: Token, actors: tuple[Actor, ...], depth: int) -> list[Actor]:
    """The actors the head noun ``token`` names itself or by its best modifier."""
    found = _own(token, actors)
    if found is not None:
        members = _named_members(token, found, actors, depth)
        if members:
            return members
        return [found, *_conjoined_owners(token, found, actors, depth)]
    if depth > 1:
        return []
    by_dep = _modifier_actors(token, actors, depth)
    if token.pos_ == "PROPN":
        # "United States Senator from Ohio Jo Doe endorsed ...": a title written as a
        # proper noun is the person it names, not the country before it
        people = [a for dep in _MODIFIER_ORDER for a in by_dep.get(dep, ()) if a.type == "PERSON"]
        if people:
            return list(dict.fromkeys(people))
    for dep in _ACT_ORDER if _is_act(token) else _MODIFIER_ORDER:
        if by_dep.get(dep):
            return by_dep[dep]
    return _named_before(token, actors)


def _named_before(token: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """ "Israeli troops entered Jenin. [The troops] arrested twelve men", "Iraqi police held
    five men. [Police] later released two": a bare group noun (no modifier, no determiner but
    "the") naming no actor stands for the group last named before it with the same head noun
    ("Israeli troops"), as the actors stage names groups by their head; "rebel troops",
    "some police" or "other protesters" may be another group."""
    if token.pos_ != "NOUN" or not _agent_noun(token) or not _bare_group(token):
        return []
    if token.lemma_.lower() in _VAGUE_GROUPS:
        return []
    doc = token.doc
    lemma = token.lemma_.lower()
    best: tuple[int, Actor] | None = None
    for actor in actors:
        if actor.type == "PERSON":
            continue
        for mention in actor.mentions:
            if mention.end > token.idx or (best is not None and mention.start <= best[0]):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _same_noun(span[-1], token, lemma) and _qualified(span):
                best = (mention.start, actor)
    return [best[1]] if best is not None else []


def _qualified(span: Span) -> bool:
    """Whether a mention says whose group it is by more than its noun ("Israeli troops",
    "Thames Valley Police"): a bare "the group" or "the party" another stage linked to a
    body is no safer an antecedent than the bare noun itself."""
    return sum(t.pos_ not in ("DET", "PUNCT") for t in span) > 1


def _same_noun(head: Token, token: Token, lemma: str) -> bool:
    """Whether a mention's last word is ``token``'s noun, in the same form or number ("the
    courts" are not "the main court"; "police" is "Police" however tagged)."""
    if head.lemma_.lower() != lemma:
        return False
    plural = token.tag_ in ("NNS", "NNPS")
    return head.lower_ == token.lower_ or (head.tag_ in ("NNS", "NNPS")) == plural


def _bare_group(token: Token) -> bool:
    """Whether a group noun has no modifier and no determiner but "the" ("the troops", "police")."""
    for child in children_of(token):
        if child.dep_ in ("amod", "compound", "poss", "nmod", "appos", "npadvmod"):
            return False
        if child.dep_ in ("det", "predet") and child.lower_ != "the":
            return False
    return True


def _named_members(
    token: Token, group: Actor, actors: tuple[Actor, ...], depth: int
) -> list[Actor]:
    """ "Three American Samoans, Jo Doe and Ann Roe, sued": a group the apposition names
    person by person is those people, who are named as its doers or targets."""
    if group.type == "PERSON" or token.tag_ not in ("NNS", "NNPS") or depth > 0:
        return []
    for child in children_of(token):
        if child.dep_ == "appos":
            people = actors_of(child, actors, depth + 1)
            if people and all(a.type == "PERSON" for a in people):
                return people
    return []


def _modifier_actors(token: Token, actors: tuple[Actor, ...], depth: int) -> dict[str, list[Actor]]:
    """The actors each kind of modifier of ``token`` names, keyed by dependency or
    preposition ("appos", "compound", "of", "in", ...; "for" after a proxy is "of")."""
    by_dep: dict[str, list[Actor]] = {}
    # "the firms' assets in China", "its refinery in Texas": the possessor owns the thing and
    # "in" or "at" says where it is; but "Iraq's envoy at the UN", "his doctors at a clinic"
    # are still people of a body there (the actors stage's agent nouns).
    owned = any(c.dep_ == "poss" for c in children_of(token)) and not _agent_noun(token)
    for child in children_of(token):
        dep = child.dep_
        proxy_for = dep == "prep" and child.lower_ == "for" and token.lemma_.lower() in _PROXIES
        if dep == "prep" and (child.lower_ in _HEAD_PREPS or proxy_for):
            if _not_whose(token, child.lower_, owned, depth):
                continue
            for pobj in children_of(child):
                if pobj.dep_ == "pobj":
                    key = "of" if proxy_for else child.lower_
                    by_dep.setdefault(key, []).extend(actors_of(pobj, actors, depth + 1))
        elif dep in _MODIFIER_DEPS and not _sponsor(child):
            found_here = _non_prep_actors(token, child, actors, depth)
            if found_here is not None:
                by_dep.setdefault(dep, []).extend(found_here)
    if depth == 0 and token.pos_ == "NOUN" and not _agent_noun(token):
        # "the raid conducted by Turkish troops killed five": the act is theirs; "a statement
        # issued by the ministry condemned ...": the text is its author's (not deeper: "the
        # victims of an attack carried out by X" are not X's people)
        verbs = _PERFORMING if _is_act(token) else _AUTHORING
        for pobj in performers(token, verbs):
            by_dep.setdefault("by", []).extend(actors_of(pobj, actors, depth + 1))
    return by_dep


def _non_prep_actors(
    token: Token, child: Token, actors: tuple[Actor, ...], depth: int
) -> list[Actor] | None:
    """The actors a modifier of ``token`` that is no preposition names ("appos",
    "compound", "poss", ...), or None if it says where or what the thing is, not whose."""
    dep = child.dep_
    if dep == "compound" and _is_act(token) and names_town(child):
        return None  # "the Baghdad bombing killed ten": where, not who
    if dep == "appos" and _is_act(token) and _place_noun(child):
        # "explosions at the mosque[,] in the Iraqi city of Samarra" parsed as an
        # apposition: a city or village names where the act was, not who did it
        return None
    if stance_prefixed(child):
        return None  # "pro-Mubarak rallies", "anti-American protests": for or against
    found_here = actors_of(child, actors, depth + 1)
    if dep == "poss" and (
        token.tag_ in ("NNS", "NNPS") or token.lower_ in lexicons().kin or _adversary(token)
    ):
        # "his associates alleged", "her father thanked ...", "his opponent conceded": a
        # person's associates, kin or adversary are other people (a country's troops
        # still stand for the country).
        found_here = [a for a in found_here if a.type != "PERSON"]
    return found_here


def performers(act: Token, verbs: frozenset[str] = _PERFORMING) -> list[Token]:
    """The agents of a participle of carrying out that hangs from the noun ``act`` ("an
    attack [carried out] by Hamas", "a rally [organized] by the union"): who did the act;
    with ``verbs`` of authoring, who wrote or issued a text ("a report [released] by X")."""
    found: list[Token] = []
    for acl in children_of(act):
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in verbs:
            continue
        if acl.lemma_.lower() == "carry" and not any(c.lower_ == "out" for c in children_of(acl)):
            continue  # "the ship carried by the current": only "carried out" does an act
        if any(c.dep_ in ("dobj", "oprd", "attr", "xcomp") for c in children_of(acl)):
            continue  # "an inquiry, called by the US a 'friendly fire' incident": a naming
        found += [
            pobj
            for agent in children_of(acl)
            if agent.dep_ == "agent"
            for pobj in children_of(agent)
            if pobj.dep_ == "pobj"
        ]
    return found


def _not_whose(token: Token, prep: str, owned: bool, depth: int) -> bool:
    """Whether the phrase after preposition ``prep`` on ``token`` says where the thing or
    act is, or who made it, rather than whose people or thing ``token`` is."""
    if prep in ("in", "at") and _is_act(token):
        return True  # "car bombs in Baghdad": where the act was, not who did it
    if prep in ("in", "at") and owned:
        return True  # "the firms' assets in China": whose they are is said, China is where
    if prep in ("in", "at") and _located_thing(token):
        return True  # "an accident in Peru", "a donor in Canadian politics": where it is
    if prep == "at" and (token.pos_ == "PROPN" or token.ent_type_):
        return True  # "the Art Center Gallery at X College" is a place, not X's people
    # "the publication of an article by X": X wrote, not published
    return prep == "by" and depth > 0


def _located_thing(token: Token) -> bool:
    """Whether ``token`` is a doer's word for one thing or person no body stands for ("an
    accident", "an individual"): a singular common noun, none of the actors stage's agent
    nouns nor a word for a team or body of people, that is a subject or the "from" or "by"
    phrase of an act, so its "in" or "at" tells where it is ("officials in Peru", "the
    embassy in Kabul", "the team at the hospice" stay that place's or body's people). What
    is done to a thing in a country is still done to that country ("destroyed a reactor in
    Iraq"), so an object keeps it."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or _agent_noun(token):
        return False
    if token.lower_ in _BODY_NOUNS:
        return False
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.lower_ in ("from", "by"))


def _conjoined_owners(
    token: Token, found: Actor, actors: tuple[Actor, ...], depth: int
) -> list[Actor]:
    """ "Negotiators from Israel and Hamas", "envoys of Japan and China": the actors stage
    names the people after their first owner ("Government of Israel"); each owner
    conjoined with it sends people of its own, so it is an actor of the phrase too."""
    if depth > 0 or token.pos_ != "NOUN":
        return []
    preps = frozenset({"from", "of"}) if token.tag_ == "NNS" else frozenset({"from"})
    owners = [
        a
        for pobj in _prep_objects(token, preps)
        for conj in conjuncts_of(pobj)
        if conj.i > pobj.i
        for a in actors_of(conj, actors, depth + 1)
    ]
    return [a for a in dict.fromkeys(owners) if a.id != found.id]


def _own(token: Token, actors: tuple[Actor, ...]) -> Actor | None:
    """The actor whose mention ``token`` is (none for a date, number or amount)."""
    if token.ent_type_ in _SKIP_ENTS:
        return None
    return find_actor(actors, token.idx, token.idx + len(token.text))


def _agent_noun(token: Token) -> bool:
    """Whether ``token`` is one of the actors stage's agent nouns: a body, group or role
    ("government", "troops", "doctors", "envoy")."""
    return token.lower_ in lexicons().agents


def _adversary(token: Token) -> bool:
    """Whether ``token`` is a noun of those against someone ("critics", "opponent"; the
    actors stage's cue_words.tsv ``adversary``): its owner is whom they oppose, not them."""
    return token.pos_ == "NOUN" and token.lower_ in lexicons().cue_words["adversary"]


def _place_noun(token: Token) -> bool:
    """Whether ``token`` is a common noun of a place ("city", "village", "province"; the
    actors stage's locative ``place`` words)."""
    return token.pos_ == "NOUN" and lexicons().locative.get(token.lower_) == "place"


def _is_act(token: Token) -> bool:
    """Whether a noun names an act or its means ("bombs", "clashes"), not a group."""
    return token.pos_ == "NOUN" and (token.lemma_.lower(), "NOUN") in load_lexicon().triggers


def _sponsor(modifier: Token) -> bool:
    """ "Iran-backed groups" are not Iran; "Saudi-led coalition" is led by Saudi Arabia."""
    return load_lexicon().modality.get(modifier.lemma_.lower()) == "sponsor"


def stance_prefixed(token: Token) -> bool:
    """ "pro-Mubarak", "anti-American": a name after "pro-" or "anti-" is what one is for or
    against, never who acts."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return doc[token.i - 2].lower_ in ("pro", "anti")
    return token.lower_.startswith(("pro-", "anti-"))


def names_town(token: Token) -> bool:
    """Whether ``token`` is part of a proper name of a city or region ("Baghdad",
    "El Paso"), read from the words themselves: a place can stand in for its
    country's actor, whose name would say "Iraq"."""
    if token.pos_ != "PROPN":
        return False
    span = next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)
    entry = lookup_place(span.text if span is not None else token.text)
    return entry is not None and entry.kind in ("city", "region")


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of the prepositions ``preps`` hung on ``token`` ("met [with] X")."""
    return [
        pobj
        for child in children_of(token)
        if child.dep_ in ("prep", "dative") and child.lower_ in preps
        for pobj in children_of(child)
        if pobj.dep_ == "pobj"
    ]
