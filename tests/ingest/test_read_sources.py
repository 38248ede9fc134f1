"""The one entry point: files by kind, directories, stdin, URLs, language, bad inputs."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

import pytest

from newsgraph.ingest import FetchOptions, read_path, read_sources, read_stdin
from newsgraph.model import Article, Skipped

from .conftest import FIXTURES, LocalServer

STORY = (
    "Officials from the two river provinces signed a water-sharing agreement on Friday, "
    "ending a dispute that had delayed irrigation projects for more than a year.\n"
    "The agreement sets quotas for the dry season and creates a joint monitoring office.\n"
)
FRENCH = (
    "Les responsables des deux provinces ont signé vendredi un accord sur le partage de "
    "l'eau, mettant fin à un différend qui retardait les projets d'irrigation depuis plus "
    "d'un an. L'accord fixe des quotas pour la saison sèche.\n"
)
FAST = FetchOptions(timeout=2.0, retries=0, backoff=0.01, per_host_interval=0.0)


def _mixed_directory(root: Path) -> Path:
    """Good files of every kind beside empty, binary, Latin-1 and broken-JSONL ones."""
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a-story.txt").write_text(STORY, encoding="utf-8")
    (root / "b-empty.txt").write_bytes(b"")
    (root / "c-image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (root / "d-latin1.txt").write_bytes(STORY.replace("water", "eau-café water").encode("latin-1"))
    (root / "nested" / "e-dump.jsonl").write_bytes(
        b'{"id": "j1", "text": "' + STORY.replace("\n", " ").encode() + b'"}\n'
        b'{"id": "j2", "text": "broken\n'
    )
    shutil.copy(FIXTURES / "site" / "grain-deal.html", root / "nested" / "deeper" / "f-page.html")
    (root / "nested" / "g-notes").write_text(STORY)  # no suffix: sniffed as text
    (root / ".git" / "config").write_text("[core]\n")
    (root / "_draft.txt").write_text(STORY)
    return root


def _names(results: list[Article | Skipped], root: Path) -> list[str]:
    out = []
    for r in results:
        where = r.origin if isinstance(r, Article) else r.source
        out.append(("ok " if isinstance(r, Article) else "skip ") + where.replace(f"{root}/", ""))
    return out


def test_a_mixed_directory_reads_the_good_and_names_the_bad(tmp_path: Path) -> None:
    root = _mixed_directory(tmp_path / "in")
    results = list(read_sources([str(root)]))
    assert _names(results, root) == [
        "ok a-story.txt",
        "skip b-empty.txt",
        "skip c-image.png",
        "ok d-latin1.txt",
        "ok nested/deeper/f-page.html",
        "ok nested/e-dump.jsonl:1",
        "skip nested/e-dump.jsonl:2",
        "ok nested/g-notes",
    ]
    skipped = {
        r.source.replace(f"{root}/", ""): r.reason for r in results if isinstance(r, Skipped)
    }
    assert skipped["b-empty.txt"] == "empty file"
    assert skipped["c-image.png"] == "binary file (not text)"
    assert skipped["nested/e-dump.jsonl:2"].startswith("broken JSON line (")
    latin1 = next(r for r in results if isinstance(r, Article) and r.origin.endswith("latin1.txt"))
    assert "eau-café" in latin1.text
    page = next(r for r in results if isinstance(r, Article) and r.origin.endswith(".html"))
    assert page.title == "Grain deal extended by three months"
    assert all(r.language == "en" for r in results if isinstance(r, Article))


def test_sources_are_read_in_order_and_missing_ones_named(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    results = list(read_sources([str(tmp_path / "nope.txt"), str(story)]))
    assert results[0] == Skipped(str(tmp_path / "nope.txt"), "no such file or directory")
    assert isinstance(results[1], Article) and results[1].id == "story"


def test_an_empty_source_name_is_not_the_current_directory() -> None:
    assert list(read_sources(["", " "])) == [
        Skipped("''", "empty source name"),
        Skipped("' '", "empty source name"),
    ]


def test_non_english_articles_are_skipped_with_their_language(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH)
    shutil.copy(FIXTURES / "site" / "fr-budget.html", tmp_path / "fr.html")
    results = list(read_sources([str(tmp_path)]))
    assert results == [
        Skipped(str(tmp_path / "fr.html"), "not English (detected language: fr)", "fr"),
        Skipped(str(tmp_path / "fr.txt"), "not English (detected language: fr)", "fr"),
    ]


def test_read_path_does_not_filter_languages(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH)
    (article,) = list(read_path(tmp_path / "fr.txt"))
    assert isinstance(article, Article) and article.language is None


def test_feed_and_html_files_are_read_by_suffix_and_by_content(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "site" / "ferry-route.html", tmp_path / "saved")  # no suffix
    shutil.copy(FIXTURES / "feeds" / "billion-laughs.xml", tmp_path / "hostile.rss")
    results = list(read_sources([str(tmp_path / "saved"), str(tmp_path / "hostile.rss")]))
    assert isinstance(results[0], Article) and results[0].byline == "Ilse Varga"
    assert results[1] == Skipped(
        str(tmp_path / "hostile.rss"),
        "feed declares XML entities (refused: entity expansion or external entities)",
    )


def test_an_html_file_over_the_size_cap_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    page.write_bytes(b"<html><body>" + b"word " * 5000 + b"</body></html>")
    results = list(read_sources([str(page)], fetch_options=FetchOptions(max_bytes=10_000)))
    assert results == [Skipped(str(page), "file too large (over 10,000 bytes)")]


def test_a_large_directory_streams(tmp_path: Path) -> None:
    for n in range(300):
        (tmp_path / f"{n:04d}.txt").write_text(f"Story {n}. " + STORY)
    results = read_path(tmp_path)
    first = next(results)  # a generator: the first file comes before the rest are read
    assert isinstance(first, Article) and first.id == "0000"
    assert sum(1 for _ in results) == 299


def test_stdin_jsonl_is_streamed_line_by_line() -> None:
    lines = [json.dumps({"id": f"s{n}", "text": STORY}).encode() + b"\n" for n in range(3)]
    stream = io.BytesIO(b"\n" + b"".join(lines) + b"{broken\n")
    results = list(read_stdin(stream))
    assert [r.id for r in results if isinstance(r, Article)] == ["s0", "s1", "s2"]
    assert results[-1].source == "<stdin>:5"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("data", "title"),
    [
        (STORY.encode(), None),
        (
            (FIXTURES / "site" / "grain-deal.html").read_bytes(),
            "Grain deal extended by three months",
        ),
    ],
)
def test_stdin_text_or_html_is_one_article(data: bytes, title: str | None) -> None:
    (article,) = list(read_stdin(io.BytesIO(data)))
    assert isinstance(article, Article)
    assert article.origin == "<stdin>" and article.title == title


def test_empty_stdin_is_named() -> None:
    assert list(read_stdin(io.BytesIO(b""))) == [Skipped("<stdin>", "empty file")]


def test_gzipped_jsonl_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl.gz").write_bytes(
        gzip.compress(json.dumps({"id": "g1", "text": STORY}).encode() + b"\n")
    )
    (article,) = list(read_sources([str(tmp_path)]))
    assert isinstance(article, Article) and article.id == "g1"


@pytest.mark.network
def test_urls_of_pages_and_feeds(server: LocalServer) -> None:
    sources = [
        server.url("/site/ferry-route.html"),
        server.url("/feeds/atom.xml"),
        server.url("/missing"),
        server.url("/site/fr-budget.html"),
    ]
    results = list(read_sources(sources, fetch_options=FAST))
    page, grain, strike, missing, french = results
    assert isinstance(page, Article) and page.source == "The Coastal Ledger"
    assert page.id == "https://ledger.example.org/2024/03/ferry-route"  # canonical URL
    assert isinstance(grain, Article) and grain.byline == "Pavel Dorn"
    assert isinstance(strike, Article) and strike.published == "2024-03-07T18:00+02:00"
    assert missing == Skipped(server.url("/missing"), "HTTP 404 Not Found")
    assert french == Skipped(
        server.url("/site/fr-budget.html"), "not English (detected language: fr)", "fr"
    )


@pytest.mark.network
def test_a_feed_file_on_disk_fetches_its_items(server: LocalServer, tmp_path: Path) -> None:
    feed = tmp_path / "ledger.xml"
    feed.write_bytes(
        (FIXTURES / "feeds" / "rss10.rdf").read_bytes().replace(b"{base}", server.base.encode())
    )
    (article,) = list(read_sources([str(feed)], fetch_options=FAST))
    assert isinstance(article, Article) and article.metadata["feed_title"] == "Ledger RDF"
