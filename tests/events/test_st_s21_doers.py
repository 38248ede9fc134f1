"""Named doers the parse hides: a subject hung on the auxiliary when a phrase set off by
commas interrupts the verb ("Ruritania has, in the past, attacked"); a subject a fronted
phrase swallowed as the last item of its list or an apposition ("After talks with Jo Doe,
Ruritania attacked"), which is then no party to that phrase's meeting; the doer of an aim
pursued "in an effort to" ("Ruritania closed the border in an effort to punish Jo Doe").
Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import doers_of

# "Ruritania has, in the past, attacked the base."
HAS_IN_THE_PAST_ATTACKED = (
    "Ruritania|PROPN|nsubj|1|B-GPE has|AUX|aux|6||have ,|PUNCT|punct|5 in|ADP|prep|4 "
    "the|DET|det|1 past|NOUN|pobj|-2 ,|PUNCT|punct|1 attacked|VERB|ROOT|0||attack "
    "the|DET|det|1 base|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# The same parse with no comma between the auxiliary and the verb: a misparse of another kind.
HAS_ATTACKED_NO_COMMA = (
    "Ruritania|PROPN|nsubj|1|B-GPE has|AUX|aux|4||have in|ADP|prep|3 "
    "the|DET|det|1 past|NOUN|pobj|-2 attacked|VERB|ROOT|0||attack "
    "the|DET|det|1 base|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "After talks with Jo Doe, Ruritania attacked the base." (Ruritania hung on Jo Doe)
AFTER_TALKS_WITH_SWALLOWED = (
    "After|ADP|prep|7 talks|NOUN|pobj|-1||talk with|ADP|prep|-1 Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|pobj|-2|I-PERSON ,|PUNCT|punct|-1 Ruritania|PROPN|appos|-2|B-GPE "
    "attacked|VERB|ROOT|0||attack the|DET|det|1 base|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "After talks with Jo Doe and Ruritania attacked the base." (no comma: a list's last item)
AFTER_TALKS_WITH_AND = (
    "After|ADP|prep|7 talks|NOUN|pobj|-1||talk with|ADP|prep|-1 Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|pobj|-2|I-PERSON and|CCONJ|cc|-1 Ruritania|PROPN|conj|-2|B-GPE "
    "attacked|VERB|ROOT|0||attack the|DET|det|1 base|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "After a meeting between Jo Doe and Ann Roe, Ruritania attacked the base."
AFTER_MEETING_BETWEEN_SWALLOWED = (
    "After|ADP|prep|11 a|DET|det|1 meeting|NOUN|pobj|-2||meeting between|ADP|prep|-1 "
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|pobj|-2|I-PERSON and|CCONJ|cc|-1 "
    "Ann|PROPN|compound|1|B-PERSON Roe|PROPN|conj|-3|I-PERSON ,|PUNCT|punct|-1 "
    "Ruritania|PROPN|conj|-2|B-GPE attacked|VERB|ROOT|0||attack the|DET|det|1 "
    "base|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
# "Ruritania closed the border in an effort to punish Jo Doe."
IN_AN_EFFORT_TO_PUNISH = (
    "Ruritania|PROPN|nsubj|1|B-GPE closed|VERB|ROOT|0||close the|DET|det|1 "
    "border|NOUN|dobj|-2 in|ADP|prep|-3 an|DET|det|1 effort|NOUN|pobj|-2||effort "
    "to|PART|aux|1 punish|VERB|acl|-2||punish Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-10"
)


def test_a_subject_hung_on_an_interrupted_auxiliary_is_the_doer(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, HAS_IN_THE_PAST_ATTACKED, "attacked") == [("A1",)]


def test_without_the_interrupting_commas_the_auxiliary_lends_no_subject(
    blank_nlp: Language,
) -> None:
    assert all(a == () for a in doers_of(blank_nlp, HAS_ATTACKED_NO_COMMA, "attacked"))


def test_a_name_a_fronted_phrase_swallowed_is_the_doer(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, AFTER_TALKS_WITH_SWALLOWED, "attacked") == [("A2",)]


def test_a_list_item_after_and_is_not_taken_for_the_subject(blank_nlp: Language) -> None:
    assert all(a == () for a in doers_of(blank_nlp, AFTER_TALKS_WITH_AND, "attacked"))


def test_the_swallowed_subject_is_no_party_to_the_meeting(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, AFTER_MEETING_BETWEEN_SWALLOWED, "attacked") == [("A3",)]
    meetings = doers_of(blank_nlp, AFTER_MEETING_BETWEEN_SWALLOWED, "meeting")
    assert all("A3" not in a for a in meetings)


def test_an_aim_pursued_in_an_effort_is_the_main_doers(blank_nlp: Language) -> None:
    assert doers_of(blank_nlp, IN_AN_EFFORT_TO_PUNISH, "punish") == [("A1",)]


def test_an_aim_after_a_word_of_no_effort_names_no_doer(blank_nlp: Language) -> None:
    hurry = IN_AN_EFFORT_TO_PUNISH.replace(
        "effort|NOUN|pobj|-2||effort", "hurry|NOUN|pobj|-2||hurry"
    )
    assert all(a == () for a in doers_of(blank_nlp, hurry, "punish"))
