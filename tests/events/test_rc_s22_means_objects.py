"""What is fired, sent or thrown is the doer's means, not the target (stop 22, invented
sentences): whose the rockets, tanks or troops are is not on the receiving end; the aimed
phrase ("at X", "to X") names the recipient, and a thing acted on stays it."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze


def _recipients(text: str, kind: str) -> list[str | None]:
    """The recipient name of each event of ``kind`` in ``text``."""
    analysis = analyze(Article(id="t", text=text, published="2020-01-05"))
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(e.recipient or "") for e in analysis.events if e.type == kind]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Hezbollah fired Syrian rockets at the Israeli army.", "ASSAULT", "Israeli army"),
        ("Poland sent British tanks to the Ukrainian army.", "MOBILIZE", "Ukrainian army"),
    ],
)
def test_the_aimed_phrase_names_the_target(text: str, kind: str, target: str) -> None:
    assert _recipients(text, kind) == [target]


@pytest.mark.model
def test_a_force_sent_is_never_the_target() -> None:
    assert _recipients("The Kremlin sent Belarusian troops to help Assad.", "MOBILIZE") == [None]


@pytest.mark.model
def test_a_thing_acted_on_stays_the_target() -> None:
    assert _recipients("Turkey seized a Greek ship.", "COERCE") == ["Greece"]
