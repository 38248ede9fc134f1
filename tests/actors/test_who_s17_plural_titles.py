"""A plural head-of-government title covers the list of names after it.

Invented sentences, hand-parsed (no model). ``titles.tsv`` listed "senators" but not
"presidents": in "Presidents Jo Brin of Ruritania and Al Zorvex of Zembla" neither was
titled and both fell back to civilians (CVL); now each is GOV.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


@pytest.mark.parametrize("title", ["Presidents", "Governors", "Premiers"])
def test_a_plural_title_covers_each_name(make_doc: MakeDoc, title: str) -> None:
    notation = (
        f"{title}|PROPN|compound|2 Jo|PROPN|compound|1|B-PERSON Brin|PROPN|nsubj|4|I-PERSON "
        "and|CCONJ|cc|-1 Al|PROPN|compound|1|B-PERSON Zorvex|PROPN|conj|-3|I-PERSON "
        "met|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(parsed(notation))).actors
    people = sorted((a.name, a.sector) for a in actors if a.type == "PERSON")
    assert people == [("Al Zorvex", "GOV"), ("Jo Brin", "GOV")]
