"""newsgraph as a spaCy component: ``nlp.add_pipe("newsgraph")`` gives ``doc._.newsgraph``."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from newsgraph.config import DEFAULT_MODEL
from newsgraph.ingest.text import read_text_file
from newsgraph.nlp import load_pipeline
from newsgraph.pipeline import analyze
from newsgraph.spacy_component import ID_KEY, PUBLISHED_KEY

from .conftest import SAMPLES

pytestmark = pytest.mark.model

_STAGES = ("actors", "places", "quotes", "events", "relations", "sentences")


@pytest.fixture(scope="module")
def own_pipeline() -> Language:
    """newsgraph's own pipeline (a fresh copy: adding a pipe must not touch the cached one)."""
    nlp = load_pipeline.__wrapped__(DEFAULT_MODEL)
    nlp.add_pipe("newsgraph")
    return nlp


def test_the_component_gives_what_analyze_gives(own_pipeline: Language) -> None:
    article = read_text_file(SAMPLES / "border-clash.txt")
    expected = analyze(article).to_dict()
    doc = own_pipeline.make_doc(article.text)
    doc.user_data[ID_KEY] = article.id
    for _, component in own_pipeline.pipeline:
        doc = component(doc)
    got = doc._.newsgraph
    assert got is not None and got.article.id == article.id
    assert got.article.published == article.published  # read from the text's header
    for stage in _STAGES:
        assert got.to_dict()[stage] == expected[stage], stage
    assert got.events, "the sample has events"


def test_a_stock_pipeline_finds_the_factory_and_runs_the_actor_ruler_itself() -> None:
    nlp = spacy.load(DEFAULT_MODEL)  # no newsgraph components in it
    nlp.add_pipe("newsgraph")
    doc = nlp("Lena Ortiz, the foreign minister of Chile, met Peru's president in Lima on Monday.")
    analysis = doc._.newsgraph
    assert analysis is not None
    assert "Lena Ortiz" in [a.name for a in analysis.actors]
    for actor in analysis.actors:
        for m in actor.mentions:
            assert doc.text[m.start : m.end] == m.text
    assert analysis.article.published is None


def test_a_publication_date_in_user_data_dates_the_events(own_pipeline: Language) -> None:
    doc = own_pipeline.make_doc("Chile's president met Peru's president on Monday.")
    doc.user_data[PUBLISHED_KEY] = "2024-03-14"  # a Thursday
    for _, component in own_pipeline.pipeline:
        doc = component(doc)
    events = doc._.newsgraph.events
    assert events and events[0].date == "2024-03-11"


def test_analysed_docs_still_serialize(own_pipeline: Language) -> None:
    doc = own_pipeline("Chile's president met Peru's president in Lima.")
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin(store_user_data=True).from_bytes(data).get_docs(own_pipeline.vocab)
    assert back._.newsgraph == doc._.newsgraph


def test_a_doc_the_component_did_not_see_has_no_analysis(own_pipeline: Language) -> None:
    assert own_pipeline.make_doc("Nothing ran on this.")._.newsgraph is None


def test_loading_spacy_imports_none_of_newsgraph_s_stages() -> None:
    """spaCy imports every factory entry point on each load: ours must stay light."""
    code = ("import sys, spacy; spacy.load('" + DEFAULT_MODEL + "'); "
            "print(sorted(m for m in sys.modules if m.startswith('newsgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() in ("[]", "['newsgraph', 'newsgraph.spacy_component']")
