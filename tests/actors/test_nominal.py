"""Nominal actors: agent phrases ("Israeli troops") with country, sector and findable spans."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors import extract_actors, find_actor
from newsgraph.model import Actor

MakeDoc = Callable[..., Doc]


def _coded(actors: tuple[Actor, ...]) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors if any(m.source == "nominal" for m in a.mentions)]


def _at(doc: Doc, i: int) -> tuple[int, int]:
    return doc[i].idx, doc[i].idx + len(doc[i].text)


def test_a_demonym_and_an_agent_noun_make_a_coded_actor(make_doc: MakeDoc) -> None:
    rows = [
        ("Israeli", "ADJ", "amod", 1, "B-NORP"),
        ("troops", "NOUN", "nsubj", 1, "O"),
        ("shelled", "VERB", "ROOT", 0, "O"),
        ("the", "DET", "det", 1, "O"),
        ("village", "NOUN", "dobj", -2, "O"),
        (".", "PUNCT", "punct", -3, "O"),
    ]
    doc = make_doc(rows)
    actors = extract_actors(doc).actors
    assert _coded(actors) == [("ISR", "MIL")]
    troops = find_actor(actors, *_at(doc, 1))
    assert troops is not None and troops.code == "ISRMIL"
    assert [m.text for m in troops.mentions] == ["Israeli troops"]
    assert find_actor(actors, *_at(doc, 0)) is troops  # the group wins the tie with the country
    assert find_actor(actors, *_at(doc, 4)) is None


def test_coordinated_countries_give_one_actor_each(make_doc: MakeDoc) -> None:
    rows = [
        ("Senior", "ADJ", "amod", 4, "O"),
        ("Hungarian", "ADJ", "amod", 3, "B-NORP"),
        ("and", "CCONJ", "cc", -1, "O"),
        ("Romanian", "ADJ", "conj", -2, "B-NORP"),
        ("officials", "NOUN", "nsubj", 1, "O"),
        ("agreed", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    doc = make_doc(rows)
    actors = extract_actors(doc).actors
    assert sorted(_coded(actors)) == [("HUN", "GOV"), ("ROU", "GOV")]
    hungary = find_actor(actors, *_at(doc, 1))
    romania = find_actor(actors, *_at(doc, 3))
    assert hungary is not None and romania is not None
    assert (hungary.code, romania.code) == ("HUNGOV", "ROUGOV")
    assert find_actor(actors, *_at(doc, 4)) is None  # the head leads to both through its modifiers


def test_a_role_takes_the_sector_of_its_modifier(make_doc: MakeDoc) -> None:
    rows = [
        ("Iraqi", "ADJ", "amod", 2, "B-NORP"),
        ("police", "NOUN", "compound", 1, "O"),
        ("officers", "NOUN", "nsubj", 1, "O"),
        ("arrested", "VERB", "ROOT", 0, "O"),
        ("two", "NUM", "nummod", 1, "O"),
        ("men", "NOUN", "dobj", -2, "O"),
        (".", "PUNCT", "punct", -3, "O"),
    ]
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == [("IRQ", "COP")]
    assert actors[0].name == "Iraqi police officers"


def test_an_organization_speaks_through_its_spokesman(make_doc: MakeDoc) -> None:
    rows = [
        ("A", "DET", "det", 2, "O"),
        ("Hamas", "PROPN", "compound", 1, "B-ORG"),
        ("spokesman", "NOUN", "nsubj", 1, "O"),
        ("said", "VERB", "ROOT", 0, "O"),
        ("so", "ADV", "advmod", -1, "O"),
        (".", "PUNCT", "punct", -2, "O"),
    ]
    doc = make_doc(rows)
    actors = extract_actors(doc).actors
    assert [a.name for a in actors] == ["Hamas"]
    assert find_actor(actors, *_at(doc, 2)) is actors[0]
    assert actors[0].aliases == ()  # a phrase about the group is no name of it


def test_a_bare_institution_is_the_dominant_countrys(make_doc: MakeDoc) -> None:
    rows = [
        ("Iran", "PROPN", "nsubj", 1, "B-GPE"),
        ("warned", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
        ("The", "DET", "det", 1, "O"),
        ("army", "NOUN", "nsubj", 1, "O"),
        ("fired", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == [("IRN", "MIL")]


def test_a_country_of_the_same_sentence_owns_no_bare_institution(make_doc: MakeDoc) -> None:
    rows = [
        ("The", "DET", "det", 1, "O"),
        ("army", "NOUN", "nsubj", 1, "O"),
        ("thanked", "VERB", "ROOT", 0, "O"),
        ("Iran", "PROPN", "dobj", -1, "B-GPE"),
        (".", "PUNCT", "punct", -2, "O"),
    ]
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == []


def test_a_complement_names_the_country_but_troops_are_stationed(make_doc: MakeDoc) -> None:
    rows = [
        ("Rebels", "NOUN", "nsubj", 7, "O"),
        ("in", "ADP", "prep", -1, "O"),
        ("Chad", "PROPN", "pobj", -1, "B-GPE"),
        ("and", "CCONJ", "cc", -3, "O"),
        ("troops", "NOUN", "conj", -4, "O"),
        ("in", "ADP", "prep", -1, "O"),
        ("Mali", "PROPN", "pobj", -1, "B-GPE"),
        ("clashed", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    actors = extract_actors(make_doc(rows)).actors
    assert _coded(actors) == [("TCD", "REB")]
    assert [a.name for a in actors if a.sector == "REB"] == ["Rebels in Chad"]


def test_phrases_that_name_no_actor(make_doc: MakeDoc) -> None:
    rows = [
        ("Officials", "NOUN", "nsubj", 1, "O"),
        ("said", "VERB", "ROOT", 0, "O"),
        ("rebels", "NOUN", "nsubj", 1, "O"),
        ("closed", "VERB", "ccomp", -2, "O"),
        ("the", "DET", "det", 2, "O"),
        ("police", "NOUN", "compound", 1, "O"),
        ("station", "NOUN", "dobj", -3, "O"),
        (".", "PUNCT", "punct", -6, "O"),
    ]
    assert extract_actors(make_doc(rows)).actors == ()


def test_a_title_before_a_name_is_the_persons(make_doc: MakeDoc) -> None:
    rows = [
        ("Israeli", "ADJ", "amod", 2, "B-NORP"),
        ("Prime", "PROPN", "compound", 1, "O"),
        ("Minister", "PROPN", "compound", 2, "O"),
        ("Ehud", "PROPN", "compound", 1, "B-PERSON"),
        ("Barak", "PROPN", "nsubj", 1, "I-PERSON"),
        ("spoke", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
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
