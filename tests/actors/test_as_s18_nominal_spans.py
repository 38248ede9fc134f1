"""Agent phrases: a complement after a comma says where again, it does not lengthen the
mention ("police in Varden, Ohio, in the eastern United States").

Invented sentences, hand-parsed (no model). The first test failed before the comma check
of :func:`nominal._complement`; the second guards a complement right after its noun.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _group_mentions(doc: Doc) -> list[str]:
    result = extract_actors(doc)
    return [m.text for a in result.actors if a.sector == "COP" for m in a.mentions]


def test_a_place_said_again_after_a_comma_is_no_part_of_the_mention(make_doc: MakeDoc) -> None:
    # "The United States reacted . Police in Varden , Ohio , in the eastern United States ,
    # responded ."
    story = parsed(
        "The|DET|det|2 United|PROPN|compound|1|B-GPE States|PROPN|nsubj|1|I-GPE "
        "reacted|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    rows = story + parsed(
        "Police|NOUN|nsubj|13 in|ADP|prep|-1 Varden|PROPN|pobj|-1|B-GPE ,|PUNCT|punct|-1 "
        "Ohio|PROPN|appos|-2|B-GPE ,|PUNCT|punct|-3 in|ADP|prep|-6 the|DET|det|3 "
        "eastern|ADJ|amod|2 United|PROPN|compound|1|B-GPE States|PROPN|pobj|-4|I-GPE "
        ",|PUNCT|punct|2 responded|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    mentions = _group_mentions(make_doc(rows))
    assert mentions
    assert all("eastern" not in text for text in mentions)


def test_a_complement_right_after_its_noun_names_the_country(make_doc: MakeDoc) -> None:
    # "Police in the United States responded ."
    rows = parsed(
        "Police|NOUN|nsubj|5 in|ADP|prep|-1 the|DET|det|2 United|PROPN|compound|1|B-GPE "
        "States|PROPN|pobj|-3|I-GPE responded|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _group_mentions(make_doc(rows)) == ["Police in the United States"]


def test_a_complement_after_a_coordinated_noun_is_not_the_first_nouns(
    make_doc: MakeDoc,
) -> None:
    # "Fighting between the rebels and armed troops from Ethiopia went on ." (the parser
    # hung "from Ethiopia" on "rebels")
    rows = parsed(
        "Fighting|NOUN|nsubj|9 between|ADP|prep|-1 the|DET|det|1 rebels|NOUN|pobj|-2 "
        "and|CCONJ|cc|-1 armed|ADJ|amod|1 troops|NOUN|conj|-3 from|ADP|prep|-4 "
        "Ethiopia|PROPN|pobj|-1|B-GPE went|VERB|ROOT|0 on|ADP|prt|-1 .|PUNCT|punct|-2"
    )
    result = extract_actors(make_doc(rows))
    assert all("rebels and" not in m.text for a in result.actors for m in a.mentions)
