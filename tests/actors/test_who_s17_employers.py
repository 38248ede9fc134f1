"""A person with no title takes the sector of the organization a description names.

Invented sentences, hand-parsed (no model). "Zorvex engineer Jo Brin" took only Zorvex's
country and fell back to a civilian (CVL); CAMEO codes staff by their employer, so the
person is the organization's sector (BUS for a company, IGO for the UN, with no country of
their own), also for a possessive ("the Zorvex Fund's Jo Brin") and an indefinite
appositive ("Jo Brin, a UN rapporteur", "Jo Brin, an ecologist at the Zorvex Institute").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _person(make_doc: MakeDoc, notation: str) -> tuple[str | None, str | None]:
    actors = extract_actors(make_doc(parsed(notation))).actors
    person = next(a for a in actors if a.type == "PERSON")
    return person.country, person.sector


def test_an_organization_before_a_description_gives_its_sector(make_doc: MakeDoc) -> None:
    notation = (
        "Google|PROPN|compound|1|B-ORG engineer|NOUN|compound|2 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation) == ("USA", "BUS")


def test_an_organizations_person_takes_its_sector(make_doc: MakeDoc) -> None:
    notation = (
        "The|DET|det|3 Zorvex|PROPN|compound|2|B-ORG Rights|PROPN|compound|1|I-ORG "
        "Fund|PROPN|poss|3|I-ORG 's|PART|case|-1 Jo|PROPN|compound|1|B-PERSON "
        "Brin|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation)[1] == "NGO"


def test_an_appositive_international_employer_leaves_no_country(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|6|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|2 UN|PROPN|compound|1|B-ORG rapporteur|NOUN|appos|-4 ,|PUNCT|punct|-5 "
        "spoke|VERB|ROOT|0 in|ADP|prep|-1 Paris|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
    )
    assert _person(make_doc, notation) == (None, "IGO")


def test_a_description_at_a_university_is_academic(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|9|I-PERSON ,|PUNCT|punct|-1 "
        "an|DET|det|1 ecologist|NOUN|appos|-3 at|ADP|prep|-1 the|DET|det|2 "
        "Zorvex|PROPN|compound|1|B-ORG University|PROPN|pobj|-3|I-ORG ,|PUNCT|punct|-8 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation)[1] == "EDU"


def test_a_critic_of_an_organization_is_no_staff_of_it(make_doc: MakeDoc) -> None:
    notation = (
        "Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|1 critic|NOUN|appos|-3 of|ADP|prep|-1 UN|PROPN|pobj|-1|B-ORG "
        ",|PUNCT|punct|-6 spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _person(make_doc, notation)[1] == "CVL"
