"""Who did it to whom: the actor(s) and recipient of a trigger, from the parse.

Every argument is resolved to the actors stage's canonical actors with
:func:`newsgraph.actors.find_actor`. A noun phrase gives its own actor when
it is a mention ("Iran"), else the actor in its apposition ("Iran's leader,
Khamenei"), else those among its modifiers ("Hungarian and Romanian
officials" gives two actors, one event; "rebels in Ivory Coast"), and its
conjuncts ("Iran and Iraq").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from ..actors import find_actor
from ..model import Actor
from .frames import Trigger
from .lexicon import load_lexicon

__all__ = ["Participants", "actors_of", "participants"]

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_RELATIVIZERS = frozenset({"who", "which", "that", "whom"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
_THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them"})
_MODIFIER_DEPS = frozenset({"appos", "compound", "amod", "poss", "nmod", "npadvmod"})
# Which modifier names the head best: an apposition names it, an "including" list
# enumerates it ("countries including Algeria and Morocco"), the rest describe it.
_MODIFIER_ORDER = (
    "appos", "including", "compound", "amod", "npadvmod", "of", "poss", "nmod", "from", "in"
)  # fmt: skip
_HEAD_PREPS = frozenset({"of", "from", "including", "in"})
# Prepositions whose object is on the receiving end of the act.
_RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon"}
)
_NOUN_RECIPIENT_PREPS = _RECIPIENT_PREPS | {"of", "for"}
_SKIP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "acomp", "pcomp"})
# "spoke during a meeting": the speaker met; "spoke after the massacre": not the killer.
_SHARED_PREPS = frozenset(
    {"during", "in", "at", "on", "to", "for", "through", "via", "with", "by", "under"}
)  # "placed him under arrest"
_NO_ROLES: Mapping[str, str] = {}
_SIDES = frozenset({"between", "among", "by"})
# Nominal acts whose "from" phrase names their source: words and gifts, not force.
_FROM_SOURCES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
# Circumstances that imply taking part only in joint acts (meetings) or with a
# participation verb ("took part in the protest").
_CIRCUMSTANCE_PREPS = frozenset({"during", "in", "through", "via"})
_JOINT_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_CLAUSE_ARGS = frozenset({"dobj", "pobj", "dative", "nsubjpass", "attr"})
_FROM_KINDS = frozenset({"RETREAT", "SANCTION", "REQUEST"})
_FROM = frozenset({"from"})
_FOR = frozenset({"for"})
_AIMED = frozenset({"against", "on", "upon", "with", "to", "toward", "towards"})
_NESTED_PREPS = frozenset({"against", "on", "to", "with", "from", "by", "for", "into"})
_DOER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_NOUN_SLOTS = frozenset({"dobj", "pobj", "attr", "nsubjpass"})


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
        return [found]
    if depth > 1:
        return []
    by_dep: dict[str, list[Actor]] = {}
    for child in token.children:
        dep = child.dep_
        if dep == "prep" and child.lower_ in _HEAD_PREPS:
            if child.lower_ == "in" and _is_act(token):
                continue  # "car bombs in Baghdad": where the act was, not who did it
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    by_dep.setdefault(child.lower_, []).extend(actors_of(pobj, actors, depth + 1))
        elif dep in _MODIFIER_DEPS and not _sponsor(child):
            found_here = actors_of(child, actors, depth + 1)
            if dep == "poss" and token.tag_ in ("NNS", "NNPS"):
                # "his associates alleged": a person's associates are other people
                # (a country's troops still stand for the country).
                found_here = [a for a in found_here if a.type != "PERSON"]
            by_dep.setdefault(dep, []).extend(found_here)
    for dep in _MODIFIER_ORDER:
        if by_dep.get(dep):
            return by_dep[dep]
    return []


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
        # A comma list is often parsed as an apposition carrying the conjunction.
        for child in tok.children:
            if child.dep_ == "appos" and any(c.dep_ == "cc" for c in child.children):
                heads.append(child)
                heads.extend(c for c in child.conjuncts if c.i > child.i)
    return list(dict.fromkeys(heads))


def _is_act(token: Token) -> bool:
    """Whether a noun names an act or its means ("bombs", "clashes"), not a group."""
    return token.pos_ == "NOUN" and (token.lemma_.lower(), "NOUN") in load_lexicon().triggers


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
        if verb.dep_ == "relcl" or verb.tag_ == "VBD":
            return head  # "rebels who attacked", "a group protested" (parsed as a modifier)
        if verb.tag_ == "VBG" and head.dep_ not in _NOUN_SLOTS:
            return head  # "protesters demanding reforms marched"
        # "issued a declaration demanding ...": the declaration's author demands.
        if head.dep_ in _NOUN_SLOTS and head.head.pos_ in ("VERB", "AUX"):
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
    if verb.dep_ == "xcomp" and roles.get(head.lemma_.lower()) != "command":
        # "urged Iraq to stand firm": the object of the upper verb stands firm.
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return obj
    return _subject(head, roles, depth + 1)[0]


def _subject(
    verb: Token, roles: Mapping[str, str] = _NO_ROLES, depth: int = 0
) -> tuple[Token | None, bool]:
    """The subject token of ``verb`` and whether it is the agent of a passive."""
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ in _RELATIVIZERS and verb.dep_ == "relcl":
                return verb.head, False
            return child, False
    if _passive(verb) or _reduced_passive(verb):
        return None, False  # "..., but the deadline was not met": no doer to inherit
    if depth < 3 and verb.dep_ in _INHERIT_DEPS - {"ccomp"} and verb.head.i != verb.i:
        return _inherited(verb, roles, depth), False
    return None, False


def _speaker_fallback(verb: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """For "Syria says it will not accept": the pronoun is the upper clause's subject.

    Used only when the subject is a pronoun (or pronoun-possessed: "their
    forces") the actors stage did not resolve; a full noun phrase is never
    replaced by the speaker.
    """
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or current.head.i == current.i:
            return []
        current = current.head
        subj, _ = _subject(current)
        if subj is not None:
            found = actors_of(subj, actors)
            if found:
                return found
    return []


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


def _candidates(tok: Token) -> list[Token]:
    """Where a recipient may be named, starting from one object token, best first."""
    if tok.dep_ in ("ccomp", "xcomp", "acl", "advcl") and tok.pos_ in ("VERB", "AUX"):
        # "demanded that Mugabe abandon ...": the clause's subject is on the receiving
        # end; without one ("threatened to break relations with Russia"), the first
        # argument inside the clause is.
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        inside = [t for t in tok.subtree if t.dep_ in _CLAUSE_ARGS and t.i > tok.i]
        return subjects or inside
    # "rejected calls by Annan", "called for sanctions against Nigeria"
    return [tok, *_prep_objects(tok, _NESTED_PREPS)]


def _first(tokens: list[Token], actors: tuple[Actor, ...], exclude: set[str]) -> tuple[str, ...]:
    """The recipients named by the first candidate phrase that names any: all its
    coordinated actors ("visited Mauritania and Senegal"), the doers left out."""
    for tok in tokens:
        for candidate in _candidates(tok):
            found = [a.id for a in actors_of(candidate, actors) if a.id not in exclude]
            if found:
                return tuple(dict.fromkeys(found))
    return ()


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


def _verb_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Tokens that may name the recipient of a verbal event, best first."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
    if _passive(verb):
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"] + objects
    if kind in _FROM_KINDS:
        # "withdrew troops from Lebanon (to Syria)": the one left is on the receiving end;
        # "sought assistance from Brazil": the one asked.
        objects += _prep_objects(verb, _FROM)
    objects += _prep_objects(verb, _RECIPIENT_PREPS)
    for noun in [verb.doc[i] for i in consumed] + [c for c in verb.children if c.dep_ == "dobj"]:
        # "held talks with X", "ratified an agreement with X"
        objects += _prep_objects(noun, _RECIPIENT_PREPS)
    # "called for sanctions against Nigeria": whom the thing asked for is aimed at
    objects += [n for asked in _prep_objects(verb, _FOR) for n in _prep_objects(asked, _AIMED)]
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or _asked_for(c)]
    objects += complements
    if kind == "THREATEN":
        # "threatened to strike unless Israel withdraws", "threatened to hold a strike
        # unless Israel withdraws": the one who must comply
        for head in (verb, *complements):
            objects += [c for c in head.children if c.dep_ == "advcl"]
    return objects


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


def _verb_args(
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
        doers = _speaker_fallback(verb, actors)
    if subj is None and _passive(verb):
        doers = _passive_means(verb, actors, roles)
    exclude = {a.id for a in doers}
    recipients = _first(_verb_targets(verb, consumed, kind), actors, exclude)
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


def _light_verb(noun: Token) -> tuple[Token | None, str]:
    """The verb a nominal trigger hangs from ("held [talks]", "during a [meeting]"), and how."""
    if noun.dep_ == "compound":
        noun = noun.head  # "[mediation] mission"
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return None, ""  # "the house was a country retreat" describes its subject
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head, "object"
    if noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return head, "subject"  # "[airstrikes] hit Sanaa": the verb names the target
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        upper = head.head
        if upper.pos_ in ("VERB", "AUX") and head.lower_ in _SHARED_PREPS:
            return upper, "pobj"
        if (
            head.lower_ in ("of", "for")
            and upper.dep_ in ("dobj", "attr")
            and upper.head.pos_ == "VERB"
        ):
            # "launched ten days of [war games]", "claimed responsibility for the [attacks]"
            return upper.head, "object"
    return None, ""


def _shared(trigger: Trigger, role: str | None) -> bool:
    """Whether the verb's subject takes part in the act its circumstance names.

    Someone who spoke during a meeting or at talks attended them, and whoever
    took part in a protest protested; but doing something during or in a
    rally, an attack or a strike is no part in it.
    """
    noun = trigger.token
    prep = noun.head.lower_
    if prep not in _CIRCUMSTANCE_PREPS or role in ("participate", "stative"):
        return True
    if prep == "in" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return True  # "walked out in protest": the manner of the act, not its setting
    return trigger.entry.type in _JOINT_TYPES


def _undergone(noun: Token, roles: Mapping[str, str]) -> bool:
    """ "his arrest", "her release": the possessor of an ``undergone`` noun is the one
    it happens to, unless an "of" phrase names that one ("Iran's seizure of the ship")."""
    if roles.get(noun.lemma_.lower()) != "undergone":
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _noun_doers(
    noun: Token,
    actors: tuple[Actor, ...],
    kind: str | None = None,
    roles: Mapping[str, str] = _NO_ROLES,
) -> tuple[list[Actor], bool]:
    """Doers a noun names itself ("Iran's attack", "an attack by X"), and whether any is named.

    A word or gift "from" someone is theirs ("an offer from Kabul", "a demand
    from the US", "aid from Iran"); an attack "from" somewhere is not. The
    possessor of an act one undergoes ("his arrest") is no doer.
    """
    undergone = _undergone(noun, roles)
    doers: list[Actor] = []
    named = False
    sources = (
        ("by", "between", "among", "from") if kind in _FROM_SOURCES else ("by", "between", "among")
    )
    for child in noun.children:
        if child.dep_ == "poss" and undergone:
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and _own(child, actors)):
            doers.extend(actors_of(child, actors, 1))
            named = True
        elif child.dep_ in ("compound", "amod") and child.ent_type_ in _DOER_ENTS:
            named = True  # "Palestinian riots": a named side, even if not an actor
        elif child.dep_ == "prep" and child.lower_ in sources:
            # "an attack by X"; "clashes between X and Y", "talks between X and Y":
            # every side of a two-sided act is a source (PLOVER).
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    doers.extend(actors_of(pobj, actors))
                    named = True
    return doers, named


def _noun_targets(noun: Token, verb: Token | None, how: str, lend: bool) -> list[Token]:
    """Tokens that may name the recipient of a nominal event, best first."""
    phrase = noun.head if noun.dep_ == "compound" else noun
    objects = _prep_objects(noun, _NOUN_RECIPIENT_PREPS) + _prep_objects(
        phrase, _NOUN_RECIPIENT_PREPS
    )
    # "its demand that Israel ease restrictions": the one asked is the clause subject
    objects += [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    if verb is None:
        return objects
    if how == "subject":  # "[airstrikes] hit Sanaa"
        objects += [c for c in verb.children if c.dep_ == "dobj"]
    if how == "object" and noun.dep_ == "dobj":
        # "reiterated its demand today that Israel ease ...": the that-clause the
        # parser hung on the verb is the noun's content.
        objects += [c for c in verb.children if c.dep_ == "ccomp" and _that_clause(c)]
    if how == "undergo":  # "Tunisia is facing [attacks]"
        objects += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lend:
        if how == "pobj":  # "engaged peacekeepers in a firefight"
            objects += [c for c in verb.children if c.dep_ == "dobj"]
        objects += _prep_objects(verb, _RECIPIENT_PREPS)
    return objects


def _noun_args(
    trigger: Trigger,
    triggers: dict[int, Trigger],
    actors: tuple[Actor, ...],
    roles: Mapping[str, str],
    fallback: bool,
) -> Participants:
    noun = trigger.token
    doers, named = _noun_doers(noun, actors, trigger.entry.type, roles)
    verb, how = _light_verb(noun)
    # "condemned the attack": the condemner did not attack. Only verbs that are
    # not events themselves ("held", "launched") lend their subject, and any
    # verb lends it to a circumstance ("voiced opposition during a meeting").
    lend = verb is not None and (verb.i not in triggers or how == "pobj") and how != "subject"
    if how == "pobj" and verb is not None and _undergone(noun, roles) and not _holds_someone(verb):
        lend = False  # "spent a month in custody": the one held did not hold anyone
    role = roles.get(verb.lemma_.lower()) if verb is not None else None
    if lend and how == "pobj" and not _shared(trigger, role):
        lend = False  # "strengthened security during the rally": the police did not rally
    if role == "report":
        lend = False  # "a memo detailing the threat": the memo's author did not threaten
    elif role == "undergo":
        lend, how = False, "undergo"  # "Tunisia is facing attacks": the target
    elif role == "receive" and how == "object" and verb is not None:
        # "Iraq received aid from Iran": the giver did it, the receiver is the target.
        lend, how = False, "undergo"
        if not doers:
            for pobj in _prep_objects(verb, _FROM) + _prep_objects(noun, _FROM):
                doers.extend(actors_of(pobj, actors))
                named = True
    if not doers and lend and verb is not None and role == "stative":
        # "Serb forces were engaged in fighting": the passive subject did it.
        for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
            doers.extend(actors_of(subj, actors))
            named = True
    if not doers and lend and verb is not None:
        lender = _verb_args(verb, actors, roles, fallback=fallback)
        named = named or lender.named
        by_id = {a.id: a for a in actors}
        doers = [by_id[i] for i in lender.actors if i in by_id]
    if how == "subject" and verb is not None and _role(verb, roles) == "occur" and not doers:
        # "fighting broke out between X and Y": the sides are named on the verb
        for pobj in _prep_objects(verb, _SIDES):
            doers.extend(actors_of(pobj, actors))
            named = True
    if how == "subject" and verb is not None and verb.i in triggers:
        how = ""  # the verb is an event of its own; its object is not this noun's target
    ids = tuple(dict.fromkeys(a.id for a in doers))
    targets = _noun_targets(noun, verb, how, lend)
    if _undergone(noun, roles):
        targets = [c for c in noun.children if c.dep_ == "poss"] + targets
    recipients = _first(targets, actors, set(ids))
    return Participants(
        ids,
        recipients[0] if recipients else None,
        named or bool(ids),
        occurred=_occurred(noun, roles),
        others=recipients[1:],
    )


def _role(verb: Token, roles: Mapping[str, str]) -> str | None:
    """The class of a verb, or of the verb with its particle ("break_out")."""
    for child in verb.children:
        if child.dep_ in ("prt", "advmod") and child.lower_ in ("out", "up", "on"):
            found = roles.get(f"{verb.lemma_.lower()}_{child.lower_}")
            if found:
                return found
    return roles.get(verb.lemma_.lower())


def _occurred(noun: Token, roles: Mapping[str, str]) -> bool:
    """ "[Fighting] broke out", "[talks] resumed", "there were [clashes]": the act took place."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB":
        return _role(head, roles) == "occur"
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be":
        return any(c.dep_ == "expl" for c in head.children)
    return False


def participants(
    trigger: Trigger,
    triggers: dict[int, Trigger],
    actors: tuple[Actor, ...],
    roles: Mapping[str, str] = _NO_ROLES,
    fallback: bool = True,
    speaker: str | None = None,
) -> Participants:
    """The actors and recipient of ``trigger`` (empty when the parse names none).

    ``roles`` maps words to their class in ``modality.tsv``: ``command`` verbs
    ("ordered ... to") make the one who ordered the doer; ``undergo`` verbs
    ("faced attacks") make their subject the recipient of a nominal event;
    ``means`` nouns ("killed in a US operation") name the doer of a passive;
    ``report`` verbs ("a memo detailing the threat") lend no doer to a noun.
    ``fallback`` lets an unresolved pronoun subject take the reporting
    clause's subject ("Syria says it will ..."); it is off inside direct
    quotes, where "he" is not the speaker. ``speaker`` is the actor id of
    the one quoted when the trigger is inside a direct quote: a third-person
    pronoun there never stands for them.
    """
    if trigger.entry.pos == "NOUN":
        return _noun_args(trigger, triggers, actors, roles, fallback)
    token = trigger.token
    if trigger.entry.pos == "ADJ" and token.dep_ == "acomp":
        token = token.head  # "X is ready to talk": the clause verb holds the subject
    return _verb_args(token, actors, roles, trigger.consumed, fallback, trigger.entry.type, speaker)
