"""Who a group described by a passive stands for (stop 23, invented sentences).

"Jo Rell was among those arrested", "was one of the hostages freed", "Jo Rell, one of
the men detained, ...", "is the first envoy to be charged": the participle's own noun
("those", "hostages") names no actor, so the arrest had no recipient; the one said to
belong to the group, or to hold the rank, underwent it. Hand-parsed, no model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed

_JO = "Jo|PROPN|compound|1|B-PERSON Rell|PROPN|nsubj|1|I-PERSON "
_AMONG = _JO + (
    "was|AUX|ROOT|0||be among|ADP|prep|-1 those|PRON|pobj|-1 "
    "arrested|VERB|acl|-1||arrest .|PUNCT|punct|-4"
)
_ONE_OF = _JO + (
    "was|AUX|ROOT|0||be one|NUM|attr|-1 of|ADP|prep|-1 the|DET|det|1 "
    "hostages|NOUN|pobj|-2||hostage freed|VERB|acl|-1||free .|PUNCT|punct|-6"
)
_APPOSED = (
    "Jo|PROPN|compound|1|B-PERSON Rell|PROPN|nsubj|8|I-PERSON ,|PUNCT|punct|-1 "
    "one|NUM|appos|-2 of|ADP|prep|-1 the|DET|det|1 men|NOUN|pobj|-2||man "
    "detained|VERB|acl|-1||detain ,|PUNCT|punct|-6 spoke|VERB|ROOT|0||speak "
    ".|PUNCT|punct|-1"
)
_FIRST = _JO + (
    "is|AUX|ROOT|0||be the|DET|det|2 first|ADJ|amod|1 envoy|NOUN|attr|-3 "
    "to|PART|aux|2 be|AUX|auxpass|1 charged|VERB|relcl|-3||charge .|PUNCT|punct|-7"
)
# "Police arrested those inside.": the group is the object, no member is named
_OBJECT = (
    "Police|NOUN|nsubj|1||police arrested|VERB|ROOT|0||arrest those|PRON|dobj|-1 "
    "inside|ADV|advmod|-1 .|PUNCT|punct|-3"
)
_TAGS = {"arrested": "VBN", "freed": "VBN", "detained": "VBN", "charged": "VBN"}


def _recipients(nlp: Language, notation: str) -> list[str | None]:
    doc = build(nlp, parsed(notation), _TAGS)
    trigger = {"arrested", "freed", "detained", "charged"}
    return [e.recipient for e in events_of(doc) if e.trigger.text in trigger]


@pytest.mark.parametrize(
    "notation", [_AMONG, _ONE_OF, _APPOSED, _FIRST], ids=["among", "one-of", "apposed", "first"]
)
def test_the_member_named_underwent_it(blank_nlp: Language, notation: str) -> None:
    assert _recipients(blank_nlp, notation) == ["A1"]


def test_a_group_with_no_member_named_gives_no_recipient(blank_nlp: Language) -> None:
    assert _recipients(blank_nlp, _OBJECT) == [None]


# "Jo Rell's apology was the first apology offered.": the subject is the thing offered
_THING = (
    "Jo|PROPN|compound|1|B-PERSON Rell|PROPN|poss|2|I-PERSON 's|PART|case|-1 "
    "apology|NOUN|nsubj|1||apology was|AUX|ROOT|0||be the|DET|det|2 first|ADJ|amod|1 "
    "apology|NOUN|attr|-3||apology offered|VERB|acl|-1||offer .|PUNCT|punct|-5"
)


def test_a_thing_is_not_its_own_group(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(_THING), {"offered": "VBN"})
    assert [e.recipient for e in events_of(doc) if e.trigger.text == "offered"] == [None]
