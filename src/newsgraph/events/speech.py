"""Stances taken in speech: what a speaker's own words do to another party.

PLOVER (like CAMEO's "criticize or denounce", 111, and "praise", 051) codes
a verbal judgement as an act of the one who speaks, not of the one judged:
"X said the raid was illegal" is X's ACCUSE, aimed at whoever the raid's
subject names; "X said the decision was courageous" is X's SUPPORT. And a
demand voiced in the speaker's own words ("'Parliament must be recalled,'
Y said") is Y's REQUEST, as the reported form already is (see
``demands._demands``).

Only speech with a known speaker is read (quotes and reported clauses from
the quotes stage), only judgements in predicate position ("is illegal",
"an illegal act", "called it illegal" is a lexicon frame), and never a
negated one ("is not illegal"), one under a condition ("would be foolish if
they attacked") or one about the speaker ("we are proud").
A charge of breaking a norm in the speaker's words ("they are breaking the
law": a ``violate`` verb with a ``norm`` object) is censure too. The words are
data: the ``censure``, ``praise``, ``violate``, ``norm`` and ``ruling``
classes of ``modality.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Actor, Quote
from ._tokens import children_of
from .arguments import Participants, actors_of
from .cue_words import cue_words
from .demands import a_state, looks_back, own_state
from .lexicon import Lexicon, TriggerEntry
from .modality import _conditional

__all__ = ["Stance", "quote_at", "quoted_demands", "stances"]

_ACCUSE = TriggerEntry(lemma="", pos="ADJ", type="ACCUSE", mode="disapprove")
_SUPPORT = TriggerEntry(lemma="", pos="ADJ", type="SUPPORT")
_DEMAND = TriggerEntry(lemma="", pos="VERB", type="REQUEST", mode="demand")
# Acts of force a "responsible for" or "guilty of" may pin on someone.
_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
_ENTRIES = {"censure": _ACCUSE, "praise": _SUPPORT}
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
# Judgement adjectives whose noun is another word: "some kind of ploy" is a sort, no praise.
SORT_NOUNS = cue_words("sort_noun")
_SELF = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


@dataclass(frozen=True, slots=True)
class Stance:
    """A speech act found in a speaker's words: the word that carries it, its
    (synthetic) lexicon entry, and its participants (the speaker is the actor)."""

    token: Token
    entry: TriggerEntry
    parts: Participants


def speakers_in(sent: Span, quotes: Sequence[Quote]) -> list[Quote]:
    """Quotes and reported clauses with a known speaker that overlap ``sent``."""
    start, end = sent.start_char, sent.end_char
    return [q for q in quotes if q.speaker and q.start < end and start < q.end]


def quote_at(start: int, quotes: Sequence[Quote]) -> Quote | None:
    """The innermost quote or reported clause with a known speaker around offset ``start``.

    "Jo Doe said "we shelled the base," according to Reuters": the shelling is reported
    by Doe, whose words hold it, not by the outlet whose report holds his; the nearest
    report is who vouches for the act, and whose "we" it is.
    """
    around = [q for q in quotes if q.speaker and q.start <= start < q.end]
    return min(around, key=lambda q: q.end - q.start, default=None)


def _clause_of(word: Token) -> Token | None:
    """The clause verb a judgement word is predicated through ("is [illegal]",
    "is an [illegal] act", "is anti-democratic and [oppressive]"), or None."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in _PREDICATE_DEPS:
        return word.head
    if word.dep_ == "amod" and word.head.dep_ in _PREDICATE_DEPS:
        return word.head.head
    return None


def _nested(clause: Token, quote: Quote) -> bool:
    """ "'The court says it was unlawful,' Y said": the judgement is the court's."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and quote.start <= head.idx < quote.end
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _SELF for c in children_of(head)
        )
    )


def _violation(verb: Token, lexicon: Lexicon) -> bool:
    """ "are breaking the law", "violated the ceasefire": a charge of breaking a norm."""
    if verb.pos_ != "VERB" or lexicon.modality.get(verb.lemma_.lower()) != "violate":
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and lexicon.modality.get(c.lemma_.lower()) == "norm"
        for c in children_of(verb)
    )


def _ruling(quote: Quote, sent: Span, lexicon: Lexicon) -> bool:
    """ "The judge found/ruled/decided that ... was unlawful": a ruling, not criticism."""
    words = [sent.root]
    if quote.cue is not None:
        cue = sent.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        words.extend(cue or ())
    return any(lexicon.modality.get(t.lemma_.lower()) == "ruling" for t in words)


def _judged(clause: Token, speaker: str, actors: tuple[Actor, ...]) -> tuple[bool, str | None]:
    """Whether the clause judges someone other than the speaker, and whom (an actor id)."""
    if any(c.dep_ == "neg" for c in children_of(clause)):
        return False, None
    subjects = [c for c in children_of(clause) if c.dep_ in _SUBJECT_DEPS]
    if any(s.lower_ in _SELF for s in subjects):
        return False, None
    for subj in subjects:
        for actor in actors_of(subj, actors):
            if actor.id != speaker:
                return True, actor.id
            return False, None  # the speaker judging themself
    return True, None


def _judgement(token: Token, lexicon: Lexicon) -> tuple[str | None, Token | None]:
    """The class (censure, praise) a word voices and the clause it judges, if any."""
    kind = lexicon.modality.get(token.lower_)
    if kind in _ENTRIES and token.pos_ == "ADJ":
        return kind, _clause_of(token)
    if kind in _ENTRIES and token.pos_ == "NOUN" and token.dep_ == "attr":
        if token.lower_ in SORT_NOUNS:
            return None, None  # "it was some kind of ploy": a sort, no judgement
        return kind, token.head  # "the raid was [a violation] of ...", "is a disgrace"
    if _violation(token, lexicon):
        return "censure", token
    if kind == "blame" and token.pos_ == "ADJ" and _blamed_for_force(token, lexicon):
        return "censure", _clause_of(token)  # "said Israel was responsible for the bombing"
    return None, None


def _blamed_for_force(word: Token, lexicon: Lexicon) -> bool:
    """ "responsible for the bombing", "guilty of war crimes": a ``blame`` word whose
    "for"/"of" object is an act of force (CAMEO 112); "responsible for security" is none."""
    for prep in children_of(word):
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for pobj in children_of(prep):
            entries = lexicon.triggers.get((pobj.lemma_.lower(), "NOUN"), ())
            if any(e.type in _FORCE for e in entries):
                return True
    return False


def stances(
    sent: Span,
    words: Sequence[Token],
    lexicon: Lexicon,
    quotes: Sequence[Quote],
    actors: tuple[Actor, ...],
) -> list[Stance]:
    """Judgements (ACCUSE, SUPPORT) in the words of a known speaker, one per speaker and type.

    ``words`` are the sentence's judgement words (``censure``, ``praise`` and
    ``violate`` classes), found once per doc by the caller.
    """
    spoken = speakers_in(sent, quotes) if words else []
    # A court's finding that an act is unlawful is a ruling, not verbal criticism.
    judges = {a.id for a in actors if a.sector == "JUD"} if spoken else set()
    found: dict[tuple[str, str], Stance] = {}
    for token in words:
        quote = quote_at(token.idx, spoken)
        speaker = str(quote.speaker) if quote else ""
        if quote is None or speaker in judges or _ruling(quote, sent, lexicon):
            continue
        kind, clause = _judgement(token, lexicon)
        if kind is None or clause is None or _nested(clause, quote):
            continue
        # "they would be foolish if they attacked": a judgement under a condition of its
        # own blames no one yet
        if _conditional(clause, lexicon):
            continue
        judged, target = _judged(clause, speaker, actors)
        if judged:
            parts = Participants((speaker,), target, True)
            found.setdefault((speaker, kind), Stance(token, _ENTRIES[kind], parts))
    return list(found.values())


def quoted_demands(
    sent: Span,
    auxes: Sequence[Token],
    lexicon: Lexicon,
    quotes: Sequence[Quote],
    actors: tuple[Actor, ...],
) -> list[Stance]:
    """ "'Parliament must be recalled,' Y said": a main clause under "must"/"should"
    in a known speaker's words, whose subject is an actor other than the speaker.

    ``auxes`` are the sentence's obligation words, found once per doc by the caller.
    """
    spoken = speakers_in(sent, quotes) if auxes else []
    found = []
    for token in dict.fromkeys(a.head for a in auxes if a.dep_ in ("aux", "auxpass")):
        quote = quote_at(token.idx, spoken)
        if quote is None or token.dep_ not in ("ROOT", "conj"):
            continue
        if a_state(token, lexicon) or looks_back(token):
            continue  # "the team should feel proud": a state, no act demanded
        speaker = str(quote.speaker)
        subjects = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")]
        targets = [a.id for s in subjects for a in actors_of(s, actors) if a.id != speaker]
        if targets and not own_state(targets[0], (speaker,), actors):
            # "'America must rebuild,' the president said": his own state's policy
            found.append(Stance(token, _DEMAND, Participants((speaker,), targets[0], True)))
    return found
