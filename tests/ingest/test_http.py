"""Fetching over HTTP from a local server on 127.0.0.1: every failure named, nothing hangs."""

from __future__ import annotations

import pytest

from newsgraph.ingest.http import USER_AGENT, Fetcher, FetchError, FetchOptions, Page

from .conftest import HUGE_BYTES, LocalServer

pytestmark = pytest.mark.network

FAST = FetchOptions(timeout=0.5, retries=1, backoff=0.01, per_host_interval=0.0, max_bytes=100_000)


def _error(server: LocalServer, path: str, options: FetchOptions = FAST) -> FetchError:
    with Fetcher(options) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(server.url(path))
    assert caught.value.source == server.url(path)
    return caught.value


def test_a_page_is_fetched_with_an_honest_user_agent(server: LocalServer) -> None:
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(server.url("/site/grain-deal.html"))
    assert page.status == 200
    assert page.media_type == "text/html"
    assert b"Negotiators from Marvania" in page.body
    assert server.record.user_agents == {USER_AGENT}
    assert USER_AGENT.startswith("newsgraph/")


def test_a_404_is_final_and_not_retried(server: LocalServer) -> None:
    error = _error(server, "/missing")
    assert error.message == "HTTP 404 Not Found"
    assert error.status == 404
    assert server.record.count("/missing") == 1


def test_a_500_is_retried_then_reported(server: LocalServer) -> None:
    error = _error(server, "/error")
    assert error.message == "HTTP 500 Internal Server Error (2 attempts)"
    assert server.record.count("/error") == 2


def test_a_transient_failure_heals_on_retry(server: LocalServer) -> None:
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(server.url("/flaky"))
    assert page.status == 200
    assert server.record.count("/flaky") == 2


def test_too_many_requests_is_retried(server: LocalServer) -> None:
    with Fetcher(FAST) as fetcher:
        assert fetcher.fetch(server.url("/throttle")).status == 200
    assert server.record.count("/throttle") == 2


def test_a_slow_server_times_out(server: LocalServer) -> None:
    options = FetchOptions(timeout=0.3, retries=0, per_host_interval=0.0)
    assert _error(server, "/slow", options).message == "timed out after 0.3 s"


def test_a_redirect_loop_is_cut(server: LocalServer) -> None:
    assert _error(server, "/loop").message == "too many redirects (more than 5)"


def test_a_redirect_is_followed(server: LocalServer) -> None:
    with Fetcher(FAST) as fetcher:
        page = fetcher.fetch(server.url("/moved"))
    assert page.url == server.url("/moved")
    assert page.final_url == server.url("/site/grain-deal.html")


def test_an_oversized_body_is_refused_from_its_content_length(server: LocalServer) -> None:
    error = _error(server, "/huge")
    assert error.message == f"response too large ({HUGE_BYTES + 26:,} bytes; limit 100,000)"


def test_an_oversized_body_without_length_is_cut_while_streaming(server: LocalServer) -> None:
    assert _error(server, "/huge-chunked").message == "response too large (over 100,000 bytes)"


def test_robots_txt_is_respected(server: LocalServer) -> None:
    assert _error(server, "/private/page.html").message == "disallowed by robots.txt"
    assert server.record.count("/private/page.html") == 0
    # ... and it is asked for once per host, not once per page.
    with Fetcher(FAST) as fetcher:
        fetcher.fetch(server.url("/site/grain-deal.html"))
        fetcher.fetch(server.url("/site/ferry-route.html"))
    assert server.record.count("/robots.txt") == 2  # one per Fetcher


def test_robots_can_be_turned_off(server: LocalServer) -> None:
    options = FetchOptions(timeout=1.0, per_host_interval=0.0, respect_robots=False)
    with Fetcher(options) as fetcher:
        assert fetcher.fetch(server.url("/private/page.html")).status == 200
    assert server.record.count("/robots.txt") == 0


def test_requests_to_one_host_are_spaced(server: LocalServer) -> None:
    options = FetchOptions(timeout=2.0, per_host_interval=0.15, concurrency=4)
    urls = [server.url(f"/site/grain-deal.html?n={n}") for n in range(4)]
    with Fetcher(options) as fetcher:
        results = list(fetcher.fetch_many(urls))
    assert all(isinstance(r, Page) for r in results)
    times = sorted(t for path, t in server.record.hits if path.startswith("/site/"))
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.13  # a lower bound only: a loaded machine can only widen it


def test_fetch_many_keeps_input_order_and_returns_errors_in_place(server: LocalServer) -> None:
    options = FetchOptions(timeout=2.0, retries=0, per_host_interval=0.0, concurrency=3)
    paths = ["/item/1", "/missing", "/item/2", "/item/3"]
    with Fetcher(options) as fetcher:
        results = list(fetcher.fetch_many(server.url(p) for p in paths))
    assert [r.url if isinstance(r, Page) else r.source for r in results] == [
        server.url(p) for p in paths
    ]
    assert isinstance(results[1], FetchError)


@pytest.mark.parametrize(
    ("url", "reason"),
    [("ftp://127.0.0.1/x", "not an http(s) URL"), ("http:///nohost", "not an http(s) URL")],
)
def test_bad_urls_are_refused_without_a_request(url: str, reason: str) -> None:
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.message == reason


def test_a_closed_port_is_a_connection_failure() -> None:
    options = FetchOptions(timeout=1.0, retries=0, per_host_interval=0.0, respect_robots=False)
    with Fetcher(options) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch("http://127.0.0.1:9/nothing-listens-here")
    assert caught.value.message.startswith("connection failed (ConnectError")


def test_an_unreachable_robots_txt_blocks_the_fetch() -> None:
    options = FetchOptions(timeout=1.0, retries=0, per_host_interval=0.0)
    with Fetcher(options) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch("http://127.0.0.1:9/page.html")
    assert caught.value.message.startswith("robots.txt unavailable (connection failed")
