"""Explicit relations inside one phrase (relations.py) and their cue data."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.relations import edge_type, extract_relations, load_cues

from .builders import ActorSpec

ACTORS = [
    ActorSpec("A1", "Veldoria", "COUNTRY", ("Veldoria", "Veldorian")),
    ActorSpec("A2", "Sunfield Brigades", "ORG"),
    ActorSpec("A3", "Tessaly", "COUNTRY"),
    ActorSpec("A4", "Marovia", "COUNTRY"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Veldorian-backed Sunfield Brigades attacked a depot.",
         [("A1", "backs", "A2", "Veldorian-backed Sunfield Brigades")]),
        ("Veldoria-funded armed group Sunfield Brigades grew.",
         [("A1", "backs", "A2", "Veldoria-funded armed group Sunfield Brigades")]),
        ("The Sunfield Brigades, backed by Veldoria, attacked.",
         [("A1", "backs", "A2", "Sunfield Brigades, backed by Veldoria")]),
        ("Sunfield Brigades, which are armed by Veldoria, retreated.",
         [("A1", "backs", "A2", "Sunfield Brigades, which are armed by Veldoria")]),
        ("The Sunfield Brigades, backed by Veldoria and Tessaly, advanced.",
         [("A1", "backs", "A2", "Sunfield Brigades, backed by Veldoria"),
          ("A3", "backs", "A2", "Sunfield Brigades, backed by Veldoria and Tessaly")]),
        ("Marovia, a close ally of Tessaly, objected.",
         [("A4", "allied with", "A3", "Marovia, a close ally of Tessaly")]),
        ("The Sunfield Brigades, a proxy of Veldoria, withdrew.",
         [("A1", "backs", "A2", "Sunfield Brigades, a proxy of Veldoria")]),
        ("Tessaly, a longtime rival of Marovia, voted no.",
         [("A3", "opposes", "A4", "Tessaly, a longtime rival of Marovia")]),
        # must find nothing:
        ("Veldoria backed down, and Tessaly left.", []),
        ("Tessaly said Marovia was backed into a corner by rising prices.", []),
        ("A Veldoria-backed plan for the harbor, the council said, was dropped by Tessaly.", []),
        ("Sunfield Brigades, backed by their own donors, resisted.", []),
        ("The Sunfield Brigades, backed by Veldoria, Tessaly said, advanced.",
         [("A1", "backs", "A2", "Sunfield Brigades, backed by Veldoria")]),
        ("The Veldorian-backed brigades left; Tessaly stayed.", []),
    ],
)
def test_relations(blank_nlp: Language, text: str, expected: list[tuple[str, ...]]) -> None:
    actors = [a.build(text) for a in ACTORS]
    found = extract_relations(blank_nlp(text), actors, [])
    assert [(r.source, r.relation, r.target, r.evidence.text) for r in found] == expected
    for r in found:
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text


def test_cue_data_is_valid() -> None:
    cues = load_cues()
    assert len(cues) >= 20
    assert len({(c.cue, c.form) for c in cues}) == len(cues), "duplicate cue rows"
    by_relation: dict[str, set[str]] = {}
    for cue in cues:
        assert cue.cue == cue.cue.lower() and cue.type == cue.type.upper()
        by_relation.setdefault(cue.relation, set()).add(cue.type)
    assert all(len(types) == 1 for types in by_relation.values()), by_relation


@pytest.mark.parametrize(
    ("relation", "kind"),
    [("backs", "SUPPORT"), ("allied with", "ALLY"), ("opposes", "OPPOSE"),
     ("trades with", "TRADES_WITH")],
)
def test_edge_type(relation: str, kind: str) -> None:
    assert edge_type(relation) == kind


def test_phrase_ends_data_is_lower_case_words() -> None:
    from newsgraph.relations import _phrase_ends

    words = _phrase_ends()
    assert {"to", "and", "of"} <= words
    assert all(w.isalpha() and w == w.lower() for w in words)


def test_the_parse_must_attach_the_cue_to_the_target() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    # "Veldoria-backed envoys met Tessaly ." : backed -> envoys, not Tessaly.
    words = ["Veldoria", "-", "backed", "envoys", "met", "Tessaly", "."]
    heads = [2, 2, 3, 4, 4, 4, 4]
    deps = ["npadvmod", "punct", "amod", "nsubj", "ROOT", "dobj", "punct"]
    spaces = [False, False, True, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)
    actors = [a.build(doc.text) for a in ACTORS]
    assert extract_relations(doc, actors, []) == []
    # A tokenizer-only Doc cannot tell (a known limit of the unparsed fallback).
    assert doc.text == "Veldoria-backed envoys met Tessaly."
    unparsed = Doc(Vocab(), words=words, spaces=spaces)
    assert [(r.source, r.target) for r in extract_relations(unparsed, actors, [])] == [
        ("A1", "A3")]


def test_a_passive_cue_must_describe_the_actor_before_it() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    # "Redistricting in Tessaly led by Veldoria failed ." : led -> Redistricting.
    words = ["Redistricting", "in", "Tessaly", "led", "by", "Veldoria", "failed", "."]
    heads = [6, 0, 1, 0, 3, 4, 6, 6]
    deps = ["nsubj", "prep", "pobj", "acl", "agent", "pobj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps,
              spaces=[True] * 6 + [False, False])
    actors = [a.build(doc.text) for a in ACTORS]
    assert extract_relations(doc, actors, []) == []
    heads[3] = 2  # now "led" describes Tessaly
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps,
              spaces=[True] * 6 + [False, False])
    assert [(r.source, r.relation, r.target) for r in extract_relations(doc, actors, [])] == [
        ("A1", "leads", "A3")]


def test_a_compound_cue_on_a_noun_in_apposition_to_an_actor() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    # "Sunfield Brigades , a Veldoria - backed militia , attacked ." : the militia is the
    # Brigades, so Veldoria backs them; the evidence reaches the described noun
    words = ["Sunfield", "Brigades", ",", "a", "Veldoria", "-", "backed", "militia", ",",
             "attacked", "."]
    heads = [1, 9, 1, 7, 6, 6, 7, 1, 1, 9, 9]
    deps = ["compound", "nsubj", "punct", "det", "npadvmod", "punct", "amod", "appos",
            "punct", "ROOT", "punct"]
    spaces = [True, False, True, True, False, False, True, False, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)
    actors = [a.build(doc.text) for a in ACTORS]
    found = extract_relations(doc, actors, [])
    assert [(r.source, r.relation, r.target, r.evidence.text) for r in found] == [
        ("A1", "backs", "A2", "Sunfield Brigades, a Veldoria-backed militia")]
    assert all(doc.text[r.evidence.start : r.evidence.end] == r.evidence.text for r in found)
    deps[7] = "dobj"  # not in apposition: nothing
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)
    assert extract_relations(doc, actors, []) == []
