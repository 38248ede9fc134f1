"""Nominal actors: agent phrases ("Israeli troops") with country, sector and findable spans."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors, find_actor
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _coded(actors: tuple[Actor, ...]) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors if any(m.source == "nominal" for m in a.mentions)]


def _at(doc: Doc, i: int) -> tuple[int, int]:
    return doc[i].idx, doc[i].idx + len(doc[i].text)


def test_a_demonym_and_an_agent_noun_make_a_coded_actor(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Israeli|ADJ|amod|1|B-NORP troops|NOUN|nsubj|1 shelled|VERB|ROOT|0 the|DET|det|1 "
        "village|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    doc = make_doc(rows)
    actors = extract_actors(doc).actors
    assert _coded(actors) == [("ISR", "MIL")]
    troops = find_actor(actors, *_at(doc, 1))
    assert troops is not None and troops.code == "ISRMIL"
    assert [m.text for m in troops.mentions] == ["Israeli troops"]
    assert find_actor(actors, *_at(doc, 0)) is troops  # the group wins the tie with the country
    assert find_actor(actors, *_at(doc, 4)) is None


def test_coordinated_countries_give_one_actor_each(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Senior|ADJ|amod|4 Hungarian|ADJ|amod|3|B-NORP and|CCONJ|cc|-1 Romanian|ADJ|conj|-2|B-NORP "
        "officials|NOUN|nsubj|1 agreed|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(rows)
    actors = extract_actors(doc).actors
    assert sorted(_coded(actors)) == [("HUN", "GOV"), ("ROU", "GOV")]
    hungary = find_actor(actors, *_at(doc, 1))
    romania = find_actor(actors, *_at(doc, 3))
    assert hungary is not None and romania is not None
    assert (hungary.code, romania.code) == ("HUNGOV", "ROUGOV")
    assert find_actor(actors, *_at(doc, 4)) is None  # the head leads to both through its modifiers


def test_a_role_takes_the_sector_of_its_modifier(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Iraqi|ADJ|amod|2|B-NORP police|NOUN|compound|1 officers|NOUN|nsubj|1 arrested|VERB|ROOT|0 "
        "two|NUM|nummod|1 men|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == [("IRQ", "COP")]
    assert actors[0].name == "Iraqi police officers"


def test_an_organization_speaks_through_its_spokesman(make_doc: MakeDoc) -> None:
    rows = parsed(
        "A|DET|det|2 Hamas|PROPN|compound|1|B-ORG spokesman|NOUN|nsubj|1 said|VERB|ROOT|0 "
        "so|ADV|advmod|-1 .|PUNCT|punct|-2"
    )
    doc = make_doc(rows)
    actors = extract_actors(doc).actors
    assert [a.name for a in actors] == ["Hamas"]
    assert find_actor(actors, *_at(doc, 2)) is actors[0]
    assert actors[0].aliases == ()  # a phrase about the group is no name of it


def test_a_bare_institution_is_the_dominant_countrys(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Iran|PROPN|nsubj|1|B-GPE warned|VERB|ROOT|0 .|PUNCT|punct|-1 The|DET|det|1 "
        "army|NOUN|nsubj|1 fired|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == [("IRN", "MIL")]


def test_a_country_of_the_same_sentence_owns_no_bare_institution(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 army|NOUN|nsubj|1 thanked|VERB|ROOT|0 Iran|PROPN|dobj|-1|B-GPE "
        ".|PUNCT|punct|-2"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == []


def test_a_complement_names_the_country_but_troops_are_stationed(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Rebels|NOUN|nsubj|7 in|ADP|prep|-1 Chad|PROPN|pobj|-1|B-GPE and|CCONJ|cc|-3 "
        "troops|NOUN|conj|-4 in|ADP|prep|-1 Mali|PROPN|pobj|-1|B-GPE clashed|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == [("TCD", "REB")]
    assert [a.name for a in actors if a.sector == "REB"] == ["Rebels in Chad"]


def test_phrases_that_name_no_actor(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Officials|NOUN|nsubj|1 said|VERB|ROOT|0 rebels|NOUN|nsubj|1 closed|VERB|ccomp|-2 "
        "the|DET|det|2 police|NOUN|compound|1 station|NOUN|dobj|-3 .|PUNCT|punct|-6"
    )
    assert extract_actors(make_doc(rows)).actors == ()


def test_a_title_before_a_name_is_the_persons(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Israeli|ADJ|amod|2|B-NORP Prime|PROPN|compound|1 Minister|PROPN|compound|2 "
        "Ehud|PROPN|compound|1|B-PERSON Barak|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == []
    assert [(a.name, a.country, a.sector) for a in actors if a.type == "PERSON"] == [
        ("Ehud Barak", "ISR", "GOV")
    ]


def test_groups_of_one_code_share_a_key_across_articles(make_doc: MakeDoc) -> None:
    def first_group(noun: str, demonym: str, iob: str) -> Actor:
        rows = [
            (demonym, "ADJ", "amod", 1, iob),
            (noun, "NOUN", "nsubj", 1, "O"),
            ("left", "VERB", "ROOT", 0, "O"),
            (".", "PUNCT", "punct", -1, "O"),
        ]
        return extract_actors(make_doc(rows)).actors[0]

    troops = first_group("troops", "Israeli", "B-NORP")
    soldiers = first_group("soldiers", "Israeli", "B-NORP")
    police = first_group("police", "Israeli", "B-NORP")
    assert (troops.name, soldiers.name) == ("Israeli troops", "Israeli soldiers")
    assert troops.key == soldiers.key != police.key


def test_a_post_someone_holds_is_no_body(make_doc: MakeDoc) -> None:
    held = parsed(
        "She|PRON|nsubj|1 resigned|VERB|ROOT|0 as|ADP|prep|-1 Italy|PROPN|poss|2|B-GPE "
        "'s|PART|case|-1 minister|NOUN|pobj|-3 .|PUNCT|punct|-5"
    )
    assert _coded(extract_actors(make_doc(held)).actors) == []
    acting = parsed(
        "Italy|PROPN|poss|2|B-GPE 's|PART|case|-1 minister|NOUN|nsubj|1 resigned|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    assert _coded(extract_actors(make_doc(acting)).actors) == [("ITA", "GOV")]


def test_a_bare_government_noun_is_the_body_only_as_a_subject(make_doc: MakeDoc) -> None:
    italy = (
        "Italy|PROPN|nsubj|1|B-GPE voted|VERB|ROOT|0 .|PUNCT|punct|-1 Italy|PROPN|nsubj|1|B-GPE "
        "agreed|VERB|ROOT|0 .|PUNCT|punct|-1 "
    )
    abstract = parsed(
        italy + "Jo|PROPN|compound|1|B-PERSON Ash|PROPN|nsubj|1|I-PERSON lacked|VERB|ROOT|0 "
        "authority|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    assert _coded(extract_actors(make_doc(abstract)).actors) == []
    acting = parsed(italy + "Authority|NOUN|nsubj|1 agreed|VERB|ROOT|0 .|PUNCT|punct|-1")
    assert _coded(extract_actors(make_doc(acting)).actors) == [("ITA", "GOV")]
