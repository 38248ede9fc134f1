"""A state's centre is a government body; a former school names no one's country.

Invented sentences, hand-parsed (no model). A "Centre" with no study, medical or other
keyword fell back to an advocacy group (NGO), also a state's security, rescue or
emergency centre; those are GOV now. A university at a title gave the person its
country even when the title was a former one ("a former Harvard professor" made a
Canadian politician American); that country now comes from elsewhere in the story.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _centre_sector(make_doc: MakeDoc, words: str) -> str | None:
    first, *rest = words.split()
    tags = [f"{first}|PROPN|compound|{len(rest)}|B-ORG"]
    tags += [f"{w}|PROPN|compound|{len(rest) - k}|I-ORG" for k, w in enumerate(rest[:-1], 1)]
    tags.append(f"{rest[-1]}|PROPN|nsubj|1|I-ORG")
    notation = "The|DET|det|" + str(len(rest) + 1) + " " + " ".join(tags)
    notation += " met|VERB|ROOT|0 .|PUNCT|punct|-1"
    actors = extract_actors(make_doc(parsed(notation))).actors
    return next(a.sector for a in actors if a.type == "ORG")


@pytest.mark.parametrize(
    ("words", "sector"),
    [("Joint Threat Assessment Centre", "GOV"), ("Coastal Rescue Center", "GOV"),
     ("Zorvex Human Rights Center", "NGO"), ("Zorvex Emergency Medicine Center", "HLH")],
)  # fmt: skip
def test_a_states_centre_is_a_government_body(make_doc: MakeDoc, words: str, sector: str) -> None:
    assert _centre_sector(make_doc, words) == sector


_CANADA = "Canada|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 "


def test_a_former_schools_country_is_not_the_persons(make_doc: MakeDoc) -> None:
    notation = _CANADA + (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|8|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|4 former|ADJ|amod|3 Harvard|PROPN|compound|1|B-ORG "
        "University|PROPN|compound|1|I-ORG professor|NOUN|appos|-6 ,|PUNCT|punct|-7 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1 " + _CANADA
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    person = next(a for a in actors if a.type == "PERSON")
    assert (person.country, person.sector) == ("CAN", "EDU")


def test_a_current_schools_country_is_the_persons(make_doc: MakeDoc) -> None:
    notation = _CANADA + (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|3 Harvard|PROPN|compound|1|B-ORG "
        "University|PROPN|compound|1|I-ORG professor|NOUN|appos|-5 ,|PUNCT|punct|-6 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1 " + _CANADA
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    person = next(a for a in actors if a.type == "PERSON")
    assert person.country == "USA"


def test_a_former_academic_of_a_school_is_not_its_countrys(make_doc: MakeDoc) -> None:
    notation = _CANADA + (
        "former|ADJ|amod|4 Harvard|PROPN|compound|1|B-ORG University|PROPN|compound|1|I-ORG "
        "academic|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1 " + _CANADA
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    person = next(a for a in actors if a.type == "PERSON")
    assert person.country == "CAN"
