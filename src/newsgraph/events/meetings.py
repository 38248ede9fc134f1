"""Meetings and visits that are no consultation between parties.

Screens run by ``extract._coded_triggers`` after a trigger's participants are
known (the checks in ``screening`` need only the parse): a visit to one's own
country, a legislature or cabinet sitting alone, a news outlet's own interviews or
investigations, statements given to the press and companies' dealings among themselves
are dropped before an event is built.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Place
from ._tokens import children_of
from .arguments import Participants
from .context import ArticleContext
from .cue_words import cue_words

# Verbs of putting a question ("Wikinews asked local authorities"): a news outlet's
# questions are its reporting, no request.
_QUESTIONING = cue_words("questioning")


def _news_work(
    trigger: Token,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """Whether a meeting or an inquiry is a news outlet's or a reporter's own work.

    A journalist who contacts, meets, talks to, hosts or investigates someone
    ("Wikinews contacted the candidate", "a BBC investigation found ...") reports on
    them: no consultation (CAMEO 04) or official inquiry (09). Only doers that are
    all of the media sector (MED) are read so; anyone else's act stays. The other way
    round, an official "talking to AFP" or "speaking to the BBC" gives a statement to
    the press, no consultation either: a CONSULT whose recipient is a news outlet. A
    news outlet that asks or questions someone ("Wikinews asked three pundits to give
    their predictions", "when asked by Wikinews") gathers news: no request (CAMEO 02).
    """
    type_, mode, _ = coded
    asking = type_ == "REQUEST" and trigger.lemma_.lower() in _QUESTIONING
    if type_ != "CONSULT" and not (type_ == "ACCUSE" and mode == "investigate") and not asking:
        return False
    by_id = {actor.id: actor for actor in context.actors}
    press = by_id.get(parts.recipient) if parts.recipient else None
    if type_ == "CONSULT" and press is not None and press.sector == "MED":
        return True
    doers = [by_id.get(i) for i in parts.actors]
    return bool(doers) and all(d is not None and d.sector == "MED" for d in doers)


def _home_visit(
    trigger: Token,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """ "Palin flew to Ohio", "visiting the town of Pandeglang": travel to a city or
    region of one's own country is no diplomatic visit (CAMEO 042 is a visit to
    another party). A country named as the destination is left alone: "the Pope
    visited Turkey" is a visit even when the doer's country is mis-coded."""
    if coded[:2] != ("CONSULT", "visit") or not parts.actors:
        return False
    place = _destination(trigger, context)
    if place is None or place.kind not in ("city", "region") or not place.country:
        return False
    countries = {a.id: a.country for a in context.actors}
    return all(countries.get(d) == place.country for d in parts.actors)


def _private_trip(
    trigger: Token,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """ "Jo Doe traveled to New York for the assembly", "the chess player arrived in
    Iceland", "retreated to New Mexico": a private person (a civilian, sector CVL, with
    no title) going somewhere with no one named as host is a trip, no diplomatic visit
    (CAMEO 042 is a visit to another party) or withdrawal; the country of the place
    gone to hosts no one, while "the activist visited the minister" keeps its host."""
    if not _trip(trigger, coded) or not parts.actors:
        return False
    kinds = {a.id: (a.type, a.sector, bool(a.titles)) for a in context.actors}
    host = kinds.get(parts.recipient) if parts.recipient else None
    if parts.recipient is not None and (host is None or host[0] not in _PLACES):
        return False  # a named host ("visited the minister") keeps the visit
    # A title ("Secretary General", "Head", even "Mr") or an apposition ("Anna Berg,
    # Sweden's foreign minister, flew to ...") marks someone the actors stage may have
    # mis-sectored: an envoy arriving in a capital is a visit.
    if any(
        c.dep_ == "nsubj" and any(g.dep_ == "appos" for g in children_of(c))
        for c in children_of(trigger)
    ):
        return False
    return all(kinds.get(d) == _PRIVATE for d in parts.actors)


# A private person: a civilian with no title.
_PRIVATE = ("PERSON", "CVL", False)
# Actors that are places: a trip "to New York" names the country it is in as recipient,
# which hosts no one.
_PLACES = frozenset({"COUNTRY", "GPE", "PLACE"})


def _trip(trigger: Token, coded: tuple[str, str | None, bool]) -> bool:
    """A visit, or a withdrawal to a place ("retreated to New Mexico", "withdrew to his
    farm"): the moves a private person makes."""
    if coded[:2] == ("CONSULT", "visit"):
        return True
    return coded[:2] == ("RETREAT", "withdraw") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in children_of(trigger)
    )


def _private_dealings(
    coded: tuple[str, str | None, bool], parts: Participants, context: ArticleContext
) -> bool:
    """ "he met guitarist Jo Doe when both were teenagers", "she collaborated with Bo
    Lind": private persons meeting or working with each other make no political
    contact (CAMEO 04/06 are between parties); an official or anyone with a title on
    either side keeps it."""
    if coded[0] not in ("CONSULT", "COOPERATE") or parts.recipient is None or not parts.actors:
        return False
    kinds = {a.id: (a.type, a.sector, bool(a.titles)) for a in context.actors}
    people = (*parts.actors, parts.recipient, *parts.others)
    return all(kinds.get(p) == _PRIVATE for p in people)


# A body of one state sitting alone (a legislature, a cabinet, a court).
_SITTING_SECTORS = frozenset({"LEG", "GOV", "JUD"})


def _session(
    trigger: Token,
    coded: tuple[str, str | None, bool],
    parts: Participants,
    context: ArticleContext,
) -> bool:
    """ "The Senate will meet on Monday", "during a Cabinet meeting", "a meeting of the
    Senate": a legislature, cabinet or court sitting with no one else is a session, no
    consultation between parties (CAMEO 04 needs two). Bodies of several states (the UN
    Security Council; the governments of two countries: "U.S. and Russian negotiators
    return for talks") and meetings with someone ("met with", "a meeting between") stay."""
    if coded[:2] != ("CONSULT", None) or parts.recipient is not None or not parts.actors:
        return False
    partners = ("with", "between", "among")
    if any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in partners)
        for c in children_of(trigger)
    ):
        return False
    # "officials of the US and North Korea will meet", "foreign ministers will meet":
    # several parties, whoever the actors stage resolved
    clause = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]  # "are to meet"
    subjects = [c for v in clause for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.subtree) for c in subjects):
        return False
    bodies = {a.id: a for a in context.actors}
    doers = [bodies.get(d) for d in parts.actors]
    if len({a.country for a in doers if a is not None and a.country}) > 1:
        # "U.S. and Russian negotiators return for talks": bodies of two states are two
        # parties, whatever the clause's grammar; a sitting is one state's
        return False
    return all(a is not None and a.type == "ORG" and a.sector in _SITTING_SECTORS for a in doers)


def _destination(trigger: Token, context: ArticleContext) -> Place | None:
    """The place a travel word's object or "to" phrase names ("flew to Ohio", "a visit
    to Texas", "visiting the town of X")."""
    targets = [c for c in children_of(trigger) if c.dep_ == "dobj"] + [
        o
        for c in children_of(trigger)
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in children_of(c)
        if o.dep_ == "pobj"
    ]
    targets += [
        o
        for t in targets
        for c in children_of(t)
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in children_of(c)
        if o.dep_ == "pobj"
    ]
    for token in targets:
        for place in context.places:
            if any(m.start <= token.idx < m.end for m in place.mentions):
                return place
    return None


# What companies do with each other or on their own: business, no political cooperation.
_DEALINGS = frozenset({"AGREE", "COOPERATE", "CONSULT", "SUPPORT"})


def _business_deal(
    coded: tuple[str, str | None, bool], parts: Participants, context: ArticleContext
) -> bool:
    """ "Toyota is working with suppliers", "Microsoft invested in OpenAI", "the airline
    agreed to cooperate with British Airways": an agreement, cooperation, meeting or
    backing whose doers are all businesses (sector BUS) and whose recipient is none or a
    business is commerce, not a political event. A company dealing with a government
    ("Shell signed a deal with Nigeria") stays."""
    if coded[0] not in _DEALINGS or not parts.actors:
        return False
    by_id = {actor.id: actor for actor in context.actors}
    doers = [by_id.get(i) for i in parts.actors]
    if not all(d is not None and d.sector == "BUS" for d in doers):
        return False
    if parts.recipient is None:
        return True
    recipient = by_id.get(parts.recipient)
    return recipient is not None and recipient.sector == "BUS"
