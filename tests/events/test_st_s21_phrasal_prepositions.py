"""A gerund after a preposition of several words ("in addition to", "in the process of")
is the act of the subject of the verb that phrase hangs on ("In addition to withdrawing its
troops, Ruritania criticised Vastland"). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import doers_of

# "In addition to withdrawing its troops, Ruritania criticised Vastland."
IN_ADDITION_TO = (
    "In|ADP|prep|8 addition|NOUN|pobj|-1||addition to|ADP|prep|-1 "
    "withdrawing|VERB|pcomp|-1||withdraw its|PRON|poss|1||its troops|NOUN|dobj|-2||troop "
    ",|PUNCT|punct|2 Ruritania|PROPN|nsubj|1|B-GPE criticised|VERB|ROOT|0||criticise "
    "Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
)


def test_a_gerund_after_in_addition_to_is_the_main_subjects(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, IN_ADDITION_TO, "withdrawing") == [("A1",)]


def test_a_gerund_after_a_plain_noun_phrase_borrows_no_doer(blank_nlp: Language) -> None:
    plain = IN_ADDITION_TO.replace("addition|NOUN|pobj|-1||addition", "view|NOUN|pobj|-1||view")
    assert all(a == () for a in doers_of(blank_nlp, plain, "withdrawing"))
