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


def test_an_armed_groups_description_names_the_group(nlp: Language) -> None:
    # an agent noun or a sponsor inside the description no longer stops it, and the
    # sponsor's country is not the group's own
    text = (
        "The army suspended talks with the National Liberation Army (ELN) after the "
        "guerrilla group killed 80 people. The Houthis fired a missile. The Iran-backed "
        "group said the attack was a warning."
    )
    analysis = analyzed(nlp, text)
    bound = {m.text: a.name for a in analysis.actors for m in a.mentions}
    assert bound["the guerrilla group"] == "National Liberation Army"
    assert bound["The Iran-backed group"] == "Houthis"


def test_a_listed_party_and_company_have_their_country_and_sector(nlp: Language) -> None:
    text = (
        "The New Democratic Party and the Bloc Québécois voted against the budget. "
        "Sony said its sales grew."
    )
    coded = {a.name: (a.country, a.sector) for a in analyzed(nlp, text).actors}
    assert coded["New Democratic Party"] == ("CAN", "PTY")
    assert coded["Bloc Québécois"] == ("CAN", "PTY")
    assert coded["Sony"] == ("JPN", "BUS")
