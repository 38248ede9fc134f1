"""A title written as its initials names the one who holds it in full (stop 21, role R3).

Hand-parsed sentences (no model). "The PM" after "Prime Minister Jo Hale", "the MP"
after "the member of parliament", "the CEO" after "chief executive officer" were
no one's: ``refer._person_for_title`` compared title words only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _row(words: str, dep: str, head: int, ent: str = "") -> str:
    """Rows of a title's words, each compound on the next, the last one ``dep``."""
    split = words.split()
    rows = [f"{w}|PROPN|compound|1{'|' + ent if ent else ''}" for w in split[:-1]]
    return " ".join([*rows, f"{split[-1]}|PROPN|{dep}|{head}{'|' + ent if ent else ''}"])


def _described(make_doc: MakeDoc, held: str, said: str) -> list[str]:
    """Mentions of Jo Hale in "<held> Jo Hale left . The <said> spoke ."."""
    first = (
        f"{_row(held, 'compound', 1)} Jo|PROPN|compound|1|B-PERSON Hale|PROPN|nsubj|1|I-PERSON "
        "left|VERB|ROOT|0 .|PUNCT|punct|-1"
    )
    second = f"The|DET|det|1 {_row(said, 'nsubj', 1)} spoke|VERB|ROOT|0 .|PUNCT|punct|-1"
    actors = extract_actors(make_doc(parsed(f"{first} {second}"))).actors
    (hale,) = [a for a in actors if a.name == "Jo Hale"]
    return [m.text for m in hale.mentions]


@pytest.mark.parametrize(
    ("held", "said"),
    [("Prime Minister", "PM"), ("Chief Executive Officer", "CEO"), ("PM", "Prime Minister")],
)
def test_initials_name_the_holder_of_the_title(make_doc: MakeDoc, held: str, said: str) -> None:
    assert _described(make_doc, held, said) == ["Jo Hale", f"The {said}"]


@pytest.mark.parametrize(("held", "said"), [("Foreign Minister", "PM"), ("Prime Minister", "MP")])
def test_other_initials_name_no_one(make_doc: MakeDoc, held: str, said: str) -> None:
    assert _described(make_doc, held, said) == ["Jo Hale"]
