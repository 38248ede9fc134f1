"""GDELT events are counted once: the same event in several articles is one row with its
mentions, and the mentions table points into each article."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.export import GDELT_COLUMNS, MENTION_COLUMNS
from newsgraph.model import Analysis
from newsgraph.store import open_store

from ..store.builders import build
from ..store.test_store import BRIGADES, VELDORIA


def _report(doc_id: str, text: str, trigger: str, source: str, published: str = "2024-05-07"
            ) -> Analysis:
    analysis = build(doc_id, text, published, [VELDORIA, BRIGADES],
                     events=[("ASSAULT", "A2", "A1", trigger, -9.0)])
    return replace(analysis, article=replace(analysis.article, source=source))


_WIRE = _report("w1", "Sunfield Brigades attacked Veldoria's border posts.\n", "attacked", "Wire")
_PAPER = _report("p1", "In the north, the Sunfield Brigades shelled Veldoria overnight, "
                       "officials said.\n", "shelled", "Paper")
_LATER = _report("l1", "Sunfield Brigades attacked Veldoria once more.\n", "attacked", "Wire",
                 published="2024-05-09")


def _rows(db_url: str, fmt: str, tmp_path: Path) -> list[list[str]]:
    out = tmp_path / f"{fmt}.tsv"
    result = CliRunner().invoke(cli, ["export", "--db", db_url, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]


def test_one_event_in_two_articles_is_one_row_with_two_mentions(db_url: str,
                                                                 tmp_path: Path) -> None:
    with open_store(db_url) as store:
        for analysis in (_WIRE, _PAPER, _LATER):
            store.add(analysis)
        texts = {r[0]: r[1] for r in store.db.fetchall("SELECT id, text FROM articles")}
    events = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in _rows(db_url, "gdelt", tmp_path)]
    assert [(e["SQLDATE"], e["NumMentions"], e["NumArticles"], e["NumSources"]) for e in events
            ] == [("20240507", "2", "2", "2"), ("20240509", "1", "1", "1")]
    mentions = [dict(zip(MENTION_COLUMNS, r, strict=True))
                for r in _rows(db_url, "gdelt-mentions", tmp_path)]
    assert [m["GLOBALEVENTID"] for m in mentions] == [events[0]["GLOBALEVENTID"]] * 2 + [
        events[1]["GLOBALEVENTID"]]
    for m, article_id, trigger in zip(mentions, (1, 2, 3), ("attacked", "shelled", "attacked"),
                                      strict=True):
        offset = int(m["ActionCharOffset"])
        assert texts[article_id][offset:].startswith(trigger)
        assert m["MentionDocLen"] == str(len(texts[article_id]))
        assert m["SentenceID"] == "1"
        assert f"<TRIGGER>{trigger}</TRIGGER>" in m["Extras"]
        actor, recipient = int(m["Actor1CharOffset"]), int(m["Actor2CharOffset"])
        assert texts[article_id][actor:].startswith("Sunfield Brigades")
        assert texts[article_id][recipient:].startswith("Veldoria")


def test_events_without_any_actor_are_never_merged(db_url: str, tmp_path: Path) -> None:
    text = "Shelling hit the market.\n"
    with open_store(db_url) as store:
        for doc_id, source in (("x1", "Wire"), ("x2", "Paper")):
            analysis = build(doc_id, text + doc_id + "\n", "2024-05-07",
                             events=[("ASSAULT", None, None, "Shelling", -9.0)])
            store.add(replace(analysis, article=replace(analysis.article, source=source)))
    events = _rows(db_url, "gdelt", tmp_path)
    assert len(events) == 2 and {r[GDELT_COLUMNS.index("NumMentions")] for r in events} == {"1"}
    mentions = _rows(db_url, "gdelt-mentions", tmp_path)
    assert [r[MENTION_COLUMNS.index("Actor1CharOffset")] for r in mentions] == ["-1", "-1"]
