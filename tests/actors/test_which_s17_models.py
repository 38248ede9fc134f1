"""A maker's model ("Mil Mi-26"), a model code in the plural ("AK-47s") and a name
listed with a work are things.

Invented sentences, hand-parsed (no model). The model tests failed before
``thing_names._names_a_model``, the list of titles before ``_listed_with_a_work``; one
guards a body named by a lone code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize(
    "notation",
    [
        "They|PRON|nsubj|1 carried|VERB|ROOT|0 ZX-47s|PROPN|dobj|-1|B-ORG .|PUNCT|punct|-2",
        "The|DET|det|2 Varden|PROPN|compound|1|B-PERSON Vk-26|PROPN|nsubj|1|I-PERSON "
        "landed|VERB|ROOT|0 .|PUNCT|punct|-1",
    ],
)
def test_a_model_is_no_actor(make_doc: MakeDoc, notation: str) -> None:
    assert actor_names(extract_actors(make_doc(parsed(notation)))) == []


def test_a_body_named_by_a_lone_code_stays(make_doc: MakeDoc) -> None:
    rows = parsed("The|DET|det|1 Q30|PROPN|nsubj|1|B-ORG met|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert actor_names(extract_actors(make_doc(rows))) == ["Q30"]


def test_a_name_listed_with_a_work_is_a_title(make_doc: MakeDoc) -> None:
    # "She wrote Blue Harbor and Black Knight." (two titles)
    rows = parsed(
        "She|PRON|nsubj|1 wrote|VERB|ROOT|0 Blue|PROPN|compound|1|B-WORK_OF_ART "
        "Harbor|PROPN|dobj|-2|I-WORK_OF_ART and|CCONJ|cc|-1 Black|PROPN|compound|1|B-ORG "
        "Knight|PROPN|conj|-3|I-ORG .|PUNCT|punct|-6"
    )
    assert actor_names(extract_actors(make_doc(rows))) == []
