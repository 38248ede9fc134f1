"""GDELT ActionGeo columns: the event location resolved with GeoNames, as GDELT lays it out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.export import GDELT_COLUMNS
from newsgraph.export.gdelt import geo_type
from newsgraph.model import Analysis, Geo
from newsgraph.store import open_store, queries

from ..store.test_store import first_article


def _located(geo: Geo | None, location: str | None) -> Analysis:
    analysis = first_article()
    (event,) = analysis.events
    return replace(analysis, events=(replace(event, location=location, geo=geo),))


def _action_geo(db_url: str, analysis: Analysis, tmp_path: Path) -> dict[str, str]:
    with open_store(db_url) as store:
        store.add(analysis)
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(cli, ["export", "--db", db_url, "--format", "gdelt", "-o",
                                      str(out)])
    assert result.exit_code == 0, result.stderr
    row = dict(zip(GDELT_COLUMNS, out.read_text(encoding="utf-8").split("\t"), strict=True))
    return {k.removeprefix("ActionGeo_"): v.strip() for k, v in row.items()
            if k.startswith("ActionGeo_")}


def test_a_city_has_its_coordinates_and_geonames_id(db_url: str, tmp_path: Path) -> None:
    geo = Geo("PER", "city", -12.04318, -77.02824, 3936456)
    assert _action_geo(db_url, _located(geo, "Lima"), tmp_path) == {
        "Type": "4", "FullName": "Lima, Peru", "CountryCode": "PER", "ADM1Code": "",
        "ADM2Code": "", "Lat": "-12.0432", "Long": "-77.0282", "FeatureID": "3936456"}


def test_a_country_has_no_coordinates(db_url: str, tmp_path: Path) -> None:
    geo = Geo("PER", "country", None, None, 3932488)
    found = _action_geo(db_url, _located(geo, "Peru"), tmp_path)
    assert (found["Type"], found["FullName"], found["Lat"], found["FeatureID"]) == (
        "1", "Peru", "", "3932488")


def test_no_location_leaves_the_columns_empty(db_url: str, tmp_path: Path) -> None:
    assert set(_action_geo(db_url, _located(None, None), tmp_path).values()) == {""}


def test_the_store_keeps_the_resolved_location(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add(_located(Geo("USA", "city", 38.89511, -77.03637, 4140963), "Washington"))
        row = store.db.fetchone("SELECT location, country, place_kind, latitude, longitude, "
                                "geonameid FROM events")
        assert tuple(row or ()) == ("Washington", "USA", "city", 38.89511, -77.03637, 4140963)
        assert queries.list_events(store.db, country="USA")[0]["location"] == "Washington"


@pytest.mark.parametrize(
    ("kind", "country", "has_location", "expected"),
    [("country", "PER", True, 1), ("region", "USA", True, 2), ("city", "USA", True, 3),
     ("city", "PER", True, 4), ("region", "IND", True, 5), ("", "PER", True, 4),
     (None, "PER", False, 1), (None, None, False, "")],
)
def test_geo_type_follows_gdelt(kind: str | None, country: str | None, has_location: bool,
                                expected: int | str) -> None:
    assert geo_type(kind, country, has_location) == expected


def test_parquet_keeps_coordinates_as_numbers(db_url: str, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    with open_store(db_url) as store:
        store.add(_located(Geo("PER", "city", -12.04318, -77.02824, 3936456), "Lima"))
    out = tmp_path / "pq"
    result = CliRunner().invoke(cli, ["export", "--db", db_url, "--format", "parquet", "-o",
                                      str(out)])
    assert result.exit_code == 0, result.stderr
    table = ds.dataset(out / "events", partitioning="hive").to_table()
    (row,) = table.select(["latitude", "geonameid", "actor_start"]).to_pylist()
    assert row["latitude"] == pytest.approx(-12.04318) and row["geonameid"] == 3936456
    assert isinstance(row["actor_start"], int)
