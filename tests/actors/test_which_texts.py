"""A qualified thing noun before "on" inside a name heads a text or an event, not a body.

Invented sentences, hand-parsed (no model). The first case failed before the rule:
"the Zorvian Convention on Fair Trials" was an organization (a treaty the model tags
ORG); a name that opens with its thing noun may still head a body ("the Project on
Fair Trials", like the real research groups so named). Regulations, an address (a
speech) and a maker's model code ("an Airbus A320") name things too.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_convention_on_a_subject_is_no_organization(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Judges|NOUN|nsubj|1 cited|VERB|ROOT|0 the|DET|det|2 Zorvian|PROPN|compound|1|B-ORG "
        "Convention|PROPN|dobj|-3|I-ORG on|ADP|prep|-1|I-ORG Fair|PROPN|compound|1|I-ORG "
        "Trials|PROPN|pobj|-2|I-ORG .|PUNCT|punct|-7"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == []


def test_a_project_on_a_subject_stays_a_body(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 Project|PROPN|nsubj|4|B-ORG on|ADP|prep|-1|I-ORG "
        "Fair|PROPN|compound|1|I-ORG Trials|PROPN|pobj|-2|I-ORG protested|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == ["Project on Fair Trials"]


def test_regulations_are_a_text(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Inspectors|NOUN|nsubj|1 cited|VERB|ROOT|0 the|DET|det|3 Zorvex|PROPN|compound|2|B-ORG "
        "Harbour|PROPN|compound|1|I-ORG Regulations|PROPN|dobj|-4|I-ORG .|PUNCT|punct|-5"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == []


def test_a_name_before_address_names_the_speech(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Lawmakers|NOUN|nsubj|1 praised|VERB|ROOT|0 the|DET|det|3 Zorvex|PROPN|compound|2|B-ORG "
        "Assembly|PROPN|compound|1|I-ORG address|NOUN|dobj|-4 .|PUNCT|punct|-5"
    )
    assert [a.name for a in extract_actors(make_doc(rows)).actors] == []


def test_a_company_before_a_model_code_names_a_product(make_doc: MakeDoc) -> None:
    plane = parsed(
        "An|DET|det|2 Airbus|PROPN|compound|1 A320|PROPN|nsubj|1 landed|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert [a.name for a in extract_actors(make_doc(plane)).actors] == []
    maker = parsed(
        "Airbus|PROPN|nsubj|1 said|VERB|ROOT|0 F1|PROPN|nsubj|1 won|VERB|ccomp|-2 .|PUNCT|punct|-3"
    )
    assert [a.name for a in extract_actors(make_doc(maker)).actors] == ["Airbus"]
