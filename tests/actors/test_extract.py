"""extract_actors on hand-parsed Docs: people, titles, descriptions, pronouns, places."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import ActorResult, actor_key, extract_actors, find_actor
from newsgraph.actors.refer import quoted_tokens
from newsgraph.model import Actor, Title

from .conftest import Row, parsed

MakeDoc = Callable[..., Doc]

GENERAL = parsed(
    "Chilean|ADJ|amod|1|B-NORP General|PROPN|compound|2 Marta|PROPN|compound|1|B-PERSON "
    "Rojas|PROPN|nsubj|1|I-PERSON arrived|VERB|ROOT|0 in|ADP|prep|-1 Lima|PROPN|pobj|-1|B-GPE "
    ".|PUNCT|punct|-3 Rojas|PROPN|nsubj|1|B-GPE said|VERB|ROOT|0 she|PRON|nsubj|1 was|AUX|ccomp|-2 "
    "pleased|ADJ|acomp|-1 .|PUNCT|punct|-4 The|DET|det|1 general|NOUN|nsubj|1 left|VERB|ROOT|0 "
    ".|PUNCT|punct|-1"
)


def _check_offsets(doc: Doc, result: ActorResult) -> None:
    for mention in result.mentions:
        assert doc.text[mention.start : mention.end] == mention.text


def _by_name(result: ActorResult) -> dict[str, Actor]:
    return {a.name: a for a in result.actors}


def test_one_person_with_surname_description_and_pronoun(make_doc: MakeDoc) -> None:
    doc = make_doc(GENERAL)
    result = extract_actors(doc)
    _check_offsets(doc, result)
    actors = _by_name(result)
    assert sorted(actors) == ["Chile", "Marta Rojas"]
    person = actors["Marta Rojas"]
    assert [(m.text, m.source) for m in person.mentions] == [
        ("Marta Rojas", "ner"),
        ("Rojas", "alias"),
        ("she", "pronoun"),
        ("The general", "description"),
    ]
    assert (person.country, person.sector, person.code) == ("CHL", "MIL", "CHLMIL")
    assert person.titles == (Title("General"),)
    assert [p.name for p in result.places] == ["Lima"]
    lima = result.places[0]
    assert (lima.country, lima.kind) == ("PER", "city")
    assert lima.latitude is not None and lima.longitude is not None and lima.geonameid


def test_find_actor_resolves_pronoun_and_description_spans(make_doc: MakeDoc) -> None:
    doc = make_doc(GENERAL)
    result = extract_actors(doc)
    she = doc[10]
    found = find_actor(result.actors, she.idx, she.idx + len(she))
    assert found is not None and found.name == "Marta Rojas"
    general = doc[14:16]
    found = find_actor(result.actors, general.start_char, general.end_char)
    assert found is not None and found.name == "Marta Rojas"
    assert find_actor(result.actors, doc[4].idx, doc[4].idx + 3) is None  # "arrived"


def test_name_split_at_an_apostrophe_is_one_person(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Iraqi|ADJ|amod|2|B-NORP Prime|PROPN|compound|1 Minister|PROPN|compound|6 "
        "Ali|PROPN|compound|5|B-PERSON Shia|PROPN|compound|4|I-PERSON ’|PUNCT|punct|3 "
        "al|PROPN|compound|2|B-PERSON -|PUNCT|punct|1|I-PERSON Hakim|PROPN|nsubj|1|I-PERSON "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(rows, glued=frozenset({4, 6, 7}))
    result = extract_actors(doc)
    _check_offsets(doc, result)
    people = [a for a in result.actors if a.type == "PERSON"]
    assert [p.name for p in people] == ["Ali Shia’ al-Hakim"]
    assert (people[0].title, people[0].country, people[0].sector) == (
        "Prime Minister",
        "IRQ",
        "GOV",
    )


def test_former_title_keeps_its_qualifier(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Former|ADJ|amod|2 Syrian|ADJ|amod|1|B-NORP president|NOUN|compound|2 "
        "Karim|PROPN|compound|1|B-PERSON Haddad|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    person = _by_name(extract_actors(make_doc(rows)))["Karim Haddad"]
    assert person.titles == (Title("President", "former"),)
    assert (person.title, person.code) == ("President (former)", "SYRGOV")


def test_headline_words_are_not_an_organization(make_doc: MakeDoc) -> None:
    rows = [
        ("Iran", "PROPN", "nsubj", 1, "B-ORG"),
        ("Faces", "VERB", "ROOT", 0, "I-ORG"),
        ("Setbacks", "NOUN", "dobj", -1, "I-ORG"),
        ("In", "ADP", "prep", -2, "O"),
        ("Syria", "PROPN", "pobj", -1, "B-GPE"),
        ("\n", "SPACE", "dep", -1, "O"),
        ("Officials", "NOUN", "nsubj", 1, "O"),
        ("met", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    result = extract_actors(make_doc(rows, glued=frozenset({4, 5})))
    assert [(a.name, a.type) for a in result.actors] == [("Iran", "COUNTRY")]
    assert [(p.name, p.kind) for p in result.places] == [("Syria", "country")]


def test_acronym_defined_in_the_text_binds_to_the_full_name(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|3 Northern|PROPN|compound|2|B-ORG Relief|PROPN|compound|1|I-ORG "
        "Units|PROPN|nsubj|4|I-ORG (|PUNCT|punct|-1 NRU|PROPN|appos|-2 )|PUNCT|punct|-3 "
        "met|VERB|ROOT|0 .|PUNCT|punct|-1 NRU|PROPN|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    doc = make_doc(rows, glued=frozenset({4, 5}))
    result = extract_actors(doc)
    _check_offsets(doc, result)
    assert [a.name for a in result.actors] == ["Northern Relief Units"]
    org = result.actors[0]
    assert [(m.text, m.source) for m in org.mentions] == [
        ("Northern Relief Units", "ner"),
        ("NRU", "acronym"),
        ("NRU", "acronym"),
    ]
    assert org.aliases == ("NRU",)


def test_capital_acting_is_the_government_and_located_is_a_place(make_doc: MakeDoc) -> None:
    rows = parsed(
        "Tehran|PROPN|nsubj|1 warned|VERB|ROOT|0 .|PUNCT|punct|-1 Envoys|NOUN|nsubj|1 "
        "met|VERB|ROOT|0 in|ADP|prep|-1 Tehran|PROPN|pobj|-1 .|PUNCT|punct|-3"
    )
    result = extract_actors(make_doc(rows))
    assert [(a.name, [m.start for m in a.mentions]) for a in result.actors] == [("Iran", [0])]
    assert result.actors[0].key == actor_key("Islamic Republic of Iran", "COUNTRY", "IRN")
    assert [(p.name, p.country, [m.start for m in p.mentions]) for p in result.places] == [
        ("Tehran", "IRN", [result.places[0].mentions[0].start])
    ]
    assert result.places[0].mentions[0].start > 0


PRONOUN_CASES = [
    # (words of the first sentence with their parse, whether "He" is bound, to whom)
    (
        parsed(
            "Ari|PROPN|compound|1|B-PERSON Lee|PROPN|nsubj|1|I-PERSON met|VERB|ROOT|0 "
            "Bo|PROPN|compound|1|B-PERSON Kim|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
        ),
        "Ari Lee",
    ),
    (
        parsed(
            "Talks|NOUN|nsubj|7 between|ADP|prep|-1 Ari|PROPN|compound|1|B-PERSON "
            "Lee|PROPN|pobj|-2|I-PERSON and|CCONJ|cc|-1 Bo|PROPN|compound|1|B-PERSON "
            "Kim|PROPN|conj|-3|I-PERSON ended|VERB|ROOT|0 .|PUNCT|punct|-1"
        ),
        None,  # two people, neither the subject: unknown rather than a guess
    ),
    (
        parsed(
            "The|DET|det|1 weather|NOUN|nsubj|1 was|AUX|ROOT|0 fine|ADJ|acomp|-1 .|PUNCT|punct|-2"
        ),
        None,  # nobody to refer to
    ),
]


PRONOUN_CASES.append(
    (
        parsed(
            "Maria|PROPN|compound|1|B-PERSON Lopez|PROPN|nsubj|1|I-PERSON met|VERB|ROOT|0 "
            "John|PROPN|compound|1|B-PERSON Park|PROPN|dobj|-2|I-PERSON .|PUNCT|punct|-3"
        ),
        "John Park",  # the subject is a woman by her first name: "He" is the other one
    )
)


@pytest.mark.parametrize(("first", "expected"), PRONOUN_CASES)
def test_pronoun_antecedent_rule(make_doc: MakeDoc, first: list[Row], expected: str | None) -> None:
    rows = first + parsed("He|PRON|nsubj|1 left|VERB|ROOT|0 .|PUNCT|punct|-1")
    result = extract_actors(make_doc(rows))
    bound = [a.name for a in result.actors for m in a.mentions if m.source == "pronoun"]
    assert bound == ([expected] if expected else [])


def test_a_sentence_without_entities_finds_nothing(make_doc: MakeDoc) -> None:
    rows = parsed(
        "The|DET|det|1 weather|NOUN|nsubj|1 was|AUX|ROOT|0 fine|ADJ|acomp|-1 .|PUNCT|punct|-2"
    )
    assert extract_actors(make_doc(rows)) == ActorResult()


def test_photo_credits_and_former_names_are_not_actors(make_doc: MakeDoc) -> None:
    rows = [
        ("Image", "NOUN", "ROOT", 0, "O"),
        (":", "PUNCT", "punct", -1, "O"),
        ("Jane", "PROPN", "compound", 1, "B-PERSON"),
        ("Doe", "PROPN", "appos", -3, "I-PERSON"),
        (".", "PUNCT", "punct", -4, "O"),
        ("\n", "SPACE", "dep", -1, "O"),
        ("Posts", "NOUN", "nsubj", 4, "O"),
        ("on", "ADP", "prep", -1, "O"),
        ("X", "PROPN", "pobj", -1, "O"),
        ("(", "PUNCT", "punct", -1, "O"),
        ("formerly", "ADV", "advmod", 1, "O"),
        ("Twitter", "PROPN", "appos", -3, "O"),
        (")", "PUNCT", "punct", -4, "O"),
        ("spread", "VERB", "ROOT", 0, "O"),
        (".", "PUNCT", "punct", -1, "O"),
    ]
    result = extract_actors(make_doc(rows, glued=frozenset({0, 4, 5, 9, 11})))
    assert result.actors == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            ("Mohammed Shia’ al-Sudani", "PERSON", "IRQ"),
            ("Mohammed Shia' Al Sudani", "PERSON", "IRQ"),
        ),
        (("Zbigniew Kowałski", "PERSON", "POL"), ("Zbigniew KOWALSKI", "PERSON", "POL")),
        (("Iran", "COUNTRY", "IRN"), ("Islamic Republic", "COUNTRY", "IRN")),
    ],
)
def test_actor_key_is_stable_across_spellings(
    a: tuple[str, str, str], b: tuple[str, str, str]
) -> None:
    assert actor_key(*a) == actor_key(*b)


def test_actor_key_keeps_type_and_country_apart() -> None:
    assert actor_key("Georgia", "COUNTRY", "GEO") != actor_key("Georgia", "GPE", "USA")
    assert actor_key("Ali Khan", "PERSON", "PAK") != actor_key("Ali Khan", "PERSON", "IND")


QUOTED_NAME = parsed(
    "Tom|PROPN|compound|1|B-PERSON Vale|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
    ".|PUNCT|punct|-1 "
    '"|PUNCT|punct|8 We|PRON|nsubj|1 trusted|VERB|ccomp|6 Bo|PROPN|compound|1|B-PERSON '
    'Kim|PROPN|dobj|-2|I-PERSON ,|PUNCT|punct|3 "|PUNCT|punct|2 he|PRON|nsubj|1 '
    "added|VERB|ROOT|0 .|PUNCT|punct|-1"
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (QUOTED_NAME, ["Tom Vale"]),  # the speaker named before, not the man he speaks of
        (QUOTED_NAME[4:], []),  # only a name inside the quote: unknown, not a guess
    ],
)
def test_a_name_inside_quotation_marks_is_no_antecedent_outside_them(
    make_doc: MakeDoc, rows: list[Row], expected: list[str]
) -> None:
    result = extract_actors(make_doc(rows))
    bound = [a.name for a in result.actors for m in a.mentions if m.source == "pronoun"]
    assert bound == expected


def test_quoted_tokens_pair_straight_and_curly_marks(make_doc: MakeDoc) -> None:
    rows = parsed(
        '“|PUNCT|punct|1 Go|VERB|ROOT|0 "|PUNCT|punct|-1 she|PRON|nsubj|1 said|VERB|ROOT|0 '
        '"|PUNCT|punct|1 Stay|VERB|ccomp|-2'
    )
    assert sorted(quoted_tokens(make_doc(rows))) == [1, 6]  # the last quote runs to the line end
