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


def test_signatures_are_datasketchs_affine32_minhash_bit_for_bit() -> None:
    # dedup computes datasketch's "affine32" MinHash itself (datasketch's import pulls in
    # scipy); stored signatures must stay what datasketch gives for the same shingles.
    from datasketch import MinHash

    from newsgraph.store.dedup import NUM_PERM, _shingles

    template = MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32")
    texts = ("", "two words", babble(5, 30), babble(6, 400), "Caf\u00e9 \u00fcber na\u00efve " * 9)
    for text in texts:
        expected = MinHash(num_perm=NUM_PERM, seed=7, permutations=template.permutations,
                           scheme="affine32")
        shingles = _shingles(text)
        if shingles:
            expected.update_batch(list(shingles))
        signature = sign(text)
        assert signature.values == tuple(int(v) for v in expected.hashvalues)
        assert signature.shingles == len(shingles)
