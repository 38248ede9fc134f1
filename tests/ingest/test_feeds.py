"""Feeds: RSS 0.91/1.0/2.0 and Atom items, feed metadata filling gaps, hostile XML refused."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import feedparser
import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.feeds import looks_like_feed, parse_feed, read_feed
from newsgraph.ingest.http import Fetcher, FetchOptions
from newsgraph.model import Article, Skipped

from .conftest import LocalServer

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "feeds"
BASE = "http://127.0.0.1:9"  # never contacted by the offline tests
FAST = FetchOptions(timeout=2.0, retries=0, backoff=0.01, per_host_interval=0.0)


def _feed(name: str, base: str = BASE) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{base}", base.encode())


def test_rss20_items_with_dates_authors_and_guids() -> None:
    items = parse_feed(_feed("rss20.xml"), "rss20.xml")
    assert [i.link for i in items] == [
        f"{BASE}/site/ferry-route.html",
        f"{BASE}/site/grain-deal.html",
        f"{BASE}/missing",
    ]
    first, second, third = items
    assert first.published == "2024-03-05T14:30+01:00"
    assert second.published == "2024-03-08T09:15-05:00"
    assert third.published is None
    assert second.author == "Pavel Dorn"
    assert first.guid == "ledger-item-1"
    assert first.feed_title == "The Coastal Ledger: World"


def test_atom_entries() -> None:
    items = parse_feed(_feed("atom.xml"), "atom.xml")
    assert [i.title for i in items] == ["Grain corridors stay open", "Dock strike over"]
    assert items[0].published == "2024-03-08T09:15-05:00"
    assert items[1].published == "2024-03-07T18:00+02:00"
    assert items[0].author == "Pavel Dorn"
    assert items[0].guid == "urn:uuid:7d1b1e2a-0000-4000-8000-000000000002"


def test_rss10_rdf_items() -> None:
    (item,) = parse_feed(_feed("rss10.rdf"), "rss10.rdf")
    assert item.link == f"{BASE}/site/grain-deal.html"
    assert item.published == "2024-03-08T09:15-05:00"
    assert item.author == "Pavel Dorn"


def test_rss091_with_its_public_doctype_is_accepted() -> None:
    (item,) = parse_feed(_feed("rss091.xml"), "rss091.xml")
    assert item.title == "Ferry route (0.91)"
    assert item.feed_title == "Old Ledger"


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    item = b"<item><link>/a/b.html</link></item>"
    data = b'<rss version="2.0"><channel><title>R</title>' + item + b"</channel></rss>"
    (item,) = parse_feed(data, "http://127.0.0.1:8000/feeds/x.xml")
    assert item.link == "http://127.0.0.1:8000/a/b.html"


@pytest.mark.parametrize("name", ["billion-laughs.xml", "external-entity.xml"])
def test_hostile_xml_is_refused_before_parsing(name: str) -> None:
    started = time.process_time()
    with pytest.raises(InputError) as caught:
        parse_feed(_feed(name), name)
    assert caught.value.message == (
        "feed declares XML entities (refused: entity expansion or external entities)"
    )
    assert time.process_time() - started < 1.0  # refused, not expanded


def test_feedparser_alone_does_not_expand_or_resolve_entities() -> None:
    # Defence in depth: even without our refusal, the parser must not expand
    # the billion laughs (a 1 GB string) nor read the local file.
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    laughs = feedparser.parse(_feed("billion-laughs.xml"))
    leaked = feedparser.parse(_feed("external-entity.xml"))
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert len(laughs.feed.get("title", "")) < 1000
    assert grown_kb < 100_000
    secret = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    for entry in leaked.entries:
        assert not secret or secret not in entry.get("title", "") + entry.get("summary", "")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_feed("not-a-feed.xml"), "not an RSS or Atom feed"),
        (b"", "not an RSS or Atom feed"),
        (b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', "feed has no items"),
    ],
)
def test_non_feeds_and_empty_feeds_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_feed(data, "f.xml")
    assert caught.value.message.startswith(reason)


def test_a_truncated_feed_keeps_what_it_can_and_names_what_it_cannot() -> None:
    with Fetcher(FAST) as fetcher:
        results = list(read_feed(_feed("truncated.xml"), "truncated.xml", fetcher))
    assert results == [Skipped("truncated.xml: item 'Half an item'", "feed item has no link")]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0">', True),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', True),
        (b"<rdf:RDF xmlns:rdf=", True),
        (b"<html><body>rss</body></html>", False),
        (b"<inventory/>", False),
    ],
)
def test_looks_like_feed(head: bytes, expected: bool) -> None:
    assert looks_like_feed(head) is expected


@pytest.mark.network
def test_each_item_page_is_fetched_and_feed_metadata_fills_gaps(server: LocalServer) -> None:
    with Fetcher(FAST) as fetcher:
        results = list(read_feed(_feed("rss20.xml", server.base), "rss20.xml", fetcher))
    ferry, grain, gone = results
    assert isinstance(ferry, Article) and isinstance(grain, Article)
    # The page's own metadata wins...
    assert ferry.title == "Harbor ministers agree to reopen ferry route"
    assert ferry.published == "2024-03-05T14:30+01:00"
    assert ferry.id == "ledger-item-1"
    # ...and the feed fills what the page lacks.
    assert grain.published == "2024-03-08T09:15-05:00"
    assert grain.byline == "Pavel Dorn"
    assert grain.metadata["guid"] == "ledger-item-2"
    assert grain.metadata["feed_title"] == "The Coastal Ledger: World"
    assert "Negotiators from Marvania" in grain.text
    assert gone == Skipped(server.url("/missing"), "HTTP 404 Not Found")


@pytest.mark.network
def test_feed_items_are_fetched_concurrently_in_feed_order(server: LocalServer) -> None:
    options = FetchOptions(timeout=5.0, retries=0, per_host_interval=0.0, concurrency=3)
    with Fetcher(options) as fetcher:
        page = fetcher.fetch(server.url("/wide-feed"))
        results = list(read_feed(page.body, server.url("/wide-feed"), fetcher))
    assert [r.id for r in results if isinstance(r, Article)] == [f"wide-{n}" for n in range(1, 7)]
    assert 2 <= server.record.peak <= 3  # requests overlapped, never more than allowed


def test_a_parser_crash_becomes_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("bad state")

    monkeypatch.setattr("feedparser.parse", explode)
    with pytest.raises(InputError) as caught:
        parse_feed(_feed("rss20.xml"), "rss20.xml")
    assert caught.value.message == "feed could not be parsed (ValueError: bad state)"
