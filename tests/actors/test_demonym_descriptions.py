"""A definite description's demonym names its country even when no actor holds it."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def test_a_demonym_no_actor_holds_still_names_the_government(nlp: Language) -> None:
    # "Lebanese" is no participant of its own here; "Palestinians" is the country
    # named last, which the bare "the government" would take
    text = (
        "Health officials in Gaza said strikes killed 25 Palestinians on Friday. A militia "
        "leader vowed to keep his weapons despite pressure from the Lebanese government."
    )
    analysis = analyzed(nlp, text)
    (government,) = (
        a for a in analysis.actors if any(m.text == "the Lebanese government" for m in a.mentions)
    )
    assert (government.name, government.country, government.sector) == (
        "Government of Lebanon", "LBN", "GOV")


def test_a_news_agency_named_by_its_description_is_media(nlp: Language) -> None:
    text = "The Polish news agency PAP reported that police arrested three men."
    (agency,) = (a for a in analyzed(nlp, text).actors if a.name == "PAP")
    assert agency.sector == "MED"
