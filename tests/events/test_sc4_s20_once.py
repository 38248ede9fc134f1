"""A present-tense clause opened by "once" or "as soon as" is awaited, like one opened by
"until": "once the army withdraws, talks will begin" has not withdrawn; "once the army
withdrew, talks began" has. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

_TAGS = {"withdraws": "VBZ", "withdrew": "VBD", "begin": "VB", "began": "VBD"}

# "Once the army withdraws, talks will begin."
ONCE = (
    "Once|SCONJ|mark|3 the|DET|det|1 army|NOUN|nsubj|1 withdraws|VERB|advcl|4||withdraw "
    ",|PUNCT|punct|3 talks|NOUN|nsubj|2||talk will|AUX|aux|1 begin|VERB|ROOT|0 "
    ".|PUNCT|punct|-1"
)
# "Once the army withdrew, talks began."
ONCE_PAST = (
    "Once|SCONJ|mark|3 the|DET|det|1 army|NOUN|nsubj|1 withdrew|VERB|advcl|3||withdraw "
    ",|PUNCT|punct|2 talks|NOUN|nsubj|1||talk began|VERB|ROOT|0||begin .|PUNCT|punct|-1"
)
# "Talks will begin as soon as the army withdraws."
AS_SOON_AS = (
    "Talks|NOUN|nsubj|2||talk will|AUX|aux|1 begin|VERB|ROOT|0 as|ADV|advmod|1 "
    "soon|ADV|advmod|-2 as|SCONJ|mark|3 the|DET|det|1 army|NOUN|nsubj|1 "
    "withdraws|VERB|advcl|-4||withdraw .|PUNCT|punct|-7"
)


def _withdrawals(nlp: Language, notation: str) -> list[str]:
    doc = build(nlp, parsed(notation), _TAGS)
    return [e.type for e in events_of(doc) if e.trigger.text.startswith("withdr")]


def test_what_once_opens_in_the_present_is_awaited(blank_nlp: Language) -> None:
    assert _withdrawals(blank_nlp, ONCE) == []


def test_what_as_soon_as_opens_in_the_present_is_awaited(blank_nlp: Language) -> None:
    assert _withdrawals(blank_nlp, AS_SOON_AS) == []


def test_what_once_opens_in_the_past_took_place(blank_nlp: Language) -> None:
    assert _withdrawals(blank_nlp, ONCE_PAST) == ["RETREAT"]
