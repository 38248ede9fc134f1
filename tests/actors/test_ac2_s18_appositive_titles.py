"""Appositive titles after an adverb, after a body's name, and joined by "and" (stop 18,
role AC2).

Invented sentences, hand-parsed (no model). Each failed before its rule: the appositive
scan stopped at an adverb ("NAME, formerly a judge": CVL), took the title's word that
opens a body's name for the person's ("General" of "the General Zorvex Agency's chief
of staff": MIL), and a first title joined by "and" to a second found no body or sector
("NAME, president and CFO": GOV, from a bare "president").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _sector(make_doc: MakeDoc, notation: str) -> str | None:
    actors = extract_actors(make_doc(parsed(notation))).actors
    return next(a.sector for a in actors if a.name == "Jo Brin")


@pytest.mark.parametrize(("adverb", "tag"), [("formerly", "ADV"), ("also", "ADV"), ("now", "ADV")])
def test_an_adverb_opens_an_appositive_title(make_doc: MakeDoc, adverb: str, tag: str) -> None:
    notation = (
        f"Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 "
        f"{adverb}|{tag}|advmod|2 a|DET|det|1 judge|NOUN|appos|-4 ,|PUNCT|punct|-5 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sector(make_doc, notation) == "JUD"


def test_a_titles_word_opening_a_bodys_name_is_the_bodys(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|11|I-PERSON ,|PUNCT|punct|-1 "
        "the|DET|det|3 General|PROPN|compound|2|B-ORG Zorvex|PROPN|compound|1|I-ORG "
        "Agency|PROPN|poss|2|I-ORG 's|PART|case|-1 chief|NOUN|appos|-7 of|ADP|prep|-1 "
        "staff|NOUN|pobj|-1 ,|PUNCT|punct|-10 spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sector(make_doc, notation) == "GOV"


def test_a_company_title_after_and_makes_a_bare_president_a_companys(
    make_doc: MakeDoc,
) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 "
        "president|NOUN|appos|-2 and|CCONJ|cc|-1 CFO|PROPN|conj|-2 ,|PUNCT|punct|-5 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sector(make_doc, notation) == "BUS"


def test_both_titles_joined_by_and_are_held_at_the_body_after(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|9|I-PERSON ,|PUNCT|punct|-1 "
        "president|NOUN|appos|-2 and|CCONJ|cc|-1 director|NOUN|conj|-2 of|ADP|prep|-1 "
        "Zorvex|PROPN|compound|1|B-ORG University|PROPN|pobj|-2|I-ORG ,|PUNCT|punct|-8 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _sector(make_doc, notation) == "EDU"
