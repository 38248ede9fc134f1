"""The content words single actor rules test for: ``data/actors/cue_words.tsv``.

Two tab-separated columns, ``word  kind``, under a header row; each kind is named after
what its rule does with the words (the table of kinds is in ``data/actors/README.md``,
the reason for each at the rule that reads it). :func:`read_cue_words` checks the
lines as every stage's cue word file is checked; ``lexicon.lexicons()`` loads them once
and ``lexicon.cue_words(kind)`` reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..cue_words import read_cue_words as read_word_kinds

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
     "building_centre", "presiding", "posted", "person_noun", "community",
     "unplaced", "community_noun", "adversary", "consignment", "home_act",
     "local_victim", "group_noun", "not_a_group"}
)  # fmt: skip
#: kinds whose words are capitalised words of names, matched with their case
_CASED_CUE_KINDS = frozenset({"media_ending", "article_word", "article_name"})


def read_cue_words(lines: Iterable[str]) -> dict[str, frozenset[str]]:
    """The lines of ``cue_words.tsv`` (header first): kind -> its words.

    Raises:
        ConfigError: the file breaks a rule of :func:`newsgraph.cue_words.read_cue_words`
            (its cased kinds are the names' words, capitalised).
    """
    words = read_word_kinds(lines, _CUE_KINDS, "data/actors/cue_words.tsv", _CASED_CUE_KINDS)
    return {kind: frozenset(found) for kind, found in words.items()}
