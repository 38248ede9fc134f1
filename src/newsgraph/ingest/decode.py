"""Bytes to text: UTF-8 first, then a detected encoding; binary is refused.

The returned text is what every offset refers to. It is normalized once here
(BOM dropped, CRLF/CR to LF, Unicode NFC) so that later stages never change it;
an article's ``text`` is always this normalized text.
"""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from ..errors import DecodeError, EmptyInputError

__all__ = ["decode_bytes", "normalize_text"]

# Control characters other than tab/newline/CR/form feed are a sign of binary data.
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {"\x7f"}


def normalize_text(text: str) -> str:
    """Drop a BOM, turn CRLF and CR into LF, and compose to Unicode NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch in _CONTROL)
    return bad / len(sample) > 0.01


def decode_bytes(data: bytes, source: str) -> str:
    """Decode an article's bytes to normalized text.

    Args:
        data: the raw bytes.
        source: the input's name, used in error messages.

    Returns:
        The normalized text.

    Raises:
        EmptyInputError: no bytes, or only whitespace.
        DecodeError: binary data, or bytes in no detectable text encoding.
    """
    if not data.strip():
        raise EmptyInputError("empty file", source)
    if b"\x00" in data[:4096]:
        raise DecodeError("binary file (not text)", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        match = from_bytes(data).best()
        if match is None or match.encoding is None:
            raise DecodeError("undecodable bytes (not UTF-8, no encoding detected)", source) from None
        text = str(match)
    if _looks_binary(text):
        raise DecodeError("binary file (not text)", source)
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInputError("empty file", source)
    return text
