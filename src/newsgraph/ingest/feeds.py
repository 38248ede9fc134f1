"""RSS 0.9x/1.0/2.0 and Atom feeds: each item's page is fetched and extracted.

feedparser reads the feed; the items' pages are fetched concurrently (in feed
order) and extracted like any HTML page. The feed's own metadata fills what a
page lacks: title, date (the item's date wins when the page gives only a day
and the item the time), author, and the item's guid (kept in metadata).

Hostile XML is refused before parsing: a feed that declares entities in its
DOCTYPE (the vehicle of "billion laughs" expansion and of external entities
that read local files) is skipped with that reason. feedparser would already
refuse to expand them, but refusing outright is clearer and does not depend on
its fallback parser's behaviour.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from ..config import WORDS_PER_MINUTE
from ..errors import InputError
from ..model import Article, Skipped
from .html import article_from_html
from .http import Fetcher, FetchError, Page

__all__ = ["FeedItem", "looks_like_feed", "parse_feed", "read_feed"]

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_SNIFF = 2048  # the root element of a feed appears within its first bytes


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes hold an RSS, RDF (RSS 1.0) or Atom root element."""
    return bool(_FEED_ROOT.search(head[:_SNIFF]))


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What a feed says about one item."""

    link: str | None
    title: str | None
    published: str | None
    author: str | None
    guid: str | None
    feed_title: str | None


def _item_date(entry: Any) -> str | None:
    """The item's date as ISO 8601, keeping the UTC offset the feed wrote."""
    raw = entry.get("published") or entry.get("updated")
    if isinstance(raw, str) and raw.strip():
        parsed = _parse_feed_date(raw.strip())
        if parsed is not None:
            return parsed.isoformat(timespec="minutes")
    parsed_struct = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed_struct:
        # feedparser's struct is in UTC: say so rather than drop the offset.
        year, month, day, hour, minute, second = parsed_struct[:6]
        stamp = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        return stamp.isoformat(timespec="minutes")
    return None


def _parse_feed_date(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))  # Atom: RFC 3339
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw)  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        return None


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def parse_feed(data: bytes, source: str) -> list[FeedItem]:
    """Parse a feed's bytes into its items.

    Args:
        data: the feed document (always bytes: given a string, feedparser
            would treat it as a URL or file name and fetch it itself).
        source: the feed's path or URL; relative item links are resolved against a URL.

    Returns:
        The items, in feed order.

    Raises:
        InputError: hostile XML (entity declarations), not a feed, or no items.
    """
    if _ENTITY_DECL.search(data):
        raise InputError(
            "feed declares XML entities (refused: entity expansion or external entities)",
            source,
        )
    try:
        import feedparser  # imported on the first feed, not at start-up

        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - a third-party parser must not end the run
        raise InputError(
            f"feed could not be parsed ({type(exc).__name__}: {exc})", source
        ) from None
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({_short(problem)})" if problem else ""
        raise InputError(f"not an RSS or Atom feed{detail}", source)
    if not parsed.entries:
        raise InputError("feed has no items", source)
    feed_title = _str(parsed.feed.get("title"))
    base = source if source.startswith(("http://", "https://")) else None
    return [_item(entry, feed_title, base) for entry in parsed.entries]


def _item(entry: Any, feed_title: str | None, base: str | None) -> FeedItem:
    link = _str(entry.get("link"))
    if link and base:
        link = urljoin(base, link)
    guid = _str(entry.get("id"))
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid  # RSS guid with isPermaLink is the item's address
    return FeedItem(
        link=link,
        title=_str(entry.get("title")),
        published=_item_date(entry),
        author=_str(entry.get("author")),
        guid=guid,
        feed_title=feed_title,
    )


def read_feed(
    data: bytes,
    source: str,
    fetcher: Fetcher,
    words_per_minute: int = WORDS_PER_MINUTE,
) -> Iterator[Article | Skipped]:
    """Yield an Article (or Skipped) for each item of a feed, in feed order."""
    try:
        items = parse_feed(data, source)
    except InputError as exc:
        yield Skipped(exc.source or source, exc.message)
        return
    for item in items:
        if item.link is None:
            label = item.guid or item.title or "?"
            yield Skipped(f"{source}: item {label!r}", "feed item has no link")
    linked = [item for item in items if item.link]
    pages = fetcher.fetch_many(item.link for item in linked if item.link)
    for item, page in zip(linked, pages, strict=True):
        yield _item_article(item, page, words_per_minute)


def _item_article(
    item: FeedItem, page: Page | FetchError, words_per_minute: int
) -> Article | Skipped:
    link = item.link or ""
    if isinstance(page, FetchError):
        return Skipped(page.source or link, page.message)
    try:
        article = article_from_html(
            page.body,
            link,
            url=page.final_url,
            charset=page.charset,
            article_id=item.guid or link,
            words_per_minute=words_per_minute,
        )
    except InputError as exc:
        return Skipped(link, exc.message)
    return _fill_from_feed(article, item)


def _fill_from_feed(article: Article, item: FeedItem) -> Article:
    published = article.published
    if item.published and (
        published is None or ("T" not in published and item.published.startswith(published))
    ):
        published = item.published
    metadata = dict(article.metadata)
    if item.guid:
        metadata["guid"] = item.guid
    if item.feed_title:
        metadata["feed_title"] = item.feed_title
    return replace(
        article,
        title=article.title or item.title,
        published=published,
        byline=article.byline or item.author,
        source=article.source or item.feed_title,
        url=article.url or item.link,
        metadata=metadata,
    )


def _short(exc: Any) -> str:
    return str(exc).split("\n", 1)[0][:120]
