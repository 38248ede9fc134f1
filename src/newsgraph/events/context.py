"""The article context: what every event of one article shares.

Built once per article by :func:`article_context` before any sentence is read
(``events.extract_events`` -> ``article_context`` -> ``events_of_sentence``):
the text, the actors (with place stand-ins that name a country's actor), places,
quotes, the publication date and dateline, and per-token marks of trigger,
obligation and judgement words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np
import numpy.typing as npt
from spacy.attrs import POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span

from ..model import Actor, Place, Quote
from ..nlp import doc_text
from ..nlp.dateline import find_dateline
from ._tokens import ents_of
from .aims import _TELLING
from .frames import marked, token_hashes
from .lexicon import load_lexicon

__all__ = ["ArticleContext", "article_context", "dateline_of"]


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What every event of an article shares: text, actors, places, quotes, dates, dateline.

    ``text`` is the document's text, kept here because ``Doc.text`` is rebuilt
    from every token on each access (the dominant cost when read per event).

    ``actors`` also holds place stand-ins (see :func:`_place_proxies`), which
    carry their country actor's id.
    """

    text: str
    actors: tuple[Actor, ...]
    places: Sequence[Place]
    quotes: Sequence[Quote]
    published: datetime | None
    dateline: str | None
    # Per token, computed once per doc: lemma hashes, and whether the token may be
    # a trigger or is an obligation word ("must").
    lemmas: npt.NDArray[np.uint64]
    trigger_marks: tuple[int, ...]
    obligation_marks: tuple[int, ...]
    speech_marks: tuple[int, ...]  # judgement words ("illegal", "courageous", "violate")
    telling_marks: tuple[int, ...]  # verbs of telling ("told X to leave"; see ``demands``)
    ents: tuple[Span, ...]  # the doc's entities, and their start tokens
    ent_starts: tuple[int, ...]


def dateline_of(text: str) -> str | None:
    """The dateline city of an article ("BAGHDAD (Reuters) - ..."), title-cased, or None."""
    found = find_dateline(text)
    return found.city(text) if found is not None else None


def _place_proxies(actors: Sequence[Actor], places: Sequence[Place]) -> tuple[Actor, ...]:
    """Stand-ins that let a place name an argument through its country's actor.

    "a visit to Beirut" or "an attack on Baghdad" is on the receiving end of
    the act; when the article has an actor for Lebanon or Iraq, the place's
    mentions point to it (CAMEO codes such targets by country).
    """
    by_country: dict[str, Actor] = {}
    for actor in actors:
        if actor.country and actor.type in ("COUNTRY", "GPE") and not actor.sector:
            best = by_country.get(actor.country)
            if best is None or (actor.type == "COUNTRY" and best.type != "COUNTRY"):
                by_country[actor.country] = actor
    proxies = []
    for place in places:
        owner = by_country.get(place.country or "")
        if owner is not None and place.mentions:
            proxies.append(replace(owner, mentions=place.mentions))
    return tuple(proxies)


def _verbs_of(doc: Doc, lemmas: npt.NDArray[np.uint64], words: frozenset[str]) -> tuple[int, ...]:
    """Positions (ascending) of the verbs of ``doc`` whose lower-cased lemma is in ``words``."""
    verbs = np.flatnonzero(doc.to_array([POS]).reshape(len(doc)) == VERB)
    # A lemma string is looked up once per distinct verb lemma, not once per token.
    strings = doc.vocab.strings
    verb_lemmas = lemmas[verbs]
    wanted = [h for h in np.unique(verb_lemmas).tolist() if strings[h].lower() in words]
    return tuple(verbs[np.isin(verb_lemmas, wanted)].tolist())


def article_context(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[Place],
    quotes: Sequence[Quote],
    published: datetime | None,
) -> ArticleContext:
    """Gather what all events of ``doc`` share."""
    text = doc_text(doc)
    hashes = token_hashes(doc)
    lexicon = load_lexicon()
    ents = ents_of(doc)
    return ArticleContext(
        text=text,
        actors=tuple(actors) + _place_proxies(actors, places),
        places=places,
        quotes=quotes,
        published=published,
        dateline=dateline_of(text),
        lemmas=hashes[:, 0],
        trigger_marks=marked(hashes, lexicon.trigger_keys),
        obligation_marks=marked(hashes[:, 1:], lexicon.obligation_keys),
        speech_marks=marked(hashes, lexicon.speech_keys),
        telling_marks=_verbs_of(doc, hashes[:, 0], _TELLING),
        ents=ents,
        ent_starts=tuple(e.start for e in ents),
    )
