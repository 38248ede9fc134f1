"""A large city the model misreads is a place; a name before armed men names their group."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import actor_names, parsed, place_names

MakeDoc = Callable[..., Doc]


def test_a_city_read_as_a_language_after_in_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Drones|NOUN|nsubj|1 hit|VERB|ROOT|0 docks|NOUN|dobj|-1 in|ADP|prep|-2 "
        "Odesa|PROPN|pobj|-1|B-LANGUAGE on|ADP|prep|-4 Monday|PROPN|pobj|-1|B-DATE .|PUNCT|punct|-7"
    )
    result = extract_actors(make_doc(rows))
    assert place_names(result) == ["Odesa"]
    assert "Odesa" not in actor_names(result)


def test_a_city_read_once_as_a_person_is_the_city(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Rebels|NOUN|nsubj|1 left|VERB|ROOT|0 the|DET|det|1 city|NOUN|dobj|-2 of|ADP|prep|-1 "
        "Goma|PROPN|pobj|-1|B-LOC .|PUNCT|punct|-5 "
        "They|PRON|nsubj|1 seized|VERB|ROOT|0 Goma|PROPN|dobj|-1|B-PERSON "
        "in|ADP|prep|-2 May|PROPN|pobj|-1|B-DATE .|PUNCT|punct|-4"
    )
    result = extract_actors(make_doc(rows))
    assert all(a.type != "PERSON" for a in result.actors)
    assert "Goma" in place_names(result) + actor_names(result)


def test_a_name_before_rebels_is_their_group(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|3 Zorva|PROPN|compound|1|B-GPE rebels|NOUN|nsubj|1 withdrew|VERB|ROOT|0 "
        "from|ADP|prep|-1 Tarnak|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-3"
    )
    result = extract_actors(make_doc(rows))
    assert "Zorva" not in place_names(result)
    groups = [a for a in result.actors if a.name.startswith("Zorva")]
    assert len(groups) == 1 and groups[0].sector == "REB"
