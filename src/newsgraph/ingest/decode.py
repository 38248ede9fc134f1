"""Bytes to text: UTF-8 first, then a detected encoding; binary is refused.

The returned text is what every offset refers to. It is normalized once here
(BOM dropped, CRLF/CR to LF, Unicode NFC) so that later stages never change it;
an article's ``text`` is always this normalized text.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from ..errors import DecodeError, EmptyInputError

__all__ = ["decode_bytes", "normalize_text"]

_WESTERN = "cp1252"
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


def _declared(data: bytes, declared: str | None) -> str | None:
    """Decode with the encoding the source declared, if it is a real codec that fits."""
    if not declared:
        return None
    try:
        codecs.lookup(declared)
        return data.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode an article's bytes to normalized text.

    UTF-8 is tried first (a declared charset is often wrong, valid UTF-8
    rarely is by accident), then the encoding the source declared (HTTP
    header, ``<meta charset>``), then charset-normalizer's best guess.

    Args:
        data: the raw bytes.
        source: the input's name, used in error messages.
        declared: the encoding the source claims, or None.

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
        text = _declared(data, declared) or _detected(data, source)
    if _looks_binary(text):
        raise DecodeError("binary file (not text)", source)
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInputError("empty file", source)
    return text


def _detected(data: bytes, source: str) -> str:
    matches = list(from_bytes(data))
    if not matches or matches[0].encoding is None:
        raise DecodeError("undecodable bytes (not UTF-8, no encoding detected)", source)
    best = matches[0]
    # On a few accented letters charset-normalizer cannot tell Windows-1250 from
    # Windows-1252 and ranks whichever comes first ("señora" became "seńora").
    # Legacy English news is overwhelmingly Windows-1252/Latin-1, so among the
    # equally good guesses that one wins; a clear Central European text still
    # gets its own code page because Windows-1252 is then not among the ties.
    for match in matches:
        tied = match.chaos <= best.chaos and match.coherence >= best.coherence - 0.01
        if tied and _WESTERN in match.could_be_from_charset:
            try:
                return data.decode(_WESTERN)
            except UnicodeDecodeError:
                break
    return str(best)
