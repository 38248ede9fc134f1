"""Who takes part in a noun's act, what a participle's object is, which noun is the event."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.model import Event

from .conftest import Row, events_of, parsed

MakeDoc = Callable[[list[Row]], Doc]


def _events(make_doc: MakeDoc, rows: list[Row]) -> list[Event]:
    doc = make_doc(rows)
    return events_of(doc)


def _around_rally(verb: str, lemma: str, obj: str, prep: str) -> list[Row]:
    """ "Norway <verb> <obj> <prep> the rally." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (verb, "VERB", "ROOT", 0, "O", lemma),
        (obj, "NOUN", "dobj", -1, "O", obj),
        (prep, "ADP", "prep", -2, "O", prep),
        ("the", "DET", "det", 1, "O", "the"),
        ("rally", "NOUN", "pobj", -2, "O", "rally"),
        (".", "PUNCT", "punct", -5, "O", "."),
    ]


def test_taking_part_in_a_rally_is_rallying(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _around_rally("took", "take", "part", "in"))
    assert (event.type, event.actor, event.trigger.text) == ("PROTEST", "A1", "rally")


def test_acting_during_a_rally_is_no_part_in_it(make_doc: MakeDoc) -> None:
    rows = _around_rally("tightened", "tighten", "security", "during")
    assert [e for e in _events(make_doc, rows) if e.type == "PROTEST"] == []


def test_speaking_during_talks_is_taking_part(make_doc: MakeDoc) -> None:
    rows = _around_rally("voiced", "voice", "hope", "during")
    rows[5] = ("talks", "NOUN", "pobj", -2, "O", "talk")
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor) == ("CONSULT", "A1")


def test_a_statement_released_by_someone_frees_nobody(make_doc: MakeDoc) -> None:
    # "Norway read a statement released by Peru."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway read|VERB|ROOT|0 a|DET|det|1 statement|NOUN|dobj|-2 "
        "released|VERB|acl|-1||release by|ADP|agent|-1 Peru|PROPN|pobj|-1|B-GPE|Peru "
        ".|PUNCT|punct|-6"
    )
    assert _events(make_doc, rows) == []
    hostages = [
        r if r[0] != "statement" else ("hostages", "NOUN", "dobj", -2, "O", "hostage") for r in rows
    ]
    (event,) = _events(make_doc, hostages)
    assert (event.type, event.actor) == ("RETREAT", "A2")


def test_a_name_is_no_judgement(make_doc: MakeDoc) -> None:
    # "Norway called it Peru." names; "Norway called it illegal." judges.
    def called(word: str, pos: str, ent: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("called", "VERB", "ROOT", 0, "O", "call"),
            ("it", "PRON", "nsubj", 1, "O", "it"),
            (word, pos, "oprd", -2, ent, word),
            (".", "PUNCT", "punct", -3, "O", "."),
        ]

    (event,) = _events(make_doc, called("illegal", "ADJ", "O"))
    assert (event.type, event.actor) == ("ACCUSE", "A1")
    assert _events(make_doc, called("Peru", "PROPN", "B-GPE")) == []


def test_a_trigger_noun_modifying_another_gives_way(make_doc: MakeDoc) -> None:
    # "A murder conviction by Norway ended." is one conviction, not a murder by Norway.
    rows: list[Row] = parsed(
        "A|DET|det|2 murder|NOUN|compound|1 conviction|NOUN|nsubj|3 by|ADP|prep|-1 "
        "Norway|PROPN|pobj|-1|B-GPE|Norway ended|VERB|ROOT|0||end .|PUNCT|punct|-1"
    )
    assert [e.trigger.text for e in _events(make_doc, rows)] == ["conviction"]


def test_an_event_noun_naming_a_kind_of_thing_is_no_event(make_doc: MakeDoc) -> None:
    # "Norway deployed riot police." -- but "Norway sent a mediation mission." is mediation.
    def sent(modifier: str, lemma: str, head: str) -> list[Row]:
        return [
            ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
            ("sent", "VERB", "ROOT", 0, "O", "send"),
            ("a", "DET", "det", 2, "O", "a"),
            (modifier, "NOUN", "compound", 1, "O", lemma),
            (head, "NOUN", "dobj", -3, "O", head),
            (".", "PUNCT", "punct", -4, "O", "."),
        ]

    assert _events(make_doc, sent("riot", "riot", "police")) == []
    (event,) = _events(make_doc, sent("mediation", "mediation", "mission"))
    assert (event.type, event.actor) == ("CONSULT", "A1")


def test_in_protest_is_the_manner_of_the_act(make_doc: MakeDoc) -> None:
    # "Norway left in protest." vs "Norway left in the protest."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway left|VERB|ROOT|0||leave in|ADP|prep|-1 "
        "protest|NOUN|pobj|-1 .|PUNCT|punct|-3"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor) == ("PROTEST", "A1")
    the = [
        *rows[:3],
        ("the", "DET", "det", 1, "O", "the"),
        ("protest", "NOUN", "pobj", -2, "O", "protest"),
    ]
    the.append((".", "PUNCT", "punct", -4, "O", "."))
    assert _events(make_doc, the) == []


def test_the_side_withdrawn_from_is_the_recipient(make_doc: MakeDoc) -> None:
    # "Norway withdrew from Peru to Chile."
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway withdrew|VERB|ROOT|0||withdraw from|ADP|prep|-1 "
        "Peru|PROPN|pobj|-1|B-GPE|Peru to|ADP|prep|-3 Chile|PROPN|pobj|-1|B-GPE|Chile "
        ".|PUNCT|punct|-5"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor, event.recipient) == ("RETREAT", "A1", "A2")


def test_a_conjoined_verb_takes_no_modality_from_its_sibling(make_doc: MakeDoc) -> None:
    # "Norway sought peace but withdrew." -- the withdrawal happened; "seek" qualifies nothing.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway sought|VERB|ROOT|0||seek peace|NOUN|dobj|-1 "
        "but|CCONJ|cc|-2 withdrew|VERB|conj|-3||withdraw .|PUNCT|punct|-5"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.intent) == ("RETREAT", False)


def test_a_predicate_noun_describes_its_subject(make_doc: MakeDoc) -> None:
    # "Norway was a retreat." describes Norway; "Norway held talks." is Norway's act.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway was|AUX|ROOT|0||be a|DET|det|1 retreat|NOUN|attr|-2 "
        ".|PUNCT|punct|-3"
    )
    assert _events(make_doc, rows) == []


def _noun_subject(verb: str, lemma: str, particle: str | None = None) -> list[Row]:
    """ "Fighting <verb> [particle] between Norway and Peru." """
    rows: list[Row] = [
        ("Fighting", "NOUN", "nsubj", 1, "O", "fighting"),
        (verb, "VERB", "ROOT", 0, "O", lemma),
    ]
    if particle:
        rows.append((particle, "ADP", "prt", -1, "O", particle))
    at = len(rows)
    rows += [
        ("between", "ADP", "prep", 1 - at, "O", "between"),
        ("Norway", "PROPN", "pobj", -1, "B-GPE", "Norway"),
        ("and", "CCONJ", "cc", -1, "O", "and"),
        ("Peru", "PROPN", "conj", -2, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -3 - at, "O", "."),
    ]
    return rows


def test_a_noun_event_reported_as_taking_place_is_kept(make_doc: MakeDoc) -> None:
    (event,) = _events(make_doc, _noun_subject("broke", "break", "out"))
    assert (event.type, event.actors) == ("ASSAULT", ("A1", "A2"))
    (event,) = _events(make_doc, _noun_subject("erupted", "erupt"))
    assert event.type == "ASSAULT"
    # "Fighting ended between ..." only mentions it; "broke" without "out" is no occurrence.
    assert _events(make_doc, _noun_subject("ended", "end")) == []
    assert _events(make_doc, _noun_subject("broke", "break")) == []


def _from(noun: str, lemma: str) -> list[Row]:
    """ "Norway rejected the <noun> from Peru." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        ("rejected", "VERB", "ROOT", 0, "O", "reject"),
        ("the", "DET", "det", 1, "O", "the"),
        (noun, "NOUN", "dobj", -2, "O", lemma),
        ("from", "ADP", "prep", -1, "O", "from"),
        ("Peru", "PROPN", "pobj", -1, "B-GPE", "Peru"),
        (".", "PUNCT", "punct", -5, "O", "."),
    ]


def test_a_word_from_someone_is_theirs_but_force_from_somewhere_is_not(
    make_doc: MakeDoc,
) -> None:
    found = {(e.type, e.actor) for e in _events(make_doc, _from("offer", "offer"))}
    assert found == {("REJECT", "A1"), ("AGREE", "A2")}
    found = {(e.type, e.actor) for e in _events(make_doc, _from("attack", "attack"))}
    assert ("ASSAULT", "A2") not in found


def test_a_sourced_demand_stands_whatever_is_done_with_it(make_doc: MakeDoc) -> None:
    # "Norway refused to respond to the demand from Peru." -- Peru did demand.
    rows: list[Row] = parsed(
        "Norway|PROPN|nsubj|1|B-GPE|Norway refused|VERB|ROOT|0||refuse to|PART|aux|1 "
        "respond|VERB|xcomp|-2 to|ADP|prep|-1 the|DET|det|1 demand|NOUN|pobj|-2 from|ADP|prep|-1 "
        "Peru|PROPN|pobj|-1|B-GPE|Peru .|PUNCT|punct|-8"
    )
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor) == ("REQUEST", "A2")


def _claimed(verb: str, lemma: str) -> list[Row]:
    """ "Norway <verb> that Peru attacked Chile." """
    return [
        ("Norway", "PROPN", "nsubj", 1, "B-GPE", "Norway"),
        (verb, "VERB", "ROOT", 0, "O", lemma),
        ("that", "SCONJ", "mark", 2, "O", "that"),
        ("Peru", "PROPN", "nsubj", 1, "B-GPE", "Peru"),
        ("attacked", "VERB", "ccomp", -3, "O", "attack"),
        ("Chile", "PROPN", "dobj", -1, "B-GPE", "Chile"),
        (".", "PUNCT", "punct", -5, "O", "."),
    ]


def test_claiming_that_another_used_force_accuses_them(make_doc: MakeDoc) -> None:
    found = {
        (e.type, e.actor, e.recipient) for e in _events(make_doc, _claimed("claimed", "claim"))
    }
    assert found == {("ASSAULT", "A2", "A3"), ("ACCUSE", "A1", "A2")}
    # A plain report of an attack accuses no one.
    reported = {(e.type, e.actor) for e in _events(make_doc, _claimed("said", "say"))}
    assert reported == {("ASSAULT", "A2")}
