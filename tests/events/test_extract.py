"""Event extraction on hand-parsed sentences (no model): frames, polarity, arguments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.events.extract import dateline_of
from newsgraph.model import Event, Place, Quote

from .conftest import Row, actors_from_ents, events_of

MakeDoc = Callable[[list[Row]], Doc]
PUBLISHED = "2025-01-09T12:26:00"
DOT: Row = (".", "PUNCT", "punct", 0, "O", ".")


def _dot(head_offset: int) -> Row:
    return (".", "PUNCT", "punct", head_offset, "O", ".")


def _events(make_doc: MakeDoc, rows: list[Row], quotes: tuple[Quote, ...] = ()) -> list[Event]:
    doc = make_doc(rows)
    return events_of(doc, quotes, PUBLISHED)


def _summary(events: list[Event]) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.actors, e.recipient) for e in events]


IRAN: Row = ("Iran", "PROPN", "nsubj", 1, "B-GPE", "Iran")

CASES: list[tuple[str, list[Row], list[tuple[str, tuple[str, ...], str | None]]]] = [
    (
        "Iran condemned Israel.",
        [
            IRAN,
            ("condemned", "VERB", "ROOT", 0, "O", "condemn"),
            ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
            _dot(-2),
        ],
        [("ACCUSE", ("A1",), "A2")],
    ),
    (
        "Iran did not attack Israel.",
        [
            ("Iran", "PROPN", "nsubj", 3, "B-GPE", "Iran"),
            ("did", "AUX", "aux", 2, "O", "do"),
            ("not", "PART", "neg", 1, "O", "not"),
            ("attack", "VERB", "ROOT", 0, "O", "attack"),
            ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
            _dot(-2),
        ],
        [],
    ),
    (
        "Iran threatened to attack Israel.",
        [
            IRAN,
            ("threatened", "VERB", "ROOT", 0, "O", "threaten"),
            ("to", "PART", "aux", 1, "O", "to"),
            ("attack", "VERB", "xcomp", -2, "O", "attack"),
            ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
            _dot(-4),
        ],
        [("THREATEN", ("A1",), "A2")],
    ),
    (
        "Iran will not attack Israel.",
        [
            ("Iran", "PROPN", "nsubj", 3, "B-GPE", "Iran"),
            ("will", "AUX", "aux", 2, "O", "will"),
            ("not", "PART", "neg", 1, "O", "not"),
            ("attack", "VERB", "ROOT", 0, "O", "attack"),
            ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
            _dot(-2),
        ],
        [("AGREE", ("A1",), "A2")],
    ),
    (
        "Iran could attack Israel.",
        [
            ("Iran", "PROPN", "nsubj", 2, "B-GPE", "Iran"),
            ("could", "AUX", "aux", 1, "O", "could"),
            ("attack", "VERB", "ROOT", 0, "O", "attack"),
            ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
            _dot(-2),
        ],
        [],
    ),
    (
        "Hungarian and Romanian officials agreed.",
        [
            ("Hungarian", "ADJ", "amod", 3, "B-NORP", "hungarian"),
            ("and", "CCONJ", "cc", -1, "O", "and"),
            ("Romanian", "ADJ", "conj", -2, "B-NORP", "romanian"),
            ("officials", "NOUN", "nsubj", 1, "O", "official"),
            ("agreed", "VERB", "ROOT", 0, "O", "agree"),
            _dot(-1),
        ],
        [("AGREE", ("A1", "A2"), None)],
    ),
    (
        "Israel was attacked by Iran.",
        [
            ("Israel", "PROPN", "nsubjpass", 2, "B-GPE", "Israel"),
            ("was", "AUX", "auxpass", 1, "O", "be"),
            ("attacked", "VERB", "ROOT", 0, "O", "attack"),
            ("by", "ADP", "agent", -1, "O", "by"),
            ("Iran", "PROPN", "pobj", -1, "B-GPE", "Iran"),
            _dot(-3),
        ],
        [("ASSAULT", ("A2",), "A1")],
    ),
    (
        "Iran held talks with Iraq.",
        [
            IRAN,
            ("held", "VERB", "ROOT", 0, "O", "hold"),
            ("talks", "NOUN", "dobj", -1, "O", "talk"),
            ("with", "ADP", "prep", -1, "O", "with"),
            ("Iraq", "PROPN", "pobj", -1, "B-GPE", "Iraq"),
            _dot(-4),
        ],
        [("CONSULT", ("A1",), "A2")],
    ),
    (
        "Iran spoke during a meeting with Iraq.",
        [
            IRAN,
            ("spoke", "VERB", "ROOT", 0, "O", "speak"),
            ("during", "ADP", "prep", -1, "O", "during"),
            ("a", "DET", "det", 1, "O", "a"),
            ("meeting", "NOUN", "pobj", -2, "O", "meeting"),
            ("with", "ADP", "prep", -1, "O", "with"),
            ("Iraq", "PROPN", "pobj", -1, "B-GPE", "Iraq"),
            _dot(-6),
        ],
        [("CONSULT", ("A1",), "A2")],
    ),
    (
        "Syria will not accept refugees.",
        [
            ("Syria", "PROPN", "nsubj", 3, "B-GPE", "Syria"),
            ("will", "AUX", "aux", 2, "O", "will"),
            ("not", "PART", "neg", 1, "O", "not"),
            ("accept", "VERB", "ROOT", 0, "O", "accept"),
            ("refugees", "NOUN", "dobj", -1, "O", "refugee"),
            _dot(-2),
        ],
        [("REJECT", ("A1",), None)],
    ),
    (
        "Iran said Iraq must withdraw.",
        [
            IRAN,
            ("said", "VERB", "ROOT", 0, "O", "say"),
            ("Iraq", "PROPN", "nsubj", 2, "B-GPE", "Iraq"),
            ("must", "AUX", "aux", 1, "O", "must"),
            ("withdraw", "VERB", "ccomp", -3, "O", "withdraw"),
            _dot(-4),
        ],
        [("REQUEST", ("A1",), "A2")],
    ),
    (
        "Iran said it was cold.",
        [
            IRAN,
            ("said", "VERB", "ROOT", 0, "O", "say"),
            ("it", "PRON", "nsubj", 1, "O", "it"),
            ("was", "AUX", "ccomp", -2, "O", "be"),
            ("cold", "ADJ", "acomp", -1, "O", "cold"),
            _dot(-4),
        ],
        [],
    ),
    (
        "The attack on the town ended.",
        [
            ("The", "DET", "det", 1, "O", "the"),
            ("attack", "NOUN", "nsubj", 4, "O", "attack"),
            ("on", "ADP", "prep", -1, "O", "on"),
            ("the", "DET", "det", 1, "O", "the"),
            ("town", "NOUN", "pobj", -2, "O", "town"),
            ("ended", "VERB", "ROOT", 0, "O", "end"),
            _dot(-1),
        ],
        [],
    ),
    (
        "Syria says it will withdraw troops.",
        [
            ("Syria", "PROPN", "nsubj", 1, "B-GPE", "Syria"),
            ("says", "VERB", "ROOT", 0, "O", "say"),
            ("it", "PRON", "nsubj", 2, "O", "it"),
            ("will", "AUX", "aux", 1, "O", "will"),
            ("withdraw", "VERB", "ccomp", -3, "O", "withdraw"),
            ("troops", "NOUN", "dobj", -1, "O", "troop"),
            _dot(-5),
        ],
        [("AGREE", ("A1",), None)],
    ),
]


@pytest.mark.parametrize(("text", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sentences(make_doc: MakeDoc, text: str, rows: list[Row], expected: object) -> None:
    assert make_doc(rows).text.replace(" .", ".") == text
    assert _summary(_events(make_doc, rows)) == expected


def _attack_rows(extra: list[Row]) -> list[Row]:
    return [
        IRAN,
        ("attacked", "VERB", "ROOT", 0, "O", "attack"),
        ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
        *extra,
    ]


def test_a_threat_takes_its_mode_from_what_is_threatened(make_doc: MakeDoc) -> None:
    rows = CASES[2][1]
    (event,) = _events(make_doc, rows)
    assert (event.type, event.mode, event.cameo, event.intensity) == (
        "THREATEN",
        "violence",
        "13",
        -7.0,
    )


def test_event_codes_and_evidence(make_doc: MakeDoc) -> None:
    doc = make_doc(_attack_rows([_dot(-2)]))
    (event,) = events_of(doc, published=PUBLISHED)
    assert (event.type, event.cameo, event.intensity, event.intent) == (
        "ASSAULT",
        "19",
        -9.3,
        False,
    )
    assert doc.text[event.trigger.start : event.trigger.end] == event.trigger.text == "attacked"
    assert doc.text[event.sentence.start : event.sentence.end] == event.sentence.text
    assert (event.date, event.date_precision, event.date_source) == (
        "2025-01-09",
        "day",
        "published",
    )
    # the country attacked is where it happened (no dateline here)
    assert event.location == "Israel" and event.reported_by is None


def test_date_and_place_attached_to_the_trigger(make_doc: MakeDoc) -> None:
    rows = _attack_rows(
        [
            ("in", "ADP", "prep", -2, "O", "in"),
            ("Gaza", "PROPN", "pobj", -1, "B-GPE", "Gaza"),
            ("on", "ADP", "prep", -4, "O", "on"),
            ("Wednesday", "PROPN", "pobj", -1, "B-DATE", "Wednesday"),
            _dot(-6),
        ]
    )
    (event,) = _events(make_doc, rows)
    assert (event.date, event.date_precision, event.date_source) == ("2025-01-08", "day", "text")
    assert event.location == "Gaza"


def test_event_inside_reported_speech_is_the_speakers_claim(make_doc: MakeDoc) -> None:
    doc = make_doc(_attack_rows([_dot(-2)]))
    claim = Quote("reported", 0, len(doc.text), doc.text, speaker="A9")
    (event,) = extract_events(doc, actors_from_ents(doc), (), (claim,), PUBLISHED)
    assert event.reported_by == "A9"


def test_unresolved_doer_keeps_the_act_with_unknown_actor(make_doc: MakeDoc) -> None:
    doc = make_doc(_attack_rows([_dot(-2)]))
    (event,) = extract_events(doc, (), (), (), None)
    assert (event.type, event.actor, event.recipient, event.actors) == ("ASSAULT", None, None, ())
    assert event.date is None and event.date_source is None


def test_first_person_doer_inside_a_quote_is_the_speaker(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        ("We", "PRON", "nsubj", 1, "O", "we"),
        ("attacked", "VERB", "ROOT", 0, "O", "attack"),
        ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
        _dot(-2),
    ]
    doc = make_doc(rows)
    claim = Quote("direct", 0, len(doc.text), doc.text, speaker="A9")
    (event,) = extract_events(doc, actors_from_ents(doc), (), (claim,), PUBLISHED)
    assert (event.actor, event.recipient, event.reported_by) == ("A9", "A1", "A9")
    (unquoted,) = events_of(doc, published=PUBLISHED)
    assert unquoted.actor is None


def test_a_date_inside_another_noun_phrase_does_not_date_the_event(make_doc: MakeDoc) -> None:
    rows = _attack_rows(
        [
            ("after", "ADP", "prep", -2, "O", "after"),
            ("the", "DET", "det", 2, "O", "the"),
            ("May", "PROPN", "compound", 1, "B-DATE", "May"),
            ("massacre", "NOUN", "pobj", -3, "O", "massacre"),
            _dot(-6),
        ]
    )
    (event,) = _events(make_doc, rows)  # the massacre is not Iran's: "after" lends no doer
    assert event.trigger.text == "attacked" and event.date_source == "published"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAGHDAD (Reuters) - Iraqi forces attacked the town.", "Baghdad"),
        ("WASHINGTON — The talks resumed.", "Washington"),
        ("KABUL, Jan 9 (AP) - Fighting resumed.", "Kabul"),
        ("The talks in Baghdad resumed.", None),
        ("NOTHING — a heading that is no place.", None),
    ],
)
def test_dateline(text: str, expected: str | None) -> None:
    assert dateline_of(text) == expected


def test_a_place_on_the_receiving_end_stands_for_its_country(make_doc: MakeDoc) -> None:
    doc = make_doc(
        [
            IRAN,
            ("attacked", "VERB", "ROOT", 0, "O", "attack"),
            ("Baghdad", "PROPN", "dobj", -1, "B-GPE", "Baghdad"),
            ("and", "CCONJ", "cc", -2, "O", "and"),
            ("Iraq", "PROPN", "conj", -3, "B-GPE", "Iraq"),
            _dot(-4),
        ]
    )
    iran, baghdad, iraq = actors_from_ents(doc)
    country = replace(iraq, type="COUNTRY", country="IRQ")
    place = Place("Baghdad", baghdad.mentions, country="IRQ", kind="city")
    (event,) = extract_events(doc, (iran, country), (place,), (), PUBLISHED)
    assert (event.actor, event.recipient) == (iran.id, country.id)
    (unowned,) = extract_events(doc, (iran,), (place,), (), PUBLISHED)
    assert unowned.recipient is None


def test_both_sides_of_clashes_are_sources(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        ("Clashes", "NOUN", "nsubj", 5, "O", "clash"),
        ("between", "ADP", "prep", -1, "O", "between"),
        ("Sudan", "PROPN", "pobj", -1, "B-GPE", "Sudan"),
        ("and", "CCONJ", "cc", -1, "O", "and"),
        ("Chad", "PROPN", "conj", -2, "B-GPE", "Chad"),
        ("continued", "VERB", "ROOT", 0, "O", "continue"),
        _dot(-1),
    ]
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actors, event.recipient) == ("ASSAULT", ("A1", "A2"), None)


def test_backers_are_not_doers(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        ("Iran", "PROPN", "npadvmod", 2, "B-GPE", "Iran"),
        ("-", "PUNCT", "punct", 1, "O", "-"),
        ("backed", "VERB", "amod", 1, "O", "back"),
        ("groups", "NOUN", "nsubj", 1, "O", "group"),
        ("attacked", "VERB", "ROOT", 0, "O", "attack"),
        ("Israel", "PROPN", "dobj", -1, "B-GPE", "Israel"),
        _dot(-2),
    ]
    (event,) = _events(make_doc, rows)
    assert (event.actor, event.recipient) == (None, "A2")
    led = [(w, p, d, h, e, "lead" if w == "backed" else lem) for w, p, d, h, e, lem in rows]
    (event,) = _events(make_doc, led)
    assert (event.actor, event.recipient) == ("A1", "A2")


def test_recipient_from_inside_the_threatened_clause(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        IRAN,
        ("threatened", "VERB", "ROOT", 0, "O", "threaten"),
        ("to", "PART", "aux", 1, "O", "to"),
        ("break", "VERB", "xcomp", -2, "O", "break"),
        ("relations", "NOUN", "dobj", -1, "O", "relation"),
        ("with", "ADP", "prep", -2, "O", "with"),
        ("Russia", "PROPN", "pobj", -1, "B-GPE", "Russia"),
        _dot(-6),
    ]
    (event,) = _events(make_doc, rows)
    assert (event.type, event.actor, event.recipient) == ("THREATEN", "A1", "A2")


def test_withdrawal_from_a_country_makes_it_the_recipient(make_doc: MakeDoc) -> None:
    rows: list[Row] = [
        ("Syria", "PROPN", "nsubj", 1, "B-GPE", "Syria"),
        ("withdrew", "VERB", "ROOT", 0, "O", "withdraw"),
        ("troops", "NOUN", "dobj", -1, "O", "troop"),
        ("from", "ADP", "prep", -2, "O", "from"),
        ("Lebanon", "PROPN", "pobj", -1, "B-GPE", "Lebanon"),
        _dot(-4),
    ]
    (event,) = _events(make_doc, rows)
    assert (event.type, event.mode, event.actor, event.recipient) == (
        "RETREAT",
        "withdraw",
        "A1",
        "A2",
    )
