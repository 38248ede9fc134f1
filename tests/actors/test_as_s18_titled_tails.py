"""A body's name, a title and a person's name read by the model as one entity are a body
and a titled person ("Acme Aircraft President Jo Doe").

Invented sentences, hand-parsed (no model). The first test failed before
:func:`merged_fixes._body_title_cut`; the second guards a name with a title word inside.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed

MakeDoc = Callable[..., Doc]


def test_a_body_a_title_and_a_name_are_a_body_and_a_person(make_doc: MakeDoc) -> None:
    # "Varden Aircraft President Tolva Marrick spoke ." (one model entity)
    rows = parsed(
        "Varden|PROPN|compound|1|B-ORG Aircraft|PROPN|compound|3|I-ORG "
        "President|PROPN|compound|2|I-ORG Tolva|PROPN|compound|1|I-ORG "
        "Marrick|PROPN|nsubj|1|I-ORG spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert sorted(actor_names(result)) == ["Tolva Marrick", "Varden Aircraft"]


def test_a_title_word_inside_a_name_of_one_more_word_stays(make_doc: MakeDoc) -> None:
    # "Tolva Varden Sheikh Marrick spoke ." (one word after the title: one name)
    rows = parsed(
        "Tolva|PROPN|compound|3|B-PERSON Varden|PROPN|compound|2|I-PERSON "
        "Sheikh|PROPN|compound|1|I-PERSON Marrick|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert actor_names(extract_actors(make_doc(rows))) == ["Tolva Varden Sheikh Marrick"]
