"""A country named only as the X of "X-based" is an address, not a participant.

Invented sentences, hand-parsed (no model). The first case failed before the rule:
"the Norway-based monitor" made Norway an actor (and a quote's speaker), though the
hyphenated name only says where the monitor sits, as "the Boston-based firm" does.
A city before a two-word title ("a Lyon police officer") is the person's home, as
before a one-word title ("a Vermont senator").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_BASED_MONITOR = (
    "The|DET|det|4 Norway|PROPN|npadvmod|2|B-GPE -|PUNCT|punct|1 based|VERB|amod|1 "
    "monitor|NOUN|nsubj|1 said|VERB|ROOT|0 .|PUNCT|punct|-1"
)


def test_a_country_named_only_as_a_base_is_a_place(make_doc: MakeDoc) -> None:
    result = extract_actors(make_doc(parsed(_BASED_MONITOR), glued=frozenset({1, 2})))
    assert [a.name for a in result.actors] == []
    assert [p.name for p in result.places] == ["Norway"]


def test_a_country_written_apart_from_based_is_a_place_too(make_doc: MakeDoc) -> None:
    rows = parsed(
        "A|DET|det|3 Norway|PROPN|npadvmod|1|B-GPE based|VERB|amod|1 "
        "charity|NOUN|nsubj|1 protested|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [a.name for a in result.actors] == []
    assert [p.name for p in result.places] == ["Norway"]


def test_a_based_country_that_also_acts_stays_a_participant(make_doc: MakeDoc) -> None:
    rows = parsed(
        _BASED_MONITOR[: -len(" .|PUNCT|punct|-1")]
        + " Norway|PROPN|nsubj|1|B-GPE protested|VERB|ccomp|-2 .|PUNCT|punct|-3"
    )
    result = extract_actors(make_doc(rows, glued=frozenset({1, 2})))
    assert [a.name for a in result.actors] == ["Norway"]
    assert [p.name for p in result.places] == []


def test_a_city_before_a_two_word_title_is_the_persons_home(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|7|I-PERSON ,|PUNCT|punct|-1 "
        "a|DET|det|3 Lyon|PROPN|compound|2|B-GPE police|NOUN|compound|1 "
        "officer|NOUN|appos|-5 ,|PUNCT|punct|-6 said|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    result = extract_actors(make_doc(rows))
    assert [a.name for a in result.actors] == ["Jo Doe"]
    assert [p.name for p in result.places] == ["Lyon"]
