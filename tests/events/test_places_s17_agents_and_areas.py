"""Where: the place of a passive's doers; an area named before the country it is of."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import events_of


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # an act on the ground happens where its doers are
        ("Sixteen policemen were killed by gunmen in Kashgar.", "killed", "Kashgar"),
        ("The convoy was attacked by rebels near Kandahar.", "attacked", "Kandahar"),
        # a judgement is not made where its makers live
        ("The minister was criticised by lawmakers in Ottawa.", "criticised", None),
        # the area, not the country it is of
        ("Ten soldiers were killed in the Helmand province of Afghanistan.", "killed", "Helmand"),
        ("Gunmen attacked a base in the Darfur region of Sudan.", "attacked", "Darfur"),
        # the "of" place when it is the more precise one
        ("Police raided a house in the city of Mosul.", "raided", "Mosul"),
    ],
)
def test_where_the_act_happened(
    nlp: Language, text: str, trigger: str, location: str | None
) -> None:
    found = [e for e in events_of(nlp(text)) if e.trigger.text == trigger]
    assert found
    assert found[0].location == location
