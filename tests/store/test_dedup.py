"""Content hashes and MinHash near-duplicate scores (no database)."""

from __future__ import annotations

from newsgraph.store.dedup import CONTAINMENT, Signature, containment, content_hash, sign

from .builders import babble


def test_content_hash_ignores_whitespace_layout_only() -> None:
    assert content_hash("Veldoria  votes.\n\nTessaly abstains. ") == content_hash(
        "Veldoria votes. Tessaly abstains.")
    assert content_hash("Veldoria votes.") != content_hash("Veldoria vote.")


def test_a_retitled_or_trimmed_copy_scores_high_and_another_story_low() -> None:
    body = babble(11, 200)
    original = sign("Harbor reopens\n" + body)
    assert containment(original, sign("Port back in business\n" + body)) >= CONTAINMENT
    assert containment(original, sign(body[: int(len(body) * 0.7)])) >= CONTAINMENT
    assert containment(original, sign(babble(12, 200))) < 0.3


def test_very_different_sizes_are_never_duplicates() -> None:
    body = babble(3, 400)
    assert containment(sign(body), sign(body[:200])) == 0.0


def test_short_texts_are_not_judged() -> None:
    assert not sign("Veldoria votes. Tessaly abstains.").usable


def test_signatures_round_trip_through_bytes() -> None:
    signature = sign(babble(4))
    assert Signature.from_bytes(signature.to_bytes(), signature.shingles) == signature
    assert len(signature.bands()) == 16
