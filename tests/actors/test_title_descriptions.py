"""A "the <title>" description names a person who holds that office, met before it."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def _described(nlp: Language, text: str, description: str) -> str | None:
    analysis = analyzed(nlp, text)
    start = text.index(description)
    owners = [a.name for a in analysis.actors for m in a.mentions if m.start == start]
    return owners[0] if owners else None


def test_a_title_that_only_ends_the_same_way_names_no_later_person(nlp: Language) -> None:
    # "the prime minister" is not the foreign minister named two sentences later
    text = (
        "An aide in the prime minister's office spoke to reporters. Witnesses described the "
        "scene. The talks were led by Anna Lind, Ruritanian Foreign Minister."
    )
    assert _described(nlp, text, "the prime minister") is None


def test_a_title_held_by_someone_met_before_still_names_them(nlp: Language) -> None:
    text = (
        "Ruritanian Foreign Minister Anna Lind arrived in Vasta on Monday. "
        "The minister met the Vastan delegation."
    )
    assert _described(nlp, text, "The minister") == "Anna Lind"

