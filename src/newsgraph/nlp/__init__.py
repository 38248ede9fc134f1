"""The spaCy stage: load the configured pipeline once per process, parse in batches.

The model is a setting (any installed pipeline name or path). Nothing is
downloaded at run time: a missing model is a clear ModelError.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from ..actors.detect import CANDIDATES_KEY, set_entities
from ..errors import ModelError
from ..model import Sentence
from .dateline import Dateline, find_credits, find_dateline
from .fast_rules import install_fast_rules

__all__ = [
    "ACTOR_RULER_COMPONENT",
    "DATELINE_COMPONENT",
    "PARAGRAPH_COMPONENT",
    "doc_text",
    "load_pipeline",
    "parse",
    "remember_text",
    "sentences_of",
]

PARAGRAPH_COMPONENT = "newsgraph_paragraphs"
ACTOR_RULER_COMPONENT = "newsgraph_actor_ruler"
DATELINE_COMPONENT = "newsgraph_dateline"
_TEXT_KEY = "newsgraph.text"
_DATELINE_KEY = "newsgraph.dateline"
_CREDITS_KEY = "newsgraph.credits"
#: a dollar sign after a country's one to three capitals: "AU$", "HK$", "NZ$", "C$"
_DOLLAR_PREFIX = r"[A-Z]{1,3}\$"


def _dateline(doc: Doc) -> Dateline | None:
    """The Doc's dateline, found once and kept in ``doc.user_data`` (plain values)."""
    if _DATELINE_KEY not in doc.user_data:
        found = find_dateline(doc_text(doc))
        doc.user_data[_DATELINE_KEY] = (
            None if found is None else [found.city_start, found.city_end, found.end]
        )
    stored = doc.user_data[_DATELINE_KEY]
    return None if stored is None else Dateline(*stored)


def _credits(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the Doc's credit lines, found once and kept in ``doc.user_data``."""
    if _CREDITS_KEY not in doc.user_data:
        doc.user_data[_CREDITS_KEY] = [list(span) for span in find_credits(doc_text(doc))]
    return [(start, end) for start, end in doc.user_data[_CREDITS_KEY]]


@Language.component(DATELINE_COMPONENT)
def _dateline_entities(doc: Doc) -> Doc:
    """Keep the model's entities out of a dateline ("JERUSALEM, Aug 25 - Israeli ...").

    Its city becomes the one entity there (a GPE: where the story was filed); an
    entity that runs from the dateline into the story keeps only its story part,
    or goes when that is left to the lexicons ("Aug 25 - Israeli warplanes").
    Runs between the NER and the actor ruler, which then sees the story's words.
    """
    found = _dateline(doc)
    if found is None:
        return doc
    city = doc.char_span(found.city_start, found.city_end, label="GPE", alignment_mode="expand")
    # what comes before the dateline (a headline) keeps its entities
    before = [e for e in doc.ents if e.end_char <= found.city_start]
    after = [e for e in doc.ents if e.start_char >= found.end]
    doc.ents = before + ([city] if city is not None else []) + after
    return doc


@Language.component(ACTOR_RULER_COMPONENT)
def _actor_ruler(doc: Doc) -> Doc:
    """Correct ``doc.ents`` with the actor lexicons (countries, demonyms, organizations).

    Runs after the statistical NER: lexicon names win over the model's
    entities they overlap, headline words stop being organizations and names
    split at an apostrophe are joined (see :mod:`newsgraph.actors.detect`).
    """
    set_entities(doc)
    found = _dateline(doc)
    if found is not None:
        # the lexicons must not bring back what the dateline holds ("(Reuters)")
        _keep_out_of_dateline(doc, found)
    credits = _credits(doc)
    if credits:
        _keep_out_of_credits(doc, credits)
    return doc


def _keep_out_of_credits(doc: Doc, credits: list[tuple[int, int]]) -> None:
    """Drop the entities and stored candidates inside credit lines ("(Reporting by Ana
    Ruiz; Editing by Tom Berg)", "By Ana Ruiz", "Lin Oja contributed to this report."):
    reporters and editors are newsroom staff, not participants of the story."""

    def allowed(start: int, end: int) -> bool:
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        return not any(first < c_end and last > c_start for c_start, c_end in credits)

    doc.ents = [e for e in doc.ents if allowed(e.start, e.end)]
    stored = doc.user_data.get(CANDIDATES_KEY)
    if stored and stored[0] == len(doc):
        doc.user_data[CANDIDATES_KEY] = [stored[0], [r for r in stored[1] if allowed(r[0], r[1])]]


def _keep_out_of_dateline(doc: Doc, found: Dateline) -> None:
    """Drop the ruler's entities and stored candidates inside a dateline, but its city."""

    def allowed(start: int, end: int) -> bool:
        first, last = doc[start], doc[end - 1]
        inside = last.idx + len(last) > found.city_start and first.idx < found.end
        city = first.idx >= found.city_start and last.idx + len(last) <= found.city_end
        return not inside or city

    doc.ents = [e for e in doc.ents if allowed(e.start, e.end)]
    stored = doc.user_data.get(CANDIDATES_KEY)
    if stored and stored[0] == len(doc):
        doc.user_data[CANDIDATES_KEY] = [stored[0], [r for r in stored[1] if allowed(r[0], r[1])]]


@Language.component(PARAGRAPH_COMPONENT)
def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headlines, datelines and paragraphs on their own lines with
    no final period; the parser would run them together with the next sentence.
    A newline always ends a sentence in this corpus style, so we preset it and
    the parser keeps it; so does a wire dateline's dash.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    found = _dateline(doc)
    if found is not None:
        # "BAGHDAD, Jan 9 (Reuters) - Gunmen killed ...": the story starts after the dash
        start = doc.char_span(found.end, found.end + 1, alignment_mode="expand")
        if start is not None and start.start > 0:
            doc[start.start].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load (once per process) the spaCy pipeline ``model``.

    Raises:
        ModelError: the pipeline is not installed or not loadable.
    """
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        first = str(exc).split("\n", 1)[0][:200]
        raise ModelError(
            f"cannot load spaCy pipeline ({first}); install it or set another model", model
        ) from None
    for name in ("parser", "ner"):
        if name not in nlp.pipe_names:
            raise ModelError(f"the pipeline has no {name!r} component", model)
    install_fast_rules(nlp)  # same output as the stock rule components, faster
    # "wrote on X. The minister ...", "Mac OS X. It ...": the tokenizer keeps a capital and
    # its period whole, as an initial, so the sentence ran on; "X." is rarely an initial
    if isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
        # "AU$1 million", "HK$3.5 billion": a country's dollar sign is a prefix, as "US$" is;
        # kept whole with its amount, the token was no number and the parse of the sentence broke
        prefixes = [*(nlp.Defaults.prefixes or ()), _DOLLAR_PREFIX]  # typed Optional
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    nlp.add_pipe(DATELINE_COMPONENT, after="ner")
    nlp.add_pipe(ACTOR_RULER_COMPONENT, after=DATELINE_COMPONENT)
    return nlp


def parse(
    texts: Iterable[str], model: str, batch_size: int = 32, n_process: int = 1
) -> Iterator[Doc]:
    """Parse texts with ``nlp.pipe``, yielding Docs in input order."""
    nlp = load_pipeline(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy rebuilds ``Doc.text`` from every token on each access; the stages
    read it several times per article, which cost about a tenth of their time.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Tell :func:`doc_text` the text ``doc`` was parsed from (it then need not rebuild it).

    Ignored unless ``text`` ends where the Doc's last token does.
    """
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        doc.user_data[_TEXT_KEY] = text


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """The Doc's sentences as Sentence records (offsets into ``doc.text``).

    Leading and trailing whitespace is trimmed from each span; sentences made
    only of whitespace (blank lines between paragraphs) are left out.
    """
    out = []
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end, text[start:end]))
    return tuple(out)
