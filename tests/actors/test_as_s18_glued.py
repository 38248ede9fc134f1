"""Name spans: a first name the model left out, an unknown word glued to a known body,
a person read as the end of a body's name.

Invented sentences, hand-parsed (no model). Each first test failed before its rule
(:func:`missed_names._with_first_names`, :func:`merged_fixes._join_names_before_bodies`,
the person check of :func:`merged_fixes._coordinated_ending`); the others guard what
must stay as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors.detect import entity_candidates

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _spans(doc: Doc) -> list[tuple[str, str]]:
    return [(doc[c.start : c.end].text, c.label) for c in entity_candidates(doc)]


def test_a_first_name_left_out_of_a_person_starts_it(make_doc: MakeDoc) -> None:
    # "Her aunt , Tolvane Marrick Oster , spoke ." (the model's person starts late)
    rows = parsed(
        "Her|PRON|poss|1 aunt|NOUN|nsubj|7 ,|PUNCT|punct|-1 Tolvane|PROPN|compound|2 "
        "Marrick|PROPN|compound|1|B-PERSON Oster|PROPN|appos|-4|I-PERSON ,|PUNCT|punct|-5 "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _spans(make_doc(rows)) == [("Tolvane Marrick Oster", "PERSON")]


def test_a_day_or_a_run_of_names_before_a_person_stays_out(make_doc: MakeDoc) -> None:
    # "They met on Monday Marrick Oster and NPR Varden Marrick Oster ."
    rows = parsed(
        "They|PRON|nsubj|1 met|VERB|ROOT|0 on|ADP|prep|-1 Monday|PROPN|pobj|-1 "
        "Marrick|PROPN|compound|1|B-PERSON Oster|PROPN|dobj|-4|I-PERSON and|CCONJ|cc|-1 "
        "NPR|PROPN|compound|3 Varden|PROPN|compound|2 Marrick|PROPN|compound|1|B-PERSON "
        "Oster|PROPN|conj|-5|I-PERSON .|PUNCT|punct|-10"
    )
    people = [span for span in _spans(make_doc(rows)) if span[1] == "PERSON"]
    assert people == [("Marrick Oster", "PERSON"), ("Marrick Oster", "PERSON")]


def test_an_unknown_word_glued_to_a_known_body_names_another_body(make_doc: MakeDoc) -> None:
    # "A Zarvik Hezbollah official died ." ("Zarvik" tagged NORP, Hezbollah in the lexicon)
    rows = parsed(
        "A|DET|det|3 Zarvik|PROPN|compound|1|B-NORP Hezbollah|PROPN|compound|1|B-ORG "
        "official|NOUN|nsubj|1 died|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    assert _spans(make_doc(rows)) == [("Zarvik Hezbollah", "ORG")]


def test_a_demonym_before_a_known_body_stays_apart(make_doc: MakeDoc) -> None:
    # "An Iranian Hezbollah official died ." (a lexicon demonym)
    rows = parsed(
        "An|DET|det|3 Iranian|ADJ|amod|1|B-NORP Hezbollah|PROPN|compound|1|B-ORG "
        "official|NOUN|nsubj|1 died|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    spans = _spans(make_doc(rows))
    assert ("Iranian", "NORP") in spans
    assert ("Hezbollah", "ORG") in spans


def test_a_person_after_and_is_no_ending_of_a_body_name(make_doc: MakeDoc) -> None:
    # "Brin of Varden Labs and Tolva Marrick of Acme spoke ." (two people, two bodies)
    rows = parsed(
        "Brin|PROPN|nsubj|9|B-ORG of|ADP|prep|-1|I-ORG Varden|PROPN|compound|1|I-ORG "
        "Labs|PROPN|pobj|-2|I-ORG and|CCONJ|cc|-4 Tolva|PROPN|compound|1|B-PERSON "
        "Marrick|PROPN|conj|-6|I-PERSON of|ADP|prep|-1 Acme|PROPN|pobj|-1|B-ORG "
        "spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    spans = _spans(make_doc(rows))
    assert ("Tolva Marrick", "PERSON") in spans
    assert not any("and" in text.split() for text, _ in spans)


def test_a_capitalised_word_after_a_verb_is_no_first_name(make_doc: MakeDoc) -> None:
    # "Present were Independent Marrick Oster ." (a party's word, not a first name)
    rows = parsed(
        "Present|ADJ|acomp|1 were|AUX|ROOT|0 Independent|PROPN|compound|2 "
        "Marrick|PROPN|compound|1|B-PERSON Oster|PROPN|nsubj|-3|I-PERSON .|PUNCT|punct|-4"
    )
    assert _spans(make_doc(rows)) == [("Marrick Oster", "PERSON")]


def test_a_surname_before_a_known_body_stays_apart(make_doc: MakeDoc) -> None:
    # "Tolva Oster spoke . The Oster CIA case goes on ." (the person's surname, then the CIA)
    person = parsed(
        "Tolva|PROPN|compound|1|B-PERSON Oster|PROPN|nsubj|1|I-PERSON spoke|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    case = parsed(
        "The|DET|det|3 Oster|PROPN|compound|2|B-ORG CIA|PROPN|compound|1|B-ORG "
        "case|NOUN|nsubj|1 goes|VERB|ROOT|0 on|ADP|prt|-1 .|PUNCT|punct|-2"
    )
    spans = _spans(make_doc(person + case))
    assert ("Oster CIA", "ORG") not in spans
    assert ("CIA", "ORG") in spans
