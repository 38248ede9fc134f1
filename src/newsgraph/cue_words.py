"""The ``cue_words.tsv`` files: the content words single rules test for, one file per stage.

``data/actors``, ``data/quotes`` and ``data/events`` each hold one, in the same format:
a header row ``word<TAB>kind``, then one word and its kind per line (blank lines are
skipped). Each stage names its own kinds (after what its rule does with the words) and
reads its file through :func:`read_cue_words`, which checks it the same way for all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from .errors import ConfigError, NewsgraphError

__all__ = ["HEADER", "read_cue_words"]

HEADER = "word\tkind"


def read_cue_words(
    lines: Iterable[str],
    kinds: Collection[str],
    where: str,
    cased: Collection[str] = (),
    error: Callable[[str, str], NewsgraphError] = ConfigError,
) -> dict[str, tuple[str, ...]]:
    """Kind -> its words in the file's order, from the ``lines`` of the file ``where``.

    Words are lower case, but those of a ``cased`` kind are capitalised (matched with
    their case); a word may hold single spaces ("carry out") and may have several kinds.

    Raises:
        ``error`` (ConfigError unless the stage has its own), with the file and line as
        its source: a missing header, a line without exactly a word and a kind, an
        unknown kind, an empty word, a word in the wrong case or with spaces around it
        or doubled, a word listed twice for a kind, or a kind with no words.
    """
    out: dict[str, list[str]] = {kind: [] for kind in kinds}
    numbered = enumerate(lines, start=1)
    if next(numbered, (1, ""))[1] != HEADER:
        raise error(f"the first line must be the header {HEADER!r}", f"{where}:1")
    for number, line in numbered:
        if not line.strip():
            continue
        word, kind = _row(line, kinds, cased, error, f"{where}:{number}")
        if word in out[kind]:
            raise error(f"{word!r} is listed twice as {kind!r}", f"{where}:{number}")
        out[kind].append(word)
    empty = sorted(kind for kind, words in out.items() if not words)
    if empty:
        raise error(f"cue word kinds without words: {', '.join(empty)}", where)
    return {kind: tuple(words) for kind, words in out.items()}


def _row(
    line: str,
    kinds: Collection[str],
    cased: Collection[str],
    error: Callable[[str, str], NewsgraphError],
    where: str,
) -> tuple[str, str]:
    """One checked line: (word, kind)."""
    cells = line.split("\t")
    if len(cells) != 2:
        raise error(f"a row needs a word and a kind, got {line!r}", where)
    word, kind = cells
    if kind not in kinds:
        raise error(f"unknown cue word kind {kind!r}", where)
    if not word.strip():
        raise error("empty cue word", where)
    if word != word.strip() or "  " in word:
        raise error(f"cue words are single-spaced, with no spaces around them: {word!r}", where)
    if kind in cased and not word[0].isupper():
        raise error(f"{kind!r} words are capitalised: {word!r}", where)
    if kind not in cased and word != word.lower():
        raise error(f"{kind!r} words are lower case: {word!r}", where)
    return word, kind
