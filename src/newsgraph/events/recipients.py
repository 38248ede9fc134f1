"""To whom an act is done: the recipient tokens of a verb and the first that names actors.

Used by :func:`newsgraph.events.arguments.verb_args` after :mod:`.doers` has found the doer:
:func:`_verb_targets` lists the tokens that may name the recipient, best first, and
:func:`_first` resolves them with :mod:`.phrase_actors`, leaving the doers out. The nominal
roles in :mod:`newsgraph.events.roles` reuse :func:`_first` and the preposition sets.

The recipient of a verb is its object (or passive subject), else whom a preposition aims
the act at ("met with", "fired on", "voted for"), else the subject or first argument of its
complement ("urged Iraq to ...", "threatened to attack X"). A passive that names no patient
of its own was undergone by the noun a relative pronoun or participle stands for ("X, who
was arrested", "soldiers killed by rebels") or by the subject of the clause it hangs from
("died after being shot"). A request's addressee is its recipient even when no actor names
it ("urged lawmakers to ..."), and a protest is aimed at whom its stated demand addresses.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.entity import is_consignment
from ..actors.lexicon import lexicons
from ..model import Actor
from ._tokens import children_of, conjuncts_of
from .doers import _RELATIVIZERS, _SUBJECT_DEPS, _conjoined_passive, _passive, _reduced_passive
from .lexicon import load_lexicon
from .means_objects import means_dropped
from .members import members_named, ranked_passive
from .phrase_actors import _MODIFIER_DEPS, _agent_noun, _own, _prep_objects, actors_of

__all__ = ["aimed_preps", "protested", "shared_aim"]

# Prepositions whose object is on the receiving end of the act.
_RECIPIENT_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon"}
)
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
# Who is to do or give what a request asks for ("an inquiry by the UN", "help from China").
_ASKED_OF = frozenset({"by", "from"})
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
# What an act done "in protest" answers: "in protest of, at, against, over or to" it.
_PROTESTED = frozenset({"of", "at", "against", "over", "to"})
# Whom one rallies, stands or throws one's support or weight "behind" is backed ("threw his
# support behind Obama"; the parser hangs the noun's "behind" on the light verb).
_BACKED = frozenset({"behind"})


def aimed_preps(preps: frozenset[str], kind: str | None) -> frozenset[str]:
    """``preps`` less those that name the topic of an act of ``kind``, and with those that
    name whom an act of support backs."""
    if kind in _TOPIC_KINDS:
        return preps - _TOPIC
    return preps | _BACKED if kind == "SUPPORT" else preps


def _verb_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Tokens that may name the recipient of a verbal event, best first."""
    return (
        _given_to(verb, kind)
        + means_dropped(verb, _direct_targets(verb, kind), consumed, kind)
        + _prepositional_targets(verb, consumed, kind)
        + _further_targets(verb, consumed, kind)
    )


def _given_to(verb: Token, kind: str | None) -> list[Token]:
    """ "conveyed the condolences of the people of Peru to the president", "gave the savings
    of farmers to Chile": whom a thing is given to receives it, before whose the thing is."""
    if kind not in _GIVING | {"SUPPORT"}:
        return []
    things = [c for c in children_of(verb) if c.dep_ == "dobj" and _a_thing_noun(c)]
    if not things:
        return []
    return [c for c in children_of(verb) if c.dep_ == "dative" and c.pos_ != "ADP"] + _prep_objects(
        verb, frozenset({"to"})
    )


def _a_thing_noun(token: Token) -> bool:
    """ "condolences", "aid": a common noun for no group or role of people, named by no entity."""
    return token.pos_ == "NOUN" and not token.ent_type_ and not _agent_noun(token)


def _direct_targets(verb: Token, kind: str | None) -> list[Token]:
    """The verb's own patients: object, passive subject, who undergoes it."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dative", "attr")]
    objects = [_antecedent(c) for c in children_of(verb) if c.dep_ == "dobj"] + objects
    if _passive(verb):
        objects = [_antecedent(c) for c in children_of(verb) if c.dep_ == "nsubjpass"] + objects
    objects = _undergoers(verb, kind) + objects
    if kind == "RETREAT" and not any(c.dep_ == "dobj" for c in children_of(verb)):
        # "5,000 soldiers are to be withdrawn from Iraq": the force withdrawn is the doers'
        # own; the one left is on the receiving end ("freed from jail": no one left)
        objects = _prep_objects(verb, _FROM) + _out_of(verb) + objects
    return objects + _shared_object(verb)


def _out_of(verb: Token) -> list[Token]:
    """ "pulled its troops [out of] Iraq", "will pull out of Iraq": the place or body left, as
    with "from" (the parser hangs "of" on "out", or on the verb when "out" is a particle)."""
    heads = [
        c for c in children_of(verb) if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
    ]
    if any(h.dep_ == "prt" for h in heads):
        heads.append(verb)
    return [o for h in heads for o in _prep_objects(h, frozenset({"of"}))]


def _undergoers(verb: Token, kind: str | None) -> list[Token]:
    """Who undergoes a passive that names no patient of its own: the noun a participle
    modifies ("two soldiers [killed] by troops"), or the subject of the clause a passive
    adjunct hangs from ("died after being [shot]", "wept when [convicted]", "is expected
    to be [charged]")."""
    if any(c.dep_ in ("nsubjpass", "dobj") for c in children_of(verb)):
        return []
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
        # a sentence without a main verb was misparsed ("Doctors from X [donated] ..."):
        # its participles are more likely its verbs than modifiers
        and verb.sent.root.pos_ in ("VERB", "AUX")
    ):
        # ("troops [deployed] in X" are the force sent, not its target, and so is "the AU
        # force [deployed] to X" coded AID; "X was among those [arrested]": X, then the group;
        # "soldiers [killed] in X" are the victims)
        motion = lexicons().locative.get(verb.lemma_.lower()) == "motion"
        sent = kind == "MOBILIZE" or (motion and is_consignment(verb.head))
        return [] if sent else members_named(verb.head) + [verb.head]
    if ranked_passive(verb):  # "X is the first woman [to be charged]"
        return members_named(verb.head)
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
    if verb.dep_ == "conj" and (upper.dep_ == "acl" or _conjoined_passive(upper)):
        # "Jo Doe, [kidnapped] in May and [held] since", "was arrested, charged and [jailed]"
        return _undergoers(upper, kind)
    return [_antecedent(c) for c in children_of(upper) if c.dep_ in ("nsubjpass", "nsubj")][:1]


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


def _shared_object(verb: Token) -> list[Token]:
    """ "Police arrested and charged Jo Doe", "troops killed and wounded civilians": a verb
    with no object of its own shares the object the parser hung on the next verb it is
    coordinated with (not one with a subject of its own: "Peru attacked and Chile
    condemned the raid")."""
    # (nor a verb with a complement: "agreed to cancel the debt ... but excluded Nigeria")
    if any(
        c.dep_ in ("dobj", "nsubjpass", "dative", "prep", "xcomp", "ccomp")
        for c in children_of(verb)
    ):
        return []
    for conj in conjuncts_of(verb):
        if conj.i < verb.i or conj.head.i != verb.i:
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in children_of(conj)):
            return []
        found = [c for c in children_of(conj) if c.dep_ == "dobj"]
        if found:
            return found
    return []


def _prepositional_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Whom a preposition on the verb or on its matched noun aims the act at."""
    nouns = [verb.doc[i] for i in consumed]
    return [
        *_aimed_objects(verb, nouns, kind),
        *_measured_objects(verb, nouns, consumed, kind),
        *_objects_for(verb, kind),
    ]


def _aimed_objects(verb: Token, nouns: list[Token], kind: str | None) -> list[Token]:
    """Whom a "from" or an aiming preposition on the verb, its matched noun or object names."""
    objects: list[Token] = []
    if kind in _FROM_KINDS:
        # "withdrew troops from Lebanon (to Syria)": the one left is on the receiving end;
        # "sought assistance from Brazil": the one asked.
        objects += _prep_objects(verb, _FROM)
    if kind == "RETREAT":
        objects += _out_of(verb)
    # "marched for justice with him": a person one protests with marches alongside (but
    # "clashed with police" is aimed at the police)
    objects += [
        o
        for o in _prep_objects(verb, aimed_preps(_RECIPIENT_PREPS, kind))
        if not (kind == "PROTEST" and o.head.lower_ == "with" and _a_person(o))
        and not _whereabouts(o, kind)
    ]
    for noun in nouns + [c for c in children_of(verb) if c.dep_ == "dobj"]:
        # "held talks with X", "ratified an agreement with X"
        objects += _prep_objects(noun, aimed_preps(_RECIPIENT_PREPS, kind))
    return objects


def shared_aim(nouns: list[Token], kind: str | None) -> list[Token]:
    """ "imposed a travel ban and an asset freeze [on] X", "made threats and a complaint
    [against] X": whom the last of coordinated act nouns is aimed at, the parser hanging the
    shared preposition on it (a verb's objects already reach it through :func:`_candidates`);
    the noun's own come first ("a ban on travel and a freeze on X").
    Not past a clause on the noun ("a march that took him and his supporters to X": the parser
    coordinates "following" with "protest")."""
    return [
        o
        for noun in nouns
        if not any(c.dep_ in ("relcl", "acl") for c in children_of(noun))
        for conj in conjuncts_of(noun)
        if conj.i > noun.i and conj.pos_ == "NOUN"
        for o in _prep_objects(conj, aimed_preps(_RECIPIENT_PREPS, kind))
    ]


def _measured_objects(
    verb: Token, nouns: list[Token], consumed: tuple[int, ...], kind: str | None
) -> list[Token]:
    """Whom a measure is for, and what a "that" clause on the matched noun is about."""
    objects: list[Token] = []
    if consumed and kind in ("COERCE", "SANCTION", "ACCUSE"):
        # "issued arrest warrants for two men", "declared an emergency for the state": whom
        # a measure is for, on its noun or hung by the parser on the verb (not the measure
        # itself: "called for sanctions"; not "bids for seats", "recruiting for the army")
        fors = [o for t in (*nouns, verb) for o in _prep_objects(t, _FOR)]
        objects += [o for o in fors if o.i not in consumed]
    for noun in nouns:
        # "voiced concern that X knew", "repeated its demand that X leave": the clause
        # the matched noun carries says whom it is about
        objects += [c for c in children_of(noun) if c.dep_ in ("acl", "ccomp") and _that_clause(c)]
    return objects


def _objects_for(verb: Token, kind: str | None) -> list[Token]:
    """Whom a "for" on the verb names, or what is asked for is aimed at or asked of."""
    objects: list[Token] = []
    if kind in _FOR_WHOM:
        # "voted for X", "raised aid for X"; not a thing one is for ("voted for the Senate
        # bill", "for the relocation of its base from Peru"): only a name or a bare noun
        objects += [o for o in _prep_objects(verb, _FOR) if o.pos_ != "NOUN" or _bare(o)]
    # "called for sanctions against Peru": whom the thing asked for is aimed at
    objects += [n for asked in _prep_objects(verb, _FOR) for n in _prep_objects(asked, _AIMED)]
    if kind == "REQUEST":
        # "called for the withdrawal of Chilean troops": whose force is to withdraw is asked
        objects += [w for asked in _prep_objects(verb, _FOR) for w in _wanted_doers(asked)]
        # "called for an inquiry by the UN", "asked for help from China": who is to do or
        # give what is asked for is asked (not the place a force is to leave: "called for
        # the withdrawal of troops from Iraq")
        objects += [
            o
            for asked in _prep_objects(verb, _FOR)
            if not _wanted_doers(asked) and not _a_retreat(asked)
            for o in _prep_objects(asked, _ASKED_OF)
            if not _source_not_giver(verb, asked, o)
        ]
    return objects


def _source_not_giver(verb: Token, noun: Token, pobj: Token) -> bool:
    """Whether a "from" phrase on what is asked for says where someone or something comes
    from rather than who is to give it: after an "of" phrase ("the inclusion of the delegates
    [from Florida]": whose delegates), or on a text's participle ("a letter appealing for
    clemency [from the minister]": who wrote the letter)."""
    if pobj.head.lower_ != "from":
        return False
    if verb.dep_ == "acl":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i < pobj.i for c in children_of(noun))


def _further_targets(verb: Token, consumed: tuple[int, ...], kind: str | None) -> list[Token]:
    """Complements and, by the act's type, what a grievance is about, what a protest
    demands and whom a threat's condition binds."""
    complements = [c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp") or _asked_for(c)]
    if kind == "REQUEST" and (
        any(c.dep_ in ("dobj", "dative") for c in children_of(verb)) or _addressed(verb)
    ):
        # "urged lawmakers to condemn Israel", "called on donors to send aid to Iraq": the
        # one asked is the addressee, even when no actor names them; what they are asked
        # to do is aimed elsewhere
        complements = [c for c in complements if c.dep_ != "xcomp"]
    objects = list(complements) + protested(verb)
    if kind in ("ACCUSE", "PROTEST"):
        # "complained about Chilean boats", "expressed concern over Chile's program": what a
        # grievance is about names whom it is against
        for head in (verb, *(verb.doc[i] for i in consumed)):
            objects += _prep_objects(head, _GRIEVANCE)
    if kind == "PROTEST":
        # "demonstrated in Kirkuk, calling for independence from Iraq", "marched to demand
        # the minister's resignation": a protest is aimed at whom its demand addresses
        objects += [c for c in children_of(verb) if c.dep_ == "advcl" and _demanding(c)]
    if kind == "THREATEN":
        # "threatened to strike unless Israel withdraws", "threatened to hold a strike
        # unless Israel withdraws": the one who must comply
        for head in (verb, *complements):
            objects += [c for c in children_of(head) if c.dep_ == "advcl"]
    return objects


def protested(head: Token) -> list[Token]:
    """ "walked out in protest against the budget", "recalled its envoy in protest over the
    Danish cartoons", "fasted in protest of the council's decision": what an act
    done "in protest" answers names whom it is aimed at."""
    found: list[Token] = []
    # (the parser may hang "in protest", and what it answers, on the verb's object)
    for h in (head, *(c for c in children_of(head) if c.dep_ == "dobj")):
        for p in _prep_objects(h, frozenset({"in"})):
            if p.lemma_.lower() == "protest":
                found += _prep_objects(p, _PROTESTED) + [
                    o for o in _prep_objects(h, _PROTESTED - {"of", "to"}) if o.i > p.i
                ]
    return found


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
    return not any(c.dep_ in _MODIFIER_DEPS or c.dep_ == "prep" for c in children_of(noun))


def _a_person(token: Token) -> bool:
    return token.pos_ == "PRON" or token.ent_type_ == "PERSON"


def _demanding(clause: Token) -> bool:
    """Whether an adverbial clause states what a protest asks for: a participle or a
    purpose infinitive of a request word ("calling for", "demanding", "to urge"). Not a
    censure word: "gathered to protest the occupation of Iraq" is not aimed at Iraq."""
    if clause.tag_ != "VBG" and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)
    ):
        return False
    entries = load_lexicon().triggers.get((clause.lemma_.lower(), "VERB"), ())
    return any(e.type == "REQUEST" for e in entries)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))


def _asked_for(clause: Token) -> bool:
    """ "called [for Muslims to attack]": a clause marked by "for" is what is asked."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in children_of(clause)
    )


def _holds_someone(verb: Token) -> bool:
    """ "placed [him] under arrest", "kept [them] in custody": the verb has a patient
    (not a stretch of time: "spent [a month] in custody")."""
    return any(c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME") for c in children_of(verb))


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


def _candidates(tok: Token, kind: str | None = None) -> list[Token]:
    """Where a recipient may be named, starting from one object token, best first."""
    if tok.dep_ in ("ccomp", "xcomp", "acl", "advcl") and tok.pos_ in ("VERB", "AUX"):
        # "demanded that Mugabe abandon ...": the clause's subject is on the receiving
        # end; without one ("threatened to break relations with Russia"), the first
        # argument inside the clause is.
        subjects = [c for c in children_of(tok) if c.dep_ in _SUBJECT_DEPS]
        # ("a lawsuit made [by X] against Y": who acts in the clause is not its target)
        inside = [
            t
            for t in tok.subtree
            if t.i > tok.i
            and t.head.dep_ != "agent"
            and (t.dep_ in _CLAUSE_ARGS or _inner_subject(t, tok))
            and not _in_noun_clause(t, tok)
        ]
        return subjects or inside
    # "rejected calls by the envoy", "called for sanctions against Peru"; a phrase the
    # parser hung on the last of coordinated objects is theirs ("seized arms and
    # explosives from the rebels", "imposed sanctions and an embargo on Peru"). Only a
    # taking is aimed at whom its thing comes "from": "promised support from the US"
    # names the giver, "fired rockets from Gaza" where they were fired.
    preps = aimed_preps(_NESTED_PREPS if kind in _DEPRIVING else _NESTED_PREPS - _FROM, kind)
    heads = (tok, *conjuncts_of(tok))
    return [
        *(_wanted_doers(tok) if kind == "REQUEST" else ()),
        tok,
        *(p for c in heads for p in _prep_objects(c, preps)),
        *(a for c in heads for a in _participle_agents(c)),
    ]


def _a_retreat(noun: Token) -> bool:
    """Whether a noun names a withdrawal, pullout or release (RETREAT)."""
    entries = load_lexicon().triggers.get((noun.lemma_.lower(), "NOUN"), ())
    return any(e.type == "RETREAT" for e in entries)


def _wanted_doers(noun: Token) -> list[Token]:
    """ "demanded the withdrawal of US troops from Iraq", "called for a pullout of Chilean
    forces": a request for a retreat is aimed at whose force must withdraw (its "of" phrase),
    not at the place it leaves; not a release ("the release of the hostages": they undergo
    it, whoever holds them is asked)."""
    if noun.pos_ != "NOUN" or load_lexicon().modality.get(noun.lemma_.lower()) == "undergone":
        return []
    if not _a_retreat(noun):
        return []
    return _prep_objects(noun, frozenset({"of"}))


def _in_noun_clause(token: Token, clause: Token) -> bool:
    """ "refused to allow the extradition of a man [suspected of murdering Jo Doe]", "pledged to
    form a coalition stronger than the one [that was weakened by ties with Peru]": an argument
    of a relative or passive clause that describes a noun in the complement belongs to another
    act, not to the one the complement names."""
    head = token.head
    while head.i != clause.i and head.head.i != head.i:
        # (not an active participle: "lift the curbs on goods coming out of Gaza" is about Gaza)
        described = head.dep_ == "relcl" or (head.dep_ == "acl" and head.tag_ != "VBG")
        if described and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        head = head.head
    return False


def _participle_agents(noun: Token) -> list[Token]:
    """ "condemned the attack [carried out by Hamas]", "an inquiry into crimes [committed by
    the army]", "a strike over a bill [signed by the minister]": whoever did the thing a
    response is aimed at is on its receiving end. Not what was done to people: "the man
    [arrested by police] was charged" is not aimed at the police."""
    if noun.pos_ not in ("NOUN", "PROPN") or _people(noun):
        return []
    return [
        pobj
        for acl in children_of(noun)
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in children_of(acl)
        if agent.dep_ == "agent"
        for pobj in children_of(agent)
        if pobj.dep_ == "pobj"
    ]


def _people(noun: Token) -> bool:
    """Whether a noun names a person or people ("Jo Doe", "the man", "protesters")."""
    return (
        noun.ent_type_ == "PERSON"
        or _agent_noun(noun)
        or lexicons().incidental.get(noun.lower_) == "people"
    )


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


def _placed_thing(thing: Token, actors: tuple[Actor, ...], kind: str | None) -> bool:
    """ "questioned the casualty count in Lebanon", "approved the law in Canada": a thing
    that names no one but where it is, is no one's, so the place is not on the receiving
    end of a non-violent act (but "attacked targets in Lebanon", "a school in Iraq": force
    sent at a place hits it; "helped herders in Djibouti": people there are its people)."""
    if kind in _FORCEFUL or thing.tag_ == "NNS" or not _a_thing(thing, actors):
        return False  # ("helped herders in X": a plural is as often people as things)
    if any(c.dep_ in _MODIFIER_DEPS for c in children_of(thing) if _own(c, actors) is not None):
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
    return [a for c in children_of(thing) if c.dep_ == "poss" for a in actors_of(c, actors)]


def _a_thing(token: Token, actors: tuple[Actor, ...]) -> bool:
    """Whether ``token`` is a common noun for a thing or an act, not for people ("support",
    "aid"; not "dissidents", "officials": the actors stage's agent nouns)."""
    return (
        token.pos_ == "NOUN"
        and not _agent_noun(token)
        and token.lemma_.lower() not in lexicons().agents
        and _own(token, actors) is None
    )
