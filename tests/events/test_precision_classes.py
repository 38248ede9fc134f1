"""Classes of false or mistyped events found on unlabelled articles (invented sentences).

Each case is a construction that was coded wrongly before its rule: a commercial offer
coded as a political AGREE, a naming verb whose predicate praises coded as censure.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.type for e in analyze(Article(id="t", text=text, published="2011-05-04")).events}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Goods, services and prices offered to customers are no event ...
        ("The airline is offering cheaper seats on its flights to Asia.", None, "AGREE"),
        ("The bank offered its clients a new savings account.", None, "AGREE"),
        ("Local shops offered free coffee to the visitors.", None, "AGREE"),
        # ... while aid, talks, a truce or amnesty offered to another party is (CAMEO 03).
        ("Norway offered humanitarian aid to the flood victims.", "AGREE", None),
        ("The rebels offered a truce to the government in Kabul.", "AGREE", None),
        ("The government offered amnesty to the rebel fighters.", "AGREE", None),
        # A naming verb whose predicate acclaims praises (CAMEO 051); censure stays ACCUSE.
        ("The Kenyan minister called the accord a historic breakthrough.", "SUPPORT", "ACCUSE"),
        ("The mayor called the new trade deal a great success.", "SUPPORT", "ACCUSE"),
        ("The senator called the new treaty a great betrayal.", "ACCUSE", "SUPPORT"),
    ],
)
def test_precision_classes(text: str, expected: str | None, absent: str | None) -> None:
    found = _types(text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
