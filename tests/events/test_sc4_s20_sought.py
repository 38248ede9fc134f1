"""An act another party does for the one who seeks it ("sought" words: "extradite") is,
under a verb of seeking, a request to that party: "Ruritania will seek to extradite the
gunman" asks for him (REQUEST), "Ruritania will extradite the gunman" offers him
(AGREE). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

_TAGS = {"will": "MD", "seek": "VB", "trying": "VBG", "extradite": "VB", "is": "VBZ"}

# "Ruritania will seek to extradite the gunman."
SEEK = (
    "Ruritania|PROPN|nsubj|2|B-GPE will|AUX|aux|1 seek|VERB|ROOT|0 to|PART|aux|1 "
    "extradite|VERB|xcomp|-2 the|DET|det|1 gunman|NOUN|dobj|-2 .|PUNCT|punct|-5"
)
# "Ruritania is trying to extradite the gunman."
TRY = (
    "Ruritania|PROPN|nsubj|2|B-GPE is|AUX|aux|1||be trying|VERB|ROOT|0||try to|PART|aux|1 "
    "extradite|VERB|xcomp|-2 the|DET|det|1 gunman|NOUN|dobj|-2 .|PUNCT|punct|-5"
)
# "Ruritania will extradite the gunman."
OFFER = (
    "Ruritania|PROPN|nsubj|2|B-GPE will|AUX|aux|1 extradite|VERB|ROOT|0 the|DET|det|1 "
    "gunman|NOUN|dobj|-2 .|PUNCT|punct|-3"
)


def _coded(nlp: Language, notation: str) -> list[tuple[str, str | None]]:
    doc = build(nlp, parsed(notation), _TAGS)
    return [(e.type, e.mode) for e in events_of(doc)]


def test_seeking_to_extradite_requests_it(blank_nlp: Language) -> None:
    assert _coded(blank_nlp, SEEK) == [("REQUEST", "appeal")]


def test_trying_to_extradite_requests_it(blank_nlp: Language) -> None:
    assert _coded(blank_nlp, TRY) == [("REQUEST", "appeal")]


def test_a_plain_future_extradition_stays_an_offer(blank_nlp: Language) -> None:
    assert _coded(blank_nlp, OFFER) == [("AGREE", None)]
