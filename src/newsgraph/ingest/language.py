"""DetectedLanguage identification (py3langid), careful not to skip English by mistake.

The pipeline is English-only, so a non-English article is reported as skipped
with the detected language. A wrong "not English" verdict loses an article, so
the rule is deliberately conservative:

* Texts with fewer than ``MIN_LETTERS`` letters are not judged at all (langid
  is unreliable on a headline or a test sentence): language ``None``, kept.
* The text is classified in slices spread over the article, and each slice's
  vote is weighted by its letters. One slice is not enough: langid works on
  UTF-8 bytes, so a single name in Thai or Arabic script (three bytes a
  character) can outweigh a whole English paragraph. On the 5,780 English
  Wikinews articles, classifying the first 2,000 characters once called one
  article Thai; slice voting calls them all English.
* Letters of a script that makes up under ``MINOR_SCRIPT`` of a slice's
  letters are dropped before classifying, for the same reason: on that
  article the Thai name alone outweighed five lines of English.
* A slice counts only when langid gives it a probability of at least
  ``MIN_PROBABILITY``; unsure slices abstain.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from ..diskcache import cached_object
from ..model import Article, Skipped

__all__ = [
    "MINOR_SCRIPT",
    "MIN_LETTERS",
    "MIN_PROBABILITY",
    "DetectedLanguage",
    "check_english",
    "detect_language",
]

#: Below this many letters a text is too short to judge.
MIN_LETTERS = 100
#: A slice's vote counts only from this normalized probability on.
MIN_PROBABILITY = 0.9
#: A script with a smaller share of a slice's letters is dropped before classifying.
MINOR_SCRIPT = 0.25
_SLICE = 600  # characters per slice; langid is reliable from a few sentences on
# Start, middle and end: enough to catch a translated excerpt or a foreign
# appendix, and it bounds the cost (~0.6 ms of langid per slice).
_MAX_SLICES = 3
# Everything but a letter (a letter is a word character that is no digit or
# underscore): counting what removing these leaves is faster than listing the
# letters one string each, and gives the same count.
_NOT_LETTERS = re.compile(r"[\W\d_]+")


@dataclass(frozen=True, slots=True)
class DetectedLanguage:
    """A detected language: ISO 639-1 code and the share of voting letters for it."""

    code: str
    share: float


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Decompressing the model takes ~0.4 s; its pickle in the disk cache loads in 0.06 s.
    return cached_object(
        "langid-model",
        lambda: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True),
        source=__file__,
        packages=("py3langid", "numpy"),
    )


def _slices(text: str) -> list[str]:
    if len(text) <= _SLICE * _MAX_SLICES:
        return [text[i : i + _SLICE] for i in range(0, len(text), _SLICE)]
    step = (len(text) - _SLICE) // (_MAX_SLICES - 1)
    return [text[i * step : i * step + _SLICE] for i in range(_MAX_SLICES)]


def _letters(text: str) -> int:
    return len(_NOT_LETTERS.sub("", text))


def _script(ch: str) -> str:
    if ch < "\x80":
        return "LATIN"
    # The first word of a character's Unicode name is its script for letters
    # ("LATIN SMALL LETTER E WITH ACUTE", "THAI CHARACTER KO KAI", "CJK ...").
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _main_scripts(piece: str) -> str:
    if piece.isascii():
        return piece  # one script only: the common case, kept cheap
    scripts = [_script(ch) if ch.isalpha() else "" for ch in piece]
    counts = Counter(s for s in scripts if s)
    total = sum(counts.values())
    minor = {s for s, n in counts.items() if n < MINOR_SCRIPT * total}
    if not minor:
        return piece
    return "".join(ch for ch, s in zip(piece, scripts, strict=True) if s not in minor)


def _decided(votes: Counter[str], unread: int) -> bool:
    """Whether the leading language keeps the lead even if every unread letter voted against it."""
    ranked = votes.most_common(2)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][1] > runner_up + unread


def detect_language(text: str) -> DetectedLanguage | None:
    """Detect the language of ``text``.

    Args:
        text: the article text.

    Returns:
        The language with the largest letter-weighted vote, or None when the
        text is too short or no slice is classified confidently. Slices are
        read in order until the winner is certain (the unread ones could not
        overturn it); ``share`` is the winner's share of the votes read.
    """
    if _letters(text[: _SLICE * 2]) < MIN_LETTERS and _letters(text) < MIN_LETTERS:
        return None
    identifier = _identifier()
    pieces = [(piece, _letters(piece)) for piece in _slices(text)]
    # A trailing fragment is too short to vote.
    pieces = [(piece, weight) for piece, weight in pieces if weight >= MIN_LETTERS // 4]
    unread = sum(weight for _, weight in pieces)
    votes: Counter[str] = Counter()
    for piece, weight in pieces:
        if votes and _decided(votes, unread):
            break  # the slices left could not change the winner: skip their cost
        unread -= weight
        code, probability = identifier.classify(_main_scripts(piece))
        if probability >= MIN_PROBABILITY:
            votes[str(code)] += weight
    if not votes:
        return None
    code, weight = votes.most_common(1)[0]
    return DetectedLanguage(code, weight / sum(votes.values()))


def check_english(article: Article) -> Article | Skipped:
    """Keep an English article (its ``language`` set to ``en``), skip any other.

    Args:
        article: the article to check.

    Returns:
        The article (with ``language="en"`` when detected; unchanged when the
        text is too short to judge), or a Skipped naming the detected language.
    """
    detected = detect_language(article.text)
    if detected is None:
        return article
    if detected.code != "en":
        return Skipped(
            article.origin or article.id,
            f"not English (detected language: {detected.code})",
            detected.code,
        )
    return article if article.language == "en" else replace(article, language="en")
