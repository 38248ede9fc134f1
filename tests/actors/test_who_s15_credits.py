"""Credit lines are newsroom staff: a name of the story repeated in "(Reporting by
...)" or "... contributed to this report." is no mention of that person (invented
sentences)."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def test_no_alias_inside_a_reporting_credit(nlp: Language) -> None:
    text = (
        "Lena Ortiz, a Chilean diver, said the reef had bleached near the port.\n"
        "(Reporting by Lena Ortiz in Arica; Editing by Tom Berg)"
    )
    credit = text.index("(Reporting")
    person = next(a for a in analyzed(nlp, text).actors if a.name == "Lena Ortiz")
    assert [m.text for m in person.mentions] == ["Lena Ortiz"]
    assert all(m.start < credit for m in person.mentions)


def test_no_alias_inside_a_contributed_line(nlp: Language) -> None:
    text = (
        "Sara Vint, a Peruvian farmer, said the dam had opened too late for the crops.\n"
        "Vint Sara contributed to this report."
    )
    credit = text.index("Vint Sara")
    for actor in analyzed(nlp, text).actors:
        assert all(m.start < credit for m in actor.mentions), actor.name
