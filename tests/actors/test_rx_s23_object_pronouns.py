"""An object pronoun never stands for the subject of its own clause.

Invented sentences, hand-parsed (no model). In "Ari Lee asked him to stay" after a
sentence naming Bo Kim, "him" was bound to Ari Lee, the one subject of the nearest
sentence with a person, so the request lost its addressee (the doer is never the
recipient); "himself" would say that.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]

_KIM = "Bo|PROPN|compound|1|B-PERSON Kim|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
_LEE = "Ari|PROPN|compound|1|B-PERSON Lee|PROPN|nsubj|1|I-PERSON "
_ASKED = _LEE + (
    "asked|VERB|ROOT|0 him|PRON|dobj|-1 to|PART|aux|1 stay|VERB|xcomp|-3 .|PUNCT|punct|-4"
)
_CALLED_ON = _LEE + (
    "called|VERB|ROOT|0 on|ADP|prep|-1 him|PRON|pobj|-1 to|PART|aux|1 "
    "stay|VERB|xcomp|-4 .|PUNCT|punct|-5"
)
_CALLING_ON = _LEE + (
    "left|VERB|ROOT|0 ,|PUNCT|punct|-1 calling|VERB|advcl|-2 on|ADP|prep|-1 "
    "him|PRON|pobj|-1 .|PUNCT|punct|-5"
)
_AND_URGED = _LEE + (
    "left|VERB|ROOT|0 and|CCONJ|cc|-1 urged|VERB|conj|-2 him|PRON|dobj|-1 .|PUNCT|punct|-4"
)
_WITH = _LEE + "left|VERB|ROOT|0 with|ADP|prep|-1 him|PRON|pobj|-1 .|PUNCT|punct|-3"
_SAID = _LEE + (
    "said|VERB|ROOT|0 police|NOUN|nsubj|1 arrested|VERB|ccomp|-2 him|PRON|dobj|-1 .|PUNCT|punct|-4"
)
# "Ari Lee said a clerk phoned and asked him": the parser hangs "asked" on "said"
_SAID_PHONED = _LEE + (
    "said|VERB|ROOT|0 a|DET|det|1 clerk|NOUN|nsubj|1 phoned|VERB|ccomp|-3 "
    "and|CCONJ|cc|-4 asked|VERB|conj|-5 him|PRON|dobj|-1 .|PUNCT|punct|-7"
)
# "Ari Lee quit after the paper accused him": "accused" misparsed as a conjunct of "quit"
_NO_CONJUNCTION = _LEE + (
    "quit|VERB|ROOT|0 after|ADP|prep|-1 the|DET|det|1 paper|NOUN|pobj|-2 "
    "accused|VERB|conj|-4 him|PRON|dobj|-1 .|PUNCT|punct|-6"
)

# "Ari Lee, peace be upon him, left.": the parser makes Lee the subject of "be"
_BE_UPON = (
    "Ari|PROPN|compound|1|B-PERSON Lee|PROPN|nsubj|2|I-PERSON ,|PUNCT|punct|-1 "
    "be|AUX|ROOT|0||be upon|ADP|prep|-1 him|PRON|pobj|-1 ,|PUNCT|punct|-3 "
    "left|VERB|conj|-4||leave .|PUNCT|punct|-5"
)


def _bound(make_doc: MakeDoc, *sentences: str) -> list[str]:
    doc = make_doc([row for sentence in sentences for row in parsed(sentence)])
    for token in doc:
        if token.text.endswith("ing"):
            token.tag_ = "VBG"  # the notation has no fine-grained tags
    actors = extract_actors(doc).actors
    return [a.name for a in actors for m in a.mentions if m.source == "pronoun"]


@pytest.mark.parametrize(
    "sentence",
    [_ASKED, _CALLED_ON, _CALLING_ON, _AND_URGED],
    ids=["object", "called-on", "participle-shares-subject", "and-shares-subject"],
)
def test_an_object_pronoun_skips_its_own_clauses_subject(make_doc: MakeDoc, sentence: str) -> None:
    assert _bound(make_doc, _KIM, sentence) == ["Bo Kim"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ((_ASKED,), []),  # no one else to stand for: unbound, never the subject
        ((_KIM, _WITH), ["Ari Lee"]),  # "left with him": no argument, the subject may be meant
        ((_KIM, _SAID), ["Ari Lee"]),  # the subject of another clause: "said police arrested him"
        ((_KIM, _SAID_PHONED), ["Ari Lee"]),  # a clause comes between: its subject asked
        ((_KIM, _NO_CONJUNCTION), ["Ari Lee"]),  # no "and": not a shared subject
        ((_BE_UPON,), ["Ari Lee"]),  # "be" bars no subject
    ],
    ids=[
        "no-other-person",
        "with-is-no-argument",
        "other-clause",
        "clause-between",
        "no-and",
        "be-upon",
    ],
)
def test_other_pronouns_keep_the_nearest_subject(
    make_doc: MakeDoc, sentences: tuple[str, ...], expected: list[str]
) -> None:
    assert _bound(make_doc, *sentences) == expected
