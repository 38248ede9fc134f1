"""``newsgraph extract`` on every kind of input (the issue's "done when"), exact stderr lines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

from .conftest import FIXTURES, LocalServer
from .test_read_sources import STORY, _mixed_directory

pytestmark = pytest.mark.model


def _run(*args: str) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", *args])
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, docs, result.stderr


def test_a_saved_html_page(tmp_path: Path) -> None:
    page = tmp_path / "ferry-route.html"
    shutil.copy(FIXTURES / "site" / "ferry-route.html", page)
    code, (doc,), err = _run(str(page))
    assert (code, err) == (0, "")
    assert doc["title"] == "Harbor ministers agree to reopen ferry route"
    assert doc["published"] == "2024-03-05T14:30+01:00"
    assert doc["language"] == "en"
    text = str(doc["text"])
    assert "cookies" not in text
    for actor in doc["actors"]:  # type: ignore[attr-defined]
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_a_jsonl_file(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [
        {"id": f"w{n}", "title": "Water deal", "date": "2020-02-02", "text": STORY} for n in (1, 2)
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, docs, err = _run(str(dump))
    assert code == 0
    assert [d["id"] for d in docs] == ["w1", "w2"]
    assert err == "newsgraph: 2 read, 2 analyzed, 0 skipped\n"


def test_a_mixed_directory_names_each_bad_file_and_exits_1(tmp_path: Path) -> None:
    root = _mixed_directory(tmp_path / "in")
    code, docs, err = _run(str(root))
    assert code == 1
    assert len(docs) == 5
    lines = err.splitlines()
    assert lines[:2] == [
        f"newsgraph: skipped {root}/b-empty.txt: empty file",
        f"newsgraph: skipped {root}/c-image.png: binary file (not text)",
    ]
    assert lines[2].startswith(
        f"newsgraph: skipped {root}/nested/e-dump.jsonl:2: broken JSON line ("
    )
    assert lines[3:] == ["newsgraph: 8 read, 5 analyzed, 3 skipped"]
    assert "Traceback" not in err


@pytest.mark.network
def test_a_feed_url_on_a_local_server(server: LocalServer) -> None:
    code, docs, err = _run("--fetch-delay", "0", server.url("/feeds/rss20.xml"))
    assert code == 1
    assert [d["id"] for d in docs] == ["ledger-item-1", "ledger-item-2"]
    assert docs[1]["byline"] == "Pavel Dorn"
    assert err.splitlines() == [
        f"newsgraph: skipped {server.url('/missing')}: HTTP 404 Not Found",
        "newsgraph: 3 read, 2 analyzed, 1 skipped",
    ]


@pytest.mark.network
def test_bad_urls_are_one_line_each(server: LocalServer) -> None:
    paths = ["/loop", "/site/nav-only.html", "/site/fr-budget.html"]
    code, docs, err = _run("--fetch-delay", "0", *(server.url(p) for p in paths))
    assert (code, docs) == (1, [])
    assert err.splitlines() == [
        f"newsgraph: skipped {server.url('/loop')}: too many redirects (more than 5)",
        f"newsgraph: skipped {server.url('/site/nav-only.html')}: "
        "no article text found in the HTML",
        f"newsgraph: skipped {server.url('/site/fr-budget.html')}: "
        "not English (detected language: fr)",
        "newsgraph: 3 read, 0 analyzed, 3 skipped",
    ]
