"""The Store on both backends: one transaction per article, repeats, duplicates, aggregates."""

from __future__ import annotations

import pytest

from newsgraph.store import Store, open_store, queries
from newsgraph.store import store as store_module
from newsgraph.store.dedup import CONTAINMENT, Signature, content_hash

from .builders import ActorSpec, babble, build

VELDORIA = ActorSpec("A1", "Veldoria", "COUNTRY", ("Veldoria", "Veldorian"), country="VEL",
                     key="veldoria|COUNTRY|VEL")
BRIGADES = ActorSpec("A2", "Sunfield Brigades", "ORG", country="VEL", sector="REB",
                     key="sunfield brigades|ORG|VEL")
MALI = ActorSpec("A3", "Oren Mali", "PERSON", ("General Oren Mali", "Mali"), titles=("General",),
                 key="oren mali|PERSON|")

FIRST = ("The Veldorian-backed Sunfield Brigades attacked a depot near Karsk on Monday.\n"
         "\"We will not stop,\" said General Oren Mali.\n")
SECOND = ("Sunfield Brigades shelled a Veldoria border post again.\n"
          "Mali, speaking to reporters, said the railways were next.\n")


def first_article():
    return build("a1", FIRST, "2024-05-07", [VELDORIA, BRIGADES, MALI],
                 quotes=[("We will not stop,", "A3", "said")],
                 events=[("ASSAULT", "A2", "A1", "attacked", -9.0)],
                 relations=[("A1", "backs", "A2", "Veldorian-backed Sunfield Brigades")],
                 title="Brigades strike depot")


def second_article(version: str = "0.1.0"):
    mali = ActorSpec("A9", "Oren Mali", "PERSON", ("Mali",), titles=("Commander",),
                     key="oren mali|PERSON|")
    veldoria = ActorSpec("A7", "Veldoria", "COUNTRY", ("Veldoria",), country="VEL",
                         key="veldoria|COUNTRY|VEL")
    brigades = ActorSpec("A8", "Sunfield Brigades", "ORG", country="VEL", sector="REB",
                         key="sunfield brigades|ORG|VEL")
    return build("a2", SECOND, "2024-06-02", [veldoria, brigades, mali],
                 quotes=[("the railways were next", "A9", "said")],
                 events=[("ASSAULT", "A8", "A7", "shelled", -7.0)], version=version)


@pytest.fixture
def store(db_url: str) -> Store:
    with open_store(db_url) as opened:
        yield opened


def test_adding_twice_is_a_no_op(store: Store) -> None:
    assert store.add(first_article()).status == "added"
    before = queries.stats(store.db)
    again = store.add(first_article())
    assert again.status == "unchanged"
    assert queries.stats(store.db) == before
    assert {k: before[k] for k in ("articles", "actors", "quotes", "events", "relations")} == {
        "articles": 1, "actors": 3, "quotes": 1, "events": 1, "relations": 1}


def test_a_retitled_trimmed_copy_is_linked_to_its_original(store: Store) -> None:
    body = babble(1, 160)
    original = build("w1", "Storm closes harbor\n" + body, "2024-01-03")
    trimmed = build("w2", "Harbor shut by storm\n" + body[: int(len(body) * 0.85)], "2024-01-03")
    other = build("w3", "Council votes\n" + babble(2, 160), "2024-01-04")
    first = store.add(original)
    copy = store.add(trimmed)
    assert copy.status == "duplicate"
    assert copy.original == first.article_id
    assert copy.similarity is not None and copy.similarity >= CONTAINMENT
    assert store.add(other).status == "added"  # a different story is not a duplicate
    counts = queries.stats(store.db)
    assert (counts["articles"], counts["duplicates"]) == (2, 1)


def test_duplicates_are_found_before_analysis_once_the_store_holds_articles(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    body = babble(1, 160)
    original = build("w1", "Storm closes harbor\n" + body, "2024-01-03")
    trimmed = build("w2", "Harbor shut by storm\n" + body[: int(len(body) * 0.85)], "2024-01-03")
    signed: list[str] = []
    real_sign = store_module.sign

    def counting_sign(text: str) -> Signature:
        signed.append(text[:10])
        return real_sign(text)

    monkeypatch.setattr(store_module, "sign", counting_sign)
    # An empty store has nothing to compare with: no signature before analysis.
    assert store.add_duplicate(original.article).status == "new"
    assert signed == []
    assert store.add(original).status == "added"
    # Now a retitled copy is linked before it is analyzed, and a repeat is a no-op.
    copy = store.add_duplicate(trimmed.article)
    assert copy.status == "duplicate" and copy.original is not None
    assert store.add_duplicate(original.article).status == "unchanged"
    assert queries.stats(store.db)["duplicates"] == 1


def test_actors_merge_across_articles_by_key(store: Store) -> None:
    store.add(first_article())
    store.add(second_article())
    profile = queries.actor_profile(store.db, "general oren mali")
    assert profile is not None
    assert (profile["name"], profile["articles"], profile["first_seen"], profile["last_seen"]) == (
        "Oren Mali", 2, "2024-05-07", "2024-06-02")
    assert profile["aliases"] == ["General Oren Mali", "Mali", "Oren Mali"]
    assert sorted(t["title"] for t in profile["titles"]) == ["Commander", "General"]
    assert [m["month"] for m in profile["timeline"]] == ["2024-05", "2024-06"]
    assert queries.stats(store.db)["actors"] == 3


def test_edges_aggregate_counts_dates_intensity_and_evidence(store: Store) -> None:
    store.add(first_article())
    store.add(second_article())
    edges = {(e["source"], e["type"], e["target"]): e for e in queries.list_relations(store.db)}
    assault = edges[("Sunfield Brigades", "ASSAULT", "Veldoria")]
    assert (assault["count"], assault["first_date"], assault["last_date"]) == (
        2, "2024-05-07", "2024-06-02")
    assert assault["mean_intensity"] == -8.0
    assert [e["sentence"] for e in assault["evidence_list"]] == [
        "Sunfield Brigades shelled a Veldoria border post again.",
        "The Veldorian-backed Sunfield Brigades attacked a depot near Karsk on Monday."]
    support = edges[("Veldoria", "SUPPORT", "Sunfield Brigades")]
    assert (support["count"], support["mean_intensity"]) == (1, None)


def test_replacing_an_analysis_does_not_double_count(store: Store) -> None:
    store.add(first_article())
    added = store.add(second_article(version="0.0.1"))
    assert [i for i, _ in store.outdated("0.1.0")] == [added.article_id]
    store.replace(added.article_id, second_article())
    assert list(store.outdated("0.1.0")) == []
    counts = queries.stats(store.db)
    assert (counts["events"], counts["quotes"], counts["actors"]) == (2, 2, 3)
    edge = queries.list_relations(store.db, "Sunfield Brigades", "ASSAULT")[0]
    assert edge["count"] == 2
    profile = queries.actor_profile(store.db, "Oren Mali")
    assert profile is not None and (profile["articles"], profile["mentions"]) == (2, 3)


def test_stored_evidence_offsets_point_into_the_stored_text(store: Store) -> None:
    store.add(first_article())
    text = store.db.scalar("SELECT text FROM articles")
    for start, end, stored in store.db.fetchall(
            'SELECT start, "end", text FROM quotes UNION ALL '
            "SELECT trigger_start, trigger_end, trigger FROM events UNION ALL "
            "SELECT sentence_start, sentence_end, sentence FROM events UNION ALL "
            'SELECT start, "end", text FROM relations'):
        assert text[start:end] == stored
    assert store.db.scalar("SELECT content_hash FROM articles") == content_hash(FIRST)


def test_a_failure_mid_article_stores_nothing(store: Store, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    import newsgraph.store.store as module

    def broken(db, article_id, analysis):  # type: ignore[no-untyped-def]
        db.execute("INSERT INTO analyses(article_id, json) VALUES (?, '{}')", (article_id,))
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "write_records", broken)
    with pytest.raises(RuntimeError):
        store.add(first_article())
    assert store.db.scalar("SELECT count(*) FROM articles") == 0
    assert store.db.scalar("SELECT count(*) FROM analyses") == 0


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type_": "ASSAULT"}, ["shelled", "attacked"]),
        ({"type_": "ASSAULT", "since": "2024-06"}, ["shelled"]),
        ({"until": "2024-05"}, ["attacked"]),
        ({"actor": "sunfield brigades", "recipient": "Veldoria"}, ["shelled", "attacked"]),
        ({"country": "vel"}, ["shelled", "attacked"]),
        ({"actor": "Veldoria"}, []),  # Veldoria is only ever a recipient
        ({"type_": "PROTEST"}, []),
        ({"actor": "Nobody At All"}, []),
    ],
)
def test_event_filters(store: Store, filters: dict[str, str], expected: list[str]) -> None:
    store.add(first_article())
    store.add(second_article())
    assert [e["trigger"] for e in queries.list_events(store.db, **filters)] == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"speaker": "Mali"}, ["the railways were next", "We will not stop,"]),
        ({"search": "railway"}, ["the railways were next"]),  # stemmed full text
        ({"search": "stop", "speaker": "General Oren Mali"}, ["We will not stop,"]),
        ({"search": "harbor"}, []),
        ({"speaker": "Veldoria"}, []),
    ],
)
def test_quote_filters(store: Store, filters: dict[str, str], expected: list[str]) -> None:
    store.add(first_article())
    store.add(second_article())
    assert [q["text"] for q in queries.list_quotes(store.db, **filters)] == expected


def test_article_search_shows_the_matching_sentence(store: Store) -> None:
    store.add(first_article())
    store.add(second_article())
    rows = queries.list_articles(store.db, search="depots")
    assert [(r["id"], r["evidence"]) for r in rows] == [
        (1, "The Veldorian-backed Sunfield Brigades attacked a depot near Karsk on Monday.")]
    assert queries.list_articles(store.db, search="volcano") == []
    assert [r["title"] for r in queries.list_articles(store.db)] == [None, "Brigades strike depot"]


def test_undated_rows_come_last_on_every_backend(store: Store) -> None:
    store.add(build("u", "Undated story.\n" + babble(21, 60), None, title="undated"))
    store.add(first_article())
    assert [r["title"] for r in queries.list_articles(store.db)] == [
        "Brigades strike depot", "undated"]
