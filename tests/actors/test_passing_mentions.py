"""A country named once in passing owns no bare "the government"; a repeated name inside
a longer name ("Parliament Square") is no mention of the body."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Mention

from .conftest import build, parsed

MakeDoc = Callable[..., Doc]

_WALL = (
    "Talks|NOUN|nsubj|1 stalled|VERB|ROOT|0||stall over|ADP|prep|-1 a|DET|det|1"
    " wall|NOUN|pobj|-2 on|ADP|prep|-1 the|DET|det|1 border|NOUN|pobj|-2 with|ADP|prep|-1"
    " Mexico|PROPN|pobj|-1|B-GPE .|PUNCT|punct|-9"
)
_FUND = (
    "Congress|PROPN|nsubj|2|B-ORG will|AUX|aux|1 fund|VERB|ROOT|0 the|DET|det|1"
    " government|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
_MEXICO_AGAIN = "Mexico|PROPN|nsubj|1|B-GPE objected|VERB|ROOT|0||object .|PUNCT|punct|-1"


def _doc(make_doc: MakeDoc, *sentences: str) -> Doc:
    """One Doc of several sentences: each has its own root, so its own sentence."""
    doc: Doc = make_doc([row for sentence in sentences for row in parsed(sentence)])
    assert len(list(doc.sents)) == len(sentences)
    return doc


def _governments(doc: Doc) -> list[str]:
    return [a.name for a in extract_actors(doc).actors if a.name.startswith("Government of")]


def test_a_country_named_once_in_passing_owns_no_bare_government(make_doc: MakeDoc) -> None:
    assert _governments(_doc(make_doc, _WALL, _FUND)) == []


def test_a_country_named_twice_owns_the_government(make_doc: MakeDoc) -> None:
    assert _governments(_doc(make_doc, _MEXICO_AGAIN, _WALL, _FUND)) == ["Government of Mexico"]


def _texts(mentions: tuple[Mention, ...]) -> list[str]:
    return [m.text for m in mentions]


def test_a_repeated_name_inside_a_longer_name_is_no_mention(blank_nlp: object) -> None:
    rows = parsed(
        "The|DET|det|1 Bexmoor|PROPN|compound|1|B-ORG Guild|PROPN|nsubj|1|I-ORG"
        " met|VERB|ROOT|0||meet near|ADP|prep|-1 Bexmoor|PROPN|compound|1"
        " Guild|PROPN|compound|1 Square|PROPN|pobj|-3 and|CCONJ|cc|-4"
        " thanked|VERB|conj|-5||thank the|DET|det|2 Bexmoor|PROPN|compound|1"
        " Guild|PROPN|dobj|-3 .|PUNCT|punct|-9"
    )
    doc = build(blank_nlp, rows)  # type: ignore[arg-type]
    guild = next(a for a in extract_actors(doc).actors if a.name == "Bexmoor Guild")
    square = doc.text.index("Bexmoor Guild Square")
    assert [m.start for m in guild.mentions] == [4, doc.text.rindex("Bexmoor Guild")]
    assert square not in [m.start for m in guild.mentions]


_KENYA_ACTS = "Kenya|PROPN|nsubj|1|B-GPE protested|VERB|ROOT|0||protest .|PUNCT|punct|-1"


def _coded(doc: Doc) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in extract_actors(doc).actors if a.type == "ORG"]


def test_a_government_official_is_the_story_countrys_government(make_doc: MakeDoc) -> None:
    said = (
        "a|DET|det|2 government|NOUN|compound|1 official|NOUN|nsubj|1"
        " said|VERB|ROOT|0||say so|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    assert _coded(_doc(make_doc, _KENYA_ACTS, said)) == [("KEN", "GOV")]


def test_government_forces_may_be_another_countrys(make_doc: MakeDoc) -> None:
    moved = (
        "government|NOUN|compound|1 forces|NOUN|nsubj|1 moved|VERB|ROOT|0||move .|PUNCT|punct|-1"
    )
    assert _coded(_doc(make_doc, _KENYA_ACTS, moved)) == []


def test_an_official_of_nothing_named_is_no_actor(make_doc: MakeDoc) -> None:
    said = "an|DET|det|1 official|NOUN|nsubj|1 said|VERB|ROOT|0||say .|PUNCT|punct|-1"
    assert _coded(_doc(make_doc, _KENYA_ACTS, said)) == []


_KEL_CHAD = (
    "Kel|PROPN|compound|1|B-PERSON Chad|PROPN|nsubj|1|I-PERSON"
    " won|VERB|ROOT|0||win .|PUNCT|punct|-1"
)
_CHAD_SAID = "Chad|PROPN|nsubj|1 spoke|VERB|ROOT|0||speak .|PUNCT|punct|-1"


def test_a_country_name_after_a_person_of_that_surname_is_the_person(
    make_doc: MakeDoc,
) -> None:
    result = extract_actors(_doc(make_doc, _KEL_CHAD, _CHAD_SAID))
    assert [a.name for a in result.actors] == ["Kel Chad"]
    assert len(result.actors[0].mentions) == 2


def test_a_country_named_before_the_person_stays_the_country(make_doc: MakeDoc) -> None:
    result = extract_actors(_doc(make_doc, _CHAD_SAID, _KEL_CHAD, _CHAD_SAID))
    assert sorted(a.type for a in result.actors) == ["COUNTRY", "PERSON"]


def test_a_known_company_with_its_legal_form_is_the_company(make_doc: MakeDoc) -> None:
    sentence = (
        "Apple|PROPN|compound|1|B-ORG Inc.|PROPN|nsubj|1|I-ORG sued|VERB|ROOT|0||sue"
        " Apple|PROPN|dobj|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(parsed(sentence))).actors
    assert [(a.name, len(a.mentions)) for a in actors] == [("Apple", 2)]


def test_a_longer_name_is_another_company(make_doc: MakeDoc) -> None:
    sentence = (
        "Apple|PROPN|compound|1|B-ORG Orchards|PROPN|nsubj|1|I-ORG sued|VERB|ROOT|0||sue"
        " Apple|PROPN|dobj|-1 .|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(parsed(sentence))).actors
    assert sorted(a.name for a in actors) == ["Apple", "Apple Orchards"]
