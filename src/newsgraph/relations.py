"""Relations stage: relations between two actors stated inside one phrase, with evidence.

Entry point: :func:`extract_relations`. Events already give "who did what to
whom"; this stage adds the standing relations news states in passing:

- compound: ``Iran-backed militia`` -> Iran *backs* militia (also when the militia is
  described: ``Kataib Hezbollah, an Iran-backed militia,``);
- passive: ``the militia, backed by Iran,`` -> Iran *backs* militia;
- appositive: ``Syria, an ally of Russia,`` -> Syria *allied with* Russia.

The cue words, the relation each states and which side is the source are
data (``data/relations/cues.tsv``). The evidence is the whole phrase, from the
first actor mention to the last, so ``text[start:end]`` reads as the claim.
Works on a parsed or a tokenizer-only Doc: only mentions and text are used.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from .model import Actor, Event, Mention, Relation, evidence_from
from .nlp import doc_text
from .quotes.lexicon import folded

__all__ = ["Cue", "edge_type", "extract_relations", "load_cues"]

_FORMS = ("compound", "passive", "appositive")
_SOURCES = ("agent", "head")

#: Most words allowed between a compound cue and the actor it modifies
#: ("Iran-backed Shia militia group Kataib Hezbollah" has three).
_MAX_MODIFIERS = 4
#: What may separate the modified actor from a passive or appositive cue:
#: a comma, optionally "which/who is", or nothing ("militias backed by Iran").
_HEAD_GAP = re.compile(
    r"^\s*[,(]?\s*(?:(?:which|who|that)\s+"
    r"(?:is|are|was|were|has been|have been)\s+(?:also\s+|now\s+)?)?"
    r"(?:(?:an?|the|its|their|key|main|close|longtime|long-time)\s+)*$",
    re.IGNORECASE,
)
#: An appositive common noun between the actor and a passive cue: "Al-Nur, a group led
#: by X" (the parse must attach the cue to the noun and the noun to the actor).
_DESCRIBED_GAP = re.compile(r"^\s*,\s*(?:an?|the)\s+(?:[a-z][a-z-]*\s+){1,2}$")
#: What may stand between "by" and the agent's mention when the parse makes that mention
#: the head of the by-phrase: titles and descriptions ("led by Prime Minister X",
#: "led by Jordanian militant X"), at most four words, no comma.
_TITLE_GAP = re.compile(r"^\s*(?:[\w'’.-]+\s+){0,4}$")
_AGENT_GAP = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_CONJUNCT = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)
_MODIFIERS = re.compile(r"^[\s\w'’.-]*$")
_CUE_GAP = re.compile(
    r"\s*[,(]?\s*(?:(?:which|who|that)\s+(?:is|are|was|were)\s+)?"
    r"(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of ``cues.tsv``."""

    cue: str
    form: str
    relation: str
    type: str
    source: str


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    """Load and validate ``data/relations/cues.tsv`` (once).

    Raises:
        ValueError: a row has the wrong number of columns, an unknown form/source or a cue
            that is not lower-case ASCII.
    """
    text = resources.files("newsgraph").joinpath("data/relations/cues.tsv").read_text("utf-8")
    cues = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5 or cells[1] not in _FORMS or cells[4] not in _SOURCES:
            raise ValueError(f"cues.tsv line {number}: expected cue, form, relation, type, source")
        if not cells[0].isascii() or cells[0] != cells[0].lower():
            raise ValueError(f"cues.tsv line {number}: a cue is lower-case ASCII")
        cues.append(Cue(*(c.strip() for c in cells)))
    return tuple(cues)


@lru_cache(maxsize=1)
def _phrase_ends() -> frozenset[str]:
    """Words that end the phrase a compound cue modifies (``phrase_ends.txt``)."""
    path = resources.files("newsgraph").joinpath("data/relations/phrase_ends.txt")
    words = (line.strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


def edge_type(relation: str) -> str:
    """The graph edge type of a relation verb ("backs" -> "SUPPORT"; unknown: upper-cased)."""
    for cue in load_cues():
        if cue.relation == relation:
            return cue.type
    return relation.upper().replace(" ", "_")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern[str], dict[str, Cue]]]:
    out = {}
    for form in _FORMS:
        table = {c.cue: c for c in load_cues() if c.form == form}
        words = "|".join(sorted((re.escape(w) for w in table), key=len, reverse=True))
        if form == "compound":
            pattern = rf"\s?-({words})\b"
        elif form == "passive":
            pattern = rf"\b({words})\s+by\b"
        else:
            pattern = rf"\b({words})\s+of\b"
        out[form] = (re.compile(pattern, re.IGNORECASE), table)
    return out


def _mentions(actors: Sequence[Actor]) -> list[tuple[Mention, Actor]]:
    found = [(m, a) for a in actors for m in a.mentions if m.source != "pronoun"]
    return sorted(found, key=lambda pair: (pair[0].start, -pair[0].end))


def _after(
    mentions: list[tuple[Mention, Actor]],
    pos: int,
    text: str,
    gap: re.Pattern[str],
    limit: int = 80,
) -> tuple[Mention, Actor] | None:
    for mention, actor in mentions:
        if pos <= mention.start <= pos + limit and gap.match(text[pos : mention.start]):
            return mention, actor
    return None


def _before(
    mentions: list[tuple[Mention, Actor]], pos: int, text: str, gap: re.Pattern[str]
) -> tuple[Mention, Actor] | None:
    best = None
    for mention, actor in mentions:
        if mention.end <= pos and gap.match(text[mention.end : pos]):
            best = (mention, actor)  # the closest one wins (sorted by start)
    return best


def _gap_end(text: str, pos: int) -> int:
    """Where the next word starts after ``pos``, over a comma and "which/who is"
    (the gap a passive or appositive cue may follow its head across)."""
    found = _CUE_GAP.match(text, pos)
    return found.end() if found else pos


def _modifies(doc: Doc, mention: Mention) -> bool:
    """Whether the parse makes ``mention`` a modifier of a noun after it ("the
    Palestinian government", "Afghanistan military operations"): the mention's last
    word hangs as a compound or adjective on a later word outside it (False unparsed)."""
    if not doc.has_annotation("DEP"):
        return False
    last = _token_at(doc, mention.end - 1)
    return (
        last is not None
        and last.dep_ in ("compound", "amod", "nmod")
        and last.head.idx >= mention.end
        and last.head.pos_ in ("NOUN", "PROPN")
    )


def _attached_head(
    doc: Doc,
    mentions: list[tuple[Mention, Actor]],
    pos: int,
    cue_pos: int,
    text: str,
    described: bool = False,
) -> tuple[Mention, Actor] | None:
    """The actor a passive or appositive cue at ``cue_pos`` describes: the closest
    mention before it across a ``_HEAD_GAP`` (or, parsed, an appositive noun:
    "Al-Nur, a group led by"), the parse agreeing; of two mentions ending at
    the same place ("rebels of the Northern Front"), the one the parse attaches.
    (Appositive cues list their own adjectives: "a close ally of", not "a past rival of".)"""
    parsed = described and doc.has_annotation("DEP")
    gaps = (_HEAD_GAP, _DESCRIBED_GAP) if parsed else (_HEAD_GAP,)
    for gap in gaps:
        found = [(m, a) for m, a in mentions if m.end <= pos and gap.match(text[m.end : pos])]
        if not found:
            continue
        end = max(m.end for m, _ in found)
        closest = [pair for pair in reversed(found) if pair[0].end == end]
        for pair in closest:
            if _attached(doc, cue_pos, pair[0]):
                return pair
        return None
    return None


def _headed_agent(
    doc: Doc, mentions: list[tuple[Mention, Actor]], pos: int, text: str
) -> tuple[Mention, Actor] | None:
    """The actor of a by/of-phrase whose mention comes after a title or description
    ("led by Prime Minister Ismail X", "led by Jordanian militant Omar Y"): the
    parse must make a word of that mention the object of the preposition ending at
    ``pos``, so "led by the local authorities of X" does not name X."""
    if not doc.has_annotation("DEP"):
        return None
    prep = _token_at(doc, pos - 1)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if not objects:
        return None
    head = objects[0].idx
    for mention, actor in mentions:
        if pos <= mention.start <= head < mention.end and _TITLE_GAP.match(
            text[pos : mention.start]
        ):
            return mention, actor
    return None


def _compound_target(
    mentions: list[tuple[Mention, Actor]], pos: int, text: str
) -> tuple[Mention, Actor] | None:
    for mention, actor in mentions:
        if mention.start < pos:
            continue
        between = text[pos : mention.start]
        words = between.split()
        if (
            not _MODIFIERS.match(between)
            or len(words) > _MAX_MODIFIERS
            or any(w.lower() in _phrase_ends() for w in words)
        ):
            return None
        return mention, actor
    return None


def _described_target(
    doc: Doc, mentions: list[tuple[Mention, Actor]], agent: tuple[Mention, Actor], cue_pos: int
) -> tuple[tuple[Mention, Actor] | None, int]:
    """The actor a compound cue describes when no actor's mention follows it, and where
    the evidence must reach: the actor a described noun is in apposition to ("Kataib
    Hezbollah, an Iran-backed militia,": to the end of "militia").

    (A group actor whose mention holds the compound, "US-led forces", is the cue's own
    country's group: "the US leads US forces" says nothing, so it is left out.)"""
    cue = _token_at(doc, cue_pos)
    if cue is None or not doc.has_annotation("DEP"):
        return None, 0
    noun = cue.head
    if noun.dep_ != "appos" or noun.i < cue.i:
        return None, 0
    owner = noun.head
    for mention, actor in mentions:
        if mention.start <= owner.idx < mention.end and actor.id != agent[1].id:
            return (mention, actor), noun.idx + len(noun)
    return None, 0


def _token_at(doc: Doc, pos: int) -> Token | None:
    starts = [t.idx for t in doc]
    i = bisect.bisect_right(starts, pos) - 1
    return doc[i] if i >= 0 and pos < doc[i].idx + len(doc[i]) else None


def _attached(doc: Doc, cue_pos: int, mention: Mention) -> bool:
    """Whether the parse agrees that the cue word describes ``mention`` (True unparsed).

    The cue's head (or its head's head) must fall inside the mention, or the
    mention must hang off the same head (an appositive or compound: "Iran-backed
    militia Kataib Hezbollah").
    """
    if not doc.has_annotation("DEP"):
        return True
    cue = _token_at(doc, cue_pos)
    if cue is None:
        return True
    inside = range(mention.start, mention.end)
    ancestors = [cue.head, cue.head.head]
    if any(t.idx in inside for t in ancestors):
        return True
    for token in doc:
        if token.idx in inside and token.head in (cue.head,) and token.head.idx not in inside:
            return True
    return False


def _relation(
    text: str, cue: Cue, agent: tuple[Mention, Actor], head: tuple[Mention, Actor], reach: int = 0
) -> Relation | None:
    if agent[1].id == head[1].id:
        return None
    source, target = (agent, head) if cue.source == "agent" else (head, agent)
    start = min(agent[0].start, head[0].start)
    end = max(agent[0].end, head[0].end, reach)
    return Relation(source[1].id, cue.relation, target[1].id, evidence_from(text, start, end))


def _find(doc: Doc, mentions: list[tuple[Mention, Actor]]) -> list[Relation]:
    """The relations the cue patterns state in ``doc``, in pattern order: hyphenated
    compounds ("Iran-backed"), then passives ("backed by") and appositives."""
    text = doc_text(doc)
    patterns = _patterns()
    found: list[Relation | None] = []
    regex, table = patterns["compound"]
    for match in regex.finditer(text):
        found.append(_compound_relation(doc, mentions, text, match, table))
    low = folded(text)
    for form in ("passive", "appositive"):
        found += _clause_relations(doc, mentions, (text, low), patterns[form], form == "passive")
    return [r for r in found if r is not None]


def _cue_matches(
    regex: re.Pattern[str], words: Sequence[str], text: str, low: str
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a passive or appositive pattern, whose every match
    starts with one of its cue ``words`` (ASCII): ``regex.match`` is tried only where
    ``low``, the text :func:`folded` (same length; a case-insensitive match of an ASCII
    word in the text is a plain one there), holds a cue word, not at every character."""
    starts = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (match := regex.match(text, start)) is not None:
            end = match.end()  # matches do not overlap, as finditer's
            yield match


def _compound_relation(
    doc: Doc,
    mentions: list[tuple[Mention, Actor]],
    text: str,
    match: re.Match[str],
    table: dict[str, Cue],
) -> Relation | None:
    """The relation one hyphenated cue ("Iran-backed militia") states between the actor
    right before the hyphen and the actor after the cue, or the one it describes."""
    # the hyphen binds the last word: of "the chair of the UN" and "UN" ending
    # before "-run", the shorter mention (the later start) is the agent
    agent = next(((m, a) for m, a in reversed(mentions) if m.end == match.start()), None)
    if agent is None:
        return None
    cue = table[match.group(1).lower()]
    if cue.type == "CONTROL" and agent[0].label == "NORP":
        return None  # "Greek-controlled", "Kurdish-held": a people, not its state, holds it
    head = _compound_target(mentions, match.end(), text)
    reach = 0
    if head is not None and _modifier_head(doc, cue, agent, head):
        return None
    if head is None or not _attached(doc, match.start(1), head[0]):
        head, reach = _described_target(doc, mentions, agent, match.start(1))
    if head is None:
        return None
    return _relation(text, cue, agent, head, reach)


def _modifier_head(
    doc: Doc, cue: Cue, agent: tuple[Mention, Actor], head: tuple[Mention, Actor]
) -> bool:
    """Whether the actor after a hyphenated cue only modifies what the cue is about, so
    the compound states no relation with it."""
    if head[1].type == "COUNTRY" and _modifies(doc, head[0]):
        # "US-led Afghanistan operations", "the Hamas-led Palestinian government": a
        # country named as a modifier is not what is led ("Iran-backed Hezbollah
        # fighters" still says Iran backs Hezbollah)
        return True
    # "Canadian-led NATO troops": a people's nation leads the troops, not NATO
    return cue.type in ("LEAD", "CONTROL") and agent[0].label == "NORP" and _modifies(doc, head[0])


def _clause_relations(
    doc: Doc,
    mentions: list[tuple[Mention, Actor]],
    texts: tuple[str, str],
    pattern: tuple[re.Pattern[str], dict[str, Cue]],
    described: bool,
) -> list[Relation | None]:
    """The relations of one passive or appositive pattern: the actor the cue describes
    is the head; each conjoined actor after the cue is an agent. ``texts``: the article's
    text and its :func:`folded` form."""
    regex, table = pattern
    text = texts[0]
    found: list[Relation | None] = []
    for match in _cue_matches(regex, list(table), *texts):
        head = _attached_head(
            doc, mentions, match.start(), match.start(1), text, described=described
        )
        if head is None:
            continue
        agent = _after(mentions, match.end(), text, _AGENT_GAP) or _headed_agent(
            doc, mentions, match.end(), text
        )
        while agent:
            found.append(_relation(text, table[match.group(1).lower()], agent, head))
            # "backed by Syria and Iran": each conjunct is an agent, unless the cue
            # follows it again ("the DUP led by X and Sinn Fein, led by Y": a new head)
            agent = _after(mentions, agent[0].end, text, _CONJUNCT)
            if agent is not None and regex.match(text, _gap_end(text, agent[0].end)):
                agent = None
    return found


def extract_relations(doc: Doc, actors: Sequence[Actor], events: Sequence[Event]) -> list[Relation]:
    """Return the relations stated in ``doc`` between two of ``actors``.

    ``events`` are not repeated here (the store builds graph edges from them
    directly); a relation is kept once per (source, relation, target, evidence).
    """
    mentions = _mentions(actors)
    seen: set[tuple[str, str, str, int, int]] = set()
    out = []
    for relation in _find(doc, mentions):
        key = (
            relation.source,
            relation.relation,
            relation.target,
            relation.evidence.start,
            relation.evidence.end,
        )
        if key not in seen:
            seen.add(key)
            out.append(relation)
    return sorted(out, key=lambda r: (r.evidence.start, r.evidence.end, r.relation))
