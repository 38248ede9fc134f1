"""frames.py split into triggers.py (which tokens are triggers) and frames.py (how the clause
frames each one): the names other modules import from frames.py are still there, and the two
halves still work together. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.events import frames, triggers
from newsgraph.events.lexicon import load_lexicon

from .conftest import build, parsed

# "Ruritania did not attack Freedonia."
DID_NOT_ATTACK = (
    "Ruritania|PROPN|nsubj|3|B-GPE did|AUX|aux|2||do not|PART|neg|1 attack|VERB|ROOT|0 "
    "Freedonia|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-2"
)
# "Ruritania threatened to attack Freedonia."
THREATENED_TO_ATTACK = (
    "Ruritania|PROPN|nsubj|1|B-GPE threatened|VERB|ROOT|0||threaten to|PART|aux|1 "
    "attack|VERB|xcomp|-2 Freedonia|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-4"
)


def test_frames_still_exports_what_other_modules_import() -> None:
    for name in ("Trigger", "find_triggers", "marked", "matching", "object_tokens", "token_hashes"):
        assert getattr(frames, name) is getattr(triggers, name)
    assert set(frames.__all__) == {"Frame", "frame_of", *triggers.__all__}


def _framed(blank_nlp: Language, notation: str) -> dict[str, frames.Frame]:
    doc = build(blank_nlp, parsed(notation))
    lexicon = load_lexicon()
    found = frames.find_triggers(doc[:], lexicon)
    by_index = {t.token.i: t for t in found}
    return {t.token.text: frames.frame_of(t, by_index, lexicon) for t in found}


def test_a_plain_not_negates_the_act_it_is_on(blank_nlp: Language) -> None:
    framed = _framed(blank_nlp, DID_NOT_ATTACK)
    assert framed["attack"].negated and framed["attack"].lapsed
    assert framed["attack"].governor is None


def test_a_threatened_act_is_governed_by_the_threat(blank_nlp: Language) -> None:
    framed = _framed(blank_nlp, THREATENED_TO_ATTACK)
    governor = framed["attack"].governor
    assert governor is not None and governor.token.text == "threatened"
    assert framed["threatened"].governor is None
