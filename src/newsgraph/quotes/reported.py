"""Reported (indirect) speech: "X said (that) ...", "according to X, ...".

A reporting verb of the lexicon with a content clause (or, for verbs such as
"condemned" and "urged", a noun-phrase object) is reported speech when its
content is not wholly inside quotation marks (that is a direct quote) and its
speaker is someone: quantified or indefinite subjects ("some protesters
said", "critics claimed") and passives ("it was reported") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text
from .lexicon import Cue, Lexicon, load_lexicon
from .speakers import cue_subject, is_cue_verb
from .tokens import TokenIndex, covered

__all__ = ["Reported", "find_reported"]

_TRIM = " \t\n,;:—–-\"'“”‘’"
_OBJECTS = ("dobj", "attr", "oprd")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_NOMINAL = ("compound", "amod", "nmod", "appos")
_SUBJECT_PRONOUNS = ("it", "he", "she", "they", "we", "i")
_WORDS = re.compile(r"\w+")
_JOINERS = frozenset({"and", "or", "but", "then", "also"})
_SIDES = frozenset({"NORP", "GPE", "ORG"})  # entity labels that name whose people speak


@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern[str]:
    """A sentence end: a lower-case letter, digit or bracket (not ending a short form), . ! ?
    (a closing mark), a capital. The short forms are titles and the like written with a
    period before a name ("Mr. Smith", "Sen. Roe": ``cue_words.tsv`` kind ``abbreviation``).
    The leading lookahead only lets the lookbehinds run where a . ! ? stands (same matches;
    the lookbehinds at every letter cost 30 times as much)."""
    short_forms = load_lexicon().cue_words["abbreviation"]
    not_after = "".join(rf"(?<!\b{re.escape(a)})" for a in short_forms)
    return re.compile(rf"(?=[.!?])(?<=[a-z0-9\[\])]){not_after}[.!?]\]?[\"'”’]?\s+(?=[\"“]?[A-Z])")


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported statement found in the parse: cue, content span, subject token."""

    cue_start: int
    cue_end: int
    cue_i: int
    start: int
    end: int
    subject: Token | None
    cue: Cue


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip blanks, clause punctuation and marks; keep the closing mark of an inner quote."""
    while start < end and (text[start] in _TRIM):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] in ".!?"):
        end -= 1
    inner = text[start:end]
    if inner.count('"') % 2 or inner.count("“") > inner.count("”"):
        close = end
        while close < len(text) and close - end < 4 and text[close] in '.,!?"”])':
            close += 1
            if text[close - 1] in '"”':
                return start, close
    return start, end


def _subtree(token: Token, skip_mark: bool = True) -> tuple[int, int]:
    """Character span of ``token``'s subtree, without a leading "that".

    An "if" or "whether" is dropped only when it opens the clause itself: in "said
    if talks fail, the country will act" it opens a condition inside the content.
    """
    left, right = token.left_edge, token.right_edge
    doc = token.doc
    if skip_mark:
        while (
            left.i < right.i
            and left.dep_ in ("mark", "punct")
            and left.lower_ in ("that", "whether", "if", ",", '"', "“")
            and (left.lower_ not in ("if", "whether") or left.head == token)
        ):
            left = doc[left.i + 1]
    return left.idx, right.idx + len(right)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _withheld(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the cue is denied rather than made: "did not confirm that ...",
    "would not say where ...", "refused to confirm that ..." report nothing.

    A negation on the cue itself, or a governing refusal verb (``refusal`` in
    ``speaker_words.tsv``) whose complement the cue is.
    """
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head is not verb
        and (lexicon.role(head.lemma_) == "refusal" or any(c.dep_ == "neg" for c in head.children))
    )


def _clause(verb: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """The content clause after the verb, running on over what follows it in the clause.

    "said the name had to be easy and, to prevent stigma, it must not ..." is
    parsed as several pieces; everything after the first content clause
    belongs to it except a trailing participle cue (", adding ...").
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        return (
            _fronted(verb) or _in_medium(verb, lexicon) or _fronted_text(verb)
            or _object_clause(verb)
        )
    start, end = _subtree(clauses[0])
    for child in verb.children:
        if child.i <= clauses[0].i or child.dep_ == "punct":
            continue
        if child.dep_ == "advcl" and lexicon.verb(child.lemma_) is not None:
            break
        end = max(end, child.right_edge.idx + len(child.right_edge))
    return start, end


def _fronted_text(verb: Token) -> tuple[int, int] | None:
    """Fronted content the parse did not make a clause of the verb: "Despite X, the
    company could still make an offer, Mr Iemma said." (parsed as a preposition).

    The verb ends its sentence (a time word may follow: "said on Monday"), its
    subject stands right after a comma, and the words before that comma, from the
    sentence start, hold a subject and a finite verb of their own and no quotation mark.
    """
    doc = verb.doc
    sent = verb.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ROOT" or subject is None or subject.i > verb.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in verb.children):
        return None
    after = doc[verb.i + 1 : sent.end]
    if any(
        not t.is_punct and t.dep_ not in ("npadvmod", "advmod", "prep", "pobj", "det")
        for t in after
    ):
        return None
    comma = subject.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    words = doc[sent.start : comma]
    if any(t.is_quote for t in words):
        return None
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)
    own_subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in words)
    return (words.start_char, words.end_char) if finite and own_subject else None


def _in_medium(verb: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """A "that" clause the parse hung on the medium: "said in a statement that the
    meeting will discuss ..." (the clause has its own subject: "a statement that
    was issued" is not content). Only "in"/"during" a reporting noun or a medium:
    "following concerns that ..." is no medium."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if lexicon.noun(noun.lemma_) is None and lexicon.role(noun.lower_) != "medium":
                continue
            for clause in noun.children:
                marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
                if (
                    clause.dep_ in ("acl", "relcl")
                    and marks
                    and marks[0].i == noun.i + 1
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                ):
                    return _subtree(clause)
    return None


def _object_clause(verb: Token) -> tuple[int, int] | None:
    """ "said comments by Mr Kale highlight divisions": a clause the parse made an object.

    The object holds, after its head, a finite verb the parse gave a noun's
    dependency (compound, amod, nmod, appos): the object is the clause's subject.
    """
    for child in verb.children:
        if child.dep_ != "dobj" or child.i < verb.i:
            continue
        for token in child.subtree:
            if token.i > child.i and token.tag_ in _FINITE and token.dep_ in _NOMINAL:
                return _subtree(child)
    return None


def _fronted(verb: Token) -> tuple[int, int] | None:
    """Content written before the attribution: "The crew were safe, the navy said." """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i < verb.i:
            start, end = _subtree(child)
            if all(child.right_edge.i < s.left_edge.i for s in subjects):
                return start, end
    return None


def _object(verb: Token, cue: Cue) -> tuple[int, int] | None:
    """The noun-phrase content of an object-taking cue, extended over an xcomp/"as"."""
    span: tuple[int, int] | None = None
    for child in verb.children:
        if child.dep_ in _OBJECTS and child.i > verb.i:
            if child.lemma_.lower() in cue.not_objects or child.lower_ in cue.not_objects:
                return None
            clause = _pronoun_clause(child)
            if clause is not None:
                return clause
            span = _subtree(child)
        elif child.dep_ == "prep" and child.lower_ == "to" and span is None:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                span = _subtree(objects[0])
    if span is None:
        # "described seeing 20 bodies": a gerund clause is the object
        clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
        return _subtree(clauses[0]) if clauses and clauses[0].tag_ == "VBG" else None
    for child in verb.children:
        extends = child.dep_ in ("xcomp", "ccomp") or (
            child.dep_ == "prep" and (child.lower_ == "as" or child.lower_ in cue.preps)
        )
        if extends and child.i > verb.i:
            span = (span[0], max(span[1], _subtree(child)[1]))
    return span


def _pronoun_clause(obj: Token) -> tuple[int, int] | None:
    """ "announcing it will appoint a panel": the clause, not its subject taken for an object.

    A subject pronoun parsed as the cue's object, followed by a modal or a
    finite verb, is the subject of the reported clause the parse tore apart.
    """
    doc = obj.doc
    if obj.lower_ not in _SUBJECT_PRONOUNS or obj.i + 1 >= len(doc):
        return None
    after = doc[obj.i + 1]
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    finite = after.tag_ in ("MD", "VBD", "VBZ", "VBP")
    if not finite or verb.pos_ not in ("VERB", "AUX") or verb.i <= obj.i:
        return None
    end = verb.right_edge
    return obj.idx, end.idx + len(end)


def _clause_after(verb: Token) -> tuple[int, int] | None:
    """Text fallback when the parse misplaced the content: "said naming the virus would ...".

    The words after the verb up to the sentence end are the content when they
    hold a subject and a finite verb of their own and do not open a quote.
    """
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "that":
        i += 1
    if i >= len(doc) or doc[i].is_quote or doc[i].is_punct or doc[i].pos_ == "ADP":
        return None
    text = doc_text(doc)
    stop = text.find("\n", doc[i].idx)
    limit = _clip(text, doc[i].idx, stop if stop != -1 else len(text))
    end = i
    while end < len(doc) and doc[end].idx < limit:
        end += 1
    words = doc[i:end]
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)
    subject = any(t.dep_ in ("nsubj", "nsubjpass", "csubj") for t in words)
    opens_quote = any(t.is_quote and doc[t.i - 1].text in ",:" for t in words)
    if not (finite and subject) or end - i < 3 or opens_quote:
        return None  # no clause of its own, or a direct quote (handled as one)
    return doc[i].idx, limit


def _prep_object(verb: Token, cue: Cue) -> tuple[int, int] | None:
    """The object of a content preposition: "called for a ceasefire", "warned of war".

    Not when the verb has a direct object ("called the race for Biden"), nor
    for fixed phrases listed as ``not_objects`` ("for instance").
    """
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in cue.preps and child.i > verb.i:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].lower_ not in cue.not_objects:
                return _subtree(objects[0])
    return None


def _parataxis(verb: Token) -> tuple[int, int] | None:
    """ "they had, his father says, paid ..." : the content is the host clause."""
    if verb.dep_ != "parataxis":
        return None
    host = verb.head
    return host.left_edge.idx, host.right_edge.idx + len(host.right_edge)


def _content(verb: Token, cue: Cue, lexicon: Lexicon) -> tuple[int, int] | None:
    span = _clause(verb, lexicon)
    if span is None and cue.content == "object":
        span = _object(verb, cue)
    if span is None and cue.preps:
        span = _prep_object(verb, cue)
    if span is None:
        span = _parataxis(verb)
    return span


def _inside(text: str, span: tuple[int, int], quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether the content is only quoted text (then it is direct speech, not reported).

    Quotes joined by a conjunction ("..." and "...") count as only quoted text.
    """
    chars = list(text[span[0] : span[1]])
    for a, b in quoted:
        for i in range(max(a, span[0]), min(b, span[1])):
            chars[i - span[0]] = " "
    rest = set(_WORDS.findall("".join(chars).lower()))
    return rest <= _JOINERS


def _before_participle(doc: Doc, verb: Token, end: int, lexicon: Lexicon) -> int:
    """End the content before a trailing participle cue (", stating ...") of the frame."""
    for token in doc[verb.i + 1 :]:
        if token.idx >= end:
            break
        if token.dep_ == "advcl" and token.tag_ == "VBG" and lexicon.verb(token.lemma_):
            return token.idx
    return end


def _clip(text: str, start: int, end: int) -> int:
    """End the content at the first sentence end (the parse may run sentences together)."""
    found = _sentence_end().search(text, start, end + 2)
    return found.start() + 1 if found and found.start() < end else end


def _someone(subject: Token | None, lexicon: Lexicon) -> bool:
    """Whether the subject names a definite speaker (not "some", "critics", "many")."""
    if subject is None:
        return True  # participles whose subject is out of reach still report speech
    if not any(c.isalpha() for c in subject.text):
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children):
        return True  # "One sailor, Faye Turney, stated": the apposition names her
    if lexicon.role(subject.lower_) == "indefinite":
        return False
    for child in subject.children:
        if (
            child.dep_ in ("det", "nummod", "amod", "predet")
            and lexicon.role(child.lower_) == "indefinite"
        ):
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and lexicon.role(subject.lower_) == "indefinite"
        ):
            return False
    if lexicon.role(subject.lower_) == "institution":
        return True  # "Police said ...": the force of the story's place, a definite speaker
    if subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in subject.children):
        # "U.S. officials", "Turkish officials": a named side is a definite speaker
        return any(c.pos_ == "PROPN" or c.ent_type_ in _SIDES for c in subject.subtree)
    return True


def _verb_candidates(doc: Doc, lexicon: Lexicon) -> Iterator[Token]:
    """The tokens whose lemma is a reporting verb of the lexicon, in order.

    Looked up once per distinct lemma over the Doc's lemma array rather than
    token by token: a news article has hundreds of tokens and a dozen cues.
    """
    if not len(doc):
        return
    lemmas = cast("list[int]", doc.to_array([LEMMA]).reshape(-1).tolist())
    strings, verbs = doc.vocab.strings, lexicon.verbs
    wanted = {h for h in set(lemmas) if strings[h].lower() in verbs}
    for i, lemma in enumerate(lemmas):
        if lemma in wanted:
            yield doc[i]


def _verb_items(
    doc: Doc, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]
) -> Iterator[Reported]:
    text = doc_text(doc)
    for token in _verb_candidates(doc, lexicon):
        if not is_cue_verb(token, lexicon) or _is_passive(token) or _withheld(token, lexicon):
            continue
        if covered(quoted, token.idx):
            continue
        try:
            found = _verb_item(token, text, lexicon, quoted)
        except (IndexError, ValueError, KeyError):  # an odd parse loses this cue only
            continue
        if found is not None:
            yield found


def _verb_item(
    token: Token, text: str, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]
) -> Reported | None:
    """The reported statement of the cue verb ``token``, or None."""
    cue = lexicon.verb(token.lemma_)
    if cue is None or (cue.content not in ("clause", "object") and not cue.preps):
        return None
    span = _content(token, cue, lexicon)
    if span is not None and _sentence_end().search(text, token.idx, span[0] + 2):
        # the parse put the content in the next sentence: read the words after the verb
        span = _clause_after(token) if cue.content == "clause" else None
    if span is None:
        return None
    end = _before_participle(token.doc, token, _clip(text, *span), lexicon)
    start, end = _trim(text, span[0], end)
    if end <= start or _inside(text, (start, end), quoted):
        return None
    subject = cue_subject(token, lexicon, quoted)
    if not _someone(subject, lexicon) or text[end - 1 : end + 1].rstrip()[-1:] == "?":
        return None  # no definite speaker, or a question rather than a statement
    return Reported(token.idx, token.idx + len(token), token.i, start, end, subject, cue)


def _according_items(
    doc: Doc, lexicon: Lexicon, quoted: Sequence[tuple[int, int]], index: TokenIndex
) -> Iterator[Reported]:
    """ "according to X, ...": the content is the rest of the sentence."""
    cue = lexicon.phrases.get("according to")
    if cue is None:
        return
    text = doc_text(doc)
    # the few "according" tokens found in the lower-case array, not a Token per word
    lowers = doc.to_array([LOWER]).reshape(-1)[:-1]
    according = doc.vocab.strings.as_int("according")  # its hash; the store is not changed
    for i in np.flatnonzero(lowers == according).tolist():
        token, nxt = doc[i], doc[i + 1]
        if nxt.lower_ != "to":
            continue
        sources = [c for c in nxt.children if c.dep_ == "pobj"]
        if not sources or covered(quoted, token.idx):
            continue
        phrase_end = sources[0].right_edge.idx + len(sources[0].right_edge)
        lo, hi = index.sentence(token.i)
        span = _sentence_side(doc[lo:hi], token.idx, phrase_end)
        if span is not None and span[0] >= phrase_end:
            span = _swallowed_subject(doc, sources[0], span)
        if span is None:
            continue
        start, end = _trim(text, *span)
        if not _someone(sources[0], lexicon):
            continue
        if end > start and not _inside(text, (start, end), quoted):
            yield Reported(token.idx, nxt.idx + len(nxt), token.i, start, end, sources[0], cue)


def _swallowed_subject(doc: Doc, source: Token, span: tuple[int, int]) -> tuple[int, int]:
    """Give the content back the subject the parse hung on the source.

    "According to the commission, Lee of the party won 48% of the vote": the
    parse may make "Lee of the party" an apposition of "commission", leaving
    the content "won 48% ..." without its subject. When the content opens
    with a finite verb, it starts after the first comma following the source that
    opens neither a title ("Jo Ames, head of marketing, ...") nor a conjunct
    ("X, and Y, the car ...").
    """
    first = next((t for t in doc[source.i + 1 :] if t.idx >= span[0] and not t.is_space), None)
    if first is None or first.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return span
    for token in doc[source.i + 1 : first.i - 1]:
        if token.text != ",":
            continue
        nxt = doc[token.i + 1]
        title = (
            nxt.pos_ == "NOUN" and nxt.is_lower and not any(c.dep_ == "det" for c in nxt.children)
        )
        if not title and nxt.pos_ != "CCONJ":
            return nxt.idx, span[1]
    return span


def _sentence_side(sent: Span, start: int, end: int) -> tuple[int, int] | None:
    """The longer part of ``sent`` outside ``[start, end)`` (the attribution)."""
    before = (sent.start_char, start)
    after = (end, sent.end_char)
    side = after if after[1] - after[0] >= before[1] - before[0] else before
    return side if side[1] - side[0] > 3 else None


def find_reported(
    doc: Doc, lexicon: Lexicon, quoted: Sequence[tuple[int, int]], index: TokenIndex
) -> list[Reported]:
    """Every reported statement of ``doc`` outside the quoted spans ``quoted``."""
    found = list(_verb_items(doc, lexicon, quoted))
    found += _according_items(doc, lexicon, quoted, index)
    return sorted(found, key=lambda r: r.cue_start)
