"""Whose workers: a modifier before "workers" names their sector.

Invented sentences, hand-parsed (no model). "worker" is LAB in agents.tsv, so all of
these came out LAB before the modifier rule: aid, humanitarian and relief workers are a
charity's (NGO), health workers a health service's (HLH); plain workers stay LAB.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newsgraph.actors import extract_actors
from newsgraph.model import Actor

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _coded(actors: tuple[Actor, ...]) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors if any(m.source == "nominal" for m in a.mentions)]


@pytest.mark.parametrize(
    ("modifier", "sector"),
    [("aid", "NGO"), ("humanitarian", "NGO"), ("relief", "NGO"), ("health", "HLH"),
     ("striking", "LAB")],
)  # fmt: skip
def test_a_modifier_gives_workers_their_sector(
    make_doc: MakeDoc, modifier: str, sector: str
) -> None:
    rows = parsed(
        f"Kenyan|ADJ|amod|2|B-NORP {modifier}|NOUN|compound|1 workers|NOUN|nsubj|1 "
        "left|VERB|ROOT|0 the|DET|det|1 camp|NOUN|dobj|-2 .|PUNCT|punct|-3"
    )
    assert _coded(extract_actors(make_doc(rows)).actors) == [("KEN", sector)]
