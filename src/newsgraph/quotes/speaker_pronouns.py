"""Candidates and checks for pronoun speakers: gender and kind agreement, a plural
subject behind "they", the body behind "it", a gendered noun ("the girl") behind
"she", and the recent people a pronoun may refer to.

Used by ``_pronoun_speaker`` in :mod:`.speakers` when the actors stage has no
answer for a subject pronoun, or one whose gender clashes with it;
``recent_people`` is the quote extractor's list of people named nearby.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Token

from ..model import Actor
from .lexicon import Lexicon
from .speaker_names import Speaker
from .tokens import TokenIndex, covered

__all__ = ["recent_people"]


_PERSONAL = ("he", "she", "i", "him", "her")
_NOUN_WINDOW = 1000  # tokens back to look for "the girl" behind a "she"
_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "a", "an"})
_NOUN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
_MALE = frozenset({"he", "him", "his", "himself"})
_GENDERS = {"he": "male", "him": "male", "she": "female", "her": "female"}
_FEMALE = frozenset({"she", "her", "hers", "herself"})


def _gender(actor: Actor, skip: int = -1) -> str | None:
    """ "m" or "f" by the majority of the actor's he/she pronoun mentions (not at ``skip``)."""
    male = female = 0
    for mention in actor.mentions:
        word = mention.text.lower()
        if mention.start == skip:
            continue
        male += word in _MALE
        female += word in _FEMALE
    if male == female:
        return None
    return "m" if male > female else "f"


def _agrees(
    pronoun: Token, actor_id: str | None, actor_type: str | None, actors: Sequence[Actor]
) -> bool:
    """Whether ``pronoun`` can stand for the actor: kind (he/she: a person) and gender."""
    if actor_id is None or (pronoun.lower_ in _PERSONAL) != (actor_type == "PERSON"):
        return False
    wanted = "m" if pronoun.lower_ in _MALE else "f" if pronoun.lower_ in _FEMALE else None
    actor = next((a for a in actors if a.id == actor_id), None)
    found = _gender(actor, pronoun.idx) if actor is not None else None
    return wanted is None or found is None or wanted == found


def _plural_subject(
    pronoun: Token, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]
) -> Token | None:
    """ "State prosecutors charged three men, they said": the nearest plural subject
    before a "they" in its own sentence that names people or a body (a person,
    proxy or institution word of the lexicon), ahead of the last speaker nearby; not
    in a relative clause, whose "they" is as often the ones the subject acted on."""
    if pronoun.lower_ != "they" or pronoun.head.dep_ == "relcl":
        return None  # "took them to a center, where they say ...": the ones taken
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or covered(quoted, token.idx):
            continue
        if token.tag_ == "NNS" and lexicon.role(token.lower_) in ("person", "proxy", "institution"):
            return token
    return None


def _subject_body(
    pronoun: Token, actors: Sequence[Actor], quoted: Sequence[tuple[int, int]]
) -> Speaker | None:
    """The organization or country that is the nearest subject before ``pronoun``, in
    its sentence or the one before ("Al Jazeera reacted, releasing a statement in
    which it said"); names inside quotes are left out."""
    doc = pronoun.doc
    sent = pronoun.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in reversed(doc[lo : pronoun.i]):
        if token.dep_ != "nsubj" or covered(quoted, token.idx):
            continue
        for actor in actors:
            if actor.type not in ("ORG", "COUNTRY"):
                continue
            for m in actor.mentions:
                if m.source != "pronoun" and m.start <= token.idx < m.end:
                    return Speaker(
                        actor.id, actor.name, pronoun.idx, pronoun.idx + len(pronoun), actor.type
                    )
    return None


def _agrees_unlisted(pronoun: Token, candidate: Speaker, lexicon: Lexicon) -> bool:
    """Whether he/she can stand for a speaker the actors stage does not list.

    Only a capitalized name ("Mr. Pontellier", "Tuppence"); a title or noun
    in it that has a gender ("Mr.", "the girl") must agree.
    """
    wanted = _GENDERS.get(pronoun.lower_)
    name = candidate.name or ""
    words = name.split()
    if wanted is None or candidate.actor is not None or not words or not name[:1].isupper():
        return False
    if words[0].lower() in ("the", "a", "an") or lexicon.role(words[0]) == "pronoun":
        return False
    if any(lexicon.role(w) in ("institution", "indefinite") for w in words):
        return False  # "Authorities", "Police": a body, not a man or a woman
    genders = {lexicon.role(w.strip(".,")) for w in words} & {"male", "female"}
    return not genders or genders == {wanted}


@lru_cache(maxsize=1)
def _noun_dep_keys() -> frozenset[int]:
    return frozenset(get_string_id(dep) for dep in _NOUN_DEPS)


def _gendered_noun(pronoun: Token, lexicon: Lexicon) -> Token | None:
    """The nearest earlier noun phrase that names a person of the pronoun's gender.

    "The girl laughed. ... "No," she said": she is the girl. A determiner
    is required ("the girl", "his wife", "a man"); someone acted upon ("a
    man was arrested") or inside what another person says ("the police
    said a man ...") is not who speaks next.
    """
    wanted = _GENDERS.get(pronoun.lower_)
    if wanted is None:
        return None
    doc = pronoun.doc
    lo = max(0, pronoun.i - _NOUN_WINDOW)
    deps = doc.to_array([DEP]).reshape(-1)[lo : pronoun.i].tolist()  # no Token for the others
    for k in reversed([k for k, dep in enumerate(deps) if dep in _noun_dep_keys()]):
        token = doc[lo + k]
        if lexicon.role(token.lemma_) != wanted:
            continue
        if token.dep_ == "nsubjpass" or any(t.dep_ == "ccomp" for t in token.ancestors):
            continue  # someone acted upon, or in what another person says
        if any(c.lower_ in _DETERMINERS for c in token.children):
            return token
    return None


def recent_people(actors: Sequence[Actor], before: int, index: TokenIndex) -> list[Speaker]:
    """People a pronoun at ``before`` may refer to, most likely first (actors-stage fallback).

    Among PERSON mentions in the pronoun's sentence and the one before it,
    sentence subjects come first (subjects are what later pronouns pick up),
    then the nearest ones; then everyone named earlier, latest first.
    """
    doc = index.doc
    at = index.at_or_after(before)
    lo = index.sentence(max(0, min(at, len(doc) - 1)))[0]
    lo = index.sentence(lo - 1)[0] if lo > 0 else lo
    window_start = doc[lo].idx if len(doc) else 0
    found: list[tuple[bool, bool, int, Actor]] = []
    for actor in actors:
        if actor.type != "PERSON":
            continue
        for mention in actor.mentions:
            if mention.end <= before and mention.source != "pronoun":
                near = mention.start >= window_start
                head = doc[max(0, index.at_or_after(mention.end) - 1)] if near else None
                subject = head is not None and head.dep_ in ("nsubj", "nsubjpass")
                found.append((subject, near, mention.start, actor))
    found.sort(key=lambda f: (f[0], f[1], f[2]), reverse=True)
    out: list[Speaker] = []
    for _, _, start, actor in found:
        if all(s.actor != actor.id for s in out):
            out.append(Speaker(actor.id, actor.name, start, start, "PERSON"))
    return out
