"""Trigger subjects: who a trigger's clause names as its doer, for frames that ask.

A step inside trigger lookup (:mod:`newsgraph.events.triggers`): a lexicon frame with
``subjects`` ("students protested", "a fire killed") fits only when the clause's subject
is one it names, and ``triggers._clause_fits`` reads the subjects from here. They are
the clause's own, else those it shares with the verb above it (a purpose infinitive, a
participle on a noun, a controlled infinitive, a conjoined verb), the noun a relative
clause modifies, and, for a doerless verb, the passive's agent or the mishap that did
the deed ("were killed when their helicopter crashed"). Only the parse and the lexicon
are read; :mod:`newsgraph.events.doers` finds the event's actors later.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .lexicon import load_lexicon


def _subjects(token: Token, agents: bool = False) -> list[Token]:
    """Subject tokens of ``token``, looking through quantities ("thousands of students").

    A relative pronoun stands for the noun its clause modifies, and that noun's "of"
    head with it ("a fire [that] killed two", "the collapse of a roof [that] killed
    six"); with ``agents``, the "by" agent of a passive is its doer ("were killed by
    the fire") and its subject, who undergoes the act, is none ("rockets were
    destroyed" is no rocket attack).

    A purpose infinitive without a subject of its own shares its head verb's ("5,000
    people gathered ... [to protest] the war"), and a present participle modifying a
    noun has that noun ("demonstrators [protesting] the result"); a complement of a
    raising or aspect verb ("were reported to have abandoned", "continue to search") does
    not count here.
    """
    found = _clause_subjects(token)
    if agents and _passive(token):
        # "missiles were destroyed", "the police were surrounded", "the arms that were
        # destroyed": the passive's subject undergoes the act, never the doer a frame names.
        found = [t for t in found if t.dep_ != "nsubjpass"]
    if token.dep_ == "relcl" and any(c.tag_ in _RELATIVE_TAGS for c in found):
        found.extend(_antecedents(token))
    if agents:
        found.extend(_causes(token, found))
    for tok in list(found):
        for child in children_of(tok):
            if child.dep_ == "prep" and child.lower_ == "of":
                heads = [c for c in children_of(child) if c.dep_ == "pobj"]
                found.extend(heads)
                if tok.lemma_.lower() in _QUANTITIES and any(_authority(h) for h in heads):
                    # "hundreds of policemen stormed ...": the police, not a crowd
                    found.remove(tok)
    return found


# Words that count a crowd ("hundreds protested"), unless it is made of the forces of
# order ("hundreds of policemen stormed ...").
_QUANTITIES = cue_words("quantity")


def _authority(noun: Token) -> bool:
    return load_lexicon().modality.get(noun.lemma_.lower()) == "authority"


def _clause_subjects(token: Token) -> list[Token]:
    """The token's own subjects, else those it shares with the verb or noun above it or
    the verb it is conjoined to."""
    found = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")]
    purpose = token.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)
    )
    if not found and purpose and token.head.pos_ in ("VERB", "AUX"):
        found = [c for c in children_of(token.head) if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and token.dep_ == "acl" and token.tag_ == "VBG":
        found = [token.head]  # "demonstrators [protesting] the result": the noun does it
    if not found and token.dep_ == "xcomp" and token.head.pos_ == "VERB":
        # "ordered troops [to leave]", "urged the rebels [to disarm]": the object of the
        # verb above is the one who is to act
        found = [c for c in children_of(token.head) if c.dep_ == "dobj"]
    if not found and token.dep_ == "xcomp" and _controls(token.head):
        # "workers voted [to strike]": the infinitive's doer is the voter's
        found = [c for c in children_of(token.head) if c.dep_ == "nsubj"]
    if not found and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        # "the crowd filled the square and [threw] stones": a conjoined verb with no
        # subject of its own shares the first verb's
        found = _clause_subjects(token.head)
    return found


def _antecedents(token: Token) -> list[Token]:
    """The noun a relative clause modifies, and its "of" head ("the collapse of a roof
    [that] killed six")."""
    noun = token.head
    found = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        found.append(noun.head.head)
    return found


_RELATIVE_TAGS = ("WDT", "WP")
_CAUSE_MARKS = ("when", "after", "as")


def _causes(token: Token, found: list[Token]) -> list[Token]:
    """What did the deed of a doerless verb: a passive's "by" agent ("were killed by the
    fire"); for a passive with none, the subject of a "when" clause or its intransitive
    mishap verb ("were killed when their helicopter crashed", "when a fire broke out"); for
    a subjectless "-ing" clause, its head act's ("a ferry capsized, killing ten", "a
    storm hit the coast, killing five"). The frame's ``subjects`` still decide."""
    out: list[Token] = []
    if _passive(token):
        for agent in (c for c in children_of(token) if c.dep_ == "agent"):
            out.extend(c for c in children_of(agent) if c.dep_ == "pobj")
        if not out and _in_which(token):
            out.extend(_antecedents(token))  # "the crash [in which] nine were killed"
        if not out:
            for clause in _cause_clauses(token) or _conjoined_cause_clauses(token):
                out.extend(_cause_of(clause))
    elif not found and token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
        out.extend(_cause_of(token.head))
    return out


def _in_which(token: Token) -> bool:
    """Whether a relative clause is joined by "in which" to the noun it modifies."""
    return token.dep_ == "relcl" and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.tag_ == "WDT" for o in children_of(p))
        for p in children_of(token)
    )


def _passive(token: Token) -> bool:
    """A passive verb, or a participle conjoined to one with its "were" left out ("ten
    were killed and six [injured]")."""
    if any(c.dep_ == "auxpass" for c in children_of(token)):
        return True
    return token.dep_ == "conj" and token.tag_ == "VBN" and _passive(token.head)


def _conjoined_cause_clauses(token: Token) -> list[Token]:
    """The cause clauses of the passives conjoined to ``token``: the "when" clause hangs
    on the last of them ("ten were killed and six injured [when a bus overturned]")."""
    verbs = [c for c in children_of(token) if c.dep_ == "conj" and c.tag_ == "VBN"]
    if token.dep_ == "conj" and token.head.tag_ == "VBN":
        verbs.append(token.head)
    return [clause for verb in verbs for clause in _cause_clauses(verb)]


def _cause_clauses(token: Token) -> list[Token]:
    """The verbs of a passive's "when/after/as" clauses, and a mishap verb the parser hung
    on the object of "after" ("were killed after a lorry [overturned]")."""
    found = [
        c
        for c in children_of(token)
        if c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSE_MARKS for m in children_of(c))
    ]
    for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "after"):
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            found.extend(
                c for c in children_of(obj) if c.dep_ == "acl" and c.lemma_.lower() in _MISHAP_VERBS
            )
    return found


def _cause_of(verb: Token) -> list[Token]:
    """The subjects of ``verb``, and the verb itself when it is a mishap ("crashed",
    "collapsed"; not "fired", whose lemma is also the noun of a blaze). Crashing into
    something may be ramming it ("a bomber drove his car into three police trucks")."""
    out = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    # A road vehicle that crashes into another with no one steering it there ("a bus
    # crashed into a lorry") has an accident; a driver who crashes his car into a
    # checkpoint, or a plane that crashes into a tower, may attack.
    rams = any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in children_of(verb)) and (
        any(c.dep_ == "dobj" for c in children_of(verb))
        or not any(o.lemma_.lower() in _ROAD_VEHICLES and not o.ent_type_ for o in out)
    )
    if verb.lemma_.lower() in _MISHAP_VERBS and not rams:
        out.append(verb)
    if not out and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "a carriage derailed and burst into flames, injuring ten": the shared subject
        # and the first verb speak for the second.
        out.extend(_cause_of(verb.head))
    return out


# Road vehicles that crash into another by accident, and verbs of a mishap (see _cause_of).
_ROAD_VEHICLES = cue_words("road_vehicle")
_MISHAP_VERBS = cue_words("mishap_verb")


def _controls(verb: Token) -> bool:
    """Whether an active verb lends its subject to its infinitive ("voted to strike",
    "threatened to walk out"); a passive or a verb of saying does not ("were reported
    to have abandoned": a report, not their act)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        return False
    return load_lexicon().modality.get(verb.lemma_.lower()) != "report"
