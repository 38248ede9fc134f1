"""Fetching URLs politely: timeouts, bounded retries, a size cap, robots.txt, rate limits.

One :class:`Fetcher` serves a whole run. It follows redirects (at most
``max_redirects``), retries only what may heal by itself (timeouts, dropped
connections, HTTP 429/500/502/503/504) with exponential backoff, stops reading
a body past ``max_bytes`` (decoded bytes, so a gzip bomb is cut too), obeys
robots.txt (RFC 9309), keeps ``per_host_interval`` seconds between requests to
one host, and fetches many URLs at once with a bounded thread pool while
handing results back in input order.

Failures are :class:`FetchError` values naming the URL and the reason; the
readers turn them into Skipped records.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .. import __version__
from ..errors import InputError

if TYPE_CHECKING:  # imported when a URL is first fetched: 50 ms off every other run's start-up
    import httpx

__all__ = ["USER_AGENT", "FetchError", "FetchOptions", "Fetcher", "Page", "is_url"]

#: Honest: names the tool, its version and what it does.
USER_AGENT = f"newsgraph/{__version__} (news analysis; python-httpx)"
_ROBOTS_AGENT = "newsgraph"
# Statuses that say "try again later"; other 4xx/5xx are final.
_TRANSIENT = {429, 500, 502, 503, 504}
_MAX_RETRY_AFTER = 30.0  # never sleep longer than this on a server's say-so


class FetchError(InputError):
    """A URL could not be fetched (dead, refused, too large, or disallowed).

    ``status`` is the HTTP status when the server answered with an error.
    """

    def __init__(self, message: str, source: str | None = None, status: int | None = None) -> None:
        super().__init__(message, source)
        self.status = status


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How to fetch.

    Attributes:
        timeout: seconds allowed for connecting and for each read.
        retries: extra attempts after a transient failure (0 = one attempt only).
        backoff: seconds before the first retry; doubled for each further one.
        max_bytes: a body larger than this is refused.
        max_redirects: a longer redirect chain is refused (this also ends loops).
        per_host_interval: minimum seconds between two requests to one host.
        concurrency: requests in flight at once when fetching many URLs.
        respect_robots: check robots.txt before fetching a page.
        user_agent: the User-Agent header.
    """

    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host_interval: float = 1.0
    concurrency: int = 4
    respect_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response body with what the reader needs to interpret it."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    media_type: str  # e.g. "text/html", lower case, without parameters
    charset: str | None
    body: bytes


def is_url(source: str) -> bool:
    """True for ``http://`` and ``https://`` sources."""
    return source.lower().startswith(("http://", "https://"))


class _TransientError(Exception):
    """A failure worth retrying; ``retry_after`` is the server's hint in seconds."""

    def __init__(
        self, reason: str, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.status = status


class _HostClock:
    """Hands out request slots per host, ``interval`` seconds apart (thread-safe)."""

    def __init__(self, interval: float) -> None:
        self._interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self._interval
        if slot > now:
            time.sleep(slot - now)


class Fetcher:
    """An HTTP(S) client for one run; use as a context manager or call :meth:`close`."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import httpx

        self.options = options or FetchOptions()
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=True,
            max_redirects=self.options.max_redirects,
        )
        self._clock = _HostClock(self.options.per_host_interval)
        self._robots: dict[str, RobotFileParser | str] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str) -> Page:
        """Fetch one URL.

        Raises:
            FetchError: bad URL, disallowed by robots.txt, HTTP error, too many
                redirects, body over the cap, or a transient failure that
                outlasted the retries.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("not an http(s) URL", url)
        if self.options.respect_robots:
            self._check_robots(url)
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            try:
                return self._get(url)
            except _TransientError as exc:
                if attempt + 1 == attempts:
                    suffix = f" ({attempts} attempts)" if attempts > 1 else ""
                    raise FetchError(exc.reason + suffix, url) from None
                delay = self.options.backoff * 2**attempt
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, _MAX_RETRY_AFTER))
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def fetch_many(self, urls: Iterable[str]) -> Iterator[Page | FetchError]:
        """Fetch URLs concurrently, yielding each Page or FetchError in input order.

        At most ``2 * concurrency`` results are held at once, so memory stays
        bounded however long ``urls`` is.
        """
        window = max(1, self.options.concurrency) * 2
        with ThreadPoolExecutor(max_workers=max(1, self.options.concurrency)) as pool:
            pending: deque[Future[Page | FetchError]] = deque()
            for url in urls:
                pending.append(pool.submit(self._fetch_or_error, url))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def _fetch_or_error(self, url: str) -> Page | FetchError:
        try:
            return self.fetch(url)
        except FetchError as exc:
            return exc

    def _get(self, url: str) -> Page:
        import httpx

        self._clock.wait(urlsplit(url).netloc.lower())
        try:
            with self._client.stream("GET", url) as response:
                status = response.status_code
                if status in _TRANSIENT:
                    raise _TransientError(_status_text(response), _retry_after(response), status)
                if status >= 400:
                    raise FetchError(_status_text(response), url, status)
                body = self._read_capped(response, url)
        except httpx.TooManyRedirects:
            raise FetchError(
                f"too many redirects (more than {self.options.max_redirects})", url
            ) from None
        except httpx.TimeoutException:
            raise _TransientError(f"timed out after {self.options.timeout:g} s") from None
        except httpx.TransportError as exc:
            raise _TransientError(f"connection failed ({type(exc).__name__}: {exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"request failed ({type(exc).__name__}: {exc})", url) from None
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        return Page(url, str(response.url), status, media_type, charset, body)

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        cap = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"response too large ({int(declared):,} bytes; limit {cap:,})", url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"response too large (over {cap:,} bytes)", url)
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt request per origin, even with many threads
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise FetchError(f"robots.txt unavailable ({rules}), so not fetched", url)
        if not rules.can_fetch(_ROBOTS_AGENT, url):
            raise FetchError("disallowed by robots.txt", url)

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        """Fetch and parse robots.txt, following RFC 9309 for failures.

        4xx means there are no rules (allow all); a 5xx or an unreachable
        server means "assume complete disallow" (section 2.3.1.4), returned
        as the reason string.
        """
        parser = RobotFileParser()
        try:
            page = self._get(f"{origin}/robots.txt")
        except (FetchError, _TransientError) as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                parser.parse([])  # no rules: everything allowed
                return parser
            return exc.message if isinstance(exc, FetchError) else exc.reason
        parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
        return parser


def _status_text(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return float(value) if value else None
    except ValueError:
        return None  # an HTTP date: the exponential backoff is used instead


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip('"').lower()
    return media_type.strip().lower(), charset
