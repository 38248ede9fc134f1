"""CAMEO verb families added for coverage: each codes its type in a plain clause, frames hold."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, rows: list[Row]) -> list[Event]:
    doc = make_doc(rows)
    return events_of(doc)


def _clause(word: str, lemma: str, extra: list[Row] | None = None) -> list[Row]:
    """ "Norway <word> Peru [extra]." with the verb as root."""
    extra = extra or []
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (word, "VERB", "ROOT", 0, "O", lemma),
        ("Peru", "PROPN", "dobj", -1, "B-GPE", "Peru"),
        *extra,
        (".", "PUNCT", "punct", -(2 + len(extra)), "O", "."),
    ]


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [
        ("lambasted", "lambaste", "ACCUSE"),
        ("arraigned", "arraign", "ACCUSE"),
        ("menaced", "menace", "THREATEN"),
        ("ostracized", "ostracize", "SANCTION"),
        ("terrorized", "terrorize", "ASSAULT"),
        ("sabotaged", "sabotage", "ASSAULT"),
        ("bankrolled", "bankroll", "AID"),
        ("championed", "champion", "SUPPORT"),
        ("muzzled", "muzzle", "COERCE"),
        ("exiled", "exile", "COERCE"),
        ("disowned", "disown", "REJECT"),
    ],
)
def test_codebook_verbs_code_their_type(
    make_doc: MakeDoc, word: str, lemma: str, expected: str
) -> None:
    (event,) = _events(make_doc, _clause(word, lemma))
    assert (event.type, event.actor, event.recipient) == (expected, "A1", "A2")


def test_barring_needs_a_from_phrase(make_doc: MakeDoc) -> None:
    from_rows: list[Row] = parsed("from|ADP|prep|-2 talks|NOUN|pobj|-1||talk")
    (event,) = _events(make_doc, _clause("barred", "bar", from_rows))
    assert event.type == "SANCTION"
    # "Norway barred Peru." without "from" is not coded: the frame is not there.
    assert _events(make_doc, _clause("barred", "bar")) == []


def test_cordoning_needs_its_particle(make_doc: MakeDoc) -> None:
    off: list[Row] = parsed("off|ADP|prt|-2")
    (event,) = _events(make_doc, _clause("cordoned", "cordon", off))
    assert (event.type, event.mode) == ("COERCE", "restrict")
    assert _events(make_doc, _clause("cordoned", "cordon")) == []


def test_crushing_codes_repression_only_of_dissent(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway crushed|VERB|ROOT|0||crush the|DET|det|1 "
        "revolt|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor) == ("COERCE", "A1")
    cans = [
        ("cans", p, d, h, e, "can") if w == "revolt" else (w, p, d, h, e, lem)
        for w, p, d, h, e, lem in rows
    ]
    assert _events(make_doc, cans) == []  # "crushed the cans" is no event


def test_nominal_backing_is_no_trigger(make_doc: MakeDoc) -> None:
    # "Norway has the backing of Peru": the haver is not the backer, so the noun is left out.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway has|VERB|ROOT|0||have the|DET|det|1 "
        "backing|NOUN|dobj|-2 of|ADP|prep|-1 Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-5"
    )
    assert _events(make_doc, rows) == []


def _light(verb: str, lemma: str, noun: str, noun_lemma: str) -> list[Row]:
    """ "Norway <verb> a <noun>." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (verb, "VERB", "ROOT", 0, "O", lemma),
        ("a", "DET", "det", 1, "O", "a"),
        (noun, "NOUN", "dobj", -2, "O", noun_lemma),
        (".", "PUNCT", "punct", -3, "O", "."),
    ]


@pytest.mark.parametrize(
    ("verb", "lemma", "noun", "noun_lemma", "expected"),
    [
        ("committed", "commit", "massacre", "massacre", "ASSAULT"),
        ("conducted", "conduct", "raid", "raid", "ASSAULT"),
        ("unleashed", "unleash", "barrage", "barrage", "ASSAULT"),
        ("resumed", "resume", "negotiation", "negotiation", "CONSULT"),
    ],
)
def test_light_verbs_lend_their_subject_to_the_noun_event(
    make_doc: MakeDoc, verb: str, lemma: str, noun: str, noun_lemma: str, expected: str
) -> None:
    (event,) = _events(make_doc, _light(verb, lemma, noun, noun_lemma))
    # The noun is the event (its mode and CAMEO root), the verb names who did it;
    # "committed a massacre" is no promise (AGREE).
    assert (event.type, event.trigger.text, event.actor) == (expected, noun, "A1")


def test_a_light_verb_with_an_ordinary_object_finds_nothing(make_doc: MakeDoc) -> None:
    assert _events(make_doc, _light("conducted", "conduct", "survey", "survey")) == []
    assert _events(make_doc, _light("committed", "commit", "crime", "crime")) == []
    assert _events(make_doc, _light("committed", "commit", "suicide", "suicide")) == []


def test_stopping_work_is_a_strike(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway stopped|VERB|ROOT|0||stop work|NOUN|dobj|-1 "
        ".|PUNCT|punct|-2"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.mode) == ("PROTEST", "strike-gen")


def test_launching_missiles_is_fighting_with_heavy_weapons(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _light("launched", "launch", "missile", "missile"))
    # CAMEO 19 (fight), not 18 (assault): a trigger verb that consumes its object noun.
    assert (event.type, event.mode, event.cameo, event.trigger.text) == (
        "ASSAULT",
        "heavy-weapons",
        "19",
        "launched",
    )


def test_presenting_evidence_against_someone_is_an_accusation(make_doc: MakeDoc) -> None:
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway presented|VERB|ROOT|0||present evidence|NOUN|dobj|-1 "
        "against|ADP|prep|-2 Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-4"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor, event.recipient) == ("ACCUSE", "A1", "A2")
    award = [(w, p, d, h, e, "award" if w == "evidence" else lem) for w, p, d, h, e, lem in rows]
    assert _events(make_doc, award) == []  # "presented an award against" is no accusation


@pytest.mark.parametrize(
    ("verb", "lemma", "noun", "noun_lemma", "expected"),
    [
        ("proposed", "propose", "truce", "truce", "AGREE"),
        ("scrambled", "scramble", "jet", "jet", "MOBILIZE"),
        ("heightened", "heighten", "alert", "alert", "MOBILIZE"),
        ("used", "use", "weapon", "weapon", "ASSAULT"),
        ("proposed", "propose", "law", "law", None),
        ("scrambled", "scramble", "egg", "egg", None),
    ],
)
def test_verb_object_frames(
    make_doc: MakeDoc, verb: str, lemma: str, noun: str, noun_lemma: str, expected: str | None
) -> None:
    found = [e.type for e in _events(make_doc, _light(verb, lemma, noun, noun_lemma))]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("subject", "subject_lemma", "expected"),
    [("Troops", "troop", "MOBILIZE"), ("Aid", "aid", "AID"), ("Diplomats", "diplomat", "CONSULT")],
)
def test_who_arrives_decides_what_arriving_is(
    make_doc: MakeDoc, subject: str, subject_lemma: str, expected: str
) -> None:
    rows: list[Row] = [
        (subject, "NOUN", "nsubj", 1, "O", subject_lemma),
        ("arrived", "VERB", "ROOT", 0, "O", "arrive"),
        ("in", "ADP", "prep", -1, "O", "in"),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -3, "O", "."),
    ]
    (event,) = _events(make_doc, rows)
    assert (event.type, event.location) == (expected, "Peru")


def test_nominal_offers_and_agreements(make_doc: MakeDoc) -> None:
    offer: list[Row] = parsed(
        "Norway|PROPN|poss|2|B-GPE|Norway 's|PART|case|-1 offer|NOUN|nsubj|1 "
        "stands|VERB|ROOT|0||stand .|PUNCT|punct|-1"
    )
    (event,) = _events(make_doc, offer)
    assert (event.type, event.actor) == ("AGREE", "A1")
    between: list[Row] = parsed(
        "The|DET|det|1 agreement|NOUN|nsubj|5 between|ADP|prep|-1 "
        "Norway|PROPN|pobj|-1|B-GPE|Norway and|CCONJ|cc|-1 Peru|PROPN|conj|-2|B-GPE|Peru "
        "holds|VERB|ROOT|0||hold .|PUNCT|punct|-1"
    )
    (event,) = _events(make_doc, between)
    assert (event.type, event.actors) == ("AGREE", ("A1", "A2"))
    # "The agreement holds." names no parties and no frame: nothing.
    bare: list[Row] = [
        between[0],
        ("agreement", "NOUN", "nsubj", 1, "O", "agreement"),
        ("holds", "VERB", "ROOT", 0, "O", "hold"),
        between[7],
    ]
    assert _events(make_doc, bare) == []


@pytest.mark.parametrize(
    ("word", "wrong_lemma", "expected"),
    [
        ("raped", "rap", "ASSAULT"),
        ("stabbed", "stabbe", "ASSAULT"),
        ("shelling", "shel", "ASSAULT"),
    ],
)
def test_a_wrong_lemma_is_repaired_from_the_inflected_form(
    make_doc: MakeDoc, word: str, wrong_lemma: str, expected: str
) -> None:
    (event,) = _events(make_doc, _clause(word, wrong_lemma))
    assert (event.type, event.actor, event.recipient) == (expected, "A1", "A2")
    # A word that is no inflection of a trigger stays no trigger.
    assert _events(make_doc, _clause("rapped", "rap")) == []


def test_a_particle_parsed_as_an_adverb_still_fits_the_frame(make_doc: MakeDoc) -> None:
    # "Norway pulled back from Peru." with "back" labelled advmod
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway pulled|VERB|ROOT|0||pull back|ADV|advmod|-1 "
        "from|ADP|prep|-2 Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-4"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.mode) == ("RETREAT", "withdraw")
    ahead = [r if r[0] != "back" else ("ahead", "ADV", "advmod", -1, "O", "ahead") for r in rows]
    assert _events(make_doc, ahead) == []


def _troops(verb: str, lemma: str, subject: str) -> list[Row]:
    """ "Peruvian <subject> <verb> Norway." """
    return [
        ("Peruvian", "ADJ", "amod", 1, "B-NORP", "peruvian"),
        (subject, "NOUN", "nsubj", 1, "O", subject.rstrip("s")),
        (verb, "VERB", "ROOT", 0, "O", lemma),
        ("Norway", "PROPN", "dobj", -1, "B-GPE", "Norway"),
        (".", "PUNCT", "punct", -2, "O", "."),
    ]


def test_troops_leaving_is_a_withdrawal_but_tourists_leaving_is_nothing(
    make_doc: MakeDoc,
) -> None:
    (event,) = _events(make_doc, _troops("left", "leave", "troops"))
    assert (event.type, event.mode) == ("RETREAT", "withdraw")
    assert _events(make_doc, _troops("left", "leave", "tourists")) == []


def test_crowds_stoning_is_a_riot(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _troops("stoned", "stone", "protesters"))
    assert (event.type, event.mode) == ("PROTEST", "riot")
    (event,) = _events(make_doc, _troops("stoned", "stone", "soldiers"))
    assert event.type == "ASSAULT"


def test_an_amount_in_aid_is_aid(make_doc: MakeDoc) -> None:
    # "Norway gave $5 million in aid to Peru."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway gave|VERB|ROOT|0||give $|SYM|nmod|2|B-MONEY "
        "5|NUM|compound|1|I-MONEY million|NUM|dobj|-3|I-MONEY in|ADP|prep|-1 aid|NOUN|pobj|-1 "
        "to|ADP|dative|-6 Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-8"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor) == ("AID", "A1")
    shoes = [r if r[0] != "aid" else ("shoes", "NOUN", "pobj", -1, "O", "shoe") for r in rows]
    assert _events(make_doc, shoes) == []


def test_killing_animals_is_no_assault(make_doc: MakeDoc) -> None:
    def killed(obj: str, lemma: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("killed", "VERB", "ROOT", 0, "O", "kill"),
            (obj, "NOUN", "dobj", -1, "O", lemma),
            (".", "PUNCT", "punct", -2, "O", "."),
        ]

    assert _events(make_doc, killed("pigs", "pig")) == []
    (event,) = _events(make_doc, killed("villagers", "villager"))
    assert (event.type, event.actor) == ("ASSAULT", "A1")


def test_shouting_at_someone_is_a_protest_but_shouting_is_not(make_doc: MakeDoc) -> None:
    at: list[Row] = parsed("at|ADP|prep|-2")
    (event,) = _events(make_doc, _clause("shouted", "shout", at))
    assert event.type == "PROTEST"
    assert _events(make_doc, _clause("shouted", "shout")) == []


def test_the_one_allowed_to_act_is_the_object_of_allowing(make_doc: MakeDoc) -> None:
    # "Norway allowed inspectors to visit." (the parser makes "inspectors" the clause's subject)
    def allowed(who: str, lemma: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("allowed", "VERB", "ROOT", 0, "O", "allow"),
            (who, "NOUN", "nsubj", 2, "O", lemma),
            ("to", "PART", "aux", 1, "O", "to"),
            ("enter", "VERB", "ccomp", -3, "O", "enter"),
            (".", "PUNCT", "punct", -4, "O", "."),
        ]

    (event,) = _events(make_doc, allowed("inspectors", "inspector"))
    assert (event.type, event.mode) == ("RETREAT", "access")
    (event,) = _events(make_doc, allowed("tourists", "tourist"))
    assert (event.type, event.mode) == ("CONCEDE", "policy")


def test_police_raids_are_coercion_and_attacks_on_websites_are_cyber(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _troops("raided", "raid", "police"))
    assert (event.type, event.mode) == ("COERCE", "arrest")
    (event,) = _events(make_doc, _troops("raided", "raid", "soldiers"))
    assert event.type == "ASSAULT"
    websites: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway attacked|VERB|ROOT|0||attack "
        "websites|NOUN|dobj|-1||website .|PUNCT|punct|-2"
    )
    (event,) = _events(make_doc, websites)
    assert (event.type, event.mode) == ("COERCE", "cyber")


@pytest.mark.parametrize(
    ("word", "lemma", "extra"),
    [
        ("hails", "hail", parsed("from|ADP|prep|-2")),  # where one is from
        ("hosted", "host", parsed("show|NOUN|npadvmod|-2")),
    ],
)
def test_frames_that_are_no_event(
    make_doc: MakeDoc, word: str, lemma: str, extra: list[Row]
) -> None:
    rows = _clause(word, lemma, extra)
    if lemma == "host":  # "Norway hosted a show": the show is the object
        rows[2] = ("show", "NOUN", "dobj", -1, "O", "show")
        rows = [r for r in rows if r[2] != "npadvmod"]
        rows[-1] = (".", "PUNCT", "punct", -2, "O", ".")
    assert _events(make_doc, rows) == []


def test_no_plans_to_act_denies_the_act_but_no_knowledge_of_it_does_not(
    make_doc: MakeDoc,
) -> None:
    # "Norway has no plans to withdraw." -- a cooperative act denied is a REJECT.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway has|VERB|ROOT|0||have no|DET|det|1 "
        "plans|NOUN|dobj|-2||plan to|PART|aux|1 withdraw|VERB|acl|-2 .|PUNCT|punct|-5"
    )
    (event,) = _events(make_doc, rows)
    assert event.type == "REJECT"


def test_brushing_aside_is_rejecting(make_doc: MakeDoc) -> None:
    aside: list[Row] = parsed("aside|ADV|advmod|-2")
    (event,) = _events(make_doc, _clause("brushed", "brush", aside))
    assert event.type == "REJECT"
    assert _events(make_doc, _clause("brushed", "brush")) == []


@pytest.mark.parametrize(
    ("word", "lemma", "obj", "obj_lemma", "expected"),
    [
        ("distributed", "distribute", "food", "food", "AID"),
        ("treated", "treat", "wounded", "wounded", "AID"),
        ("lobbed", "lob", "shells", "shell", "ASSAULT"),
        ("distributed", "distribute", "leaflets", "leaflet", None),
        ("treated", "treat", "data", "data", None),
    ],
)
def test_verbs_coded_by_their_object(
    make_doc: MakeDoc, word: str, lemma: str, obj: str, obj_lemma: str, expected: str | None
) -> None:
    rows: list[Row] = [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (word, "VERB", "ROOT", 0, "O", lemma),
        (obj, "NOUN", "dobj", -1, "O", obj_lemma),
        (".", "PUNCT", "punct", -2, "O", "."),
    ]
    assert [e.type for e in _events(make_doc, rows)] == ([expected] if expected else [])
