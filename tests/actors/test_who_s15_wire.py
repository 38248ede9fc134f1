"""Wire-story patterns (invented sentences): a country's possessive before a title phrase
with a lower-case word the tagger calls a proper noun, a diplomat's posting city, a
counterpart's office, leaders of 2025 named with a title of no country, and spelling
variants of one leader's name."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def _coded(nlp: Language, text: str, name: str) -> tuple[str | None, str | None]:
    actor = next(a for a in analyzed(nlp, text).actors if a.name == name)
    return actor.country, actor.sector


def test_a_country_possessive_before_a_ministry_spokesperson(nlp: Language) -> None:
    text = (
        "Manila protested again on Monday. China's foreign ministry spokesperson Guo Jiakun "
        "told reporters the Philippines was to blame."
    )
    assert _coded(nlp, text, "Guo Jiakun") == ("CHN", "GOV")


def test_an_ambassador_in_a_city_is_of_the_country_before_the_title(nlp: Language) -> None:
    text = "The U.S. ambassador in Manila, Dora Quill, wrote that the Philippines could patrol."
    assert _coded(nlp, text, "Dora Quill") == ("USA", "GOV")


def test_a_counterpart_of_a_country_holds_an_office(nlp: Language) -> None:
    text = "President Emmanuel Macron spoke with his Algerian counterpart Tarek Benali on Sunday."
    assert _coded(nlp, text, "Tarek Benali") == ("DZA", "GOV")


def test_a_2025_cabinet_member_in_a_story_on_other_countries(nlp: Language) -> None:
    text = (
        "Mexico and Canada face new tariffs. Commerce Secretary Howard Lutnick said on Tuesday "
        "that the duties would start in March. Mexican officials rejected the plan."
    )
    assert _coded(nlp, text, "Howard Lutnick") == ("USA", "GOV")


def test_spellings_of_one_leader_are_one_actor(nlp: Language) -> None:
    text = (
        "Volodymyr Zelensky met troops near the river on Monday. Russian forces struck "
        "Kharkiv overnight, Zelenskiy said."
    )
    people = [a for a in analyzed(nlp, text).actors if a.type == "PERSON"]
    assert [(p.name, p.country, p.sector) for p in people] == [("Volodymyr Zelensky", "UKR", "GOV")]
    assert {m.text for m in people[0].mentions} == {"Volodymyr Zelensky", "Zelenskiy"}


def test_a_portfolio_before_an_apposed_name_is_no_body(nlp: Language) -> None:
    text = "United States Secretary of Energy, Sam Bodo asked for the resignation of the lab chief."
    assert _coded(nlp, text, "Sam Bodo") == ("USA", "GOV")
