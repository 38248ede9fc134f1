"""A he/she that a sentence's own new someone, or its continued subject, stands for.

Invented sentences, hand-parsed (no model). "A settler shot two men when he opened fire"
after a sentence naming a minister bound "he" to the minister (an indefinite noun phrase
starts someone new); "He praised Ari Lee's plan. He urged ..." bound the second "he" to
Ari Lee, named there only as a possessor, not to the "he" it continues.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_KIM = "Bo|PROPN|compound|1|B-PERSON Kim|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"


def _new_someone(noun: str) -> str:
    """ "A <noun> shot two men when he opened fire ."."""
    return (
        f"A|DET|det|1 {noun}|NOUN|nsubj|1 shot|VERB|ROOT|0 two|NUM|nummod|1 men|NOUN|dobj|-2 "
        "when|SCONJ|advmod|2 he|PRON|nsubj|1 opened|VERB|advcl|-5 fire|NOUN|dobj|-1 "
        ".|PUNCT|punct|-8"
    )


_NAMED_SETTLER = (
    "A|DET|det|1 settler|NOUN|nsubj|4 ,|PUNCT|punct|-1 Ari|PROPN|compound|1|B-PERSON "
    "Lee|PROPN|appos|-3|I-PERSON shot|VERB|ROOT|0 two|NUM|nummod|1 men|NOUN|dobj|-2 "
    "when|SCONJ|advmod|2 he|PRON|nsubj|1 opened|VERB|advcl|-5 fire|NOUN|dobj|-1 "
    ".|PUNCT|punct|-7"
)
_PRAISED = (
    "He|PRON|nsubj|1 praised|VERB|ROOT|0 Ari|PROPN|compound|1|B-PERSON "
    "Lee|PROPN|poss|2|I-PERSON 's|PART|case|-1 plan|NOUN|dobj|-4 .|PUNCT|punct|-5"
)
_URGED = "He|PRON|nsubj|1 urged|VERB|ROOT|0 calm|NOUN|dobj|-1 .|PUNCT|punct|-2"
# "whom he named as Ari Lee": a clause's "he" continues nothing
_NAMED_AS = (
    "Police|NOUN|nsubj|1 held|VERB|ROOT|0 a|DET|det|1 man|NOUN|dobj|-2 ,|PUNCT|punct|-1 "
    "whom|PRON|dobj|2 he|PRON|nsubj|1 named|VERB|relcl|-4 as|ADP|prep|-1 "
    "Ari|PROPN|compound|1|B-PERSON Lee|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-10"
)
_SAID_HE_LEFT = "Later|ADV|advmod|1 he|PRON|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1"


def _bound(make_doc: MakeDoc, *sentences: str) -> list[str]:
    doc = make_doc([row for sentence in sentences for row in parsed(sentence)])
    actors = extract_actors(doc).actors
    return [a.name for a in actors for m in a.mentions if m.source == "pronoun"]


@pytest.mark.parametrize("noun", ["settler", "soldier", "spokesman"])
def test_a_pronoun_after_an_indefinite_person_is_that_new_someone(
    make_doc: MakeDoc, noun: str
) -> None:
    assert _bound(make_doc, _KIM, _new_someone(noun)) == []


def test_a_noun_of_the_other_gender_leaves_the_named_person(make_doc: MakeDoc) -> None:
    assert _bound(make_doc, _KIM, _new_someone("spokeswoman")) == ["Bo Kim"]


def test_an_indefinite_noun_with_a_name_in_apposition_is_that_person(make_doc: MakeDoc) -> None:
    assert _bound(make_doc, _KIM, _NAMED_SETTLER) == ["Ari Lee"]


def test_a_subject_pronoun_continues_the_subject_pronoun_before(make_doc: MakeDoc) -> None:
    assert _bound(make_doc, _KIM, _PRAISED, _URGED) == ["Bo Kim", "Bo Kim"]


def test_a_clause_subject_pronoun_continues_nothing(make_doc: MakeDoc) -> None:
    # the next sentence's "he" is still the nearest named person, Ari Lee, as before
    assert _bound(make_doc, _KIM, _NAMED_AS, _SAID_HE_LEFT) == ["Bo Kim", "Ari Lee"]


# "An official said he left": whom an official speaks of is often someone else
_SAID_HE = (
    "An|DET|det|1 official|NOUN|nsubj|1 said|VERB|ROOT|0 he|PRON|nsubj|1 left|VERB|ccomp|-2 "
    ".|PUNCT|punct|-3"
)


def test_reported_speech_of_an_indefinite_person_keeps_the_named_person(make_doc: MakeDoc) -> None:
    assert _bound(make_doc, _KIM, _SAID_HE) == ["Bo Kim"]
