"""The events data: ontology, trigger lexicon, modality and context lists are valid."""

from __future__ import annotations

import pytest

from newsgraph.events.lexicon import COOPERATIVE, LexiconError, _entry, load_lexicon

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_ontology_has_the_sixteen_plover_types() -> None:
    assert set(load_lexicon().types) == PLOVER_TYPES
    assert COOPERATIVE < PLOVER_TYPES


def test_every_type_and_mode_has_a_cameo_root_and_an_intensity_in_range() -> None:
    for spec in load_lexicon().types.values():
        codes = [(spec.cameo, spec.intensity), *spec.modes.values()]
        for cameo, intensity in codes:
            assert len(cameo) == 2 and 1 <= int(cameo) <= 20, spec.name
            assert -10.0 <= intensity <= 10.0, spec.name
        # Cooperation scores positive, conflict negative (the REQUEST appeal mode is CAMEO 02).
        assert (spec.intensity > 0) == (spec.name in COOPERATIVE), spec.name


def test_issue_modes_are_present() -> None:
    types = load_lexicon().types
    assert {"visit", "third-party", "multilateral", "phone"} <= set(types["CONSULT"].modes)
    assert {"aerial", "drone"} <= set(types["ASSAULT"].modes)


@pytest.mark.parametrize(
    ("lemma", "pos", "expected"),
    [
        ("condemn", "VERB", "ACCUSE"),
        ("meet", "VERB", "CONSULT"),
        ("urge", "VERB", "REQUEST"),
        ("detain", "VERB", "COERCE"),
        ("ban", "VERB", "SANCTION"),
        ("attack", "NOUN", "ASSAULT"),
        ("meeting", "NOUN", "CONSULT"),
    ],
)
def test_issue_examples_are_in_the_lexicon(lemma: str, pos: str, expected: str) -> None:
    entries = load_lexicon().triggers[(lemma, pos)]
    plain = [e for e in entries if e.specificity == 0]
    assert plain and plain[0].type == expected


def test_declining_to_comment_is_no_event() -> None:
    entries = load_lexicon().triggers[("decline", "VERB")]
    assert entries[0].type is None and "comment" in entries[0].objects
    assert entries[-1].type == "REJECT"


def test_stress_the_importance_of_is_a_support_frame() -> None:
    entries = load_lexicon().triggers[("stress", "VERB")]
    assert any(e.type == "SUPPORT" and "importance" in e.objects for e in entries)


def test_plain_statement_verbs_are_not_triggers() -> None:
    triggers = load_lexicon().triggers
    for lemma in ("say", "tell", "state", "add", "note"):
        assert (lemma, "VERB") not in triggers


def test_every_trigger_mode_belongs_to_its_type() -> None:
    lexicon = load_lexicon()
    for entries in lexicon.triggers.values():
        for entry in entries:
            if entry.type is None:  # a known non-event frame ("declined to comment")
                assert entry.mode is None and entry.specificity > 0
                continue
            assert entry.mode is None or entry.mode in lexicon.types[entry.type].modes
            assert entry.cameo is None or 1 <= int(entry.cameo) <= 20


def test_most_specific_entry_comes_first() -> None:
    for entries in load_lexicon().triggers.values():
        ranks = [e.specificity for e in entries]
        assert ranks == sorted(ranks, reverse=True)


def test_modality_and_contexts_use_known_classes() -> None:
    lexicon = load_lexicon()
    qualifiers = {"intent", "negative", "hypothetical", "obligation"}
    roles = {
        "command", "undergo", "means", "report", "sponsor", "receive", "stative", "participate",
        "carrier", "occur", "claim", "undergone", "attitude", "state", "naming", "prevent",
        "author", "rule", "supply", "cause", "tell", "instrument", "authority", "victimized",
        "acclaim", "spectate", "aimed",
    }  # fmt: skip
    speech = {"censure", "praise", "ruling", "violate", "norm", "blame"}
    classes = qualifiers | roles | speech
    assert set(lexicon.modality.values()) <= classes
    assert lexicon.modality["not"] == "negative" and lexicon.modality["vow"] == "intent"
    assert set(lexicon.context_words.values()) <= set(lexicon.contexts)
    assert "order" in lexicon.commands
    assert lexicon.modality["illegal"] == "censure" and lexicon.modality["law"] == "norm"


@pytest.mark.parametrize(
    "raw",
    [
        {"lemma": "x", "pos": "VERB", "type": "FIGHT"},
        {"lemma": "x", "pos": "ADV", "type": "ASSAULT"},
        {"lemma": "x", "pos": "VERB", "type": "ASSAULT", "mode": "visit"},
        {"lemma": "x", "pos": "VERB", "type": "ASSAULT", "colour": "red"},
        {"pos": "VERB", "type": "ASSAULT"},
        {"lemma": "x", "pos": "VERB", "type": None},
    ],
)
def test_bad_lexicon_lines_are_rejected(raw: dict[str, object]) -> None:
    with pytest.raises(LexiconError, match="triggers.jsonl:7"):
        _entry(raw, load_lexicon().types, "triggers.jsonl:7")


def test_code_prefers_mode_then_explicit_root() -> None:
    lexicon = load_lexicon()
    assert lexicon.code("ASSAULT", None, None) == ("18", -9.3)
    assert lexicon.code("ASSAULT", "aerial", None) == ("19", -10.0)
    assert lexicon.code("REQUEST", "appeal", None)[0] == "02"
    assert lexicon.code("ACCUSE", None, "09")[0] == "09"


def test_weak_words_are_typed_and_figurative_uses_are_not_events() -> None:
    lexicon = load_lexicon()
    weak = [e for entries in lexicon.triggers.values() for e in entries if e.weak]
    assert weak and all(e.type for e in weak)
    assert any(e.lemma == "allow" for e in weak)
    seize = lexicon.triggers[("seize", "VERB")]
    assert any(e.type is None and "opportunity" in e.objects for e in seize)


def test_trigger_keys_prefilter_every_trigger_lemma_and_nothing_else() -> None:
    from spacy.strings import get_string_id

    lexicon = load_lexicon()
    assert all(get_string_id(lemma) in lexicon.trigger_keys for lemma, _ in lexicon.triggers)
    assert get_string_id("say") not in lexicon.trigger_keys
