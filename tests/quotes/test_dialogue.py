"""Turn-taking rules of newsgraph.quotes.dialogue (pure: no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.quotes.dialogue import Turn, alternate, directly_follows, narrator, vocative

TEXT = '"Come in," said Ana.\n"Thanks."\n"Sit down."\nOutside the rain went on all night.'


def _at(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def test_a_quote_right_after_a_quote_directly_follows() -> None:
    thanks = Turn(*_at("Thanks."), None)
    assert directly_follows(TEXT, thanks, _at("Sit down.")[0])


def test_a_cue_between_two_quotes_is_no_direct_follow() -> None:
    come = Turn(*_at("Come in,"), "ana")
    assert not directly_follows(TEXT, come, _at("Thanks.")[0])


def test_narrative_between_two_quotes_is_no_direct_follow() -> None:
    sit = Turn(*_at("Sit down."), "ana")
    assert not directly_follows(TEXT, sit, len(TEXT))


def test_the_next_turn_goes_to_the_one_who_did_not_speak_last() -> None:
    turns = [Turn(0, 10, "ana"), Turn(14, 20, "ben", follows=True)]
    assert alternate(turns) == "ana"


def test_alternation_counts_turns_of_unknown_speakers() -> None:
    turns = [Turn(0, 10, "ana"), Turn(14, 20, "ben", follows=True), Turn(24, 30, None, True)]
    assert alternate(turns) == "ben"


def test_a_cue_link_keeps_the_side_of_the_same_speaker() -> None:
    # Ana speaks twice (a cue between), then Ben answers: the next turn is Ana's
    turns = [Turn(0, 10, "ana"), Turn(30, 40, "ana"), Turn(44, 50, "ben", follows=True)]
    assert alternate(turns) == "ana"


def test_with_one_side_known_the_single_other_party_answers() -> None:
    turns = [Turn(0, 10, "ana"), Turn(30, 40, "ben"), Turn(44, 50, None, follows=True)]
    # the unknown turn answered Ben, so it was Ana's: the next one is Ben's
    assert alternate(turns) == "ben"


def test_a_single_speaker_is_no_conversation() -> None:
    assert alternate([Turn(0, 10, "ana")]) is None
    assert alternate([Turn(0, 10, "ana"), Turn(14, 20, "ana", follows=True)]) is None


def test_a_long_gap_ends_the_exchange() -> None:
    turns = [Turn(0, 10, "ana"), Turn(2000, 2010, "ben", follows=True)]
    assert alternate(turns) is None


def test_nothing_known_gives_nothing() -> None:
    assert alternate([]) is None
    assert alternate([Turn(0, 10, None), Turn(14, 20, None, follows=True)]) is None


def _doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, pos=pos)


def test_a_name_set_off_by_commas_is_a_vocative() -> None:
    words = ["Well", ",", "Fred", ",", "sit", "down", "."]
    doc = _doc(words, ["INTJ", "PUNCT", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"])
    found = vocative(doc, 0, len(doc.text), ())
    assert found is not None and found.text == "Fred"


def test_a_name_at_the_start_and_a_title_are_one_vocative() -> None:
    words = ["Mr.", "Lamb", ",", "sit", "down", "."]
    doc = _doc(words, ["PROPN", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"])
    found = vocative(doc, 0, len(doc.text), ())
    assert found is not None and found.text == "Mr. Lamb"


def test_a_name_inside_a_clause_is_no_vocative() -> None:
    doc = _doc(["Lamb", "says", "Ana", "left", "."], ["PROPN", "VERB", "PROPN", "VERB", "PUNCT"])
    assert vocative(doc, 0, len(doc.text), ()) is None


def test_the_addressee_is_on_the_other_side() -> None:
    # Ana calls Ben by name; the next turn, right after, is Ben's
    turns = [Turn(0, 10, "ana", addressee="ben")]
    assert alternate(turns) == "ben"


def test_a_bare_title_is_no_vocative() -> None:
    words = ["Yes", ",", "Sir", "!"]
    doc = _doc(words, ["INTJ", "PUNCT", "PROPN", "PUNCT"])
    assert vocative(doc, 0, len(doc.text), (), frozenset({"sir"})) is None
    found = vocative(doc, 0, len(doc.text), ())
    assert found is not None and found.text == "Sir"


def test_the_narrator_is_the_name_called_out_next_to_the_i_turns() -> None:
    turns = [
        Turn(0, 10, "ben", addressee="ralph"),
        Turn(14, 20, "i", follows=True),
        Turn(24, 30, "ben", True, addressee="ralph"),
    ]
    assert narrator(turns) == "ralph"


def test_one_call_or_a_tie_names_no_narrator() -> None:
    once = [Turn(0, 10, "ben", addressee="ralph"), Turn(14, 20, "i", follows=True)]
    assert narrator(once) is None
    tie = [
        Turn(0, 10, "ben", addressee="ralph"),
        Turn(14, 20, "i", follows=True),
        Turn(24, 30, "ann", True, addressee="tom"),
    ]
    assert narrator(tie) is None


def test_calls_far_from_the_i_turns_name_no_narrator() -> None:
    turns = [
        Turn(0, 10, "ben", addressee="ralph"),
        Turn(5000, 5010, "i"),
        Turn(9000, 9010, "ben", addressee="ralph"),
    ]
    assert narrator(turns) is None
