"""A compact notation for hand-built parses, so a test sentence reads as one line.

A sentence is a string of tokens separated by spaces; each token is
``text|POS|dep|head`` followed, optionally, by ``|ENT`` and ``|lemma``:

* ``head`` is the offset of the token's head from the token (0 for the root);
* ``ENT`` is the token's IOB entity tag (``B-PERSON``, ``I-ORG``); omitted or
  empty means ``O``;
* ``lemma`` is the token's lemma; omitted or empty means the lower-cased text.

So ``"Ana|PROPN|nsubj|1|B-PERSON left|VERB|ROOT|0||leave .|PUNCT|punct|-1"`` is
"Ana left." with "Ana" a person, "left" the root with lemma "leave", and the
full stop attached to it.
"""

from __future__ import annotations

#: One token: (text, pos, dep, head offset relative to the token, IOB tag, lemma).
Token = tuple[str, str, str, int, str, str]


def _token(field: str) -> Token:
    parts = field.split("|")
    if not 4 <= len(parts) <= 6:
        raise ValueError(f"token {field!r}: expected text|POS|dep|head[|ENT[|lemma]]")
    text, pos, dep, head = parts[:4]
    ent = parts[4] if len(parts) > 4 and parts[4] else "O"
    lemma = parts[5] if len(parts) > 5 and parts[5] else text.lower()
    return (text, pos, dep, int(head), ent, lemma)


def tokens(notation: str) -> list[Token]:
    """The tokens of one sentence written in the notation above."""
    return [_token(field) for field in notation.split()]


def notation(rows: list[tuple[str, str, str, int, str] | Token]) -> str:
    """The notation of ``rows``: the inverse of :func:`tokens` (defaults left out)."""
    fields = []
    for row in rows:
        text, pos, dep, head, ent = row[:5]
        lemma = row[5] if len(row) > 5 else text.lower()
        tail = [ent if ent != "O" else "", lemma if lemma != text.lower() else ""]
        while tail and not tail[-1]:
            tail.pop()
        fields.append("|".join([text, pos, dep, str(head), *tail]))
    return " ".join(fields)
