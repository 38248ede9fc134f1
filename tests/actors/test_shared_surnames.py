"""A bare surname several people bear: which of them it means (invented names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import Row, parsed

MakeDoc = Callable[..., Doc]


def _met(first: str, second: str) -> list[Row]:
    """ "<first> Vale met <second> Vale ." """
    return parsed(
        f"{first}|PROPN|compound|1|B-PERSON Vale|PROPN|nsubj|1|I-PERSON met|VERB|ROOT|0 "
        f"{second}|PROPN|compound|1|B-PERSON Vale|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
    )


_SPOKE = parsed("Vale|PROPN|nsubj|1|B-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1")
_MR_SPOKE = parsed(
    "Mr|PROPN|compound|1 Vale|PROPN|nsubj|1|B-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
)
_WIFE = parsed(
    "His|PRON|poss|1 wife|NOUN|nsubj|3 Mary|PROPN|compound|1|B-PERSON "
    "Vale|PROPN|appos|-2|I-PERSON wept|VERB|ROOT|0 .|PUNCT|punct|-1"
)
_TOM_SPOKE = parsed(
    "Tom|PROPN|compound|1|B-PERSON Vale|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
    ".|PUNCT|punct|-1"
)
_RAIN = parsed("It|PRON|nsubj|1 rained|VERB|ROOT|0 .|PUNCT|punct|-1")
_JO_WON = parsed(
    "Jo|PROPN|compound|1|B-PERSON Vale|PROPN|nsubj|1|I-PERSON won|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def _owner_of_last_vale(doc: Doc) -> str | None:
    result = extract_actors(doc)
    last = max(m.start for a in result.actors for m in a.mentions if m.text == "Vale")
    return next((a.name for a in result.actors for m in a.mentions if m.start == last), None)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_met("Mary", "Tom") + _MR_SPOKE, "Tom Vale"),  # "Mr" is the man, not the first named
        (_met("Tom", "Mary") + _SPOKE, "Tom Vale"),  # no title: the first named, not the last
        (_TOM_SPOKE + _WIFE + _SPOKE, "Tom Vale"),  # a wife named in passing is not the Vale
        (_TOM_SPOKE + _RAIN + _RAIN + _JO_WON + _SPOKE, "Jo Vale"),  # the one named just before
    ],
)
def test_a_bare_shared_surname_goes_to_the_bearer_the_rules_pick(
    make_doc: MakeDoc, rows: list[Row], expected: str
) -> None:
    assert _owner_of_last_vale(make_doc(rows)) == expected


def test_a_name_with_another_initial_is_another_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Ann|PROPN|compound|1|B-PERSON Vale|PROPN|nsubj|1|I-PERSON met|VERB|ROOT|0 "
        "F.D.|PROPN|compound|1|B-PERSON Vale|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
    )
    names = sorted(a.name for a in extract_actors(make_doc(rows)).actors)
    assert names == ["Ann Vale", "F.D. Vale"]


def test_a_bare_surname_a_firm_also_bears_stays_nobodys(make_doc: MakeDoc) -> None:
    firm = parsed(
        "Vale|PROPN|compound|1|B-ORG Motors|PROPN|nsubj|1|I-ORG grew|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    untagged = parsed("Vale|PROPN|nsubj|1 spoke|VERB|ROOT|0 .|PUNCT|punct|-1")
    rows = _met("Tom", "Mary") + firm + untagged
    result = extract_actors(make_doc(rows))
    last = max(m.start for a in result.actors for m in a.mentions)
    assert not [a for a in result.actors if a.type == "PERSON" and
                any(m.start == last for m in a.mentions)]  # fmt: skip
