"""A naval rank before a name is a title, not part of the name ("Commodore Jo Doe").

Invented sentence, hand-parsed (no model); it failed before "commodore" was in titles.tsv.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_a_commodore_is_a_titled_person(make_doc: MakeDoc) -> None:
    # "Commodore Tolva Marrick spoke ." (one model person)
    rows = parsed(
        "Commodore|PROPN|compound|2|B-PERSON Tolva|PROPN|compound|1|I-PERSON "
        "Marrick|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    [actor] = extract_actors(make_doc(rows)).actors
    assert actor.name == "Tolva Marrick"
    assert [t.text for t in actor.titles] == ["Commodore"]
