"""People defined by their relation to someone ("supporters of X") are not X."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.pipeline import analyze_doc


def test_the_family_of_a_person_is_not_the_person(nlp: Language) -> None:
    text = "The family of Tomas Berg have called on the council to review his case."
    analysis = analyze_doc(Article(id="t", text=text, published="2031-08-08"), nlp(text))
    names = {a.id: a.name for a in analysis.actors}
    call = next(e for e in analysis.events if e.trigger.text == "called")
    assert "Tomas Berg" not in [names.get(a) for a in call.actors]
