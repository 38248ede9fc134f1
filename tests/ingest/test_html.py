"""HTML pages: main text without boilerplate, metadata, encodings, malformed pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import DecodeError, EmptyInputError, UnsupportedInputError
from newsgraph.ingest.html import article_from_html, looks_like_html

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "site"


def _page(name: str) -> bytes:
    return (SITE / name).read_bytes()


def test_main_text_keeps_the_story_and_drops_the_boilerplate() -> None:
    article = article_from_html(_page("ferry-route.html"), "ferry-route.html")
    assert "reopen the ferry route between their two main harbors" in article.text
    assert "Fishing cooperatives on the northern coast" in article.text
    for boilerplate in ("cookies", "Subscribe now", "garden furniture", "Most read", "Copyright"):
        assert boilerplate not in article.text


def test_metadata_is_read_from_the_page() -> None:
    article = article_from_html(_page("ferry-route.html"), "ferry-route.html")
    assert article.title == "Harbor ministers agree to reopen ferry route"
    assert article.byline == "Ilse Varga"
    assert article.published == "2024-03-05T14:30+01:00"
    assert article.url == "https://ledger.example.org/2024/03/ferry-route"
    assert article.id == "https://ledger.example.org/2024/03/ferry-route"
    assert article.source == "The Coastal Ledger"
    assert article.origin == "ferry-route.html"
    assert article.reading_time_minutes == 1


def test_offsets_refer_to_the_extracted_text() -> None:
    article = article_from_html(_page("ferry-route.html"), "p.html")
    quote = "This is a practical step"
    start = article.text.index(quote)
    assert article.text[start : start + len(quote)] == quote
    assert "<p>" not in article.text and "\r" not in article.text


def test_a_page_without_metadata_gets_none_not_guesses() -> None:
    article = article_from_html(_page("grain-deal.html"), "g.html", article_id="g")
    assert article.id == "g"
    assert article.title == "Grain deal extended by three months"
    assert article.byline is None
    assert article.published is None
    assert article.metadata["description"].startswith("Two neighbouring states")


def test_a_latin1_page_is_decoded_by_its_meta_charset() -> None:
    article = article_from_html(_page("latin1-cafe.html"), "cafe.html")
    assert article.title == "Café owners protest rent rises"
    assert "Café owners in the old town of Brenné" in article.text
    assert "«solidarité»" in article.text


def test_unclosed_tags_are_recovered() -> None:
    article = article_from_html(_page("unclosed-tags.html"), "strike.html")
    assert "Dock workers in the harbor town of Selvik" in article.text
    assert "clear the backlog of vessels" in article.text


def test_a_date_without_time_stays_a_date() -> None:
    html = _page("grain-deal.html").replace(
        b"<title>", b'<meta name="date" content="2024-03-08"><title>'
    )
    assert article_from_html(html, "g.html").published == "2024-03-08"


def test_a_page_with_only_navigation_has_no_article() -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        article_from_html(_page("nav-only.html"), "nav.html")
    assert str(caught.value) == "nav.html: no article text found in the HTML"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"\x00\x01PNG\x00" * 100, DecodeError),
        (b"<html><body><p>Too short.</p></body></html>", UnsupportedInputError),
        (b"<<<>>><<<!!!", UnsupportedInputError),
    ],
)
def test_unusable_pages_raise_input_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        article_from_html(data, "bad.html")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE html><html>", True),
        (b"\xef\xbb\xbf  <html lang='en'>", True),
        (b"<!-- saved page --> <HTML>", True),
        (b'<?xml version="1.0"?><rss version="2.0">', False),
        (b"Plain text that mentions <html> later", False),
        (b"", False),
    ],
)
def test_looks_like_html(head: bytes, expected: bool) -> None:
    assert looks_like_html(head) is expected


def test_an_extractor_crash_becomes_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("trafilatura.bare_extraction", explode)
    with pytest.raises(UnsupportedInputError) as caught:
        article_from_html(_page("grain-deal.html"), "g.html")
    assert caught.value.message == (
        "HTML could not be parsed (RecursionError: maximum recursion depth exceeded)"
    )


def test_deeply_nested_markup_is_refused_not_crashed() -> None:
    html = b"<html><body>" + b"<div>" * 50_000 + b"<p>Deep.</p>" + b"</div>" * 50_000
    with pytest.raises(UnsupportedInputError):
        article_from_html(html, "deep.html")
