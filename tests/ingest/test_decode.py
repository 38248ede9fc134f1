"""Bytes to text: UTF-8 first, declared and detected encodings, normalization, refusals."""

from __future__ import annotations

import unicodedata

import pytest

from newsgraph.errors import DecodeError, EmptyInputError
from newsgraph.ingest.decode import decode_bytes, normalize_text

SENTENCE = "The café in Zürich reopened on Monday after the señora's appeal."


def test_utf8_is_read_as_is() -> None:
    assert decode_bytes(SENTENCE.encode("utf-8"), "a.txt") == SENTENCE


def test_bom_and_crlf_are_normalized() -> None:
    data = b"\xef\xbb\xbfFirst line.\r\nSecond line.\rThird line.\r\n"
    assert decode_bytes(data, "a.txt") == "First line.\nSecond line.\nThird line.\n"


def test_text_is_composed_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", SENTENCE)
    assert decomposed != SENTENCE
    text = decode_bytes(decomposed.encode("utf-8"), "a.txt")
    assert text == SENTENCE
    assert normalize_text(decomposed) == SENTENCE


def test_latin1_is_detected() -> None:
    data = (SENTENCE + " Officials said the reopening was a relief for the neighbourhood.").encode(
        "latin-1"
    )
    assert decode_bytes(data, "a.txt").startswith(SENTENCE)


def test_central_european_text_keeps_its_code_page() -> None:
    text = "Zażółć gęślą jaźń — powiedział minister w poniedziałek w Warszawie, że rozmowy trwają."
    assert decode_bytes(text.encode("cp1250"), "pl.txt") == text


def test_declared_charset_is_used_when_utf8_fails() -> None:
    data = "Ankara’s envoy — and Kyiv’s — met on “Monday”.".encode("cp1252")
    assert (
        decode_bytes(data, "a.html", "windows-1252")
        == "Ankara’s envoy — and Kyiv’s — met on “Monday”."
    )


def test_a_bogus_declared_charset_falls_back_to_detection() -> None:
    data = SENTENCE.encode("latin-1")
    assert "Zürich" in decode_bytes(data, "a.html", "no-such-codec")


def test_a_wrong_declared_charset_does_not_override_valid_utf8() -> None:
    assert decode_bytes(SENTENCE.encode("utf-8"), "a.html", "iso-8859-1") == SENTENCE


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInputError, "empty file"),
        (b" \n\t\r\n", EmptyInputError, "empty file"),
        (b"\xef\xbb\xbf\n", EmptyInputError, "empty file"),
        (b"\x00\x01\x02\x03binary" * 20, DecodeError, "binary file (not text)"),
        (bytes(range(1, 9)) * 100, DecodeError, "binary file (not text)"),
    ],
)
def test_empty_and_binary_are_refused_with_the_reason(
    data: bytes, error: type[Exception], reason: str
) -> None:
    with pytest.raises(error) as caught:
        decode_bytes(data, "x.bin")
    assert str(caught.value) == f"x.bin: {reason}"
