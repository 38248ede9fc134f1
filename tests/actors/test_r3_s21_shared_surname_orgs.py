"""A surname several people share, which the model tagged as an organization, is one of
them (stop 21, role R3).

Hand-parsed sentences (no model). A one-word model place or group that is a shared
surname went to the bearer the reading picks (the relative introduced in passing set
aside), but a one-word model organization ("Doe's wife", "until Doe and another agent")
was dropped: neither the person nor an organization. It now joins the bearer too, unless
a longer organization name of the article holds the word ("the Doe Group").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_LED = (
    "Tony|PROPN|compound|1|B-PERSON Mendez|PROPN|nsubj|1|I-PERSON led|VERB|ROOT|0 "
    "it|PRON|dobj|-1 .|PUNCT|punct|-2"
)
_WIFE = (
    "His|PRON|poss|1 wife|NOUN|nsubj|3 Jonna|PROPN|compound|1|B-PERSON "
    "Mendez|PROPN|appos|-2|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
)
_LEFT = "Mendez|PROPN|nsubj|1|B-ORG left|VERB|ROOT|0 .|PUNCT|punct|-1"
_GROUP = (
    "Mendez|PROPN|compound|1|B-ORG Group|PROPN|nsubj|1|I-ORG hired|VERB|ROOT|0 "
    "him|PRON|dobj|-1 .|PUNCT|punct|-2"
)


def _mentions(make_doc: MakeDoc, *sentences: str) -> dict[str, list[str]]:
    actors = extract_actors(make_doc(parsed(" ".join(sentences)))).actors
    return {a.name: [m.text for m in a.mentions if m.source != "pronoun"] for a in actors}


def test_a_shared_surname_the_model_calls_an_organization_is_the_principal_bearer(
    make_doc: MakeDoc,
) -> None:
    found = _mentions(make_doc, _LED, _WIFE, _LEFT)
    assert found["Tony Mendez"] == ["Tony Mendez", "Mendez"]
    assert found["Jonna Mendez"] == ["Jonna Mendez"]


def test_it_stays_no_person_when_an_organization_of_that_name_is_named(
    make_doc: MakeDoc,
) -> None:
    found = _mentions(make_doc, _LED, _WIFE, _GROUP, _LEFT)
    assert found["Tony Mendez"] == ["Tony Mendez"]
    assert found["Jonna Mendez"] == ["Jonna Mendez"]
