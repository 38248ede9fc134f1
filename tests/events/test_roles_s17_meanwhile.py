"""An unresolved "they" in a clause of what was done meanwhile ("as", "while") is the group
the main clause is about: in "Ruritanian students marched as they chanted slogans" the
students chanted; after "after" it may be anyone ("attacked the rebels after they killed
ten"). Invented sentences, hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .conftest import build, events_of, parsed


def _sentence(mark: str) -> str:
    return (
        "Ruritanian|ADJ|amod|1|B-NORP students|NOUN|nsubj|1||student marched|VERB|ROOT|0||march "
        f"{mark}|SCONJ|mark|2 they|PRON|nsubj|1 chanted|VERB|advcl|-3||chant "
        "slogans|NOUN|dobj|-1||slogan .|PUNCT|punct|-5"
    )


@pytest.mark.parametrize(("mark", "doers"), [("as", ("A1",)), ("while", ("A1",)), ("after", ())])
def test_they_in_a_clause_of_meanwhile_is_the_main_subject(
    blank_nlp: Language, mark: str, doers: tuple[str, ...]
) -> None:
    tags = {"marched": "VBD", "chanted": "VBD", "students": "NNS", "they": "PRP"}
    doc = build(blank_nlp, parsed(_sentence(mark)), tags)
    chanted = [e for e in events_of(doc) if e.trigger.text == "chanted"]
    assert tuple(a for e in chanted for a in e.actors) == doers
