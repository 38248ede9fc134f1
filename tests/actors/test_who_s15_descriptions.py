"""Which person a title phrase names: "the president of X" agrees with X, and a title
phrase right before a name is that name's, not the title of the person before it
(invented sentences and names, real countries)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Actor

from ..analyzed import analyzed


def _person(nlp: Language, text: str, name: str) -> Actor:
    return next(a for a in analyzed(nlp, text).actors if a.name == name)


def test_the_president_of_a_country_is_no_other_countrys_president(nlp: Language) -> None:
    text = (
        "President Tomas Ferrada of Chile arrived in Lima on Monday. The talks were praised "
        "by the president of Peru, who said the border was calm."
    )
    mentions = [m.text for m in _person(nlp, text, "Tomas Ferrada").mentions]
    assert "the president of Peru" not in mentions


def test_a_title_phrase_of_a_country_before_a_name_is_that_persons(nlp: Language) -> None:
    text = (
        "President Tomas Ferrada, the President of Peru Luis Quispe and the Bolivian "
        "foreign minister will meet in Lima on Tuesday."
    )
    quispe = _person(nlp, text, "Luis Quispe")
    assert "the President of Peru" in [m.text for m in quispe.mentions]
