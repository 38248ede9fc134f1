"""A bare group noun that names no actor ("the troops", "police") stands for the group named
before it with the same head noun ("Vastlandic troops ... The troops arrested ..."); not a
group with a modifier of its own ("rebel troops"), nor one named only after it, nor one in
another number ("the courts" are not "the court"). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events.phrase_actors import actors_of
from newsgraph.model import Actor, Mention

from .conftest import build, parsed

# "Vastlandic troops entered the town. The troops arrested ten men."
TWO_SENTENCES = (
    "Vastlandic|ADJ|amod|1||vastlandic troops|NOUN|nsubj|1||troop entered|VERB|ROOT|0||enter "
    "the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3 The|DET|det|1 troops|NOUN|nsubj|1||troop "
    "arrested|VERB|ROOT|0||arrest ten|NUM|nummod|1 men|NOUN|dobj|-2||man .|PUNCT|punct|-3"
)
_TAGS = {"troops": "NNS", "men": "NNS", "court": "NN", "courts": "NNS"}


def _doc(nlp: Language, notation: str) -> Doc:
    return build(nlp, parsed(notation), _TAGS)


def _troops(doc: Doc) -> tuple[Actor, ...]:
    """One actor, the "Vastlandic troops" of the first sentence."""
    span = doc[0:2]
    mention = Mention(span.start_char, span.end_char, span.text, "ORG")
    return (Actor(id="A1", name=span.text, type="ORG", mentions=(mention,)),)


def test_the_troops_are_the_troops_named_before(blank_nlp: Language) -> None:
    doc = _doc(blank_nlp, TWO_SENTENCES)
    assert [a.id for a in actors_of(doc[7], _troops(doc))] == ["A1"]


def test_rebel_troops_are_another_group(blank_nlp: Language) -> None:
    notation = TWO_SENTENCES.replace("The|DET|det|1 troops", "Rebel|NOUN|compound|1 troops")
    doc = _doc(blank_nlp, notation)
    assert actors_of(doc[7], _troops(doc)) == []


def test_a_group_named_only_after_is_not_meant(blank_nlp: Language) -> None:
    # "The troops entered the town. Vastlandic troops arrested ten men."
    notation = TWO_SENTENCES.replace("Vastlandic|ADJ|amod|1||vastlandic", "The|DET|det|1", 1)
    notation = notation.replace("The|DET|det|1 troops|NOUN|nsubj|1||troop arrested", (
        "Vastlandic|ADJ|amod|1||vastlandic troops|NOUN|nsubj|1||troop arrested"
    ))  # fmt: skip
    doc = _doc(blank_nlp, notation)
    span = doc[6:8]
    later = Actor(
        id="A1", name=span.text, type="ORG",
        mentions=(Mention(span.start_char, span.end_char, span.text, "ORG"),),
    )  # fmt: skip
    assert doc[1].text == "troops" and actors_of(doc[1], (later,)) == []


def test_another_number_is_another_noun(blank_nlp: Language) -> None:
    # "The Vastlandic court ruled. Militants attacked the courts."
    notation = (
        "The|DET|det|2 Vastlandic|ADJ|amod|1||vastlandic court|NOUN|nsubj|1 "
        "ruled|VERB|ROOT|0||rule .|PUNCT|punct|-1 Militants|NOUN|nsubj|1||militant "
        "attacked|VERB|ROOT|0||attack "
        "the|DET|det|1 courts|NOUN|dobj|-2||court .|PUNCT|punct|-3"
    )
    doc = _doc(blank_nlp, notation)
    span = doc[0:3]
    court = Actor(
        id="A1", name=span.text, type="ORG",
        mentions=(Mention(span.start_char, span.end_char, span.text, "ORG"),),
    )  # fmt: skip
    assert actors_of(doc[8], (court,)) == []
