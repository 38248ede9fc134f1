"""A group named with two places of one country is one mention of one group.

Invented sentences, hand-parsed (no model). "Ohio's Franklin County court" went down the
path for groups of several countries ("Hungarian and Romanian officials"): each place
became a mention of its own ("Ohio", "Franklin County") of an actor "Ohio court"; one
country's places now make one group, mentioned by the whole phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def test_two_places_of_one_country_make_one_mention(make_doc: MakeDoc) -> None:
    notation = (
        "Ohio|PROPN|poss|4|B-GPE 's|PART|case|-1 Franklin|PROPN|compound|1|B-GPE "
        "County|PROPN|compound|1|I-GPE court|NOUN|nsubj|1 ruled|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(parsed(notation), glued=frozenset({0}))).actors
    courts = [a for a in actors if a.sector == "JUD"]
    assert [[m.text for m in a.mentions] for a in courts] == [["Ohio's Franklin County court"]]
