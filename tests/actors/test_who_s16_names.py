"""Names with a title word inside (invented sentences): a first name, a middle word that is
also a title and a surname are one name ("Ann Major Hale"), while a modifier before a title
is no part of the name ("Presidential Spokesperson Jo Doe")."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def test_a_middle_name_that_is_a_title_word(nlp: Language) -> None:
    text = "The founders included Frank Zell, Ann Major Hale and Bo Reed. Hale wrote a book."
    names = {a.name for a in analyzed(nlp, text).actors}
    assert "Ann Major Hale" in names


def test_a_modifier_before_a_title_is_no_name(nlp: Language) -> None:
    text = "Crowds gathered in Manila. Presidential Spokesperson Jo Doe said so."
    names = {a.name for a in analyzed(nlp, text).actors}
    assert "Jo Doe" in names
