"""Header lines of plain-text articles and computed reading times."""

from __future__ import annotations

import pytest

from newsgraph.ingest.text import article_from_text, parse_header, reading_time

HEADED = (
    "Talks Resume in Geneva\n"
    "March 3, 2021\n"
    "4:05 PM\n"
    "Reading time: 4 minutes\n"
    "Delegates met on Tuesday.\n"
)


def test_header_gives_title_datetime_and_reading_time() -> None:
    header = parse_header(HEADED)
    assert header.title == "Talks Resume in Geneva"
    assert header.published_iso == "2021-03-03T16:05"
    assert header.reading_time_minutes == 4


def test_header_with_date_only_keeps_day_precision() -> None:
    header = parse_header("Quiet Day\n12 May 2019\nNothing happened at all.\n")
    assert header.published_iso == "2019-05-12"
    assert header.has_time is False


def test_byline_is_read() -> None:
    header = parse_header("Vote Count Delayed\nBy Mara Olsen\nJuly 1, 2020\nBody text.\n")
    assert header.byline == "Mara Olsen"
    assert header.published_iso == "2020-07-01"


@pytest.mark.parametrize(
    "text",
    [
        "Just one line of body text without any header.",
        "Two lines of text.\nNeither is a date, so there is no header here.\n",
        "",
    ],
)
def test_no_header_is_found_where_there_is_none(text: str) -> None:
    header = parse_header(text)
    assert header.title is None and header.published is None


def test_offsets_refer_to_the_whole_text() -> None:
    article = article_from_text(HEADED, "x")
    assert article.text == HEADED
    assert article.title == "Talks Resume in Geneva"
    assert article.reading_time_minutes == 4


def test_reading_time_is_computed_at_230_words_per_minute() -> None:
    assert reading_time("word " * 230) == 1
    assert reading_time("word " * 231) == 2
    assert reading_time("") == 1
    assert article_from_text("word " * 600, "y").reading_time_minutes == 3


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Envoys Meet in Oslo\n\nOSLO - Envoys met on Monday.\n", "Envoys Meet in Oslo"),
        ("Envoys meet in Oslo.\n\nThey talked.\n", None),  # a sentence, not a headline
        ("Envoys meet in Oslo\nThey talked on Monday.\n", None),  # no blank line after it
    ],
)
def test_a_headline_line_without_a_date(text: str, title: str | None) -> None:
    article = article_from_text(text, "h")
    assert (article.title, article.published, article.text) == (title, None, text)
