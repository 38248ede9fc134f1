"""A quoted "we" is the body the speaker speaks for: the organization their own phrase names
("Jo Doe, a spokesman for Amnesty"), else the article's only organization of their sector (a
detective's police force); a government official's "we" and "I" stay the speaker (the
extract stage). Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Actor, Mention, Quote

from .conftest import PUBLISHED, build, parsed

# '"We attacked Vastland," said Jo Doe, a spokesman for Amnesty.'
SPOKESMAN_FOR = (
    "We|PRON|nsubj|1||we attacked|VERB|ccomp|3||attack Vastland|PROPN|dobj|-1|B-GPE "
    ",|PUNCT|punct|1 said|VERB|ROOT|0||say Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|nsubj|-2|I-PERSON ,|PUNCT|punct|-1 a|DET|det|1 spokesman|NOUN|appos|-3 "
    "for|ADP|prep|-1 Amnesty|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-8"
)
# '"We attacked Vastland," said Jo Doe.' (and '"I attacked ..."')
SAID_JO = (
    "{w}|PRON|nsubj|1||{l} attacked|VERB|ccomp|3||attack Vastland|PROPN|dobj|-1|B-GPE "
    ",|PUNCT|punct|1 said|VERB|ROOT|0||say Jo|PROPN|compound|1|B-PERSON "
    "Doe|PROPN|nsubj|-2|I-PERSON .|PUNCT|punct|-3"
)


def _actor(doc: Doc, aid: str, words: str, kind: str, sector: str | None) -> Actor:
    start = doc.text.index(words)
    mention = Mention(start, start + len(words), words, kind)
    return Actor(aid, words, kind, (mention,), country=None, sector=sector)


def _doers(doc: Doc, actors: tuple[Actor, ...]) -> list[tuple[str, ...]]:
    end = doc[2].idx + len("Vastland")
    quote = Quote("direct", 0, end, doc.text[:end], speaker="P")
    events = extract_events(doc, actors, (), (quote,), PUBLISHED)
    return [e.actors for e in events if e.trigger.text == "attacked"]


def _vastland_and_jo(doc: Doc, sector: str) -> tuple[Actor, Actor]:
    return _actor(doc, "V", "Vastland", "COUNTRY", None), _actor(
        doc, "P", "Jo Doe", "PERSON", sector
    )


def _said_jo(nlp: Language, word: str = "We") -> Doc:
    return build(nlp, parsed(SAID_JO.format(w=word, l=word.lower())))


def test_we_is_the_organization_the_speakers_phrase_names(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(SPOKESMAN_FOR))
    actors = (
        _actor(doc, "V", "Vastland", "COUNTRY", None),
        _actor(doc, "P", "Jo Doe", "PERSON", "NGO"),
        _actor(doc, "O", "Amnesty", "ORG", "NGO"),
    )
    assert _doers(doc, actors) == [("O",)]


def test_we_is_the_only_body_of_the_speakers_sector(blank_nlp: Language) -> None:
    doc = _said_jo(blank_nlp)
    police = Actor("O", "Ruritanian Police", "ORG", (), sector="COP")
    people = (
        _actor(doc, "V", "Vastland", "COUNTRY", None),
        _actor(doc, "P", "Jo Doe", "PERSON", "COP"),
    )
    assert _doers(doc, (*people, police)) == [("O",)]
    other = Actor("Q", "Vastland Police", "ORG", (), sector="COP")
    assert _doers(doc, (*people, police, other)) == [("P",)]  # which force: unclear


def test_a_government_officials_we_stays_the_speaker(blank_nlp: Language) -> None:
    doc = _said_jo(blank_nlp)
    government = Actor("O", "Government of Ruritania", "ORG", (), sector="GOV")
    people = (
        _actor(doc, "V", "Vastland", "COUNTRY", None),
        _actor(doc, "P", "Jo Doe", "PERSON", "GOV"),
    )
    assert _doers(doc, (*people, government)) == [("P",)]


def test_i_is_the_speaker(blank_nlp: Language) -> None:
    doc = _said_jo(blank_nlp, "I")
    police = Actor("O", "Ruritanian Police", "ORG", (), sector="COP")
    people = (
        _actor(doc, "V", "Vastland", "COUNTRY", None),
        _actor(doc, "P", "Jo Doe", "PERSON", "COP"),
    )
    assert _doers(doc, (*people, police)) == [("P",)]
