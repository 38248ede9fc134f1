"""A "he" the reporter writes before a partial quote ('Jo Doe said that he "will attack
..."') may be the speaker, as the actors stage resolves it; inside the quoted words a "he"
is somebody else (a speaker says "I"). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Actor, Mention, Quote

from .conftest import PUBLISHED, build, parsed

# 'Jo Doe said that he "will attack Vastland."'
HE_BEFORE_THE_QUOTE = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0||say "
    'that|SCONJ|mark|4 he|PRON|nsubj|3||he "|PUNCT|punct|2 will|AUX|aux|1||will '
    "attack|VERB|ccomp|-5||attack Vastland|PROPN|dobj|-1|B-GPE .|PUNCT|punct|-7 "
    '"|PUNCT|punct|-8'
)
# '"He will attack Vastland," said Jo Doe.'
HE_IN_THE_QUOTE = (
    '"|PUNCT|punct|7 He|PRON|nsubj|2||he will|AUX|aux|1||will attack|VERB|ccomp|4||attack '
    'Vastland|PROPN|dobj|-1|B-GPE ,|PUNCT|punct|2 "|PUNCT|punct|1 said|VERB|ROOT|0||say '
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|-2|I-PERSON .|PUNCT|punct|-3"
)


def _mention(doc: Doc, words: str, label: str, source: str = "ner") -> Mention:
    start = doc.text.index(words)
    return Mention(start, start + len(words), words, label, source)


def _attackers(doc: Doc, pronoun: str, quote: tuple[int, int]) -> list[tuple[str, ...]]:
    jo = Actor(
        "P",
        "Jo Doe",
        "PERSON",
        (_mention(doc, "Jo Doe", "PERSON"), _mention(doc, pronoun, "PERSON", "pronoun")),
    )
    vastland = Actor("V", "Vastland", "COUNTRY", (_mention(doc, "Vastland", "GPE"),))
    start, end = quote
    said = Quote("partial", start, end, doc.text[start:end], speaker="P")
    events = extract_events(doc, (jo, vastland), (), (said,), PUBLISHED)
    return [e.actors for e in events if e.trigger.text == "attack"]


def test_he_before_a_partial_quote_may_be_the_speaker(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(HE_BEFORE_THE_QUOTE))
    start = doc.text.index('"')
    assert _attackers(doc, "he", (start, len(doc.text))) == [("P",)]


def test_he_inside_the_quote_is_not_the_speaker(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(HE_IN_THE_QUOTE))
    end = doc.text.index('"', 1) + 1
    found = _attackers(doc, "He", (0, end))
    assert found and all("P" not in actors for actors in found)
