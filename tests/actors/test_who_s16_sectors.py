"""Sectors from a body's word (invented sentences): an agent noun capitalised only because
it opens a sentence before a sector-less title ("Junta chief NAME", "Rebel leader NAME"),
an institution noun before such a title ("regime spokesman"), and a governing board "of"
an institution coded as that institution ("Board of Regents of X University": EDU)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


def _coded(nlp: Language, text: str, name: str) -> tuple[str | None, str | None]:
    actor = next(a for a in analyzed(nlp, text).actors if a.name == name)
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Fighting went on in Myanmar. Junta chief Tun Maw said the vote would be held.", "MIL"),
        ("Fighting went on in Sudan. Rebel leader Tun Maw said the war would go on.", "REB"),
        ("Fighting went on in Syria. The regime spokesman Tun Maw denied the report.", "GOV"),
    ],
)
def test_a_body_word_before_a_sectorless_title(nlp: Language, text: str, sector: str) -> None:
    assert _coded(nlp, text, "Tun Maw")[1] == sector


def test_a_sentence_opening_word_that_names_no_body_gives_no_sector(nlp: Language) -> None:
    text = "Fighting went on in Syria. Former leader Tun Maw denied the report."
    assert _coded(nlp, text, "Tun Maw")[1] == "CVL"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "The Board of Regents of Ohio State University voted to raise fees.",
            "Board of Regents of Ohio State University",
            "EDU",
        ),
        (
            "The Emergency Department of Kellerton Hospital shut for a week.",
            "Emergency Department of Kellerton Hospital",
            "HLH",
        ),
        (
            "An Office of Provincial Flood Relief Coordination Center said roads were shut.",
            "Office of Provincial Flood Relief Coordination Center",
            "GOV",
        ),
        (
            "The United States Department of Energy voted to raise fees.",
            "United States Department of Energy",
            "GOV",
        ),
    ],
)
def test_a_board_of_an_institution(nlp: Language, text: str, name: str, sector: str) -> None:
    assert _coded(nlp, text, name)[1] == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Poles voted on Sunday. His twin Jan Kowal, who leads the Unity party, lost.", "PTY"),
        ("Fighting went on in Mali. Jan Kowal heads the junta there now.", "MIL"),
        ("Poles voted on Sunday. Jan Kowal, who leads the polls, spoke.", "CVL"),
    ],
)
def test_a_body_the_person_leads(nlp: Language, text: str, sector: str) -> None:
    assert _coded(nlp, text, "Jan Kowal")[1] == sector


def test_a_party_word_with_a_place_before_a_title(nlp: Language) -> None:
    text = "Farmers were angry; Tasmanian Nationals leader Bo Kerr called the plan a betrayal."
    assert _coded(nlp, text, "Bo Kerr")[1] == "PTY"


def test_a_name_ending_in_a_body_noun_takes_its_sector(nlp: Language) -> None:
    text = "Bo Kerr, head of Palestinian Intelligence in Gaza, was hurt in a blast on Monday."
    assert _coded(nlp, text, "Palestinian Intelligence") == ("PSE", "SPY")


def test_a_house_party_leader_keeps_the_house(nlp: Language) -> None:
    text = "Jo Hale, who works for House of Representatives Republican leader Al Dunn, spoke."
    assert _coded(nlp, text, "Al Dunn")[1] == "LEG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Hale Liberals won the vote in Ontario again.", "Hale Liberals"),
        ("In Canada the Liberal won most seats, and Dion said so.", "Liberal"),
    ],
)
def test_an_organization_named_by_a_party_word(nlp: Language, text: str, name: str) -> None:
    analysis = analyzed(nlp, text)
    assert [a.sector for a in analysis.actors if a.name == name] == ["PTY"]


@pytest.mark.parametrize(
    ("text", "name", "coded"),
    [
        (
            "The OSCE urged calm in the region. Its secretary general, Jan Kubo, flew in.",
            "Jan Kubo",
            (None, "IGO"),
        ),
        (
            "Talks with Peru went on. Mirax Holdings Inc. cut jobs. Its chief, Jo Vance, wept.",
            "Jo Vance",
            ("PER", "BUS"),
        ),
    ],
)
def test_its_title_is_the_last_named_body_s(
    nlp: Language, text: str, name: str, coded: tuple[str | None, str]
) -> None:
    assert _coded(nlp, text, name) == coded
