"""Aims, plans and obligations: clause shapes that make an act sought, planned or owed.

"the plan was to attack", "set up a committee to negotiate", "the plot involved bombing",
"no evidence that X attacked", "Norway is to withdraw", "has to approve", "efforts to
complete the withdrawal": :mod:`newsgraph.events.frames` asks these helpers while it
walks up from a trigger, and codes the act as intended or hypothetical, not done.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of
from .cue_words import cue_words
from .lexicon import Lexicon
from .modality import _modal_kind, _own_modality

__all__: list[str] = []


# Verbs of founding a body: what it is founded to do is its purpose.
_FOUNDING = cue_words("founding")
# Setting up a body to look into something is itself the inquiry (CAMEO 0x investigate).
_INQUIRING = cue_words("inquiring")


def _founded_for(below: Token, verb: Token, dep: str) -> bool:
    """ "set up a committee to negotiate with the rebels", "a forum created ... to
    discuss strategies", "formed a group to fight them": what a body is founded to do
    is not done by the founding."""
    if dep != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(below)):
        return False
    if below.lemma_.lower() in _INQUIRING:
        return False  # "a commission formed to investigate the killings" opened an inquiry
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" for c in children_of(verb)):
        lemma += "_" + next(c.lower_ for c in children_of(verb) if c.dep_ == "prt")
    return lemma in _FOUNDING


# Verbs that say what a plan holds: "a plot which involved blowing up planes".
_CONTAINING = cue_words("containing")


def _planned_content(verb: Token, dep: str, lexicon: Lexicon) -> bool:
    """ "the plot included bombing the embassy", "a plot was foiled which involved
    blowing up planes", "the plan involved attacking the base": what a plot, plan or
    scheme holds is planned, not done."""
    if verb.lemma_.lower() not in _CONTAINING or dep not in ("xcomp", "ccomp", "dobj", "pcomp"):
        return False
    nouns = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl", "advcl") and (
        not nouns or nouns[0].lower_ in ("which", "that", "who")
    ):
        # the noun the clause hangs from, or the subject of the verb it was misattached to
        nouns.append(verb.head)
        nouns += [c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        n.pos_ == "NOUN"
        and (n.lemma_.lower() in _AIMS or _modal_kind(n, lexicon) in ("hypothetical", "intent"))
        for n in nouns
    )


def _provided_for(below: Token, current: Token, dep: str, lexicon: Lexicon) -> bool:
    """ "introduced a bill to ban imports", "proposed an amendment to allow offshore
    processing", "a directive to expel them": what a text (modality.tsv ``rule`` or
    ``norm``) is to do is a provision it holds, not an act anyone did (as what it says in
    the simple present: screening.standing_rule); what it is to stop ("a resolution to end
    the fighting") goes on."""
    if dep != "acl" or current.pos_ != "NOUN" or below.pos_ != "VERB":
        return False
    if not lexicon.is_text(current.lemma_.lower()):
        return False
    if _modal_kind(below, lexicon) == "prevent":
        return False  # "a resolution to end the fighting": the fighting is going on
    children = list(children_of(below))
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children
    )


# Nouns of evidence: what there is no evidence of is not known to have happened.
_EVIDENCE = cue_words("evidence")


def _unproven(noun: Token, own: set[str], lexicon: Lexicon) -> bool:
    """ "there is no evidence that X attacked", "did not find evidence to prove that X
    received money", "have no proof that ...": a noun of evidence that is denied (by its
    own "no" or its verb's "not") leaves its content unknown, not done."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _EVIDENCE:
        return False
    if "negative" in own:
        return True
    verb = noun.head
    return noun.dep_ in ("dobj", "attr") and "negative" in _own_modality(verb, lexicon)


# Personal pronouns that name who is to act ("they are to meet"); "it is to ..." does not.
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})


def _be_to(token: Token) -> bool:
    """ "Norway is to withdraw its troops", "the envoys are to meet", "are to be
    released": "be" with an infinitive complement and nothing else announces what is
    arranged, like "will". Not "the plan is to ...", "it is to ...", "the money is to
    provide ..." (an active verb whose subject names no one who acts), nor "are in
    Kabul to help" (a purpose)."""
    be = token.head
    if token.dep_ != "xcomp" or be.lemma_.lower() != "be" or be.i == token.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    if any(c.dep_ in ("prep", "attr", "acomp", "advcl", "dobj") for c in children_of(be)):
        return False
    subjects = [c for c in children_of(be) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or token.lemma_.lower() == "blame":
        return False
    if any(c.dep_ == "auxpass" for c in children_of(token)):
        return subjects[0].lower_ not in ("it", "this", "that", "which")
    return _names_a_doer(subjects[0])


# Participles that arrange an act with "be ... to": "is scheduled to visit".
_ARRANGED = cue_words("arranged")


def _arranged(token: Token) -> bool:
    """ "5,000 soldiers are going to be withdrawn", "Israel is going to release them",
    "the envoy is due to arrive", "is scheduled to visit Turkey": "be going to", "be due
    to" and "be scheduled to" with an infinitive announce what is still to come, like
    "will" ("went to visit" is done)."""
    word = token.head
    if token.dep_ != "xcomp" or word.i == token.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    if word.lower_ == "going":
        return any(c.dep_ == "aux" and c.lemma_ == "be" for c in children_of(word))
    if word.lower_ in _ARRANGED:
        return any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in children_of(word))
    return word.lower_ == "due" and word.dep_ == "acomp" and word.head.lemma_ == "be"


# Verbs of expecting that, passive, forecast an act ("is expected to attack").
_FORECASTING = cue_words("forecasting")


def _expected_meeting(token: Token, type_: str | None, lexicon: Lexicon) -> set[str]:
    """ "the chancellor is expected to meet the king on Monday", "the envoy is expected to
    visit Lima": a meeting others expect, with no "not" or "may" of the expecting's own,
    is a scheduled one, as with "is scheduled to meet" and "will meet"; any other act
    expected stays a forecast (an expected attack is no threat of the doer's).

    Returns the class the forecast gave that such a meeting sheds ({"hypothetical"}),
    or an empty set when ``token`` is no meeting expected."""
    word = token.head
    if type_ != "CONSULT" or token.dep_ != "xcomp" or word.i == token.i:
        return set()
    expected = (
        word.lemma_.lower() in _FORECASTING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
        and any(c.dep_ == "auxpass" for c in children_of(word))
        and not _own_modality(word, lexicon)
    )
    return {"hypothetical"} if expected else set()


def _sought_receipt(verb: Token, lexicon: Lexicon) -> bool:
    """ "toured the state to gain support from farmers", "went on with the drive to win the
    backing of the unions", "the difficulty of getting the backing of the farmers": a verb of
    receiving (modality.tsv receive) as a purpose infinitive or a gerund after "of" says
    what its subject seeks, not what anyone gave ("won the support of the unions" did;
    "managed to", "failed to" and the like are left to the words above)."""
    if lexicon.modality.get(verb.lemma_.lower()) != "receive" or verb.pos_ != "VERB":
        return False
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        return verb.head.lower_ == "of"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    if verb.dep_ == "xcomp":
        # "launched a drive to win support", parsed as the verb's complement: a common
        # noun object carries the purpose ("helped him to win" and "allowed Jones to" do not)
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children_of(verb.head))
    if verb.dep_ == "acl":
        # "in order to win": a purpose; any other noun's infinitive is left to the noun
        # ("its willingness to accept the force")
        return verb.head.lower_ == "order" and verb.head.head.lower_ == "in"
    return verb.dep_ == "advcl"


# Nouns that name an aim: what "is to" be done after them is sought ("our objective is
# to work with the creditors", "the only solution is for the troops to leave").
_AIMS = cue_words("aim")


def _what_is_sought(below: Token, current: Token, dep: str) -> bool:
    """ "the plan was to attack", "our aim is to work with them", "it is to launch
    talks": an infinitive (or "for X to" clause) that a noun of aims, or "it", "this" or
    "what", is equated with is sought, not done."""
    if current.lemma_.lower() != "be" or dep not in ("xcomp", "advcl", "ccomp", "attr"):
        return False
    if not any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for") for c in children_of(below)):
        return False
    subjects = [c for c in children_of(current) if c.dep_ == "nsubj"]
    return any(
        (s.pos_ == "NOUN" and s.lemma_.lower() in _AIMS)
        or s.lower_ in ("it", "this", "that", "what")
        for s in subjects
    )


def _names_a_doer(subject: Token) -> bool:
    """Whether a subject names someone who can act: a name, a personal pronoun, a
    plural noun ("ministers") or a noun modified by a name ("the Greek cabinet")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    if subject.pos_ == "PROPN" or subject.ent_type_ or subject.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ in ("compound", "amod") and c.ent_type_ for c in children_of(subject))


def _must_now(below: Token, current: Token, dep: str) -> bool:
    """ "has to approve", "will have to release": a present or future obligation (a past
    "had to resign" reports that he resigned)."""
    return (
        dep == "xcomp"
        and current.lemma_.lower() == "have"
        and current.tag_ in ("VBZ", "VBP", "VB")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(below))
    )


# Verbs of telling someone what to do: "told Iran to withdraw" demands the withdrawal.
_TELLING = cue_words("telling")
# Verbs that bind someone to an act ("the summit obliged Russia to withdraw its troops",
# "the resolution requires Iran to halt enrichment"): what is owed is not done either.
_BINDING = cue_words("binding")


def _told_to(below: Token, current: Token, dep: str) -> bool:
    """ "told the United States to withdraw its troops", "reminded Ukraine to pay", "obliged
    Russia to withdraw": what someone is told or bound to do is demanded of them, not
    done (the demand is coded instead)."""
    if dep != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(below)):
        return False
    lemma = current.lemma_.lower()
    if lemma in _BINDING and _bound_now(current):
        return True  # "Russia is obliged to withdraw": owed, though "was obliged to" did
    return lemma in _TELLING | _BINDING and any(
        c.dep_ in ("dobj", "dative") for c in children_of(current)
    )


def _bound_now(verb: Token) -> bool:
    """ "the troops are obliged to withdraw", "firms will be required to pay": a passive
    verb of binding in the present or future owes the act; in the past or the perfect ("he
    was obliged to resign", "has been obliged to") it mostly reports that the act followed."""
    passive = [c for c in children_of(verb) if c.dep_ == "auxpass"]
    return bool(passive) and all(c.tag_ in ("VB", "VBZ", "VBP") for c in passive)


# Verbs of completing: an act that is still to be completed has not been done.
_COMPLETING = cue_words("completing")


def _to_be_completed(noun: Token) -> bool:
    """ "efforts to complete the withdrawal", "in order to finalise the deal": a noun act
    that an infinitive of completing has as its object is under way, not done ("completed
    the withdrawal" in the past reports it)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in _COMPLETING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    )
