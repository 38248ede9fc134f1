"""A country's dollar sign ("AU$", "HK$") is split from its amount, as spaCy splits "US$"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article
from newsgraph.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "sign", "amount"),
    [
        ("The fund paid AU$1 million.", "AU$", "1"),
        ("Tickets cost HK$3.5 each.", "HK$", "3.5"),
        ("The bill was C$12 in all.", "C$", "12"),
    ],
)
def test_a_country_dollar_sign_is_its_own_token(
    nlp: Language, text: str, sign: str, amount: str
) -> None:
    words = [t.text for t in nlp(text)]
    assert words[words.index(sign) + 1] == amount


def test_a_plain_dollar_amount_is_unchanged(nlp: Language) -> None:
    assert [t.text for t in nlp("It paid $5 and US$7.")][2:6] == ["$", "5", "and", "US$"]


def test_a_donation_in_a_country_dollar_amount_is_an_aid_event() -> None:
    text = "Tycoon Ned Varga made an AU$1 million donation to the Labor Party last year."
    analysis = analyze(Article(id="t", text=text, published="2031-02-02"))
    names = {a.id: a.name for a in analysis.actors}
    aid = [e for e in analysis.events if e.type == "AID"]
    assert aid and aid[0].trigger.text == "donation"
    assert names.get(aid[0].recipient or "") == "Labor Party"
