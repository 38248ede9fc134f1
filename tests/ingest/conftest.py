"""A local HTTP server on 127.0.0.1 serving the invented fixture pages and feeds.

Routes (besides ``/site/<file>`` and ``/feeds/<file>``, where ``{base}`` in a
feed is replaced by the server's address):

* ``/robots.txt``: disallows ``/private/``
* ``/slow``: answers after ``SLOW_SECONDS``
* ``/missing``: 404; ``/error``: 500 every time; ``/flaky``: 503 once, then the page;
  ``/throttle``: 429 with ``Retry-After: 0`` once, then the page
* ``/loop``: redirects to ``/loop2``, which redirects back
* ``/moved``: one redirect to a page
* ``/huge``: a body over the tests' size cap, with Content-Length;
  ``/huge-chunked``: the same without Content-Length (streamed)
* ``/private/page.html``: a page robots.txt forbids
* ``/wide-feed``: an RSS feed of ``WIDE_ITEMS`` items served from ``/item/<n>`` (each
  answer takes ``ITEM_SECONDS``, so overlap shows concurrency)
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SLOW_SECONDS = 1.5
ITEM_SECONDS = 0.3
WIDE_ITEMS = 6
HUGE_BYTES = 300_000

_ITEM_PAGE = (
    "<html><head><title>Item {n}</title></head><body><article><h1>Item {n}</h1>"
    "<p>Customs officers at the northern checkpoint counted {n} hundred lorries on Monday, "
    "a figure the transport office described as normal for the season.</p>"
    "<p>Drivers said the queue moved steadily and that the new scanners saved time.</p>"
    "</article></body></html>"
)


@dataclass
class Record:
    """What the server saw: request paths with arrival times, and peak concurrency."""

    hits: list[tuple[str, float]] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0
    user_agents: set[str] = field(default_factory=set)
    flaky_calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, path: str) -> int:
        """How many requests asked for ``path``."""
        return sum(1 for p, _ in self.hits if p == path)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        """Keep test output quiet."""

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        record = self.server.record
        with record.lock:
            record.hits.append((self.path, time.monotonic()))
            record.user_agents.add(self.headers.get("User-Agent", ""))
            record.in_flight += 1
            record.peak = max(record.peak, record.in_flight)
        try:
            self._route()
        finally:
            with record.lock:
                record.in_flight -= 1

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may have given up (a timeout test): nothing to report.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _route(self) -> None:  # noqa: C901 - a flat routing table reads best
        path = self.path.split("?", 1)[0]
        base = f"http://127.0.0.1:{self.server.server_port}"
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path.startswith("/site/") and (FIXTURES / path[1:]).is_file():
            self._send(200, (FIXTURES / path[1:]).read_bytes(), "text/html")
        elif path.startswith("/feeds/") and (FIXTURES / path[1:]).is_file():
            body = (FIXTURES / path[1:]).read_bytes().replace(b"{base}", base.encode())
            self._send(200, body, "application/rss+xml")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, (FIXTURES / "site" / "grain-deal.html").read_bytes())
        elif path == "/missing":
            self._send(404, b"<html><body>Not here</body></html>")
        elif path == "/error":
            self._send(500, b"<html><body>Oops</body></html>")
        elif path in ("/flaky", "/throttle"):
            with self.server.record.lock:
                self.server.record.flaky_calls += 1
                first = self.server.record.flaky_calls == 1
            if first and path == "/throttle":
                self.send_response(429)
                self.send_header("Retry-After", "0")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif first:
                self._send(503, b"busy")
            else:
                self._send(200, (FIXTURES / "site" / "grain-deal.html").read_bytes())
        elif path in ("/loop", "/loop2"):
            self._redirect("/loop2" if path == "/loop" else "/loop")
        elif path == "/moved":
            self._redirect("/site/grain-deal.html")
        elif path == "/huge":
            self._send(200, b"<html><body>" + b"x" * HUGE_BYTES + b"</body></html>")
        elif path == "/huge-chunked":
            self._stream_huge()
        elif path == "/private/page.html":
            self._send(200, (FIXTURES / "site" / "grain-deal.html").read_bytes())
        elif path == "/wide-feed":
            self._send(200, _wide_feed(base).encode(), "application/rss+xml")
        elif path.startswith("/item/"):
            time.sleep(ITEM_SECONDS)
            self._send(200, _ITEM_PAGE.format(n=path.rsplit("/", 1)[1]).encode())
        else:
            self._send(404, b"no such fixture")

    def _stream_huge(self) -> None:
        # HTTP/1.0 style: no Content-Length, the body ends when the connection closes.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"y" * 10_000
        try:
            for _ in range(HUGE_BYTES // len(chunk) + 5):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its cap, as it should


def _wide_feed(base: str) -> str:
    items = "".join(
        f"<item><title>Item {n}</title><link>{base}/item/{n}</link><guid>wide-{n}</guid></item>"
        for n in range(1, WIDE_ITEMS + 1)
    )
    channel = f"<channel><title>Wide</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    record: Record


@dataclass
class LocalServer:
    """The running server: ``url(path)`` builds addresses, ``record`` holds what it saw."""

    base: str
    record: Record

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base + path


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A fresh server per test (so request records do not mix), on a free port of 127.0.0.1."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.record = Record()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield LocalServer(f"http://127.0.0.1:{httpd.server_port}", httpd.record)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
