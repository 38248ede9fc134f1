"""Language detection: English kept, other languages skipped, short texts not judged."""

from __future__ import annotations

import pytest

from newsgraph.ingest.language import MIN_LETTERS, check_english, detect_language
from newsgraph.model import Article, Skipped

ENGLISH = (
    "The finance ministers of the two countries met in the capital on Thursday to discuss "
    "the new customs rules. Officials said the talks were constructive and would continue "
    "next month, although several questions about border fees remained open."
)
FRENCH = (
    "Les ministres des finances des deux pays se sont réunis jeudi dans la capitale pour "
    "discuter des nouvelles règles douanières. Les responsables ont déclaré que les "
    "discussions avaient été constructives et se poursuivraient le mois prochain."
)
SPANISH = (
    "Los ministros de finanzas de los dos países se reunieron el jueves en la capital para "
    "hablar de las nuevas normas aduaneras. Los funcionarios dijeron que las conversaciones "
    "fueron constructivas y que continuarán el próximo mes."
)
GERMAN = (
    "Die Finanzminister der beiden Länder trafen sich am Donnerstag in der Hauptstadt, um "
    "über die neuen Zollregeln zu sprechen. Beamte sagten, die Gespräche seien konstruktiv "
    "gewesen und würden im nächsten Monat fortgesetzt."
)
RUSSIAN = (
    "Министры финансов двух стран встретились в четверг в столице, чтобы обсудить новые "
    "таможенные правила. Официальные лица заявили, что переговоры были конструктивными и "
    "продолжатся в следующем месяце."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [(ENGLISH, "en"), (FRENCH, "fr"), (SPANISH, "es"), (GERMAN, "de"), (RUSSIAN, "ru")],
)
def test_languages_are_detected(text: str, code: str) -> None:
    detected = detect_language(text)
    assert detected is not None
    assert detected.code == code


@pytest.mark.parametrize(
    "text", ["", "Talks resumed.", "Iran said on Monday.", "12:05 PM\n2024-03-01\n", "…" * 300]
)
def test_short_or_letterless_texts_are_not_judged(text: str) -> None:
    assert detect_language(text) is None


def test_a_name_in_another_script_does_not_outvote_english() -> None:
    # Thai letters take three UTF-8 bytes each; langid, working on bytes, would
    # call this English paragraph Thai without the minor-script rule.
    text = (
        "Queen Sirindra (Thai: สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ) attended the funeral "
        "of a protester on Monday, the palace said in a short statement to reporters."
    )
    assert len([c for c in text if c.isalpha()]) >= MIN_LETTERS
    detected = detect_language(text)
    assert detected is not None and detected.code == "en"


def test_long_texts_are_sampled_across_their_length() -> None:
    # English at the start only: the slices over the rest still vote French.
    detected = detect_language((ENGLISH + "\n") * 3 + (FRENCH + "\n") * 30)
    assert detected is not None
    assert detected.code == "fr"
    assert 0.5 < detected.share < 1.0


def test_check_english_keeps_english_and_sets_the_language() -> None:
    article = Article(id="a", text=ENGLISH, origin="a.txt")
    kept = check_english(article)
    assert isinstance(kept, Article)
    assert kept.language == "en" and kept.text == ENGLISH


def test_check_english_skips_other_languages_naming_the_input_and_language() -> None:
    result = check_english(Article(id="b", text=GERMAN, origin="news/b.txt", language="en"))
    assert result == Skipped("news/b.txt", "not English (detected language: de)", "de")


def test_check_english_leaves_undetermined_articles_alone() -> None:
    article = Article(id="c", text="Talks resumed.", language=None)
    assert check_english(article) is article
