"""A "Center"/"Centre" is a school's only when its name says so.

Invented sentences, hand-parsed (no model). While "centre" (EDU, org_keywords.tsv) alone
gave the sector, all three came out EDU: an advocacy centre is an NGO, a medical centre a
hospital (HLH), and a centre named after a known university (organizations.jsonl) is the
university's even when its subject is health. A place's centre ("Toronto Centre", an electoral
district) and a venue ("Zorvex Convention Centre") have no sector at all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    ("owner", "subject", "sector"),
    [("Zorvex", "Civil Liberties", "NGO"), ("Zorvex", "Cancer Care", "HLH"),
     ("Harvard", "Health Security", "EDU")],
)  # fmt: skip
def test_a_centre_takes_the_sector_its_other_words_give(
    make_doc: MakeDoc, owner: str, subject: str, sector: str
) -> None:
    first, second = subject.split()
    rows = parsed(
        f"The|DET|det|2 {owner}|PROPN|compound|1|B-ORG Center|PROPN|nsubj|4|I-ORG "
        f"for|ADP|prep|-1|I-ORG {first}|PROPN|compound|1|I-ORG {second}|PROPN|pobj|-2|I-ORG "
        "said|VERB|ROOT|0 so|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [(a.name, a.sector) for a in actors] == [(f"{owner} Center for {subject}", sector)]


@pytest.mark.parametrize(
    ("name", "sector"), [("Toronto", None), ("London North", None), ("Zorvex", "NGO")]
)
def test_a_places_centre_is_a_district_with_no_sector(
    make_doc: MakeDoc, name: str, sector: str | None
) -> None:
    words = name.split()
    tagged = " ".join(
        f"{w}|PROPN|compound|{len(words) - i}|{'B' if i == 0 else 'I'}-ORG"
        for i, w in enumerate(words)
    )
    rows = parsed(
        f"{tagged} Centre|PROPN|nsubj|1|I-ORG voted|VERB|ROOT|0 early|ADV|advmod|-1 "
        ".|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [a.sector for a in actors if a.name == f"{name} Centre"] in ([sector], [])
    if sector is not None:
        assert [a.sector for a in actors] == [sector]


@pytest.mark.parametrize(("kind", "sector"), [("Convention", None), ("Advocacy", "NGO")])
def test_a_venue_centre_has_no_sector(make_doc: MakeDoc, kind: str, sector: str | None) -> None:
    rows = parsed(
        f"The|DET|det|3 Zorvex|PROPN|compound|2|B-ORG {kind}|PROPN|compound|1|I-ORG "
        "Centre|PROPN|nsubj|1|I-ORG opened|VERB|ROOT|0 early|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert [a.sector for a in actors if a.name == f"Zorvex {kind} Centre"] in ([sector], [])
    if sector is not None:
        assert [a.sector for a in actors] == [sector]
