"""Who did it to whom: the actor(s) and recipient of a trigger, from the parse.

Every argument is resolved to the actors stage's canonical actors with
:func:`newsgraph.actors.find_actor`. A noun phrase gives its own actor when
it is a mention ("Iran"), else the actor in its apposition ("Iran's leader,
Khamenei"), else those among its modifiers ("Hungarian and Romanian
officials" gives two actors, one event; "rebels in Ivory Coast", "a judge
at the High Court", "a proposal by three members", "a spokesman for Iran"), and its
conjuncts ("Iran and Iraq"); where a possessor says whose a thing is, its "in" or "at"
says only where it is ("the firms' assets in China"). Of two subjects the parser gave
one verb (a misparsed heading or apposition: "Reactions: Jo Doe said"), the one next to
it is the doer.

The recipient of a verb is its object (or passive subject), else whom a
preposition aims the act at ("met with", "fired on", "voted for"), else the subject or
first argument of its complement ("urged Iraq to ...", "threatened to
attack X"). A passive that names no patient of its own was undergone by the
noun a relative pronoun or participle stands for ("X, who was arrested",
"soldiers killed by rebels") or by the subject of the clause it hangs from
("died after being shot"). A request's addressee is its recipient even when
no actor names it ("urged lawmakers to ..."), and a protest is aimed at whom
its stated demand addresses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from ..actors import find_actor
from ..actors.lexicon import lexicons
from ..model import Actor
from .lexicon import load_lexicon
from .places import lookup_place

__all__ = ["Participants", "actors_of", "aimed_preps", "verb_args"]

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_RELATIVIZERS = frozenset({"who", "which", "that", "whom"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
_THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them"})
# Clause links a pronoun subject's antecedent is looked for across (see _speaker_fallback).
_FALLBACK_DEPS = frozenset({"ccomp", "xcomp", "conj", "acomp", "advcl"})
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
_PROXIES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "representative",
     "official", "source"}
)  # fmt: skip
# Prepositions whose object is on the receiving end of the act.
_RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon"}
)
_SKIP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "acomp", "pcomp"})
_NO_ROLES: Mapping[str, str] = {}
_CLAUSE_ARGS = frozenset({"dobj", "pobj", "dative", "nsubjpass", "attr"})
_FROM_KINDS = frozenset({"RETREAT", "SANCTION", "REQUEST"})
_FROM = frozenset({"from"})
# Acts aimed at whom their thing is taken "from" ("seized arms from the rebels", "withdrew
# troops from Peru", "sought help from Chile"); an unknown kind keeps the old reading.
_DEPRIVING = frozenset({None, "COERCE", "RETREAT", "REQUEST", "SANCTION"})
_GIVING = frozenset({"AGREE", "AID"})
# Responses to what others say or do: aimed at whose words or deeds they are.
_RESPONSES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
_FOR = frozenset({"for"})
# Acts of force, aimed at the place they are sent to or fired at.
_FORCEFUL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
# Acts done for someone's sake: whom a vote, an endorsement or aid is "for" receives it.
_FOR_WHOM = frozenset({"SUPPORT", "AID"})
_GRIEVANCE = frozenset({"over", "about"})
_AIMED = frozenset({"against", "on", "upon", "with", "to", "toward", "towards"})
_NESTED_PREPS = frozenset({"against", "on", "to", "with", "from", "by", "for", "into"})
# Joint acts whose "on" phrase is their topic, not a side: "talks on Iraq", "a meeting on
# the treaty", "cooperation on trade" (but "an attack on Iraq", "sanctions on Iraq").
_TOPIC_KINDS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_TOPIC = frozenset({"on", "upon"})
_DOER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_NOUN_SLOTS = frozenset({"dobj", "pobj", "attr", "nsubjpass"})


def aimed_preps(preps: frozenset[str], kind: str | None) -> frozenset[str]:
    """``preps`` less those that name the topic of an act of ``kind``."""
    return preps - _TOPIC if kind in _TOPIC_KINDS else preps


@dataclass(frozen=True, slots=True)
class Participants:
    """Actor ids of the doers (in text order) and of the recipient.

    ``named`` says the parse names a doer even when it resolves to no actor
    ("riot police fired", "rebels attacked"): the act is reported as done by
    someone, so it is kept with an unknown actor. ``occurred`` says a noun's
    clause reports the act as taking place ("fighting broke out", "there
    were clashes"), so it is kept too, where a mere mention is not.
    """

    actors: tuple[str, ...]
    recipient: str | None
    named: bool = False
    first_person: bool = False  # the doer is "I" or "we" (the speaker, inside a quote)
    entity: bool = False  # the doer phrase holds a named entity ("Greek diplomats")
    occurred: bool = False
    # Further recipients coordinated with the first ("visited Mauritania and Senegal"):
    # CAMEO codes one event per target, so each gets an event of its own.
    others: tuple[str, ...] = ()


def _own(token: Token, actors: tuple[Actor, ...]) -> Actor | None:
    if token.ent_type_ in _SKIP_ENTS:
        return None
    return find_actor(actors, token.idx, token.idx + len(token.text))


def _head_actors(token: Token, actors: tuple[Actor, ...], depth: int) -> list[Actor]:
    found = _own(token, actors)
    if found is not None:
        return [found, *_conjoined_owners(token, found, actors, depth)]
    if depth > 1:
        return []
    by_dep: dict[str, list[Actor]] = {}
    # "the firms' assets in China", "its refinery in Texas": the possessor owns the thing and
    # "in" or "at" says where it is; but "Iraq's envoy at the UN", "his doctors at a clinic"
    # are still people of a body there (the actors stage's agent nouns).
    owned = any(c.dep_ == "poss" for c in token.children) and not _agent_noun(token)
    for child in token.children:
        dep = child.dep_
        proxy_for = dep == "prep" and child.lower_ == "for" and token.lemma_.lower() in _PROXIES
        if dep == "prep" and (child.lower_ in _HEAD_PREPS or proxy_for):
            if child.lower_ in ("in", "at") and _is_act(token):
                continue  # "car bombs in Baghdad": where the act was, not who did it
            if child.lower_ in ("in", "at") and owned:
                continue  # "the firms' assets in China": whose they are is said, China is where
            if child.lower_ == "at" and (token.pos_ == "PROPN" or token.ent_type_):
                continue  # "the Art Center Gallery at X College" is a place, not X's people
            if child.lower_ == "by" and depth > 0:
                continue  # "the publication of an article by X": X wrote, not published
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    key = "of" if proxy_for else child.lower_
                    by_dep.setdefault(key, []).extend(actors_of(pobj, actors, depth + 1))
        elif dep in _MODIFIER_DEPS and not _sponsor(child):
            if dep == "compound" and _is_act(token) and names_town(child):
                continue  # "the Baghdad bombing killed ten": where, not who
            if stance_prefixed(child):
                continue  # "pro-Mubarak rallies", "anti-American protests": for or against
            found_here = actors_of(child, actors, depth + 1)
            if dep == "poss" and token.tag_ in ("NNS", "NNPS"):
                # "his associates alleged": a person's associates are other people
                # (a country's troops still stand for the country).
                found_here = [a for a in found_here if a.type != "PERSON"]
            by_dep.setdefault(dep, []).extend(found_here)
    if token.pos_ == "PROPN":
        # "United States Senator from Ohio Jo Doe endorsed ...": a title written as a
        # proper noun is the person it names, not the country before it
        people = [a for dep in _MODIFIER_ORDER for a in by_dep.get(dep, ()) if a.type == "PERSON"]
        if people:
            return list(dict.fromkeys(people))
    for dep in _ACT_ORDER if _is_act(token) else _MODIFIER_ORDER:
        if by_dep.get(dep):
            return by_dep[dep]
    return []


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
        for conj in pobj.conjuncts
        if conj.i > pobj.i
        for a in actors_of(conj, actors, depth + 1)
    ]
    return [a for a in dict.fromkeys(owners) if a.id != found.id]


def _agent_noun(token: Token) -> bool:
    """Whether ``token`` is one of the actors stage's agent nouns: a body, group or role
    ("government", "troops", "doctors", "envoy")."""
    return token.lower_ in lexicons().agents


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


def _coordinated(token: Token) -> list[Token]:
    """``token`` and what is coordinated with it: "Iran and Iraq", "the US, Russia, and Swiss"."""
    heads = [token]
    for tok in _entity_tokens(token):
        heads.extend(c for c in tok.conjuncts if c.i > token.i)
        # A comma list is often parsed as an apposition carrying the conjunction; an
        # apposition that is a description, not a name, still describes the first item
        # ("Kelly, [deputy chief of staff] to the governor, and Baroni": not the governor).
        for child in tok.children:
            if child.dep_ == "appos" and any(c.dep_ == "cc" for c in child.children):
                if child.pos_ != "NOUN":
                    heads.append(child)
                heads.extend(c for c in child.conjuncts if c.i > child.i)
    return list(dict.fromkeys(heads))


def _is_act(token: Token) -> bool:
    """Whether a noun names an act or its means ("bombs", "clashes"), not a group."""
    return token.pos_ == "NOUN" and (token.lemma_.lower(), "NOUN") in load_lexicon().triggers


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
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    entry = lookup_place(span.text if span is not None else token.text)
    return entry is not None and entry.kind in ("city", "region")


def _sponsor(modifier: Token) -> bool:
    """ "Iran-backed groups" are not Iran; "Saudi-led coalition" is led by Saudi Arabia."""
    return load_lexicon().modality.get(modifier.lemma_.lower()) == "sponsor"


def actors_of(token: Token, actors: tuple[Actor, ...], depth: int = 0) -> list[Actor]:
    """The actors a noun phrase headed by ``token`` refers to (conjuncts included)."""
    found: list[Actor] = []
    for tok in _coordinated(token):
        for actor in _head_actors(tok, actors, depth):
            if actor not in found:
                found.append(actor)
    return found


def _inherited(verb: Token, roles: Mapping[str, str], depth: int) -> Token | None:
    """The subject a verb without one shares with the verb above it."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        owner = _owner(head) if _infinitive(verb) else None
        if owner is not None:
            # "Germany's decision to expel the envoys", "a plan by Iran to build a dam":
            # whose decision or plan it is, is who does what it is to do
            return owner
        if verb.dep_ == "relcl" or verb.tag_ == "VBD":
            return head  # "rebels who attacked", "a group protested" (parsed as a modifier)
        if verb.tag_ == "VBG" and head.dep_ not in _NOUN_SLOTS:
            return head  # "protesters demanding reforms marched"
        if verb.tag_ == "VBG" and head.pos_ == "NOUN" and _agent_noun(head):
            # "police dispersed demonstrators protesting the results", "shot protesters
            # throwing stones": people in an object slot do what their participle says
            # (not the verb's subject, as a text's owner does: "issued a declaration demanding")
            return head
        if (
            head.dep_ == "nsubjpass"
            and verb.tag_ != "VBN"  # "two soldiers [killed] in the clash were buried": victims
            and roles.get(head.head.lemma_.lower()) != "author"
        ):
            # "a resolution imposing sanctions was dismissed by Iran": the one who
            # dismissed it did not write it; the noun's own modifiers may name its author.
            return head
        # "issued a declaration demanding ...", "expressed its intent to meet": the
        # noun's owner acts; a passive participle ("people [accused] of crimes") does not.
        if (
            verb.tag_ != "VBN"
            and head.dep_ in _NOUN_SLOTS
            and head.head.pos_ in ("VERB", "AUX")
            and roles.get(head.head.lemma_.lower()) != "report"
        ):
            # ("cited the ruling permitting ...": who cites a text did not write it)
            return _subject(head.head, roles, depth + 1)[0]
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        upper = head.head
        charged = next((c for c in upper.children if c.dep_ == "dobj"), None)
        if head.lower_ in ("for", "of") and charged is not None:
            # "convicted Soren for murdering", "accused Iran of attacking": the one
            # charged did it, not the court or the accuser.
            return charged
        # "After meeting Macron, Scholz criticized ...": the main clause's subject
        return _subject(upper, roles, depth + 1)[0]
    if verb.dep_ == "xcomp" and roles.get(head.lemma_.lower()) not in ("command", "instrument"):
        # "urged Iraq to stand firm": the object of the upper verb stands firm.
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return obj
        # "Obama is scheduled to attend", "Iran was urged to stop": the passive subject.
        obj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if obj is not None:
            return obj
    return _subject(head, roles, depth + 1)[0]


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _owner(noun: Token) -> Token | None:
    """The possessor of a noun ("Germany's decision"), else its "by" phrase ("a plan by
    Iran"), when it names someone."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _PRONOUNS:
            return child  # ("its plan to ...": the clause above says whose)
    for pobj in _prep_objects(noun, frozenset({"by"})):
        if pobj.ent_type_ in _DOER_ENTS:
            return pobj
    return None


def _subject(
    verb: Token, roles: Mapping[str, str] = _NO_ROLES, depth: int = 0
) -> tuple[Token | None, bool]:
    """The subject token of ``verb`` and whether it is the agent of a passive.

    An active subject beats a "by" phrase the parser took for an agent when
    that phrase names no one ("Bashir shortened [by one hour] the curfew",
    "Israel has not abided [by the truce]"; but "the hunter shot [by Jo Doe]").
    """
    active = any(c.dep_ == "nsubj" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent" and (not active or _names_someone(child)):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
    for child in _subjects(verb):
        if child.lower_ in _RELATIVIZERS and verb.dep_ == "relcl":
            return verb.head, False
        return child, False
    if _passive(verb) or _reduced_passive(verb):
        return None, False  # "..., but the deadline was not met": no doer to inherit
    if depth < 3 and verb.dep_ in _INHERIT_DEPS - {"ccomp"} and verb.head.i != verb.i:
        return _inherited(verb, roles, depth), False
    return None, False


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, the likeliest doer first.

    Two subjects are a misparse of a heading, an apposition or a list ("Reactions:
    Jo Doe has cancelled", "its rival, the X Party, won"): the one next to the verb
    names the doer, unless it is the country or state of an address ("bombs in
    Basra, Iraq have killed").
    """
    found = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(found) < 2:
        return found
    doc = verb.doc
    address = [
        c for c in found if c.i > 1 and doc[c.i - 1].text == "," and names_town(doc[c.i - 2])
    ]
    # a stray word parsed as a subject ("Jo Doe, the [said]": a garbled title) names no one
    stray = [c for c in found if c.tag_ == "DT" or c.pos_ in ("DET", "ADP", "PUNCT", "SYM")]
    return sorted(found, key=lambda c: (c in stray, c in address, c.i > verb.i, -c.i))


def _names_someone(phrase: Token) -> bool:
    return any(t.ent_type_ in _DOER_ENTS for t in phrase.subtree)


def _speaker_fallback(
    verb: Token, actors: tuple[Actor, ...], pronoun: Token | None = None
) -> list[Actor]:
    """For "Syria says it will not accept": the pronoun is the upper clause's subject.

    Used only when the subject is a pronoun (or pronoun-possessed: "their
    forces") the actors stage did not resolve; a full noun phrase is never
    replaced by the speaker. An adverbial clause is climbed too ("Dubai made
    it worse when it said that it could not repay"), but only by "it" and to an
    actor that is no person: "he" and "they" in an adverbial clause were as
    often someone else ("attack the PKK after they killed 13 soldiers").
    """
    current = verb
    adverbial = False
    for _ in range(3):
        if current.dep_ not in _FALLBACK_DEPS or current.head.i == current.i:
            return []
        adverbial = adverbial or current.dep_ == "advcl"
        current = current.head
        subj, _ = _subject(current)
        if subj is not None:
            found = actors_of(subj, actors)
            if adverbial and not found and not _is_pronominal(subj):
                # "says the treaty will fail because it does not bind ...": "it" is the
                # named subject of the clause its adverbial hangs from, actor or not
                return []
            if found and adverbial:
                found = [a for a in found if _agrees(pronoun, a)]
            if found:
                return found
    return []


def _agrees(pronoun: Token | None, actor: Actor) -> bool:
    """Whether a subject pronoun may stand, across an adverbial clause, for ``actor``."""
    if pronoun is None:
        return False
    word = pronoun.lower_
    if word not in _PRONOUNS:  # "its forces": the possessor decides
        word = next((c.lower_ for c in pronoun.children if c.dep_ == "poss"), "")
    return word in ("it", "its") and actor.type != "PERSON"


def _is_pronominal(token: Token) -> bool:
    if token.lower_ in _PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in token.children)


def _reduced_passive(verb: Token) -> bool:
    """ "[Quirin] wept when convicted": a bare participle clause is passive; the main
    clause's subject underwent it."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _conjoined_passive(verb: Token) -> bool:
    """ "Jo Doe was questioned by police and [arrested]": a bare participle coordinated
    with a passive shares its auxiliary, so it is passive too."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.i != verb.i
        and (_passive(head) or (head.dep_ == "acl" and head.tag_ == "VBN"))
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
    )


def _candidates(tok: Token, kind: str | None = None) -> list[Token]:
    """Where a recipient may be named, starting from one object token, best first."""
    if tok.dep_ in ("ccomp", "xcomp", "acl", "advcl") and tok.pos_ in ("VERB", "AUX"):
        # "demanded that Mugabe abandon ...": the clause's subject is on the receiving
        # end; without one ("threatened to break relations with Russia"), the first
        # argument inside the clause is.
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        # ("a lawsuit made [by X] against Y": who acts in the clause is not its target)
        inside = [
            t
            for t in tok.subtree
            if t.i > tok.i
            and t.head.dep_ != "agent"
            and (t.dep_ in _CLAUSE_ARGS or _inner_subject(t, tok))
        ]
        return subjects or inside
    # "rejected calls by the envoy", "called for sanctions against Peru"; a phrase the
    # parser hung on the last of coordinated objects is theirs ("seized arms and
    # explosives from the rebels", "imposed sanctions and an embargo on Peru"). Only a
    # taking is aimed at whom its thing comes "from": "promised support from the US"
    # names the giver, "fired rockets from Gaza" where they were fired.
    preps = aimed_preps(_NESTED_PREPS if kind in _DEPRIVING else _NESTED_PREPS - _FROM, kind)
    heads = (tok, *tok.conjuncts)
    return [
        tok,
        *(p for c in heads for p in _prep_objects(c, preps)),
        *(a for c in heads for a in _participle_agents(c)),
    ]


def _participle_agents(noun: Token) -> list[Token]:
    """ "condemned the attack [carried out by Hamas]", "an inquiry into crimes [committed by
    the army]", "a strike over a bill [signed by the minister]": whoever did the thing a
    response is aimed at is on its receiving end."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        pobj
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in acl.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]


def _inner_subject(token: Token, clause: Token) -> bool:
    """ "refused to allow [UN planes] to land": the subject of a clause nested in the
    complement is one of its arguments (not a relative pronoun)."""
    return (
        token.dep_ == "nsubj"
        and token.head.i != clause.i
        and token.head.dep_ in ("ccomp", "xcomp")
        and token.lower_ not in _RELATIVIZERS
        and token.pos_ != "PRON"
    )


def _first(
    tokens: list[Token], actors: tuple[Actor, ...], exclude: set[str], kind: str | None = None
) -> tuple[str, ...]:
    """The recipients named by the first candidate phrase that names any: all its
    coordinated actors ("visited Mauritania and Senegal"), the doers left out."""
    for tok in tokens:
        for candidate in _candidates(tok, kind):
            if kind in _GIVING and _a_thing(candidate, actors):
                # "promised support from the US", "offered aid from Iran": whose the
                # thing given is, is the giver's side, not the one it is for (but
                # "helped dissidents from Egypt": people from a country are its people)
                exclude = exclude | {
                    a.id for p in _prep_objects(candidate, _FROM) for a in actors_of(p, actors)
                }
            found = [a.id for a in actors_of(candidate, actors) if a.id not in exclude]
            if found and _placed_thing(candidate, actors, kind):
                continue
            if not found and kind in _RESPONSES:
                found = [a.id for a in _whose(candidate, actors) if a.id not in exclude]
            if found:
                return tuple(dict.fromkeys(found))
    return ()


def _placed_thing(thing: Token, actors: tuple[Actor, ...], kind: str | None) -> bool:
    """ "questioned the casualty count in Lebanon", "approved the law in Canada": a thing
    that names no one but where it is, is no one's, so the place is not on the receiving
    end of a non-violent act (but "attacked targets in Lebanon", "a school in Iraq": force
    sent at a place hits it; "helped herders in Djibouti": people there are its people)."""
    if kind in _FORCEFUL or thing.tag_ == "NNS" or not _a_thing(thing, actors):
        return False  # ("helped herders in X": a plural is as often people as things)
    if any(c.dep_ in _MODIFIER_DEPS for c in thing.children if _own(c, actors) is not None):
        return False
    placed = {
        a.id
        for p in _prep_objects(thing, frozenset({"in", "at"}))
        for a in actors_of(p, actors)
        if a.type in ("COUNTRY", "GPE")  # ("a say in the running of the firm": its own)
    }
    return bool(placed) and {a.id for a in actors_of(thing, actors)} <= placed


def _whose(thing: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """ "condemned Jo Doe's remarks", "rejected his critics' claims": a response to what
    someone said or did is aimed at them, a person too (the actors stage keeps a person
    out of a plural noun he possesses: "his associates" are other people)."""
    if thing.pos_ != "NOUN":
        return []
    return [a for c in thing.children if c.dep_ == "poss" for a in actors_of(c, actors)]


def _a_thing(token: Token, actors: tuple[Actor, ...]) -> bool:
    """Whether ``token`` is a common noun for a thing or an act, not for people ("support",
    "aid"; not "dissidents", "officials": the actors stage's agent nouns)."""
    return (
        token.pos_ == "NOUN"
        and not _agent_noun(token)
        and token.lemma_.lower() not in lexicons().agents
        and _own(token, actors) is None
    )


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [
        pobj
        for child in token.children
        if child.dep_ in ("prep", "dative") and child.lower_ in preps
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def _passive_means(verb: Token, actors: tuple[Actor, ...], roles: Mapping[str, str]) -> list[Actor]:
    """ "was killed in a US operation", "in an Israeli airstrike": the operation's owner."""
    for means in _prep_objects(verb, frozenset({"in", "during"})):
        if roles.get(means.lemma_.lower()) != "means":
            continue
        own = _own(means, actors)  # "in Israeli tank fire" named as one actor
        owners = [c for c in means.children if c.dep_ in ("compound", "amod", "poss")]
        found = [own] if own else [a for c in owners if (a := _own(c, actors)) is not None][:1]
        if found:
            return found
    return []


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the envoy, [who] was
    expelled", "the man [whom] police arrested"), or for the name that noun describes
    ("Jo Doe, the BBC's correspondent [who] was kidnapped": Doe, not the BBC)."""
    clause = token.head
    if token.lower_ not in _RELATIVIZERS or clause.dep_ != "relcl" or clause.i == token.i:
        return token
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return token
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    if token.lower_ == "which" and noun.pos_ == "PROPN" and noun.dep_ == "pobj":
        # "reunification with China, [which] the party opposes": the parser hangs a
        # "which" clause on the nearest name; the phrase above it is what it describes.
        prep = noun.head
        return prep.head if prep.head.pos_ == "NOUN" else token
    return noun


def _undergoers(verb: Token, kind: str | None) -> list[Token]:
    """Who undergoes a passive that names no patient of its own: the noun a participle
    modifies ("two soldiers [killed] by troops"), or the subject of the clause a passive
    adjunct hangs from ("died after being [shot]", "wept when [convicted]", "is expected
    to be [charged]")."""
    if any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        return []
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        # a sentence without a main verb was misparsed ("Doctors from X [donated] ..."):
        # its participles are more likely its verbs than modifiers
        and verb.sent.root.pos_ in ("VERB", "AUX")
    ):
        # ("troops [deployed] in X" are the force sent, not its target)
        return [] if kind == "MOBILIZE" else [verb.head]
    if not (_passive(verb) or _reduced_passive(verb) or _conjoined_passive(verb)):
        return []
    upper = verb.head
    if verb.dep_ == "pcomp" and upper.dep_ == "prep":
        upper = upper.head
    elif verb.dep_ not in ("advcl", "xcomp", "conj"):
        # ("Serbia rejects the plan and is [backed] by Russia": a passive coordinated
        # with a clause shares its subject, the one who undergoes it)
        return []
    if upper.pos_ not in ("VERB", "AUX"):
        return []
    if verb.dep_ == "conj" and upper.dep_ == "acl":
        return _undergoers(upper, kind)  # "Jo Doe, [kidnapped] in May and [held] since"
    return [_antecedent(c) for c in upper.children if c.dep_ in ("nsubjpass", "nsubj")][:1]


def _verb_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Tokens that may name the recipient of a verbal event, best first."""
    return (
        _given_to(verb, kind)
        + _direct_targets(verb, kind)
        + _prepositional_targets(verb, consumed, kind)
        + _further_targets(verb, consumed, kind)
    )


def _given_to(verb: Token, kind: str | None) -> list[Token]:
    """ "conveyed the condolences of the people of Peru to the president", "gave the savings
    of farmers to Chile": whom a thing is given to receives it, before whose the thing is."""
    if kind not in _GIVING | {"SUPPORT"}:
        return []
    things = [c for c in verb.children if c.dep_ == "dobj" and _a_thing_noun(c)]
    if not things:
        return []
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + _prep_objects(
        verb, frozenset({"to"})
    )


def _a_thing_noun(token: Token) -> bool:
    """ "condolences", "aid": a common noun for no group or role of people, named by no entity."""
    return token.pos_ == "NOUN" and not token.ent_type_ and not _agent_noun(token)


def _direct_targets(verb: Token, kind: str | None) -> list[Token]:
    """The verb's own patients: object, passive subject, who undergoes it."""
    objects = [c for c in verb.children if c.dep_ in ("dative", "attr")]
    objects = [_antecedent(c) for c in verb.children if c.dep_ == "dobj"] + objects
    if _passive(verb):
        objects = [_antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"] + objects
    objects = _undergoers(verb, kind) + objects
    if kind == "RETREAT" and not any(c.dep_ == "dobj" for c in verb.children):
        # "5,000 soldiers are to be withdrawn from Iraq": the force withdrawn is the doers'
        # own; the one left is on the receiving end ("freed from jail": no one left)
        objects = _prep_objects(verb, _FROM) + objects
    return objects + _shared_object(verb)


def _shared_object(verb: Token) -> list[Token]:
    """ "Police arrested and charged Jo Doe", "troops killed and wounded civilians": a verb
    with no object of its own shares the object the parser hung on the next verb it is
    coordinated with (not one with a subject of its own: "Peru attacked and Chile
    condemned the raid")."""
    # (nor a verb with a complement: "agreed to cancel the debt ... but excluded Nigeria")
    if any(
        c.dep_ in ("dobj", "nsubjpass", "dative", "prep", "xcomp", "ccomp") for c in verb.children
    ):
        return []
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.head.i != verb.i:
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in conj.children):
            return []
        found = [c for c in conj.children if c.dep_ == "dobj"]
        if found:
            return found
    return []


def _prepositional_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Whom a preposition on the verb or on its matched noun aims the act at."""
    objects: list[Token] = []
    if kind in _FROM_KINDS:
        # "withdrew troops from Lebanon (to Syria)": the one left is on the receiving end;
        # "sought assistance from Brazil": the one asked.
        objects += _prep_objects(verb, _FROM)
    # "marched for justice with him": a person one protests with marches alongside (but
    # "clashed with police" is aimed at the police)
    objects += [
        o
        for o in _prep_objects(verb, aimed_preps(_RECIPIENT_PREPS, kind))
        if not (kind == "PROTEST" and o.head.lower_ == "with" and _a_person(o))
        and not _whereabouts(o, kind)
    ]
    nouns = [verb.doc[i] for i in consumed]
    for noun in nouns + [c for c in verb.children if c.dep_ == "dobj"]:
        # "held talks with X", "ratified an agreement with X"
        objects += _prep_objects(noun, aimed_preps(_RECIPIENT_PREPS, kind))
    if consumed and kind in ("COERCE", "SANCTION", "ACCUSE"):
        # "issued arrest warrants for two men", "declared an emergency for the state": whom
        # a measure is for, on its noun or hung by the parser on the verb (not the measure
        # itself: "called for sanctions"; not "bids for seats", "recruiting for the army")
        fors = [o for t in (*nouns, verb) for o in _prep_objects(t, _FOR)]
        objects += [o for o in fors if o.i not in consumed]
    for noun in nouns:
        # "voiced concern that X knew", "repeated its demand that X leave": the clause
        # the matched noun carries says whom it is about
        objects += [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)]
    if kind in _FOR_WHOM:
        # "voted for X", "raised aid for X"; not a thing one is for ("voted for the Senate
        # bill", "for the relocation of its base from Peru"): only a name or a bare noun
        objects += [o for o in _prep_objects(verb, _FOR) if o.pos_ != "NOUN" or _bare(o)]
    # "called for sanctions against Peru": whom the thing asked for is aimed at
    objects += [n for asked in _prep_objects(verb, _FOR) for n in _prep_objects(asked, _AIMED)]
    return objects


def _further_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Complements and, by the act's type, what a grievance is about, what a protest
    demands and whom a threat's condition binds."""
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or _asked_for(c)]
    if kind == "REQUEST" and (
        any(c.dep_ in ("dobj", "dative") for c in verb.children) or _addressed(verb)
    ):
        # "urged lawmakers to condemn Israel", "called on donors to send aid to Iraq": the
        # one asked is the addressee, even when no actor names them; what they are asked
        # to do is aimed elsewhere
        complements = [c for c in complements if c.dep_ != "xcomp"]
    objects = list(complements)
    if kind in ("ACCUSE", "PROTEST"):
        # "complained about Chilean boats", "expressed concern over Chile's program": what a
        # grievance is about names whom it is against
        for head in (verb, *(verb.doc[i] for i in consumed)):
            objects += _prep_objects(head, _GRIEVANCE)
    if kind == "PROTEST":
        # "demonstrated in Kirkuk, calling for independence from Iraq", "marched to demand
        # the minister's resignation": a protest is aimed at whom its demand addresses
        objects += [c for c in verb.children if c.dep_ == "advcl" and _demanding(c)]
    if kind == "THREATEN":
        # "threatened to strike unless Israel withdraws", "threatened to hold a strike
        # unless Israel withdraws": the one who must comply
        for head in (verb, *complements):
            objects += [c for c in head.children if c.dep_ == "advcl"]
    return objects


def _whereabouts(noun: Token, kind: str | None) -> bool:
    """ "marched on the streets of Sapporo", "gathered at the square of X": a part of a place
    or a place noun after "on" or "at" says where a non-violent act happened (the places
    stage makes it the location), not at whom it is aimed. Force sent at a place is aimed at
    it ("fired on the outskirts of X"); a place one goes to ("took to the streets of X",
    "travelled to the capital of X") is no location, so it stays the target, as CAMEO codes
    a place with no one else on the receiving end."""
    if kind in _FORCEFUL or noun.pos_ != "NOUN" or noun.head.lower_ not in ("on", "at", "upon"):
        return False
    return lexicons().locative.get(noun.lower_) in ("part", "place")


def _addressed(verb: Token) -> bool:
    """ "called [on donors]", "appealed [to the states]": a request names its addressee
    with "on", "upon" or "to" (not a day: "called on Monday for ...")."""
    return any(
        o.ent_type_ not in ("DATE", "TIME")
        for o in _prep_objects(verb, frozenset({"on", "upon", "to"}))
    )


def _bare(noun: Token) -> bool:
    return not any(c.dep_ in _MODIFIER_DEPS or c.dep_ == "prep" for c in noun.children)


def _a_person(token: Token) -> bool:
    return token.pos_ == "PRON" or token.ent_type_ == "PERSON"


def _demanding(clause: Token) -> bool:
    """Whether an adverbial clause states what a protest asks for: a participle or a
    purpose infinitive of a request word ("calling for", "demanding", "to urge"). Not a
    censure word: "gathered to protest the occupation of Iraq" is not aimed at Iraq."""
    if clause.tag_ != "VBG" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return False
    entries = load_lexicon().triggers.get((clause.lemma_.lower(), "VERB"), ())
    return any(e.type == "REQUEST" for e in entries)


def _holds_someone(verb: Token) -> bool:
    """ "placed [him] under arrest", "kept [them] in custody": the verb has a patient
    (not a stretch of time: "spent [a month] in custody")."""
    return any(c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME") for c in verb.children)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _asked_for(clause: Token) -> bool:
    """ "called [for Muslims to attack]": a clause marked by "for" is what is asked."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
    )


def verb_args(
    verb: Token,
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    consumed: tuple[int, ...] = (),
    fallback: bool = True,
    kind: str | None = None,
    speaker: str | None = None,
) -> Participants:
    subj, _ = _subject(verb, roles)
    doers = actors_of(subj, actors) if subj is not None else []
    if speaker is not None and subj is not None and subj.lower_ in _THIRD_PERSON:
        # In someone's own words "he" or "they" is somebody else: a speaker says "I".
        doers = [a for a in doers if a.id != speaker]
    if not doers and fallback and subj is not None and _is_pronominal(subj):
        doers = _speaker_fallback(verb, actors, subj)
    if subj is None and _passive(verb):
        doers = _passive_means(verb, actors, roles)
    exclude = {a.id for a in doers}
    recipients = _first(_verb_targets(verb, consumed, kind), actors, exclude, kind)
    first = subj is not None and subj.lower_ in ("i", "we")
    entity = subj is not None and any(
        t.ent_type_ in _DOER_ENTS for t in subj.subtree if t.i <= subj.i
    )
    named = subj is not None or bool(doers)
    return Participants(
        tuple(a.id for a in doers),
        recipients[0] if recipients else None,
        named,
        first,
        entity,
        others=recipients[1:],
    )
