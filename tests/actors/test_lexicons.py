"""Every actor lexicon loads, validates and says what the issue needs."""

from __future__ import annotations

from importlib import resources

import pytest

from newsgraph.actors import lexicon as lexicon_module
from newsgraph.actors.lexicon import SECTORS, lexicons
from newsgraph.errors import ConfigError

DATA = resources.files("newsgraph.data.actors")


def test_every_data_file_is_documented() -> None:
    readme = DATA.joinpath("README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".jsonl")))
    assert files, "no lexicon files found"
    missing = [name for name in files if f"`{name}`" not in readme]
    assert not missing


def test_lexicons_load_and_validate() -> None:
    lex = lexicons()
    assert lex.orgs and lex.titles and lex.demonyms and lex.capitals
    assert all(entry.sector in SECTORS for entry in lex.orgs.values())
    assert all(t.sector in SECTORS | {""} for t in lex.titles.values())
    assert set(lex.qualifiers.values()) <= {"former", "late", "acting", "elect", "renamed"}


@pytest.mark.parametrize(
    ("table", "text", "iso3"),
    [
        ("demonyms", "Iranian", "IRN"),
        ("demonyms", "Emirati", "ARE"),
        ("country_names", "U.S.", "USA"),
        ("country_names", "Islamic Republic", "IRN"),
        ("capitals", "Tehran", "IRN"),
        ("cities", "Gdańsk", "POL"),
        # pycountry knows only "Timor-Leste"; the news writes "East Timor" and "Timor"
        ("country_names", "East Timor", "TLS"),
        ("country_names", "Timor", "TLS"),
        ("demonyms", "East Timorese", "TLS"),
        ("capitals", "Dili", "TLS"),
        ("capitals", "Brazzaville", "COG"),
    ],
)
def test_country_lookups(table: str, text: str, iso3: str) -> None:
    assert getattr(lexicons(), table)[text] == iso3


@pytest.mark.parametrize(
    ("surface", "name", "country", "sector"),
    [
        ("PMU", "Popular Mobilization Units", "IRQ", "MIL"),
        ("IRGC", "Islamic Revolutionary Guard Corps", "IRN", "MIL"),
        ("NATO", "North Atlantic Treaty Organization", None, "IGO"),
        ("Hezbollah", "Hezbollah", "LBN", "REB"),
        # a national agency keeps its own country in a story set elsewhere
        ("National Hurricane Center", "National Hurricane Center", "USA", "GOV"),
        ("NTSB", "National Transportation Safety Board", "USA", "GOV"),
        ("CBC", "Canadian Broadcasting Corporation", "CAN", "MED"),
        # think tanks, unions and parties
        ("Council on Foreign Relations", "Council on Foreign Relations", "USA", "NGO"),
        ("Rand Corporation", "RAND Corporation", "USA", "NGO"),
        ("IISS", "International Institute for Strategic Studies", "GBR", "NGO"),
        ("SIPRI", "Stockholm International Peace Research Institute", "SWE", "NGO"),
        ("International Crisis Group", "International Crisis Group", None, "NGO"),
        ("TUC", "Trades Union Congress", "GBR", "LAB"),
        ("Teamsters", "International Brotherhood of Teamsters", "USA", "LAB"),
        ("CAW", "Canadian Auto Workers", "CAN", "LAB"),
        ("COSATU", "Congress of South African Trade Unions", "ZAF", "LAB"),
        ("ACTU", "Australian Council of Trade Unions", "AUS", "LAB"),
        ("Nationals", "National Party of Australia", "AUS", "PTY"),
        ("NDP", "New Democratic Party", "CAN", "PTY"),
    ],
)
def test_organizations(surface: str, name: str, country: str | None, sector: str) -> None:
    entry = lexicons().orgs[surface]
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)


def test_words_not_in_a_lexicon_are_absent() -> None:
    lex = lexicons()
    assert "Opposition" not in lex.orgs and "the" not in lex.demonyms
    assert "weather" not in lex.titles


def test_an_unknown_country_code_is_rejected() -> None:
    with pytest.raises(ConfigError):
        lexicon_module._iso3("XXX", "test")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("countries.tsv", (1, 2)),
        ("titles.tsv", (0,)),
        ("org_keywords.tsv", (0,)),
        ("descriptions.tsv", (0,)),
        ("qualifiers.tsv", (0,)),
        ("locative.tsv", (0,)),
        ("given_names.tsv", (0,)),
        ("credits.tsv", (0,)),
        ("kin.tsv", (0,)),
        ("honorifics.tsv", (0,)),
        ("region_abbreviations.tsv", (0,)),
        ("shared_names.tsv", (0,)),
        ("pronouns.tsv", (0,)),
        ("agents.tsv", (0,)),
    ],
)
def test_no_entry_is_listed_twice(name: str, key: tuple[int, ...]) -> None:
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()[1:]
    keys = [tuple(line.split("\t")[i] for i in key) for line in lines]
    assert keys and len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("form", "noun", "sector", "kind"),
    [
        ("troops", "troop", "MIL", "group"),
        ("police", "police", "COP", "institution"),
        ("Officials", "official", "GOV", "role"),
        ("militiamen", "militiaman", "MIL", "group"),
        ("protesters", "protester", "CVL", "group"),
        ("members", "member", "", "role"),
    ],
)
def test_agent_nouns(form: str, noun: str, sector: str, kind: str) -> None:
    entry = lexicons().agents[form.lower()]
    assert (entry.noun, entry.sector, entry.kind) == (noun, sector, kind)


def test_agent_nouns_are_valid() -> None:
    agents = lexicons().agents
    assert "village" not in agents and "the" not in agents
    assert all(e.kind in lexicon_module.AGENT_KINDS for e in agents.values())
    assert all(e.sector in SECTORS for e in agents.values() if e.kind != "role")
    lines = DATA.joinpath("agents.tsv").read_text(encoding="utf-8").splitlines()[1:]
    forms = [f.lower() for line in lines for f in line.split("\t")[:2] if f != "-"]
    assert len(forms) == len(set(forms)) == len(agents)


def test_a_bad_agent_row_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"noun": "troop", "plural": "troops", "sector": "XXX", "kind": "group"}]
    monkeypatch.setattr(lexicon_module, "_rows", lambda name: rows)
    with pytest.raises(ConfigError):
        lexicon_module._agents()
    rows[0].update(sector="", kind="group")  # only a role may leave the sector empty
    with pytest.raises(ConfigError):
        lexicon_module._agents()


def test_honorifics_are_lower_case_words_and_no_offices() -> None:
    honorifics = lexicons().honorifics
    assert {"sir", "dr.", "mrs"} <= honorifics
    assert "president" not in honorifics
    assert all(w == w.lower() and " " not in w for w in honorifics)


def test_a_title_may_name_the_sector_of_its_national_office() -> None:
    titles = lexicons().titles
    assert titles["chief of staff"].sector == "" and titles["chief of staff"].national == "MIL"
    assert titles["spokesman"].national == ""  # a national spokesman stays GOV


def test_an_unknown_national_sector_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"title": "chief of staff", "sector": "", "gender": "", "national": "XXX"}]
    monkeypatch.setattr(lexicon_module, "_rows", lambda name: rows)
    with pytest.raises(ConfigError):
        lexicon_module._titles()


def test_region_abbreviations_name_a_region_of_a_country() -> None:
    table = lexicons().region_abbreviations
    assert table["NSW"] == ("New South Wales", "AUS")
    assert table["Calif."] == ("California", "USA")
    assert all(iso in {"AUS", "CAN", "USA"} for _, iso in table.values())
