"""Clause cues: what the words around a verb or noun event say about it.

Small predicates :mod:`newsgraph.events.frames` asks while it frames a trigger:
the modality of a trigger's copula or of the verb that carries a noun event
("is not prepared to", "did not hold talks", "is considering sanctions"), the
light verb of a noun event ("take part in the talks"), a clause that is still
awaited ("until the army withdraws", "once ..."), a plain lapsed negation ("did
not meet"), "nor", "has yet to", an act sought through causative "have", a
noun with a source of its own, a complement with a doer of its own, and whether
a conjoined verb shares its head's auxiliaries. Each reads one token and its
neighbours in the parse (and the lexicon); none climbs from a trigger to its
governor, which stays in :mod:`newsgraph.events.frames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .aims import _sought_receipt
from .cue_words import cue_words
from .lexicon import Lexicon
from .modality import _own_modality
from .triggers import Trigger

# Auxiliaries of a past or perfect act ("did not meet", "has not worked with").
_PAST_AUXES = frozenset({"did", "has", "have", "had"})


def _copular_modality(token: Token, trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """The token's own modality; an adjective's also comes from its copula ("is not
    prepared to", "would be willing to"), and a noun's from the verb that only says it
    may come about (:func:`_unasserted`)."""
    classes = _own_modality(token, lexicon)
    if trigger.entry.pos == "ADJ" and token.dep_ == "acomp":
        classes |= _own_modality(token.head, lexicon)
    if trigger.entry.pos == "NOUN":
        classes |= _unasserted(token, trigger, lexicon)
    if _text_would(token, lexicon) or _sought_receipt(token, lexicon):
        classes.add("hypothetical")  # "a bill that would ban it", "to gain support"
    return classes | _carried_modality(token, lexicon)


def _carried_modality(verb: Token, lexicon: Lexicon) -> set[str]:
    """ "would make all efforts to resettle them", "will send a mission to mediate": an
    infinitive on the object noun a modality.tsv ``carrier`` names (effort, mission,
    campaign ...) shares the "will", "would" or "could" of the verb that takes that noun,
    and its "not" leaves the act undone; "made efforts to resettle them" is read as
    before."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "dobj" or noun.head.i == noun.i:
        return set()
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return set()
    if lexicon.modality.get(noun.lemma_.lower()) != "carrier":
        return set()
    classes = _own_modality(noun.head, lexicon)
    if "negative" in classes:
        # "made no effort to help them" reports nothing done, and refuses nothing either
        classes = (classes - {"negative"}) | {"hypothetical"}
    return classes


def _text_would(verb: Token, lexicon: Lexicon) -> bool:
    """ "rejected a resolution that would condemn Israel", "a bill, which would ban the
    imports": what a text (modality.tsv ``rule`` or ``norm``) would do, in a relative
    clause with "would", "could" or "may", is its provision, no one's intent or act."""
    text = verb.head
    if verb.dep_ != "relcl" or text.pos_ != "NOUN":
        return False
    if not lexicon.is_text(text.lemma_.lower()):
        return False
    return any(
        c.dep_ == "aux" and lexicon.modality.get(c.lower_) in ("intent", "hypothetical")
        for c in children_of(verb)
    )


# Adjectives that make a noun act only possible: "a possible strike" has not taken place.
_POSSIBLE = cue_words("possible_adj")


def _only_possible(noun: Token) -> bool:
    """ "talks on possible sanctions", "a potential Israeli strike on Iran", "the charges
    carry a possible death sentence": a noun act with an adjective of possibility is only
    considered, not done, whoever it would be by."""
    return any(c.dep_ == "amod" and c.lower_ in _POSSIBLE for c in children_of(noun))


def _unasserted(noun: Token, trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """ "there could be violence", "there might be a lawsuit", "the vote may lead to
    sanctions", "would result in a war": a noun act that is only said to exist or to
    follow, under "could", "may", "would" or "not" on that verb (the "be" of "there", or
    a verb of cause with its preposition, modality.tsv "lead_to"), has not taken place.
    With no doer named, "will" or "would" forecasts it ("there would be another
    attack"), though a meeting still to come is a scheduled one ("there will be talks")."""
    if _only_possible(noun):
        return {"hypothetical"}  # "a possible strike", "faces a potential death sentence"
    if _owed(noun, lexicon):
        return {"obligation"}  # "the treaty requires the withdrawal of troops from Vastia"
    verb = _existential(noun) or _consequence(noun, lexicon)
    if verb is None:
        return set()
    classes = _own_modality(verb, lexicon)
    if "intent" in classes and trigger.entry.type != "CONSULT":
        classes = (classes - {"intent"}) | {"hypothetical"}
    return classes


def _owed(noun: Token, lexicon: Lexicon) -> bool:
    """ "the resolution requires the withdrawal of all troops", "Greece needs a bailout
    from the fund", "will require Iran's consent": a noun act that is the object of a verb
    of need (modality.tsv obligation: require, need) is owed, not done, whoever's it is
    (a doer of its own does not make it reported, as it does for "refused Iran's offer")."""
    return _object_of_verb(noun) and lexicon.modality.get(noun.head.lemma_.lower()) == "obligation"


def _existential(noun: Token) -> Token | None:
    """The "be" of "there will be talks", "there could be an attack", with the noun as
    what it says there is."""
    verb = noun.head
    if noun.dep_ not in ("attr", "nsubj") or verb.lemma_.lower() != "be":
        return None
    return verb if any(c.dep_ == "expl" for c in children_of(verb)) else None


def _consequence(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb of "may lead to sanctions", "could result in a strike": a verb of cause
    with its preposition (modality.tsv "lead_to", "result_in") whose object is the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    kind = lexicon.modality.get(f"{verb.lemma_.lower()}_{prep.lower_}")
    return verb if kind == "cause" else None


def _conditioned(prep: Token, lexicon: Lexicon) -> bool:
    """Whether a preposition states a condition ("conditional upon", "contingent on",
    "eligible for"), hung from the adjective or from its copula beside it."""
    head = prep.head
    words = [head, *(c for c in children_of(head) if c.dep_ == "acomp" and c.i < prep.i)]
    return any(lexicon.modality.get(w.lemma_.lower()) == "hypothetical" for w in words)


def _sought_by_causative(clause: Token, verb: Token) -> bool:
    """ "tried to have him released", "a bid to have him freed": an act someone
    seeks to have done by others, in an infinitive of causative "have"/"get", has not
    been done ("had him arrested", finite, reports the arrest)."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ == "VBN"
        and verb.lemma_ in ("have", "get")
        and verb.dep_ in ("xcomp", "acl", "advcl")  # "tried to", "a bid to", "in order to"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    )


def _sourced(noun: Token) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in children_of(noun)
    )


# Verbs of planning or wanting whose object noun is an act still to come ("planning a
# coup", "seeks talks"); light verbs that report an act ("committed a massacre") stay out.
_PLANNING = cue_words("planning")
_NOT_PAST = frozenset({"VB", "VBG", "VBP", "VBZ"})


def _intending(verb: Token) -> bool:
    """Whether a verb of planning or wanting makes its object an act still to come.

    A negated one ("not planning an attack") keeps the usual negation conventions
    (a denial, not a vow of restraint), and a bare participle hung from a past verb
    ("spent a week planning the attack before ...") narrates the past like "planned".
    """
    if verb.lemma_.lower() not in _PLANNING or verb.tag_ not in _NOT_PAST:
        return False
    children = list(children_of(verb))
    if any(c.dep_ == "neg" for c in children):
        return False
    return not (
        verb.tag_ == "VBG"
        and verb.dep_ in ("xcomp", "advcl")
        and verb.head.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "mark", "nsubj") for c in children)
    )


def _object_of_verb(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")


# Verbs of taking part whose "in" names the act they join ("engage in violence").
_TAKING_PART = cue_words("joining")


def _light_verb(noun: Token) -> Token | None:
    """The verb that carries a noun event in the clause: the one it is the object of
    ("will hold talks"), or one of taking part it follows "in" ("will take part in the
    talks", "might engage in violence", "to participate in the protest")."""
    if _object_of_verb(noun):
        return noun.head
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "take part in", the "in" hung from "part"
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return (
            verb
            if any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(verb))
            else None
        )
    return verb if lemma in _TAKING_PART else None


def _verb_auxes(noun: Token, lexicon: Lexicon) -> set[str]:
    """The auxiliaries of the verb that carries a noun event ("did not hold talks", "will
    take part in the talks")."""
    verb = _light_verb(noun)
    return _own_modality(verb, lexicon) if verb is not None else set()


# Conjunctions whose clause, in the present tense, is still awaited.
_AWAITING = frozenset({"until", "till", "before"})


def _awaited(verb: Token, lexicon: Lexicon) -> bool:
    """ "will fight on until the army withdraws", "until all nations have disarmed", "it
    may not be long before both men are hanged": a present-tense "until" or "before"
    clause waits for its act ("stayed until the army withdrew", "fled before the army
    attacked" report that it did), and so does one in the past under a "would" or "will"
    of reported speech ("said the raids would go on until the foreign troops were
    withdrawn")."""
    if _when_to_come(verb, lexicon):
        return True
    if not (
        any(c.dep_ == "mark" and c.lower_ in _AWAITING for c in children_of(verb)) or _once(verb)
    ):
        return False
    if verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "’ll", "shall")
        for c in children_of(verb.head)
    ):
        return True
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].tag_ in ("VBP", "VBZ")
    return verb.tag_ in ("VBP", "VBZ")


# Conjunctions of time whose clause waits for its act only under a main clause still to
# come: "will come into force when ratified" (but "was killed when the bomb exploded").
_WHEN = frozenset({"when", "whenever"})


def _when_to_come(verb: Token, lexicon: Lexicon) -> bool:
    """ "the treaty will come into force when ratified", "talks will start when the army
    withdraws": a present or verbless "when" clause under a main clause with "will" or
    "would" (intent auxiliaries in modality.tsv) is awaited with it; a past one ("would
    resign when the scandal broke"), one under a plain verb ("was killed when the bomb
    exploded", a headline's "Two die when bus crashes") or under "can" ("how can I back
    them when they are not backing us", a "when" of cause) reports its act."""
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(children_of(verb))
    if not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN and c.i < verb.i for c in children
    ):
        return False
    if not any(
        c.dep_ == "aux" and lexicon.modality.get(c.lower_) == "intent"
        for c in children_of(verb.head)
    ):
        return False
    verbs = [verb, *(c for c in children if c.dep_ in ("aux", "auxpass"))]
    return not any(v.tag_ in ("VBD", "MD") for v in verbs)


def _once(verb: Token) -> bool:
    """ "talks will be held as soon as Iran suspends enrichment", "once the army withdraws,
    talks will begin": a clause the main act waits for, like "until" ("he once attacked"
    is no such clause: "once" must open it, before its subject)."""
    if verb.dep_ != "advcl":
        return False
    children = list(children_of(verb))
    if verb.head.lower_ == "soon" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return True
    subjects = [c.i for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ == "once" and subjects and c.i < min(subjects)
        for c in children
    )


# Prepositions that place an act at the time of the clause's own act ("will speak at
# the rally", "will meet him during the summit"); "before"/"after" set it apart.
_ALONGSIDE = frozenset({"at", "during"})


def _scheduled_setting(noun: Token, lexicon: Lexicon) -> bool:
    """ "will speak at the rally", "will meet Putin during the summit", "will give a
    speech at the protest": a noun event that is the setting of a verb's act in the
    future ("will", "would") is still to come with it, as a scheduled act; "was
    arrested at the rally", "did not speak at the rally" report one that took place."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in _ALONGSIDE:
        return False
    verb = noun.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "will give a speech at the rally"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "aux" and lexicon.modality.get(c.lower_) == "intent" for c in children_of(verb)
    )


def _verb_modality(noun: Token, lexicon: Lexicon) -> set[str]:
    """What the verb a noun event is the object of means for it: "is considering
    sanctions" (hypothetical), "denied the attack" (negated). Intent verbs are left
    out: as light verbs they report the act ("committed a massacre"), and as
    triggers ("offered aid") they govern it already."""
    if not _object_of_verb(noun):
        return set()
    verb = noun.head
    kind = lexicon.modality.get(verb.lemma_.lower())
    if _intending(verb):
        # "are planning a coup", "wants talks": the act is intended, not done; a past
        # "planned the attacks" names who organised acts that took place.
        return {"intent"}
    return {kind} if kind in ("hypothetical", "negative") else set()


def _lapsed(token: Token, classes: set[str], lexicon: Lexicon) -> bool:
    """ "did not meet", "haven't worked with him": a plain negation of a past act on the
    trigger itself, with no refusal ("refused to"), intent or condition above it."""
    if classes - {"negative"} or "negative" not in classes:
        return False
    children = list(children_of(token))
    if not any(c.dep_ == "neg" for c in children) and not _nor(token):
        return False
    if any(lexicon.modality.get(c.lower_) == "intent" for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PAST_AUXES for c in children)


def _nor(token: Token) -> bool:
    """ "..., nor did she help me": a verb joined by "nor" is negated like its head, and
    "neither condemned nor supported" negates the first verb too."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children_of(token)):
        return True
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in children_of(token.head)
    )


def _yet_to(token: Token) -> bool:
    """ "Trump has yet to concede": the act is still to come."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_ in ("have", "be")
        and any(c.lower_ == "yet" for c in children_of(head))
    )


def _someone_else(clause: Token, verb: Token) -> bool:
    """ "want him to resign", "expects Iran to comply", "hope Iran will agree": the
    complement has a doer of its own, so the intent is not the doer's."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return True
    return clause.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in children_of(verb))


def _contrasted(conj: Token, head: Token) -> bool:
    """ "would have faced X but resigned": a conjunct set against its head by "but" or
    "yet", with no auxiliary of its own, keeps none of the head's."""
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(conj)) and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conj.i for c in children_of(head)
    )


def _shares_auxes(conj: Token, head: Token) -> bool:
    """Whether a conjoined verb shares the first verb's auxiliaries ("did not X or Y")."""
    # Its own subject, finite auxiliary or negation breaks the sharing ("Brown did not
    # attend, and Miliband signed"); a bare passive "be" ("to resign or be impeached")
    # does not.
    # An infinitive's own "to" ("to resign or to be impeached") is no auxiliary of its own.
    if any(
        (c.dep_ == "aux" and c.lower_ != "to")
        or c.dep_ in ("neg", "nsubj", "nsubjpass")
        or (c.dep_ == "auxpass" and c.tag_ != "VB")
        for c in children_of(conj)
    ):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(head))
