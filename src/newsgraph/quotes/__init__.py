"""Quotes stage: direct, partial and reported speech, each with its speaker.

Entry point: :func:`extract_quotes`. The steps:

1. :mod:`.marks` pairs quotation marks on the raw text (a closing mark may sit
   in the next parsed sentence; an unbalanced mark loses only its own quote).
2. :mod:`.classify` decides for each marked span whether it is a direct
   quote, a partial quote or no quote at all (titles, names, scare quotes),
   and finds its reporting cue; :mod:`.items` turns the accepted spans into
   items and joins spans split by an attribution.
3. :mod:`.reported` finds reported speech in the dependency parse.
4. :mod:`.speakers` maps each cue's subject to an actor; a quote without a cue
   follows :mod:`.dialogue`: right after another quote it is the other
   party's turn; else the speaker of the previous quote in its paragraph,
   a person acting in the sentence before, the speaker of the paragraph
   before (when the quote opens its paragraph), a person acting right after.
   :mod:`.attributor` applies these rules in text order; :mod:`.cues` holds
   what a cue tells (its subject, evidence and medium).
5. This module builds the Quote records.

Word lists (reporting verbs and nouns, media, naming phrases, speaker words)
live in ``newsgraph/data/quotes/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor, Quote
from .attributor import _Attributor
from .cues import _NEWS_MEDIUM, _Context, _cue_evidence, _medium, _news_source
from .dialogue import narrator
from .items import _accepted, _Item, _quote_items
from .lexicon import load_lexicon
from .reported import find_reported
from .speakers import Speaker
from .tokens import Spans, TokenIndex

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, actors: Sequence[Actor]) -> list[Quote]:
    """Return the direct, partial and reported quotes of ``doc`` with speakers.

    Args:
        doc: the parsed article (``doc.text`` is the article text).
        actors: the actors stage's output; speakers are their ids.

    Returns:
        Quotes in text order. Spans of one utterance (split by an attribution
        or running over paragraphs) share ``utterance``; offsets index
        ``doc.text``. Never raises on unbalanced quotation marks.
    """
    if not len(doc):
        return []
    lexicon = load_lexicon()
    index = TokenIndex(doc)
    accepted = _accepted(doc, lexicon, index)
    quoted = Spans((s.start, s.end) for s, _ in accepted)
    ctx = _Context(doc, actors, lexicon, quoted, index)
    items: list[tuple[_Item, Token | None]] = [
        (i, i.cue) for i in _quote_items(doc, lexicon, accepted, index)
    ]
    for found in find_reported(doc, lexicon, quoted, index):
        item = _Item("reported", found.start, found.end, None, -1, found.cue_start)
        items.append((item, doc[found.cue_i]))
    items.sort(key=lambda pair: (pair[0].anchor, pair[0].kind == "reported"))
    return sorted(_records(items, ctx), key=lambda q: (q.start, q.kind))


def _records(items: list[tuple[_Item, Token | None]], ctx: _Context) -> list[Quote]:
    """Attribute the items in text order and build the Quote records.

    A medium named once ("In a recent speech, X admitted ...") holds for the
    same speaker's later statements in that paragraph.
    """
    text = ctx.index.text
    attributor = _Attributor(ctx)
    quotes: list[Quote] = []
    utterances: dict[int, int] = {}
    media: dict[tuple[int, str], str] = {}  # (paragraph, speaker) -> medium
    for item, cue in items:
        speaker = _attributed(attributor, item, cue)
        key = item.group if item.group >= 0 else -len(quotes) - 1
        medium = _item_medium(item, cue, speaker, ctx, attributor, media)
        quotes.append(
            Quote(
                kind=item.kind,
                start=item.start,
                end=item.end,
                text=text[item.start : item.end],
                speaker=speaker.actor if speaker else None,
                speaker_name=speaker.name if speaker else None,
                cue=_cue_evidence(text, cue),
                medium=medium,
                utterance=utterances.setdefault(key, len(utterances) + 1),
            )
        )
    return _name_narrator(quotes, attributor)


def _attributed(attributor: _Attributor, item: _Item, cue: Token | None) -> Speaker | None:
    """The speaker of ``item``, or None when the attributor fails on the parse: the quote
    is kept, without its speaker."""
    try:
        return attributor.speaker(item, cue)
    except (IndexError, ValueError, KeyError):  # keep the quote, without its speaker
        return None


def _item_medium(
    item: _Item,
    cue: Token | None,
    speaker: Speaker | None,
    ctx: _Context,
    attributor: _Attributor,
    media: dict[tuple[int, str], str],
) -> str | None:
    """The medium of ``item``: its cue's, else the one its speaker last named in the
    paragraph (recorded in ``media``), else the news for "according to" a news source."""
    who = (attributor.paragraphs.of(item.anchor), speaker.actor or "") if speaker else None
    medium = _medium(cue, ctx) or (media.get(who) if who and who[1] else None)
    if medium is None and cue is not None and cue.lower_ == "according":
        medium = _NEWS_MEDIUM if _news_source(speaker, ctx) else None
    if who and who[1] and medium:
        media.setdefault(who, medium)
    return medium


def _name_narrator(quotes: list[Quote], attributor: _Attributor) -> list[Quote]:
    """Give quotes spoken by "I" the narrator's name when the dialogue reveals it."""
    key = narrator(attributor.turns)
    who = attributor.by_key.get(key) if key is not None else None
    if who is None:
        return quotes
    return [
        replace(q, speaker=who.actor, speaker_name=who.name)
        if q.speaker is None and (q.speaker_name or "").lower() == "i"
        else q
        for q in quotes
    ]
