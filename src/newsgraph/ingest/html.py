"""HTML pages: the article's main text and metadata, via trafilatura.

trafilatura drops navigation, ads, cookie banners, related-links boxes and
footers, and reads title, author, date, canonical URL and site name from the
page's meta tags, JSON-LD and markup. The extracted text (normalized like any
other text: LF line ends, NFC) *is* the article text: every offset refers to
it, not to the HTML.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from ..config import WORDS_PER_MINUTE
from ..errors import UnsupportedInputError
from ..model import Article
from .decode import decode_bytes, normalize_text
from .text import reading_time

__all__ = ["MIN_TEXT_CHARS", "article_from_html", "looks_like_html"]

#: Extracted text shorter than this is a page without an article (an index,
#: a login wall, an error page), not a news story.
MIN_TEXT_CHARS = 80

# htmldate (inside trafilatura) formats the date with this pattern, so the time
# and UTC offset survive when the page gives them; a date-only page yields
# midnight without an offset, which we turn back into a plain date.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": _DATE_FORMAT}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file or body start an HTML document."""
    return bool(_HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")))


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _iso_date(value: str | None) -> str | None:
    """htmldate's string to ISO 8601: to the minute with offset, or a plain date."""
    if not value:
        return None
    for fmt in (_DATE_FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None and parsed.time() == datetime.min.time():
            return parsed.date().isoformat()
        return parsed.isoformat(timespec="minutes")
    return None


def _extras(document: Any) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    for key in ("description", "hostname", "categories", "tags"):
        value = getattr(document, key, None)
        if value:
            extras[key] = value
    return extras


def _extracted(html: str, source: str, url: str | None) -> Any:
    """trafilatura's document of the page (main text and metadata); any failure of the
    extractor is an input error, so one bad page does not end the run."""
    try:
        import trafilatura  # imported on the first HTML page: it is slow to import

        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,  # table cells make no sentences for the parser
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a third-party parser must not end the run
        raise UnsupportedInputError(
            f"HTML could not be parsed ({type(exc).__name__}: {exc})", source
        ) from None


def _article(
    document: Any,
    text: str,
    source: str,
    url: str | None,
    article_id: str | None,
    words_per_minute: int,
) -> Article:
    """The article of ``text``, with the metadata trafilatura read from the page; its id
    is ``article_id``, else the canonical URL, else ``url``, else ``source``."""
    canonical = getattr(document, "url", None) or url
    return Article(
        id=article_id or canonical or source,
        text=text,
        title=getattr(document, "title", None) or None,
        published=_iso_date(getattr(document, "date", None)),
        url=canonical,
        source=getattr(document, "sitename", None) or None,
        byline=getattr(document, "author", None) or None,
        reading_time_minutes=reading_time(text, words_per_minute),
        origin=source,
        metadata=_extras(document),
    )


def article_from_html(
    data: bytes,
    source: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    article_id: str | None = None,
    words_per_minute: int = WORDS_PER_MINUTE,
) -> Article:
    """Extract the article of an HTML page.

    Args:
        data: the page's bytes.
        source: where it was read from (path or URL), for ``origin`` and errors.
        url: the page's address, which helps resolve its canonical URL.
        charset: the encoding the server declared, if any.
        article_id: the article's id (default: the canonical URL, else
            ``url``, else ``source``).
        words_per_minute: reading rate for the computed reading time.

    Returns:
        The article; ``text`` is the extracted main text.

    Raises:
        EmptyInputError, DecodeError: see :func:`~newsgraph.ingest.decode.decode_bytes`.
        UnsupportedInputError: no article text could be found in the page.
    """
    html = decode_bytes(data, source, charset or _meta_charset(data))
    document = _extracted(html, source, url)
    text = normalize_text(getattr(document, "text", None) or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise UnsupportedInputError("no article text found in the HTML", source)
    return _article(document, text, source, url, article_id, words_per_minute)
