"""A title phrase with "of <country>" and a comma before a name introduces that name: it is
no unnamed government of its own (invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def test_a_title_of_a_country_before_an_apposed_name(nlp: Language) -> None:
    text = (
        "The Foreign Minister and Deputy Prime Minister of Nepal, Sita Rana Karki, met "
        "the Indian Foreign Minister Ravi Kotra in Delhi."
    )
    actors = analyzed(nlp, text).actors
    assert not [a.name for a in actors if a.name == "Government of Nepal"]
    person = next(a for a in actors if a.name == "Sita Rana Karki")
    assert (person.country, person.sector) == ("NPL", "GOV")
