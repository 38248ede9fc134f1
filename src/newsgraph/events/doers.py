"""Who does what a verb says: the subject token of a verb, found or inherited.

Used by :func:`newsgraph.events.arguments.verb_args` (and by the nominal roles in
:mod:`newsgraph.events.roles`) to pick the doer's token before :mod:`.phrase_actors`
resolves it to actors; :mod:`.recipients` shares its tests of a passive clause.

A verb's doer is its subject, or the agent of a passive when that names someone; so is a
subject the parser hung on an auxiliary a phrase in commas cut off ("Pakistan has, in the
past, blamed") or swallowed into a fronted phrase ("After talks with Jo Doe, Iran ...").
Of two subjects the parser gave one verb (a misparsed heading or apposition: "Reactions: Jo Doe
said"), the one next to it is the doer. A verb without a subject shares one with the
verb or noun it hangs from ("rebels who attacked", "Germany's decision to expel",
"urged Iraq to stand firm", "After meeting Macron, Scholz criticized"). A pronoun no actor
resolves stands for the subject of the clause above it ("Syria says it will not accept").
A passive with no agent was done by the owner of its means ("killed in a US operation").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..model import Actor
from ._tokens import children_of, conjuncts_of
from .phrase_actors import (
    _adversary,
    _agent_noun,
    _own,
    _prep_objects,
    _swallowed_subject,
    actors_of,
    names_town,
    performers,
)
from .undergone import undergone

# Helpers of arguments.py and roles.py, private to the events package.
__all__: list[str] = []

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_RELATIVIZERS = frozenset({"who", "which", "that", "whom"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
# Clause links a pronoun subject's antecedent is looked for across (see _speaker_fallback).
_FALLBACK_DEPS = frozenset({"ccomp", "xcomp", "conj", "acomp", "advcl"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "acomp", "pcomp"})
_NO_ROLES: Mapping[str, str] = {}
_DOER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_NOUN_SLOTS = frozenset({"dobj", "pobj", "attr", "nsubjpass"})
_BY = frozenset({"by"})
_ARMED = frozenset({"REB", "MIL", "COP", "UAF", "INS"})


def _subject(
    verb: Token, roles: Mapping[str, str] = _NO_ROLES, depth: int = 0
) -> tuple[Token | None, bool]:
    """The subject token of ``verb`` and whether it is the agent of a passive.

    An active subject beats a "by" phrase the parser took for an agent when
    that phrase names no one ("Bashir shortened [by one hour] the curfew",
    "Israel has not abided [by the truce]"; but "the hunter shot [by Jo Doe]").
    """
    active = any(c.dep_ == "nsubj" for c in children_of(verb))
    for child in children_of(verb):
        if child.dep_ == "agent" and (not active or _names_someone(child)):
            pobj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
    if undergone(verb):
        return None, False  # "left four dead and six [injured]": no doer named
    for child in _subjects(verb):
        if child.lower_ in _RELATIVIZERS and verb.dep_ == "relcl":
            return _relative_head(child, verb), False
        return child, False
    shared = _shared_agent(verb)
    if shared is not None:
        return shared, True
    if _passive(verb) or _reduced_passive(verb):
        return None, False  # "..., but the deadline was not met": no doer to inherit
    if depth < 3 and verb.dep_ in _INHERIT_DEPS - {"ccomp"} and verb.head.i != verb.i:
        return _inherited(verb, roles, depth), False
    return None, False


def _shared_agent(verb: Token) -> Token | None:
    """ "Jo Doe was arrested and charged by police", "were detained and deported by the
    army": passives coordinated with no agent of their own share the one the parser hung on
    the last of them, when it names someone (not "wounded and taken to hospital by car")."""
    if not (_passive(verb) or _conjoined_passive(verb)):
        return None
    for conj in conjuncts_of(verb):
        if conj.i < verb.i or not _conjoined_passive(conj):
            continue
        for agent in (c for c in children_of(conj) if c.dep_ == "agent"):
            pobj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
            if pobj is not None and (_names_someone(agent) or _agent_noun(pobj)):
                return pobj
    return None


def _relative_head(pronoun: Token, clause: Token) -> Token:
    """The noun a relative pronoun stands for. The parser hangs a "who" clause on the nearest
    noun, often a body in the phrase after a person ("Jo Doe, a rapporteur for the Office of
    the UN High Commissioner, who had investigated"): "who" is that person, not the body; on
    the noun in apposition to a named person ("Jo Doe, a nurse in X County who protested"),
    it is the person, not the noun whose modifiers name a place or body."""
    head = clause.head
    if pronoun.lower_ not in ("who", "whom"):
        return head
    noun = head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not _personal(noun):
        if noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return head
        noun = noun.head.head
    if not _personal(noun):
        return head
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return noun.head  # "Jo Doe, a rapporteur for ...": the named person
    return noun


def _personal(noun: Token) -> bool:
    """Whether a noun names a person or a role people hold ("Jo Doe", "spokesman", "Jo Doe,
    a [rapporteur]")."""
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return True
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and _agent_noun(noun))


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, the likeliest doer first.

    Two subjects are a misparse of a heading, an apposition or a list ("Reactions:
    Jo Doe has cancelled", "its rival, the X Party, won"): the one next to the verb
    names the doer, unless it is the country or state of an address ("bombs in
    Basra, Iraq have killed").
    """
    found = [c for c in children_of(verb) if c.dep_ in _SUBJECT_DEPS] or _interrupted(verb)
    if not found:
        swallowed = _swallowed_subject(verb)
        return [swallowed] if swallowed is not None else []
    if len(found) < 2:
        return found
    doc = verb.doc
    address = [
        c for c in found if c.i > 1 and doc[c.i - 1].text == "," and names_town(doc[c.i - 2])
    ]
    # a stray word parsed as a subject ("Jo Doe, the [said]": a garbled title) names no one
    stray = [c for c in found if c.tag_ == "DT" or c.pos_ in ("DET", "ADP", "PUNCT", "SYM")]
    return sorted(found, key=lambda c: (c in stray, c in address, c.i > verb.i, -c.i))


def _interrupted(verb: Token) -> list[Token]:
    """ "Pakistan has, in the past, blamed India", "the EU had, on and off, criticised Serbia":
    with a phrase set off by commas between the auxiliary and the verb, the parser hangs the
    subject on the auxiliary; it is the verb's (a passive's is whom it was done to: "Jo Doe
    has, for the first time, been accused")."""
    if _passive(verb):
        return []
    doc = verb.doc
    for aux in children_of(verb):
        if aux.dep_ not in ("aux", "auxpass") or aux.i > verb.i:
            continue
        if any(doc[k].text == "," for k in range(aux.i + 1, verb.i)):
            found = [c for c in children_of(aux) if c.dep_ in _SUBJECT_DEPS and c.i < aux.i]
            if found:
                return found
    return []


def _names_someone(phrase: Token) -> bool:
    return any(t.ent_type_ in _DOER_ENTS for t in phrase.subtree)


def _gerund_doer(prep: Token, roles: Mapping[str, str], depth: int) -> Token | None:
    """The doer of a gerund under the preposition ``prep``: the one charged, the owner of
    an intention, else the subject of the verb the preposition hangs on."""
    upper = prep.head
    charged = next((c for c in children_of(upper) if c.dep_ == "dobj"), None)
    if prep.lower_ == "of" and charged is None and roles.get(upper.lemma_.lower()) == "intent":
        # "has no intention of attacking", "announced its intention of leaving": the
        # noun's owner, or the subject of the verb it is an argument of, is the doer
        owner = _owner(upper)
        if owner is not None:
            return owner
        if upper.dep_ in _NOUN_SLOTS and upper.head.pos_ in ("VERB", "AUX"):
            return _subject(upper.head, roles, depth + 1)[0]
        return None
    if prep.lower_ in ("for", "of") and charged is not None:
        # "convicted Soren for murdering", "accused Iran of attacking": the one
        # charged did it, not the court or the accuser.
        return charged
    if _phrasal_preposition(upper):
        # "In addition to repealing the act, May raised ...", "Iran is in the process
        # of building": a preposition of several words hangs on the verb beyond it
        upper = upper.head.head
    # "After meeting Macron, Scholz criticized ...": the main clause's subject
    return _subject(upper, roles, depth + 1)[0]


def _inherited(verb: Token, roles: Mapping[str, str], depth: int) -> Token | None:
    """The subject a verb without one shares with the verb above it."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        return _noun_clause_subject(verb, roles, depth)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _gerund_doer(head, roles, depth)
    if verb.dep_ == "xcomp" and roles.get(head.lemma_.lower()) not in ("command", "instrument"):
        # "urged Iraq to stand firm": the object of the upper verb stands firm.
        obj = next((c for c in children_of(head) if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return obj
        # "Obama is scheduled to attend", "Iran was urged to stop": the passive subject.
        obj = next((c for c in children_of(head) if c.dep_ == "nsubjpass"), None)
        if obj is not None:
            return obj
    if _after_mandate(verb):
        # "demanding that the King hand over power, dismissing his offer": what is
        # demanded is not done, so the participle after it tells what the demander did
        return _subject(head.head, roles, depth + 1)[0]
    return _subject(head, roles, depth + 1)[0]


# Nouns of prepositions written in several words ("in addition to", "in the process of",
# "in the midst of", "in the course of"), whose gerund is the main clause's subject's act.
_PHRASAL_NOUNS = frozenset({"addition", "process", "midst", "course"})


def _phrasal_preposition(noun: Token) -> bool:
    """Whether ``noun`` is the noun of a preposition of several words that hangs on a verb."""
    prep = noun.head
    return (
        noun.lemma_.lower() in _PHRASAL_NOUNS
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "in"
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _after_mandate(verb: Token) -> bool:
    """Whether a participle after a comma hangs on a mandative "that" clause, whose bare
    verb says what is asked for ("urged that he resign, [citing] ..."): the parser
    hangs a trailing participle on the nearest verb."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "ccomp"
        and _bare_verb(head)
        and head.head.i != head.i
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(head))
        and not any(c.dep_ == "aux" for c in children_of(head))
    )


def _bare_verb(verb: Token) -> bool:
    """Whether a verb is in the bare form, a subjunctive after a singular subject ("that
    the King [hand] over power", which the tagger may take for a plural's present)."""
    if verb.tag_ == "VB":
        return True
    return verb.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in children_of(verb)
    )


def _noun_clause_subject(verb: Token, roles: Mapping[str, str], depth: int) -> Token | None:
    """The doer of a clause that modifies a noun ("rebels who attacked", "Germany's decision
    to expel", "a declaration demanding"): the noun itself, its owner, or the subject of the
    verb the noun is an argument of."""
    head = verb.head
    owner = _owner(head) if _infinitive(verb) else None
    if owner is not None:
        # "Germany's decision to expel the envoys", "a plan by Iran to build a dam":
        # whose decision or plan it is, is who does what it is to do
        return owner
    if _modifies_its_doer(verb, roles):
        return head
    if _infinitive(verb) and _pursued_in(head, roles):
        # "Iran fired missiles in an attempt to deter ...", "France declared an emergency in
        # an effort to quell the riots": who does the deed does it to reach that aim (not
        # a passive's agent: "Jo Doe was hired by the firm in an effort to help it")
        subj, agent = _subject(head.head.head, roles, depth + 1)
        return None if agent else subj
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


def _pursued_in(noun: Token, roles: Mapping[str, str]) -> bool:
    """Whether ``noun`` is an effort or plan the verb above pursues: "[in] an effort to",
    "in a campaign to", "in an attempt to" (``carrier`` or ``intent`` words after "in")."""
    prep = noun.head
    if not (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ == "in"
        and prep.head.pos_ in ("VERB", "AUX")
        and roles.get(noun.lemma_.lower()) in ("carrier", "intent")
    ):
        return False
    # "was looking into calls [placed] to voters in an attempt to scare them": the
    # parser hangs the aim on the main verb, but the participle before it pursued it
    return not any(
        t.dep_ == "acl" and t.tag_ == "VBN" and t.i < prep.i
        for obj in children_of(prep.head)
        if obj.dep_ == "dobj"
        for t in obj.subtree
    )


def _modifies_its_doer(verb: Token, roles: Mapping[str, str]) -> bool:
    """Whether the noun a clause modifies does what the clause says ("rebels who attacked",
    "protesters demanding reforms marched"), rather than its owner or another."""
    head = verb.head
    if verb.dep_ == "relcl" or verb.tag_ == "VBD":
        return True  # "rebels who attacked", "a group protested" (parsed as a modifier)
    if verb.tag_ == "VBG" and head.dep_ not in _NOUN_SLOTS:
        return True  # "protesters demanding reforms marched"
    if verb.tag_ == "VBG" and head.pos_ == "NOUN" and _agent_noun(head):
        # "police dispersed demonstrators protesting the results", "shot protesters
        # throwing stones": people in an object slot do what their participle says
        # (not the verb's subject, as a text's owner does: "issued a declaration demanding")
        return True
    # "a resolution imposing sanctions was dismissed by Iran": the one who
    # dismissed it did not write it; the noun's own modifiers may name its author.
    return (
        head.dep_ == "nsubjpass"
        and verb.tag_ != "VBN"  # "two soldiers [killed] in the clash were buried": victims
        and roles.get(head.head.lemma_.lower()) != "author"
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _owner(noun: Token) -> Token | None:
    """The possessor of a noun ("Germany's decision"), else its "by" phrase ("a plan by
    Iran"), when it names someone."""
    for child in children_of(noun):
        if child.dep_ == "poss" and child.lower_ not in _PRONOUNS:
            return child  # ("its plan to ...": the clause above says whose)
    for pobj in _prep_objects(noun, frozenset({"by"})):
        if pobj.ent_type_ in _DOER_ENTS:
            return pobj
    return None


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
    meanwhile = False
    for _ in range(3):
        if current.dep_ not in _FALLBACK_DEPS or current.head.i == current.i:
            return []
        if current.dep_ == "advcl" and not adverbial:
            adverbial = True
            meanwhile = _meanwhile(current)
        current = current.head
        subj, _ = _subject(current)
        if subj is not None:
            found = actors_of(subj, actors)
            if adverbial and not found and not _is_pronominal(subj):
                # "says the treaty will fail because it does not bind ...": "it" is the
                # named subject of the clause its adverbial hangs from, actor or not
                return []
            if found and adverbial:
                found = [a for a in found if _agrees(pronoun, a, meanwhile)]
            if found:
                return found
    return []


def _previous_subject(subject: Token, actors: tuple[Actor, ...], depth: int = 0) -> list[Actor]:
    """ "Rebels seized the town. On Friday [they] attacked the base": a "they" that opens its
    sentence (nothing but a date or a connective before it) stands for the subject of the
    sentence before, when that names a group or several actors, not one person or state;
    "their" people ("[Their commanders] agreed") are that group's, and "it" is a body or state
    named alone ("Iran seized a tanker. [It] also threatened Britain"). The same pronoun
    opening that sentence too stands for the one before it ("Police arrested him. They
    released him. On Saturday they arrested another man")."""
    word = _pronoun_word(subject)
    if word is None or subject.dep_ != "nsubj" or not _opens_sentence(subject):
        return []
    root = subject.doc[subject.sent.start - 1].sent.root
    subj = _sentence_subject(root)
    if subj is not None and _pronoun_word(subj) == word and depth < 2:
        return _previous_subject(subj, actors, depth + 1)
    if subj is None or subj.pos_ == "PRON":
        return []
    if word == "it":
        return _body_named_alone(subj, actors)
    return _group_named(subj, root, actors)


def _fronted_clause_subject(subject: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """ "Although Hamas refused to be bound, [it] has promised to keep quiet", "After the
    rebels seized the town, [they] attacked the base": an "it" or "they" subject after a
    fronted adverbial clause stands for that clause's subject, when that names one body or
    state ("it") or a group or several actors ("they")."""
    word = subject.lower_
    verb = subject.head
    if word not in ("it", "they") or subject.dep_ != "nsubj":
        return []
    for clause in children_of(verb):
        if clause.dep_ != "advcl" or clause.i > subject.i:
            continue
        subj, agent = _subject(clause)
        if subj is None or agent or subj.pos_ == "PRON" or subj.i > clause.i:
            continue
        if word == "it":
            return _body_named_alone(subj, actors)
        return _group_named(subj, clause, actors)
    return []


def _opens_sentence(subject: Token) -> bool:
    """Whether only a date or a connective comes before ``subject`` in a sentence not the first."""
    sent = subject.sent
    before = subject.doc[sent.start : subject.left_edge.i]
    return not (
        sent.start == 0
        or any(
            t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME")
            for t in before
        )
    )


def _sentence_subject(root: Token) -> Token | None:
    """The subject of ``root``'s clause, the undergoer of a passive; None for a heading."""
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(root)) > 1:
        return None  # a misparsed heading or list ("Main Points of X: the decision was ...")
    subj, agent = _subject(root)
    if agent or _passive(root):
        # "Two men were arrested by police. They ...": the men, not the police
        subj = next((c for c in children_of(root) if c.dep_ == "nsubjpass"), None)
    return subj


def _body_named_alone(subj: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """The body or state ``subj`` itself names, for an "it"; none for a person or plural."""
    # the subject itself names the body, not a modifier ("the US bankruptcy system")
    own = _own(subj, actors)
    if own is None or own.type == "PERSON" or subj.tag_ in ("NNS", "NNPS"):
        return []
    return [own]


def _group_named(subj: Token, root: Token, actors: tuple[Actor, ...]) -> list[Actor]:
    """The group or several actors ``subj`` names, for a "they" or "their"."""
    found = actors_of(subj, actors)
    if len(found) >= 2 or subj.tag_ in ("NNS", "NNPS"):
        return [a for a in found if a.type != "PERSON"] if len(found) < 2 else found
    # an armed group or force named in the singular is people ("The Taliban claimed the
    # attack. They said ..."), unless a plural noun of that sentence may be meant ("the
    # claims of the Front. They include ...")
    if len(found) != 1 or found[0].type != "ORG" or found[0].sector not in _ARMED:
        return []
    phrase = {t.i for t in subj.subtree}
    plurals = [t for t in root.sent if t.tag_ in ("NNS", "NNPS") and t.i not in phrase]
    return [] if plurals else found


def _pronoun_word(subject: Token) -> str | None:
    """ "they" or "it" as a subject, or "their" for "their <people>" ("their commanders")."""
    if subject.lower_ in ("they", "it"):
        return subject.lower_
    owned = any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(subject))
    return "their" if owned and _agent_noun(subject) else None


def _agrees(pronoun: Token | None, actor: Actor, meanwhile: bool = False) -> bool:
    """Whether a subject pronoun may stand, across an adverbial clause, for ``actor``: "it"
    for a body or place; "they" for a group too in a clause of what it did meanwhile
    ("protesters gathered as they chanted slogans")."""
    if pronoun is None:
        return False
    word = pronoun.lower_
    if word not in _PRONOUNS:  # "its forces": the possessor decides
        word = next((c.lower_ for c in children_of(pronoun) if c.dep_ == "poss"), "")
    if meanwhile and word in ("they", "their"):
        return actor.type != "PERSON"
    return word in ("it", "its") and actor.type != "PERSON"


def _meanwhile(clause: Token) -> bool:
    """ "as they chanted", "while they marched": an adverbial clause of what was done at the
    same time, most often by the same subject (not a reason: "consider Hamas a terrorist group
    as they have killed hundreds")."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(clause)):
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in children_of(clause))


def _is_pronominal(token: Token) -> bool:
    if token.lower_ in _PRONOUNS:
        return True
    if _adversary(token):
        return False  # "his critics blame him": neither he nor the subject of the clause above
    return any(c.dep_ == "poss" and c.lower_ in _PRONOUNS for c in children_of(token))


def _reduced_passive(verb: Token) -> bool:
    """ "[Quirin] wept when convicted": a bare participle clause is passive; the main
    clause's subject underwent it. So does a bare participle complement ("ten soldiers
    were reported [killed]", "two were feared [wounded]"): they are the victims."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))


def _conjoined_passive(verb: Token, depth: int = 0) -> bool:
    """ "Jo Doe was questioned by police and [arrested]": a bare participle coordinated
    with a passive shares its auxiliary, so it is passive too."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.i != verb.i
        and (
            _passive(head)
            or (head.dep_ == "acl" and head.tag_ == "VBN")
            # "was arrested, charged and [jailed]": a chain of bare participles
            or (depth < 3 and _conjoined_passive(head, depth + 1))
        )
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in children_of(verb))
    )


def _passive_means(verb: Token, actors: tuple[Actor, ...], roles: Mapping[str, str]) -> list[Actor]:
    """ "was killed in a US operation", "in an Israeli airstrike", "in an attack by the
    rebels", "in a raid carried out by the army": the operation's owner."""
    for means in _prep_objects(verb, frozenset({"in", "during"})):
        if roles.get(means.lemma_.lower()) != "means":
            continue
        own = _own(means, actors)  # "in Israeli tank fire" named as one actor
        owners = [c for c in children_of(means) if c.dep_ in ("compound", "amod", "poss")]
        found = [own] if own else [a for c in owners if (a := _own(c, actors)) is not None][:1]
        if not found:
            # "in an attack by the rebels", "in an air strike launched by the army"
            agents = _prep_objects(means, _BY) + performers(means)
            found = [a for by in agents for a in actors_of(by, actors)]
        if found:
            return found
    return []
