"""The content words single actor rules test for: ``data/actors/cue_words.tsv``.

Two tab-separated columns, ``word  kind``, under a header row; each kind is named after
what its rule does with the words (the table of kinds is in ``data/actors/README.md``,
the reason for each at the rule that reads it). :func:`read_cue_words` validates the
rows; ``lexicon.lexicons()`` loads them once and ``lexicon.cue_words(kind)`` reads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import ConfigError

__all__ = ["read_cue_words"]

#: Kinds of ``cue_words.tsv``, each named after what a rule does with its words (see
#: ``data/actors/README.md``); every kind must have words.
_CUE_KINDS = frozenset(
    {"affiliated", "topic_body", "campus", "office_term", "post", "leading_verb",
     "international", "article_word", "article_name", "field", "speech_verb", "party_noun",
     "sponsor_group", "aid_worker", "health_worker", "vehicle", "count", "struck", "visitor",
     "centre", "media_ending", "study", "medical", "state_centre", "generic", "venue_centre",
     "district", "party_head", "democracy", "seeker", "hired", "body_first", "running",
     "body_head", "led", "sponsor_description", "section_label", "legal_form",
     "building_centre", "presiding", "posted", "person_noun"}
)  # fmt: skip
#: kinds whose words are capitalised words of names, matched with their case
_CASED_CUE_KINDS = frozenset({"media_ending", "article_word", "article_name"})


def read_cue_words(rows: Iterable[Mapping[str, str]]) -> dict[str, frozenset[str]]:
    """The rows of ``cue_words.tsv`` (``word``, ``kind``): kind -> its words.

    Raises:
        ConfigError: an unknown kind, an empty word, a word listed twice for a kind, a
            word in the wrong case (lower case, or capitalised for a cased kind), or a
            kind with no words.
    """
    where = "data/actors/cue_words.tsv"
    out: dict[str, set[str]] = {kind: set() for kind in _CUE_KINDS}
    for row in rows:
        word, kind = row["word"], row["kind"]
        if kind not in _CUE_KINDS:
            raise ConfigError(f"unknown cue word kind {kind!r} in {row!r}", where)
        if not word:
            raise ConfigError(f"empty cue word in {row!r}", where)
        if word in out[kind]:
            raise ConfigError(f"{word!r} is listed twice as {kind!r}", where)
        cased = kind in _CASED_CUE_KINDS
        if (cased and not word[0].isupper()) or (not cased and word != word.lower()):
            case = "capitalised" if cased else "lower case"
            raise ConfigError(f"{kind!r} words are {case}: {row!r}", where)
        out[kind].add(word)
    empty = sorted(kind for kind, words in out.items() if not words)
    if empty:
        raise ConfigError(f"cue word kinds without words: {', '.join(empty)}", where)
    return {kind: frozenset(words) for kind, words in out.items()}
