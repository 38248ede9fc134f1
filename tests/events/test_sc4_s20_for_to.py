"""An infinitive whose subject "for" brings in ("it is time for the troops to pull out",
"calls for Ana to resign") is wished or planned, not done, unless "it took" a while
("it took a week for the troops to pull out"); and an infinitive joined to another by
"or to"/"and to" shares its frame ("to resign or to be impeached"). Invented sentences,
hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

_TAGS = {"pull": "VB", "resign": "VB", "be": "VB", "impeached": "VBN", "took": "VBD", "is": "VBZ"}

# "It is time for the troops to pull out of Ruritania."
TIME = (
    "It|PRON|nsubj|1 is|AUX|ROOT|0||be time|NOUN|attr|-1 for|SCONJ|mark|4 the|DET|det|1 "
    "troops|NOUN|nsubj|2||troop to|PART|aux|1 pull|VERB|relcl|-5 out|ADP|prep|-1 "
    "of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-10"
)
# "It took a week for the troops to pull out of Ruritania."
TOOK = (
    "It|PRON|nsubj|1 took|VERB|ROOT|0||take a|DET|det|1|B-DATE week|NOUN|dobj|-2|I-DATE "
    "for|SCONJ|mark|4 the|DET|det|1 troops|NOUN|nsubj|2||troop to|PART|aux|1 "
    "pull|VERB|advcl|-7 out|ADP|prep|-1 of|ADP|prep|-1 Ruritania|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-11"
)
# "It is time for Ana Tamm to resign or to be impeached."
OR_TO = (
    "It|PRON|nsubj|1 is|AUX|ROOT|0||be time|NOUN|attr|-1 for|SCONJ|mark|4 "
    "Ana|PROPN|compound|1|B-PERSON Tamm|PROPN|nsubj|2|I-PERSON to|PART|aux|1 "
    "resign|VERB|relcl|-5 or|CCONJ|cc|-1 to|PART|aux|2 be|AUX|auxpass|1 "
    "impeached|VERB|conj|-4||impeach .|PUNCT|punct|-11"
)


def _triggers(nlp: Language, notation: str) -> list[str]:
    return [e.trigger.text for e in events_of(build(nlp, parsed(notation), _TAGS))]


def test_an_act_for_someone_to_do_is_not_done(blank_nlp: Language) -> None:
    assert _triggers(blank_nlp, TIME) == []


def test_how_long_it_took_for_someone_to_act_reports_the_act(blank_nlp: Language) -> None:
    assert _triggers(blank_nlp, TOOK) == ["pull"]


def test_an_infinitive_joined_by_or_to_shares_the_frame(blank_nlp: Language) -> None:
    assert _triggers(blank_nlp, OR_TO) == []
