"""Demands: what someone says another must or should do (CAMEO 10, PLOVER REQUEST).

``extract.events_of_sentence`` adds these after the lexicon's triggers are
coded: :func:`_demands` starts from the "must"/"should" words marked in the
article context and returns the demanded verb with the sayer and the one who
must act; the caller builds them with the synthetic entry :data:`_DEMAND`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..model import Actor
from ._tokens import children_of
from .aims import _told_to
from .arguments import Participants, actors_of
from .context import ArticleContext
from .frames import Trigger, matching
from .lexicon import Lexicon, TriggerEntry
from .modality import _own_modality
from .roles import participants
from .screening import interrogative

# The synthetic entry of a demand found from "must"/"should" (no lexicon line).
_DEMAND = TriggerEntry(lemma="", pos="VERB", type="REQUEST", mode="demand")
# The synthetic entry of a reproach found from "should have" (no lexicon line).
_REPROACH = TriggerEntry(lemma="", pos="VERB", type="ACCUSE", mode="disapprove")
# Who "must" do something in a demand: an actor, or a person ("they must leave"),
# not a thing ("the name must not cite anyone").
# "we must ..." includes the speaker: an exhortation, no demand on another.
_PERSONAL = frozenset({"he", "she", "they", "you"})
# Pronouns that stand for an addressed party ("told Iraq that it must ...").
_PRONOUNS = _PERSONAL | {"it"}


def _demands(
    sent: Span, triggers: dict[int, Trigger], lexicon: Lexicon, context: ArticleContext
) -> list[tuple[Token, Participants]]:
    """ "X said Y must Z": what someone says another must do is a demand (CAMEO 10).

    The trigger is the verb under "must"/"should"; the actor is the subject
    of the clause reporting it (or of the verb whose object carries it:
    "issued a reminder that Iraq must ..."), the recipient the one who must
    act. A reporting word that is itself a trigger ("urged", "warned") is
    already the event.
    """
    found = []
    # Only clauses with a "must"/"should" can be demands: start from those words.
    obliged = [sent.doc[i] for i in matching(sent, context.obligation_marks)]
    # "should Pierluisi remain unconfirmed": a "should" before its subject is a condition.
    clauses = dict.fromkeys(w.head for w in obliged if w.dep_ == "aux" and not _inverted(w))
    for token in clauses:
        head = None if looks_back(token) else _reporting_head(token, triggers, lexicon)
        if head is None:
            continue
        parts = _demand_parts(token, head, lexicon, context)
        if parts is not None:
            found.append((token, parts))
    return found


def _reproaches(
    sent: Span, triggers: dict[int, Trigger], lexicon: Lexicon, context: ArticleContext
) -> list[tuple[Token, Participants]]:
    """ "Bush said Congress should have passed the bill", "X says the government should
    not have sent troops": what someone says another should have done reproaches them
    (CAMEO 111, PLOVER ACCUSE), as a demand does for what is still to be done. Only an
    active clause: "should never have been arrested" reproaches whoever arrested, not the
    one its subject names."""
    found = []
    obliged = [sent.doc[i] for i in matching(sent, context.obligation_marks)]
    clauses = dict.fromkeys(w.head for w in obliged if w.dep_ == "aux" and not _inverted(w))
    for token in clauses:
        if not looks_back(token) or any(c.dep_ == "auxpass" for c in children_of(token)):
            continue
        head = _reporting_head(token, triggers, lexicon)
        parts = None if head is None else _demand_parts(token, head, lexicon, context)
        if parts is not None and parts.recipient is not None:
            found.append((token, parts))
    return found


def _directives(
    sent: Span, triggers: dict[int, Trigger], lexicon: Lexicon, context: ArticleContext
) -> list[tuple[Token, Participants]]:
    """ "Rouhani told foreign powers to leave the Gulf", "reminded Ukraine to pay its
    debts": telling a named party to do something demands it of them (CAMEO 10). The
    trigger is the telling verb, the actor its subject, the recipient the one told. A
    negated or hypothetical telling ("did not tell", "is not trying to tell") demands
    nothing, nor does telling someone how or what to do ("told the firm how much to
    lower its price"), nor a state's advice to its own people ("advising Australians to
    avoid the country")."""
    found = []
    # The verbs of telling are marked once per article (``context.telling_marks``).
    for token in (sent.doc[i] for i in matching(sent, context.telling_marks)):
        if token.i in triggers:
            continue
        told = [c for c in children_of(token) if c.dep_ in ("dobj", "dative")]
        clauses = [c for c in children_of(token) if _told_to(c, token, c.dep_)]
        if not told or not clauses or any(_asks_how(c) for c in clauses):
            continue
        if _unasserted(token, lexicon):
            continue
        sayer = participants(Trigger(token, _DEMAND), {}, context.actors, lexicon.modality)
        recipient = _first_other(told, sayer.actors, context)
        if recipient is None or _own_people(recipient, sayer.actors, context.actors):
            continue
        if sayer.named and sayer.actors:
            found.append((token, Participants(sayer.actors, recipient, True)))
    return found


def _own_people(recipient: str, sayers: tuple[str, ...], actors: Sequence[Actor]) -> bool:
    """ "advising Australians to avoid the country", "the embassy advised U.S. citizens to
    leave": a government's advice to its own state or its own citizens (an actor of its
    country with no sector, or civilians) is no demand on another party."""
    if own_state(recipient, sayers, actors):
        return True
    by_id = {actor.id: actor for actor in actors}
    people = by_id.get(recipient)
    if people is None or not people.country or people.sector not in (None, "CVL"):
        return False
    speakers = [by_id.get(s) for s in sayers]
    return all(
        a is not None and a.sector == "GOV" and a.country == people.country for a in speakers
    )


def _asks_how(clause: Token) -> bool:
    """ "how much to lower", "what to print": an infinitive opened by a question word."""
    return any(w.tag_ in ("WP", "WRB", "WDT") and w.i < clause.i for w in clause.subtree)


def _unasserted(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb, or a verb it is the infinitive of ("not trying to tell"), is
    negated or hypothetical."""
    for _ in range(4):
        if _own_modality(verb, lexicon) & {"negative", "hypothetical"}:
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _reporting_head(token: Token, triggers: dict[int, Trigger], lexicon: Lexicon) -> Token | None:
    """The verb that reports the obliged clause as a demand, or None when the clause is no
    demanded act or its report is an event already (or a question)."""
    if token.dep_ not in ("ccomp", "acl") or a_state(token, lexicon):
        return None  # "X said Y should feel proud": a state, no act demanded
    if any(
        c.dep_ == "mark" and lexicon.modality.get(c.lower_) == "hypothetical"
        for c in children_of(token)
    ):
        return None  # "to determine whether Y must regulate": an open question
    head = token.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.i in triggers or token.head.i in triggers:
        return None
    if _text_says(head, lexicon):
        return None  # "the law states that the president must report": a rule, no demand
    if interrogative(head) and token.i > head.i:
        # "Why do you believe you ought to lead?": asked, no demand; but "he should
        # resign, what do you think?" demands first and asks after
        return None
    return head


def _text_says(head: Token, lexicon: Lexicon) -> bool:
    """ "the draft law mandates that the president must report to the assembly", "the
    charter says members must pay their dues", "the text of the treaty states ...": what
    a text (modality.tsv ``rule`` or ``norm``, as the subject or after the subject's
    "of") says someone must do is a requirement it holds, no one's demand."""
    subjects = [c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")]
    texts = subjects + [
        p for s in subjects for o in children_of(s) if o.lower_ == "of" for p in children_of(o)
    ]
    return any(lexicon.is_text(t.lemma_.lower()) for t in texts)


def _demand_parts(
    token: Token, head: Token, lexicon: Lexicon, context: ArticleContext
) -> Participants | None:
    """The sayer and the one who must act, or None when the sayer is unnamed, no one
    else must act, or the sayer's own state must."""
    sayer = participants(Trigger(head, _DEMAND), {}, context.actors, lexicon.modality)
    subjects = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")]
    recipient = _first_other(subjects, sayer.actors, context)
    if recipient is None and any(c.lower_ in _PRONOUNS for c in subjects):
        # "told Iraq that it must ...", "a reminder to Iraq that it must ...":
        # a pronoun that must act is the one addressed.
        recipient = _first_other(_addressees(head, token.head), sayer.actors, context)
    personal = any(c.lower_ in _PERSONAL for c in subjects)
    if recipient is not None and own_state(recipient, sayer.actors, context.actors):
        return None  # "Johnson said Britain must leave by that date": his own policy
    if sayer.named and (recipient or personal):
        return Participants(sayer.actors, recipient, True)
    return None


def a_state(verb: Token, lexicon: Lexicon) -> bool:
    """ "Y should feel proud", "Vastonia should be in the lead", "they should not be
    mandatory": a verb of state, or a copula as the clause's verb, demands no act; "must
    be ready to mediate" demands the act its adjective takes ("should be eliminated", a
    passive, has the act as its verb)."""
    if lexicon.modality.get(verb.lemma_) == "state":
        return True
    if verb.lemma_ != "be":
        return False
    predicates = [c for c in children_of(verb) if c.dep_ in ("acomp", "attr")]
    return not any(c.dep_ == "xcomp" for w in (verb, *predicates) for c in children_of(w))


def looks_back(verb: Token) -> bool:
    """ "he should never have been arrested", "as candid as he should have been", "they
    must have known": a "should"/"must" with a perfect looks back at what is past (a
    reproach or an inference), and demands nothing still to be done."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "'ve", "’ve") for c in children_of(verb))


def own_state(recipient: str, sayers: tuple[str, ...], actors: Sequence[Actor]) -> bool:
    """ "Johnson said Britain must leave", "the president said America must rebuild":
    what an official of a state says that state must do is its own policy, no demand
    on another party (as "we must" is none); the one who must act is a country whose
    code is that of every sayer, all of them of its government (sector GOV)."""
    by_id = {actor.id: actor for actor in actors}
    state = by_id.get(recipient)
    if state is None or state.type != "COUNTRY" or not state.country or not sayers:
        return False
    speakers = [by_id.get(s) for s in sayers]
    return all(a is not None and a.sector == "GOV" and a.country == state.country for a in speakers)


def _inverted(aux: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in children_of(aux.head))


def _first_other(
    tokens: Sequence[Token], exclude: tuple[str, ...], context: ArticleContext
) -> str | None:
    """The first actor named by ``tokens`` that is not in ``exclude``."""
    return next(
        (a.id for t in tokens for a in actors_of(t, context.actors) if a.id not in exclude),
        None,
    )


def _addressees(*heads: Token) -> list[Token]:
    """Whom a reporting verb (or its noun) addresses: "told Iraq", "a reminder to Iraq"."""
    found = []
    for head in heads:
        for child in children_of(head):
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
                found.append(child)
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                found.extend(c for c in children_of(child) if c.dep_ == "pobj")
    return found
