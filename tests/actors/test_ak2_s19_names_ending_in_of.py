"""No place or organization name ends in "of" (stop 19, role AK2).

Hand-parsed sentences (no model). Before, the model's place "County of" before the
people "Westvale" was kept as a place "County of".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _names(make_doc: MakeDoc, notation: str) -> list[str]:
    result = extract_actors(make_doc(parsed(notation)))
    return sorted([a.name for a in result.actors] + [p.name for p in result.places])


def test_a_name_cut_after_of_runs_on_to_the_name(make_doc: MakeDoc) -> None:
    # The County of Westvale sued the firm.
    names = _names(
        make_doc,
        "The|DET|det|1 County|PROPN|nsubj|3|B-GPE of|ADP|prep|-1|I-GPE "
        "Westvale|PROPN|pobj|-1|B-NORP sued|VERB|ROOT|0 the|DET|det|1 firm|NOUN|dobj|-2 "
        ".|PUNCT|punct|-3",
    )
    assert names == ["County of Westvale"]


def test_no_name_ends_in_of(make_doc: MakeDoc) -> None:
    # The Westvale Council of voters met.
    names = _names(
        make_doc,
        "The|DET|det|2 Westvale|PROPN|compound|1|B-GPE Council|PROPN|nsubj|3|I-GPE "
        "of|ADP|prep|-1|I-GPE voters|NOUN|pobj|-1 met|VERB|ROOT|0 .|PUNCT|punct|-1",
    )
    assert not any(name.endswith(" of") for name in names)


def test_an_untagged_known_place_ends_the_name(make_doc: MakeDoc) -> None:
    # The State of California sued the firm.
    names = _names(
        make_doc,
        "The|DET|det|1 State|PROPN|nsubj|3|B-GPE of|ADP|prep|-1|I-GPE "
        "California|PROPN|pobj|-1 sued|VERB|ROOT|0 the|DET|det|1 firm|NOUN|dobj|-2 "
        ".|PUNCT|punct|-3",
    )
    assert names == ["State of California"]


def test_an_untagged_name_of_no_place_is_left_out(make_doc: MakeDoc) -> None:
    # The District of Westvale Superior Court ruled.
    names = _names(
        make_doc,
        "The|DET|det|1 District|PROPN|nsubj|5|B-GPE of|ADP|prep|-1|I-GPE "
        "Westvale|PROPN|compound|2 Superior|PROPN|compound|1 Court|PROPN|pobj|-3 "
        "ruled|VERB|ROOT|0 .|PUNCT|punct|-1",
    )
    assert "District of Westvale Superior Court" not in names
    assert not any(name.endswith(" of") for name in names)
