"""A listed organization's one-word name after an office is a person (stop 19, role AK).

Hand-parsed sentences (no model). Before, "Mayor Bloomberg said" was the news agency
Bloomberg (MED) of ``organizations.jsonl``: the title was read as nobody's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_SAID = "said|VERB|ROOT|0 it|PRON|dobj|-1 .|PUNCT|punct|-2"


def test_an_office_before_an_organization_s_name_makes_a_person(make_doc: MakeDoc) -> None:
    rows = parsed(f"Mayor|PROPN|compound|1 Bloomberg|PROPN|nsubj|1|B-ORG {_SAID}")
    (actor,) = extract_actors(make_doc(rows)).actors
    assert (actor.type, actor.sector, [t.text for t in actor.titles]) == (
        "PERSON",
        "GOV",
        ["Mayor"],
    )


def test_the_name_alone_stays_the_organization(make_doc: MakeDoc) -> None:
    rows = parsed(f"Bloomberg|PROPN|nsubj|1|B-ORG {_SAID}")
    (actor,) = extract_actors(make_doc(rows)).actors
    assert (actor.type, actor.sector) == ("ORG", "MED")
