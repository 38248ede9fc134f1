"""Who asks: "at the request of X" names the one who asks (its "of" phrase), not whom the
act it explains was aimed at; what one "makes of" someone ("made requests of the ministry")
is asked of them. Invented sentences, hand-built parses."""

from __future__ import annotations

from spacy.language import Language

from .conftest import build, events_of, parsed

# "Ruritania agreed to the truce at the request of Jo Doe."
AT_THE_REQUEST_OF = (
    "Ruritania|PROPN|nsubj|1|B-GPE agreed|VERB|ROOT|0||agree to|ADP|prep|-1 the|DET|det|1 "
    "truce|NOUN|pobj|-2||truce at|ADP|prep|-4 the|DET|det|1 request|NOUN|pobj|-2||request "
    "of|ADP|prep|-1 Jo|PROPN|compound|1|B-PERSON Doe|PROPN|pobj|-2|I-PERSON .|PUNCT|punct|-10"
)
# "Jo Doe has made requests of Ruritania."
MADE_REQUESTS_OF = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|2|I-PERSON has|AUX|aux|1||have "
    "made|VERB|ROOT|0||make requests|NOUN|dobj|-1||request of|ADP|prep|-1 "
    "Ruritania|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-4"
)


def _requests(blank_nlp: Language, notation: str) -> list[tuple[tuple[str, ...], str | None]]:
    doc = build(blank_nlp, parsed(notation))
    return [(e.actors, e.recipient) for e in events_of(doc) if e.type == "REQUEST"]


def test_at_the_request_of_names_who_asked(blank_nlp: Language) -> None:
    found = _requests(blank_nlp, AT_THE_REQUEST_OF)
    assert found and all(actors == ("A2",) and recipient != "A2" for actors, recipient in found)


def test_requests_made_of_someone_are_asked_of_them(blank_nlp: Language) -> None:
    assert _requests(blank_nlp, MADE_REQUESTS_OF) == [(("A1",), "A2")]
