"""The attributor: who speaks each quote item, in text order.

Takes the :class:`~.items._Item` records of :mod:`.items` (and the reported
statements of :mod:`.reported`) and gives each a speaker: from its cue's subject
via :mod:`.speakers`, from the issuer of "the statement", else by the rules of
:mod:`.dialogue` and paragraph continuity. :func:`newsgraph.quotes.extract_quotes`
builds the Quote records from what it finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from .cues import _Context, _is_medium, _key, _subject
from .dialogue import Turn, alternate, directly_follows, vocative
from .items import _OPENERS, _Item, _Paragraphs
from .speakers import Speaker, recent_people, resolve_speaker
from .tokens import Spans, covered

_PERSON_ROLES = ("person", "male", "female")
_CUE_GAP = 120  # longest cue sentence between a quote and its speaker's next quote
_ISSUER_SENTENCES = 6  # how far back "the statement said" looks for who issued it


def _proper_subjects(doc: Doc) -> list[int]:
    """The indices of the proper-noun subjects (dep "nsubj", POS PROPN), in order: read
    from the token arrays once, as every pronoun's fallback looks for them."""
    if not len(doc):
        return []
    rows = doc.to_array([DEP, POS])
    subjects = (rows[:, 0] == get_string_id("nsubj")) & (rows[:, 1] == PROPN)
    found: list[int] = numpy.flatnonzero(subjects).tolist()
    return found


class _Attributor:
    """Assigns speakers in text order, remembering the last speaker per paragraph."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.doc, self.actors, self.lexicon = ctx.doc, ctx.actors, ctx.lexicon
        self.paragraphs = _Paragraphs(ctx.index.text)
        self.last: tuple[int, Speaker] | None = None  # (paragraph, speaker)
        self.by_group: dict[int, Speaker] = {}
        self.turns: list[Turn] = []  # direct utterances in text order
        self.titles = ctx.lexicon.titles
        self.by_key: dict[str, Speaker] = {}
        self.turn_group = -1
        self.last_cue: int | None = None  # offset of the last direct quote's cue
        self.medium_end: int | None = None  # end of the sentence of a last speaker that is a medium
        self.mentioned = Spans((m.start, m.end) for a in ctx.actors for m in a.mentions)
        self.proper_subjects = _proper_subjects(ctx.doc)

    def _previous(self, offset: int) -> list[Speaker]:
        """Who a pronoun at ``offset`` may be: the last speaker nearby, then recent people."""
        people = recent_people(self.actors, offset, self.ctx.index)
        # names the actors stage does not list compete with its best candidate by nearness
        out = sorted(self._named_subjects(offset) + people[:1], key=lambda s: -s.start)
        out += people[1:]
        if self.last is not None and self.paragraphs.of(offset) - self.last[0] <= 1:
            out.insert(0, self.last[1])
        return out

    def _named_subjects(self, offset: int) -> list[Speaker]:
        """Proper-name subjects no actor covers, in the two sentences before ``offset``.

        The parser's fallback for pronouns ("Winterbourne smiled. "Yes," he
        said"): names inside quotes are left out.
        """
        index = self.ctx.index
        at = min(index.at_or_after(offset), len(self.doc) - 1)
        lo = index.sentence(at)[0]
        for _ in range(2):
            lo = index.sentence(lo - 1)[0] if lo > 0 else lo
        out = []
        subjects = self.proper_subjects
        for i in subjects[bisect_left(subjects, lo) : bisect_left(subjects, at)]:
            token = self.doc[i]
            if token.idx >= offset:
                continue
            if covered(self.ctx.quoted, token.idx) or self._listed(token):
                continue
            span = self.doc[token.left_edge.i : token.i + 1]
            out.append(Speaker(None, span.text, span.start_char, span.end_char, "PERSON"))
        return out

    def _listed(self, token: Token) -> bool:
        return self.mentioned.covers(token.idx)

    def _continuity(self, item: _Item, adjacent: bool = True) -> Speaker | None:
        """The last speaker if ``item`` is in its paragraph (``adjacent``: or opens the next)."""
        if item.group in self.by_group:
            return self.by_group[item.group]
        if self.last is None or item.kind == "reported":
            return None
        if self.medium_end is not None and item.start >= self.medium_end:
            return None
        para = self.paragraphs.of(item.start)
        opens = self.paragraphs.starts_paragraph(self.ctx.index.text, item.start - 1)
        if self.last[0] == para or (adjacent and opens and self.last[0] == para - 1):
            return self.last[1]
        return None

    def _uncued(self, item: _Item) -> Speaker | None:
        """The speaker of a direct quote without a cue subject (see :mod:`.dialogue`).

        A new turn right after another quote alternates; else the last speaker
        in the same paragraph; else the last speaker after their own cue
        sentence; else a beat before; else the last speaker of the paragraph
        before (news continuity); else a beat after. Nobody speaks a quote
        that calls them by name.
        """
        if item.group in self.by_group:
            return self.by_group[item.group]
        called = self._addressee(item, None)
        text = self.ctx.index.text
        if self.turns and directly_follows(text, self.turns[-1], item.start):
            key = alternate(self.turns)
            if key is not None and key != called:
                return self.by_key[key]
        rules: tuple[Callable[[_Item], Speaker | None], ...] = (
            self._new_beat,
            self._same_paragraph,
            self._after_own_cue,
            self._beat,
            self._continuity,
            self._beat_after,
        )
        for rule in rules:
            found = rule(item)
            if found is not None and _key(found) != called:
                return found
        return None

    def _new_beat(self, item: _Item) -> Speaker | None:
        """Another named person acting in a narrative sentence between the last quote
        and this one, which opens its sentence.

        ""...," Cowen said. Solow dismissed the claims. "I don't think so."": Solow
        speaks, not the last speaker (old news stories run paragraphs into one line,
        so paragraph continuity alone would give Cowen). The sentence before must
        hold no quotation mark and start after the last quote and its cue.
        """
        turn = self.turns[-1] if self.turns else None
        if turn is None or self.last is None:
            return None
        index = self.ctx.index
        first = index.at_or_after(item.start)
        if first >= len(self.doc):
            return None
        lo, _ = index.sentence(first)
        if lo == 0 or self.ctx.index.text[self.doc[lo].idx : item.start].strip(_OPENERS):
            return None
        prev_lo, prev_hi = index.sentence(lo - 1)
        start = self.doc[prev_lo].idx
        if start < turn.end or (self.last_cue is not None and self.last_cue >= start):
            return None
        if any(t.is_quote for t in self.doc[prev_lo:prev_hi]):
            return None
        found = self._acting(prev_lo, prev_hi)
        if found is None or found.actor is None or _key(found) == _key(self.last[1]):
            return None
        return found

    def _same_paragraph(self, item: _Item) -> Speaker | None:
        return self._continuity(item, adjacent=False)

    def _after_own_cue(self, item: _Item) -> Speaker | None:
        """The last speaker, when only that quote's own cue sentence stands between.

        ""Stop!" cried the guard. "Stay where you are."": the speaker goes on
        (however the lines are broken).
        """
        turn = self.turns[-1] if self.turns else None
        if turn is None or turn.key is None or self.last_cue is None:
            return None
        gap = self.ctx.index.text[turn.end : item.start]
        if not turn.end <= self.last_cue < item.start or len(gap) > _CUE_GAP:
            return None
        return self.by_key[turn.key] if len(re.findall(r"[.!?;:]", gap)) <= 1 else None

    def _turn(self, item: _Item, found: Speaker | None) -> None:
        """Remember a direct utterance for alternation (one turn per utterance)."""
        if item.kind != "direct":
            return
        key = _key(found)
        if key is not None and found is not None:
            self.by_key[key] = found
        called = self._addressee(item, key)
        if self.turns and item.group >= 0 and item.group == self.turn_group:
            prev = self.turns[-1]
            self.turns[-1] = Turn(
                prev.start, item.end, prev.key or key, prev.follows, prev.addressee or called
            )
        else:
            text = self.ctx.index.text
            follows = bool(self.turns) and directly_follows(text, self.turns[-1], item.start)
            self.turns.append(Turn(item.start, item.end, key, follows, called))
        self.turn_group = item.group

    def _addressee(self, item: _Item, speaker: str | None) -> str | None:
        """The key of the person the quote calls by name (not its own speaker)."""
        found = vocative(self.doc, item.start, item.end, self.actors, self.titles)
        if found is None:
            return None
        actor = found.actor
        if actor is not None:
            called = Speaker(actor.id, actor.name, found.start, found.end, actor.type)
        else:
            called = Speaker(None, found.text, found.start, found.end, "PERSON")
        key = _key(called)
        if key is None or key == speaker:
            return None
        self.by_key.setdefault(key, called)
        return key

    def _is_person(self, token: Token) -> bool:
        if token.ent_type_ == "PERSON" or self.lexicon.role(token.lemma_) in _PERSON_ROLES:
            return True
        people = (a for a in self.actors if a.type == "PERSON")
        return any(m.start <= token.idx < m.end for a in people for m in a.mentions)

    def _beat(self, item: _Item) -> Speaker | None:
        """The person acting in the sentence right before an unattributed quote.

        "Smith paused. "We will win."": a quote with no cue and no earlier
        speaker nearby belongs to the subject of the sentence before it, when
        that subject is a person (a name or he/she).
        """
        index = self.ctx.index
        first = index.at_or_after(item.start)
        if first >= len(self.doc):
            return None
        lo, _ = index.sentence(first)
        if lo == 0:
            return None
        return self._acting(*index.sentence(lo - 1))

    def _beat_after(self, item: _Item) -> Speaker | None:
        """The person acting in the narrative sentence that starts right after the quote.

        ""Fine." Ana shrugged.": only a sentence that begins after the closing
        mark and does not itself open a quote.
        """
        index = self.ctx.index
        i = index.at_or_after(item.end)
        while i < len(self.doc) and (self.doc[i].is_quote or self.doc[i].is_space):
            i += 1
        if i >= len(self.doc) or index.sentence(i)[0] != i:
            return None
        lo, hi = index.sentence(i)
        if any(t.is_quote for t in self.doc[lo:hi]):
            return None
        return self._acting(lo, hi)

    def _acting(self, lo: int, hi: int) -> Speaker | None:
        """The main-clause subject of tokens ``[lo, hi)`` when it is a person, resolved."""
        for token in self.doc[lo:hi]:
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
                person = token.lower_ in ("he", "she") or self._is_person(token)
                if person and not covered(self.ctx.quoted, token.idx):
                    return resolve_speaker(
                        token, self.actors, self.lexicon, self._previous(token.idx), self.ctx.quoted
                    )
        return None

    def _source_named(self, source: Token) -> Speaker | None:
        """The actor whose own mention holds the head of an "according to" source.

        "According to the election commission, Lee of the party won": the parse may
        hang "Lee" on "commission"; the head word names the source, not the person
        in its phrase (a bare head such as "a spokesman for X" is left to the resolver).
        """
        for actor in self.actors:
            for mention in actor.mentions:
                if mention.source != "pronoun" and mention.start <= source.idx < mention.end:
                    return Speaker(actor.id, actor.name, mention.start, mention.end, actor.type)
        return None

    def _issuer(self, subject: Token) -> Speaker | None:
        """Who issued "the statement" that speaks: the subject of the verb whose object
        or "in"-phrase holds the same noun in the six sentences before ("X issued a
        statement", "X said in a statement" ... "the statement said").

        Only for a definite reporting noun of the lexicon ("the statement", "the report").
        """
        if not self._definite_report(subject):
            return None
        for token in reversed(self.doc[self._issuer_window(subject) : subject.i]):
            if token.lemma_ != subject.lemma_ or covered(self.ctx.quoted, token.idx):
                continue
            found = self._noun_issuer(token)
            if found is not None:
                return found
        return None

    def _definite_report(self, subject: Token) -> bool:
        """Whether ``subject`` is "the"/"this" + a reporting noun: only such a noun refers
        back to one issued before."""
        if subject.pos_ != "NOUN" or self.lexicon.noun(subject.lemma_) is None:
            return False
        return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)

    def _issuer_window(self, subject: Token) -> int:
        """The first token of the ``_ISSUER_SENTENCES`` sentences before ``subject``'s own:
        how far back the issue of "the statement" is looked for."""
        index = self.ctx.index
        lo = index.sentence(subject.i)[0]
        for _ in range(_ISSUER_SENTENCES):
            lo = index.sentence(lo - 1)[0] if lo > 0 else lo
        return lo

    def _noun_issuer(self, token: Token) -> Speaker | None:
        """The actor who issued the earlier noun ``token``: its from/by author, else the
        subject of the verb it is the object of (a speaking noun is not an issue)."""
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        authors = _authors(token, verb)
        if not authors and token.dep_ not in ("dobj", "pobj"):
            return None  # "The letter, released to AFP, says": a speaking noun, not its issue
        subjects = authors + [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or covered(self.ctx.quoted, subjects[0].idx):
            return None
        if not authors and verb.pos_ != "VERB":
            return None
        found = resolve_speaker(
            subjects[0],
            self.actors,
            self.lexicon,
            self._previous(subjects[0].idx),
            self.ctx.quoted,
        )
        return found if found.actor is not None else None

    def _medium_end(self, cue: Token | None, source: Token | None, found: Speaker) -> int | None:
        """The end of the sentence of an "according to" medium or of a body that speaks
        through a bare plural, or None for anyone else.

        "according to state television", "Police said ...": later quotes without a cue
        are not its own (they are a witness's, as a rule).
        """
        if cue is None or source is None:
            return None
        institution = (
            self.lexicon.role(source.lower_) == "institution"
            and source.pos_ != "PROPN"
            and not any(c.dep_ in ("compound", "det") for c in source.children)
        )
        if not institution and not (
            cue.lower_ == "according" and _is_medium(source, found, self.ctx)
        ):
            return None
        last = self.doc[self.ctx.index.sentence(cue.i)[1] - 1]
        return last.idx + len(last)

    def speaker(self, item: _Item, cue: Token | None) -> Speaker | None:
        """The speaker of ``item``: from its cue's subject, else by continuity."""
        found: Speaker | None = None
        subject = _subject(cue, self.ctx) if cue is not None else None
        if subject is not None:
            found = (
                self._source_named(subject)
                if cue is not None and cue.lower_ == "according"
                else None
            )
            found = found or resolve_speaker(
                subject, self.actors, self.lexicon, self._previous(subject.idx), self.ctx.quoted
            )
        if found is not None and found.actor is None and subject is not None:
            found = self._issuer(subject) or found
        if found is None:
            found = self._uncued(item) if item.kind == "direct" else self._continuity(item)
        self._turn(item, found)
        if item.kind == "direct":
            self.last_cue = cue.idx if cue is not None else None
        if found is not None:
            self.medium_end = self._medium_end(cue, subject, found)
            at = item.end - 1 if item.kind == "direct" else item.anchor
            self.last = (self.paragraphs.of(at), found)
            if item.group >= 0:
                self.by_group.setdefault(item.group, found)
        return found


def _authors(token: Token, verb: Token) -> list[Token]:
    """Who the noun ``token`` is "from" or "by", or, for the object of ``verb``, whom the
    verb names after it with "by": the author, not who released or read it."""
    # "a statement from the ministry": the ministry, not who released it
    # ("a statement of joint understanding by X": the noun's own noun phrase)
    authors = [
        g
        for c in token.subtree
        if c.dep_ == "prep"
        and c.lower_ in ("from", "by")
        and (c.head == token or (c.head.head == token and c.head.pos_ == "NOUN"))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if token.dep_ == "dobj" and not authors:  # "read a statement ... by X"
        authors = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > token.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return authors
