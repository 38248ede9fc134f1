"""General coding rules: object classes, particles parsed as prepositions, quoted pronouns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.events.lexicon import LexiconError, _entry, load_lexicon, object_classes
from newsgraph.model import Actor, Event, Mention, Quote

from .conftest import Row, actors_from_ents, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-03-02T08:00:00"


def _events(make_doc: MakeDoc, rows: list[Row], quotes: tuple[Quote, ...] = ()) -> list[Event]:
    doc = make_doc(rows)
    return events_of(doc, quotes)


def test_object_classes_expand_into_frames() -> None:
    classes = object_classes()
    assert {"vaccine", "grain", "aid"} <= set(classes["gifts"])
    assert "warship" in classes["forces"]
    supply = load_lexicon().triggers[("supply", "VERB")]
    assert any("vaccine" in e.objects and e.type == "AID" for e in supply)
    # No class name is left unexpanded in any frame.
    for entries in load_lexicon().triggers.values():
        assert not any(o.startswith("@") for e in entries for o in e.objects)


def test_an_unknown_object_class_is_rejected() -> None:
    raw = {"lemma": "x", "pos": "VERB", "type": "AID", "objects": ["@no_such_class"]}
    with pytest.raises(LexiconError, match="unknown object class"):
        _entry(raw, load_lexicon().types, "triggers.jsonl:9", object_classes())


def _gave(thing: str, lemma: str) -> list[Row]:
    """ "Norway supplied <thing> to Peru." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("supplied", "VERB", "ROOT", 0, "O", "supply"),
        (thing, "NOUN", "dobj", -1, "O", lemma),
        ("to", "ADP", "dative", -2, "O", "to"),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -4, "O", "."),
    ]


@pytest.mark.parametrize(
    ("thing", "lemma", "expected"),
    [("vaccines", "vaccine", ["AID"]), ("grain", "grain", ["AID"]), ("music", "music", [])],
)
def test_what_is_supplied_decides_aid(
    make_doc: MakeDoc, thing: str, lemma: str, expected: list[str]
) -> None:
    events = _events(make_doc, _gave(thing, lemma))
    assert [e.type for e in events] == expected
    if expected:
        assert (events[0].actor, events[0].recipient) == ("A1", "A2")


def _pulled(particle_dep: str) -> list[Row]:
    """ "Norway pulled out of Peru." with "out" parsed as ``particle_dep``."""
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("pulled", "VERB", "ROOT", 0, "O", "pull"),
        ("out", "ADP", particle_dep, -1, "O", "out"),
        ("of", "ADP", "prep", -1, "O", "of"),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -4, "O", "."),
    ]


@pytest.mark.parametrize("dep", ["prt", "prep"])
def test_a_particle_parsed_as_a_preposition_still_frames_the_verb(
    make_doc: MakeDoc, dep: str
) -> None:
    (event,) = _events(make_doc, _pulled(dep))
    assert (event.type, event.mode, event.actor) == ("RETREAT", "withdraw", "A1")


def test_a_preposition_with_its_own_object_is_no_particle(make_doc: MakeDoc) -> None:
    # "Norway pulled out the map." would be a particle; "pulled [at] the rope" is no
    # withdrawal: a preposition with an object of its own is not the particle "out".
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway pulled|VERB|ROOT|0||pull out|ADP|prep|-1 "
        "windows|NOUN|pobj|-1||window .|PUNCT|punct|-3"
    )
    assert _events(make_doc, rows) == []


def _appealed(extra: list[Row]) -> list[Row]:
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("appealed", "VERB", "ROOT", 0, "O", "appeal"),
        *extra,
    ]
    rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
    return rows


def test_appealing_to_someone_is_a_request_but_a_legal_appeal_is_not(make_doc: MakeDoc) -> None:
    to_peru: list[Row] = parsed("to|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru")
    (event,) = _events(make_doc, _appealed(to_peru))
    assert (event.type, event.recipient) == ("REQUEST", "A2")
    assert _events(make_doc, _appealed([])) == []  # "Norway appealed." (against a ruling)


def _quoted_he() -> tuple[list[Row], int]:
    """ "Olsen said: he attacked Peru" with the pronoun wrongly linked to Olsen."""
    rows: list[Row] = parsed(
        "Olsen|PROPN|nsubj|1|B-PERSON|Olsen said|VERB|ROOT|0||say he|PRON|nsubj|1 "
        "attacked|VERB|ccomp|-2||attack Peru|PROPN|dobj|-1|B-GPE|Peru .|PUNCT|punct|-4"
    )
    return rows, 2


def test_a_third_person_pronoun_in_a_quote_is_not_the_speaker(make_doc: MakeDoc) -> None:
    rows, he = _quoted_he()
    doc = make_doc(rows)
    olsen, peru = actors_from_ents(doc)
    he_mention = Mention(doc[he].idx, doc[he].idx + 2, "he", "PERSON", "pronoun")
    olsen = Actor(olsen.id, olsen.name, "PERSON", (*olsen.mentions, he_mention))
    start, end = doc[he].idx, doc[4].idx + len("Peru")
    quote = Quote("direct", start, end, doc.text[start:end], speaker=olsen.id)
    (event,) = extract_events(doc, (olsen, peru), (), (quote,), PUBLISHED)
    assert (event.type, event.actors, event.reported_by) == ("ASSAULT", (), olsen.id)
    # Outside a quote the same link stands: the narrator's "he" is Olsen.
    (event,) = extract_events(doc, (olsen, peru), (), (), PUBLISHED)
    assert event.actors == (olsen.id,)


def _fire(obj: str, lemma: str) -> list[Row]:
    """ "Norway fired <obj> at Peru." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("fired", "VERB", "ROOT", 0, "O", "fire"),
        (obj, "NOUN", "dobj", -1, "O", lemma),
        ("at", "ADP", "prep", -2, "O", "at"),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -4, "O", "."),
    ]


@pytest.mark.parametrize(
    ("obj", "lemma", "expected"),
    [("gas", "gas", "COERCE"), ("rockets", "rocket", "ASSAULT"), ("shots", "shot", "ASSAULT")],
)
def test_what_is_fired_at_someone_decides_coercion_or_assault(
    make_doc: MakeDoc, obj: str, lemma: str, expected: str
) -> None:
    (event,) = _events(make_doc, _fire(obj, lemma))
    assert (event.type, event.actor, event.recipient) == (expected, "A1", "A2")


def _call_off(obj: str, lemma: str) -> list[Row]:
    """ "Norway called off the <obj>." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("called", "VERB", "ROOT", 0, "O", "call"),
        ("off", "ADP", "prt", -1, "O", "off"),
        ("the", "DET", "det", 1, "O", "the"),
        (obj, "NOUN", "dobj", -3, "O", lemma),
        (".", "PUNCT", "punct", -4, "O", "."),
    ]


def test_calling_off_talks_cuts_ties_but_calling_off_a_strike_concedes(
    make_doc: MakeDoc,
) -> None:
    (talks,) = _events(make_doc, _call_off("talks", "talk"))
    assert (talks.type, talks.mode) == ("SANCTION", "cancel")
    (strike,) = _events(make_doc, _call_off("strike", "strike"))
    assert strike.type == "CONCEDE"


def test_each_coordinated_recipient_gets_an_event(make_doc: MakeDoc) -> None:
    # "Norway visited Peru and Chile."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway visited|VERB|ROOT|0||visit "
        "Peru|PROPN|dobj|-1|B-GPE|Peru and|CCONJ|cc|-1 Chile|PROPN|conj|-2|B-GPE|Chile "
        ".|PUNCT|punct|-4"
    )
    found = [(e.type, e.actor, e.recipient) for e in _events(make_doc, rows)]
    assert found == [("CONSULT", "A1", "A2"), ("CONSULT", "A1", "A3")]


def _called_for(prep: str) -> list[Row]:
    """ "Norway called for sanctions <prep> Peru." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("called", "VERB", "ROOT", 0, "O", "call"),
        ("for", "ADP", "prep", -1, "O", "for"),
        ("sanctions", "NOUN", "pobj", -1, "O", "sanction"),
        (prep, "ADP", "prep", -1, "O", prep),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -5, "O", "."),
    ]


def test_what_is_called_for_against_someone_makes_them_the_recipient(make_doc: MakeDoc) -> None:
    # Calling for sanctions against someone rallies opposition to them: CAMEO 113,
    # which PLOVER's GSR codes ACCUSE.
    (event,) = _events(make_doc, _called_for("against"))
    assert (event.type, event.actor, event.recipient) == ("ACCUSE", "A1", "A2")
    # "sanctions by Peru" asks nothing of Peru.
    (event,) = _events(make_doc, _called_for("by"))
    assert event.recipient is None


def test_a_path_is_no_object_flying_across_water_carries_no_aid(make_doc: MakeDoc) -> None:
    def flew(prep: str, dep: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("flew", "VERB", "ROOT", 0, "O", "fly"),
            *([(prep, "ADP", "prep", -1, "O", prep)] if prep else []),
            ("water", "NOUN", dep, -1, "O", "water"),
            (".", "PUNCT", "punct", -3 if prep else -2, "O", "."),
        ]

    assert _events(make_doc, flew("across", "pobj")) == []
    (event,) = _events(make_doc, flew("", "dobj"))  # "Norway flew water (in)."
    assert (event.type, event.actor) == ("AID", "A1")


def test_what_one_cannot_do_is_no_refusal(make_doc: MakeDoc) -> None:
    # "Norway can't guarantee Peru." / "Norway will not guarantee Peru."
    def guarantee(aux: str, lemma: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 3, "B-GPE", "Norway"),
            (aux, "AUX", "aux", 2, "O", lemma),
            ("n't" if aux == "ca" else "not", "PART", "neg", 1, "O", "not"),
            ("guarantee", "VERB", "ROOT", 0, "O", "guarantee"),
            ("Peru", "PROPN", "dobj", -1, "B-GPE", "Peru"),
            (".", "PUNCT", "punct", -2, "O", "."),
        ]

    assert _events(make_doc, guarantee("ca", "can")) == []
    (event,) = _events(make_doc, guarantee("will", "will"))
    assert event.type == "REJECT"


def test_calling_off_a_search_concedes_nothing(make_doc: MakeDoc) -> None:
    assert _events(make_doc, _call_off("search", "search")) == []


def _backed(obj: Row) -> list[Row]:
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("supported", "VERB", "ROOT", 0, "O", "support"),
        obj,
        (".", "PUNCT", "punct", -2, "O", "."),
    ]


def test_backing_an_idea_is_no_support_event_but_backing_an_actor_is(make_doc: MakeDoc) -> None:
    assert _events(make_doc, _backed(("education", "NOUN", "dobj", -1, "O", "education"))) == []
    (event,) = _events(make_doc, _backed(("Peru", "PROPN", "dobj", -1, "B-GPE", "Peru")))
    assert (event.type, event.actor, event.recipient) == ("SUPPORT", "A1", "A2")


def _possessed(noun: str, lemma: str, extra: list[Row]) -> list[Row]:
    """ "Norway's <noun> [extra] angered Peru." """
    rows: list[Row] = [
        ("Norway", "PROPN", "poss", 2, "B-GPE", "Norway"),
        ("'s", "PART", "case", -1, "O", "'s"),
        (noun, "NOUN", "nsubj", 1 + len(extra), "O", lemma),
        *extra,
        ("angered", "VERB", "ROOT", 0, "O", "anger"),
        ("Peru", "PROPN", "dobj", -1, "B-GPE", "Peru"),
    ]
    rows.append((".", "PUNCT", "punct", 1 - len(rows) + 3 + len(extra), "O", "."))
    return rows


def test_the_possessor_of_an_arrest_is_arrested_not_arresting(make_doc: MakeDoc) -> None:
    # "Norway's arrest angered Peru.": Norway was arrested; no doer is named.
    assert _events(make_doc, _possessed("arrest", "arrest", [])) == []
    # "Norway's attack angered Peru.": Norway attacked.
    (event,) = _events(make_doc, _possessed("attack", "attack", []))
    assert (event.type, event.actor) == ("ASSAULT", "A1")


def test_praising_a_thing_is_support_but_embracing_an_idea_is_not(make_doc: MakeDoc) -> None:
    def verb(word: str, lemma: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            (word, "VERB", "ROOT", 0, "O", lemma),
            ("result", "NOUN", "dobj", -1, "O", "result"),
            (".", "PUNCT", "punct", -2, "O", "."),
        ]

    assert [e.type for e in _events(make_doc, verb("welcomed", "welcome"))] == ["SUPPORT"]
    assert _events(make_doc, verb("embraced", "embrace")) == []


def test_fighting_to_do_something_is_a_struggle_not_a_battle(make_doc: MakeDoc) -> None:
    def fought(extra: list[Row]) -> list[Row]:
        rows: list[Row] = [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("fought", "VERB", "ROOT", 0, "O", "fight"),
            *extra,
        ]
        rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
        return rows

    to_win: list[Row] = parsed("to|PART|aux|1 win|VERB|advcl|-2 votes|NOUN|dobj|-1||vote")
    assert _events(make_doc, fought(to_win)) == []
    against: list[Row] = parsed("against|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru")
    (event,) = _events(make_doc, fought(against))
    assert (event.type, event.actor, event.recipient) == ("ASSAULT", "A1", "A2")


def test_the_one_named_for_an_act_did_it(make_doc: MakeDoc) -> None:
    # "Norway remembered Olsen for attacking Peru." (as with "convicted X for")
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway remembered|VERB|ROOT|0||remember "
        "Olsen|PROPN|dobj|-1|B-PERSON|Olsen for|ADP|prep|-2 attacking|VERB|pcomp|-1||attack "
        "Peru|PROPN|dobj|-1|B-GPE|Peru .|PUNCT|punct|-5"
    )
    found = {(e.type, e.actor, e.recipient) for e in _events(make_doc, rows)}
    assert ("ASSAULT", "A2", "A3") in found
    assert ("ASSAULT", "A1", "A3") not in found


def test_bombs_in_a_country_are_not_done_by_it(make_doc: MakeDoc) -> None:
    # "Bombs in Peru killed Olsen.": Peru is where, not who.
    rows: list[Row] = parsed(
        "Bombs|NOUN|nsubj|3||bomb in|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru "
        "killed|VERB|ROOT|0||kill Olsen|PROPN|dobj|-1|B-PERSON|Olsen .|PUNCT|punct|-2"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actors, event.recipient) == ("ASSAULT", (), "A2")


def test_time_in_custody_is_not_holding_anyone(make_doc: MakeDoc) -> None:
    # "Olsen spent a month in custody."
    rows: list[Row] = parsed(
        "Olsen|PROPN|nsubj|1|B-PERSON|Olsen spent|VERB|ROOT|0||spend a|DET|det|1 "
        "month|NOUN|npadvmod|-2|B-DATE in|ADP|prep|-3 custody|NOUN|pobj|-1 .|PUNCT|punct|-5"
    )
    assert all(e.actor != "A1" for e in _events(make_doc, rows))


def _called(word: str, lemma: str) -> list[Row]:
    """ "Norway called Olsen a <word> man." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("called", "VERB", "ROOT", 0, "O", "call"),
        ("Olsen", "PROPN", "dobj", -1, "B-PERSON", "Olsen"),
        ("a", "DET", "det", 2, "O", "a"),
        (word, "ADJ", "amod", 1, "O", lemma),
        ("man", "NOUN", "oprd", -4, "O", "man"),
        (".", "PUNCT", "punct", -5, "O", "."),
    ]


def test_calling_someone_a_decent_man_praises_them(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _called("decent", "decent"))
    assert (event.type, event.actor, event.recipient) == ("SUPPORT", "A1", "A2")
    (event,) = _events(make_doc, _called("dangerous", "dangerous"))
    assert (event.type, event.recipient) == ("ACCUSE", "A2")


@pytest.mark.parametrize(("pronoun", "expected"), [("we", []), ("they", ["REQUEST"])])
def test_what_we_must_do_is_no_demand_on_another(
    make_doc: MakeDoc, pronoun: str, expected: list[str]
) -> None:
    # "Norway said <pronoun> must leave."
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("said", "VERB", "ROOT", 0, "O", "say"),
        (pronoun, "PRON", "nsubj", 2, "O", pronoun),
        ("must", "AUX", "aux", 1, "O", "must"),
        ("leave", "VERB", "ccomp", -3, "O", "leave"),
        (".", "PUNCT", "punct", -4, "O", "."),
    ]
    assert [e.type for e in _events(make_doc, rows)] == expected


def test_called_for_with_for_parsed_as_a_clause_marker_is_a_request(make_doc: MakeDoc) -> None:
    # "Norway called for Peru to attack Chile.": the attack is what was asked for.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway called|VERB|ROOT|0||call for|SCONJ|mark|3 "
        "Peru|PROPN|nsubj|2|B-GPE|Peru to|PART|aux|1 attack|VERB|advcl|-4 "
        "Chile|PROPN|dobj|-1|B-GPE|Chile .|PUNCT|punct|-6"
    )
    found = [(e.type, e.actor, e.recipient) for e in _events(make_doc, rows)]
    assert found == [("REQUEST", "A1", "A2")]


def _noun_object(verb: str, lemma: str, aux: list[Row]) -> list[Row]:
    """ "Norway [aux] <verb> sanctions on Peru." """
    n = len(aux)
    return [
        ("Norway", "PROPN", "nsubj", 1 + n, "B-GPE", "Norway"),
        *aux,
        (verb, "VERB", "ROOT", 0, "O", lemma),
        ("talks", "NOUN", "dobj", -1, "O", "talk"),
        ("with", "ADP", "prep", -1, "O", "with"),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -4, "O", "."),
    ]


@pytest.mark.parametrize(
    ("verb", "lemma", "aux", "expected"),
    [
        ("held", "hold", [], ["CONSULT"]),
        ("considered", "consider", [], []),
        # "Norway did not hold talks with Peru": nothing took place, no refusal.
        (
            "hold",
            "hold",
            parsed("did|AUX|aux|2||do not|PART|neg|1"),
            [],
        ),
        (
            "hold",
            "hold",
            parsed("will|AUX|aux|2||will not|PART|neg|1"),
            ["REJECT"],
        ),
    ],
)
def test_the_verb_a_noun_event_is_the_object_of_qualifies_it(
    make_doc: MakeDoc, verb: str, lemma: str, aux: list[Row], expected: list[str]
) -> None:
    assert [e.type for e in _events(make_doc, _noun_object(verb, lemma, aux))] == expected


def test_demonstrating_a_quality_is_no_protest(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway demonstrated|VERB|ROOT|0||demonstrate "
        "resolve|NOUN|dobj|-1 .|PUNCT|punct|-2"
    )
    assert _events(make_doc, rows) == []
    intransitive = [rows[0], rows[1], (".", "PUNCT", "punct", -1, "O", ".")]
    assert [e.type for e in _events(make_doc, intransitive)] == ["PROTEST"]


def test_a_price_retreating_to_an_amount_is_market_talk(make_doc: MakeDoc) -> None:
    def retreated(obj: Row) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("retreated", "VERB", "ROOT", 0, "O", "retreat"),
            ("to", "ADP", "prep", -1, "O", "to"),
            obj,
            (".", "PUNCT", "punct", -3, "O", "."),
        ]

    assert _events(make_doc, retreated(("$5", "NUM", "pobj", -1, "B-MONEY", "$5"))) == []
    (event,) = _events(make_doc, retreated(("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru")))
    assert (event.type, event.actor) == ("RETREAT", "A1")


@pytest.mark.parametrize(
    ("verb", "lemma", "obj", "obj_lemma"),
    [
        ("hit", "hit", "high", "high"),
        ("investigated", "investigate", "outage", "outage"),
        ("accepted", "accept", "award", "award"),
        ("sent", "send", "jet", "jet"),
    ],
)
def test_everyday_objects_make_no_event(
    make_doc: MakeDoc, verb: str, lemma: str, obj: str, obj_lemma: str
) -> None:
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (verb, "VERB", "ROOT", 0, "O", lemma),
        (obj, "NOUN", "dobj", -1, "O", obj_lemma),
        (".", "PUNCT", "punct", -2, "O", "."),
    ]
    assert _events(make_doc, rows) == []


def test_what_someone_should_feel_is_no_demand(make_doc: MakeDoc) -> None:
    # "Norway said Peru should feel proud." / "Norway said Peru should leave."
    def should(verb: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("said", "VERB", "ROOT", 0, "O", "say"),
            ("Peru", "PROPN", "nsubj", 2, "B-GPE", "Peru"),
            ("should", "AUX", "aux", 1, "O", "should"),
            (verb, "VERB", "ccomp", -3, "O", verb),
            (".", "PUNCT", "punct", -4, "O", "."),
        ]

    assert _events(make_doc, should("feel")) == []
    assert [e.type for e in _events(make_doc, should("leave"))] == ["REQUEST"]


def test_a_bare_participle_clause_is_undergone_by_the_subject(make_doc: MakeDoc) -> None:
    # "Olsen wept when convicted." / "Olsen wept when he convicted Peru."
    rows: list[Row] = parsed(
        "Olsen|PROPN|nsubj|1|B-PERSON|Olsen wept|VERB|ROOT|0||weep when|SCONJ|advmod|1 "
        "convicted|VERB|advcl|-2||convict .|PUNCT|punct|-3"
    )
    doc = make_doc(rows)
    doc[3].tag_ = "VBN"
    events = events_of(doc)
    assert all(e.actor != "A1" for e in events)


@pytest.mark.parametrize(
    ("rows_verb", "obj_rows", "expected"),
    [
        (
            ("issued", "issue"),
            parsed("a|DET|det|2 flood|NOUN|compound|1 warning|NOUN|dobj|-3"),
            [],
        ),
        (
            ("issued", "issue"),
            parsed("a|DET|det|1 warning|NOUN|dobj|-2"),
            ["THREATEN"],
        ),
        (
            ("clashed", "clash"),
            parsed("with|ADP|prep|-1 views|NOUN|pobj|-1||view"),
            [],
        ),
    ],
)
def test_weather_warnings_and_clashing_views_are_no_events(
    make_doc: MakeDoc, rows_verb: tuple[str, str], obj_rows: list[Row], expected: list[str]
) -> None:
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (rows_verb[0], "VERB", "ROOT", 0, "O", rows_verb[1]),
        *obj_rows,
    ]
    rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
    assert [e.type for e in _events(make_doc, rows)] == expected


def _verb_then(word: str, lemma: str, extra: list[Row]) -> list[Row]:
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (word, "VERB", "ROOT", 0, "O", lemma),
        *extra,
    ]
    rows.append((".", "PUNCT", "punct", 1 - len(rows), "O", "."))
    return rows


def test_helping_to_do_a_task_and_pleading_guilty_are_no_events(make_doc: MakeDoc) -> None:
    negotiate: list[Row] = parsed("negotiate|VERB|xcomp|-1")
    # The negotiation took place; helping with it is no aid.
    found = [e.type for e in _events(make_doc, _verb_then("helped", "help", negotiate))]
    assert found == ["CONSULT"]
    guilty: list[Row] = parsed("guilty|ADJ|acomp|-1")
    assert _events(make_doc, _verb_then("pleaded", "plead", guilty)) == []
    with_peru: list[Row] = parsed("with|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru")
    (event,) = _events(make_doc, _verb_then("pleaded", "plead", with_peru))
    assert (event.type, event.recipient) == ("REQUEST", "A2")


def test_a_participle_that_names_a_thing_judges_nothing(make_doc: MakeDoc) -> None:
    # "Norway hosts a programme called Unity."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway runs|VERB|ROOT|0||run a|DET|det|1 "
        "programme|NOUN|dobj|-2 called|VERB|acl|-1||call Unity|NOUN|oprd|-1 .|PUNCT|punct|-5"
    )
    assert _events(make_doc, rows) == []


def test_not_yet_agreed_is_no_refusal(make_doc: MakeDoc) -> None:
    def agreed(extra: list[Row]) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 3 + len(extra), "B-GPE", "Norway"),
            ("has", "AUX", "aux", 2 + len(extra), "O", "have"),
            ("not", "PART", "neg", 1 + len(extra), "O", "not"),
            *extra,
            ("agreed", "VERB", "ROOT", 0, "O", "agree"),
            (".", "PUNCT", "punct", -1, "O", "."),
        ]

    assert _events(make_doc, agreed(parsed("yet|ADV|advmod|1"))) == []
    assert [e.type for e in _events(make_doc, agreed([]))] == ["REJECT"]


def test_a_that_clause_hung_on_the_verb_is_the_nouns_content(make_doc: MakeDoc) -> None:
    # "Norway repeated its demand that Peru leave."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway repeated|VERB|ROOT|0||repeat its|PRON|poss|1 "
        "demand|NOUN|dobj|-2 that|SCONJ|mark|2 Peru|PROPN|nsubj|1|B-GPE|Peru leave|VERB|ccomp|-5 "
        ".|PUNCT|punct|-6"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor, event.recipient) == ("REQUEST", "A1", "A2")


def test_placing_someone_under_arrest_is_the_placers_act(make_doc: MakeDoc) -> None:
    # "Norway placed Olsen under arrest."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway placed|VERB|ROOT|0||place "
        "Olsen|PROPN|dobj|-1|B-PERSON|Olsen under|ADP|prep|-2 arrest|NOUN|pobj|-1 .|PUNCT|punct|-4"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor, event.recipient) == ("COERCE", "A1", "A2")


def test_the_one_asked_is_named_by_from(make_doc: MakeDoc) -> None:
    # "Norway sought aid from Peru."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway sought|VERB|ROOT|0||seek aid|NOUN|dobj|-1 "
        "from|ADP|prep|-2 Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-4"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor, event.recipient) == ("REQUEST", "A1", "A2")


def test_the_place_of_what_was_acted_on_and_of_a_part_of_a_place(make_doc: MakeDoc) -> None:
    # "Norway attacked a base in Peru." / "Norway attacked in the east of Peru."
    base: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway attacked|VERB|ROOT|0||attack a|DET|det|1 "
        "base|NOUN|dobj|-2 in|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-5"
    )
    (event,) = _events(make_doc, base)
    assert event.location == "Peru"
    east: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway attacked|VERB|ROOT|0||attack in|ADP|prep|-1 "
        "the|DET|det|1 east|NOUN|pobj|-2 of|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru "
        ".|PUNCT|punct|-6"
    )
    (event,) = _events(make_doc, east)
    assert event.location == "Peru"


def test_attacking_someone_as_a_failure_is_criticism(make_doc: MakeDoc) -> None:
    # "Norway attacked Peru as weak." / "Norway attacked Peru."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway attacked|VERB|ROOT|0||attack "
        "Peru|PROPN|dobj|-1|B-GPE|Peru as|ADP|prep|-2 weak|ADJ|pobj|-1 .|PUNCT|punct|-4"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.recipient) == ("ACCUSE", "A2")
    plain = [*rows[:3], (".", "PUNCT", "punct", -2, "O", ".")]
    (event,) = _events(make_doc, plain)
    assert event.type == "ASSAULT"


def test_whether_someone_must_act_is_no_demand(make_doc: MakeDoc) -> None:
    # "Norway asked whether Peru must leave." has no demand by Norway on Peru.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway wondered|VERB|ROOT|0||wonder whether|SCONJ|mark|3 "
        "Peru|PROPN|nsubj|2|B-GPE|Peru must|AUX|aux|1 leave|VERB|ccomp|-4 .|PUNCT|punct|-5"
    )
    assert _events(make_doc, rows) == []


@pytest.mark.parametrize(
    ("tag", "aux", "expected"),
    [("VBN", parsed("had|AUX|aux|1||have"), []), ("VB", [], ["REQUEST"])],
)
def test_insisting_on_a_past_fact_asserts_it(
    make_doc: MakeDoc, tag: str, aux: list[Row], expected: list[str]
) -> None:
    # "Norway insisted that Peru (had) left." / "Norway insisted that Peru leave."
    n = len(aux)
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("insisted", "VERB", "ROOT", 0, "O", "insist"),
        ("that", "SCONJ", "mark", 2 + n, "O", "that"),
        ("Peru", "PROPN", "nsubj", 1 + n, "B-GPE", "Peru"),
        *aux,
        ("left", "VERB", "ccomp", -3 - n, "O", "leave"),
        (".", "PUNCT", "punct", -4 - n, "O", "."),
    ]
    doc = make_doc(rows)
    doc[4 + n].tag_ = tag
    events = events_of(doc)
    assert [e.type for e in events] == expected
