"""The quotes stage's word lists, loaded once from ``newsgraph/data/quotes/``.

The files and their formats are described in ``data/quotes/README.md``;
:func:`load_lexicon` validates them and raises :class:`LexiconError` naming
the file and line of the first bad entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..cue_words import read_cue_words
from ..errors import NewsgraphError

__all__ = ["CONTENT_KINDS", "Cue", "Lexicon", "LexiconError", "Medium", "load_lexicon"]

#: How a reporting cue carries reported content: a clause ("said that ..."),
#: a clause or a noun-phrase object ("condemned the presence"), the rest of the
#: sentence ("according to X, ..."), or none (it only introduces quotes).
CONTENT_KINDS = ("clause", "object", "sentence", "none")
_POS = ("VERB", "NOUN", "PHRASE")
_SPEAKER_ROLES = (
    "pronoun",
    "relative",
    "proxy",
    "indefinite",
    "person",
    "male",
    "female",
    "refusal",
    "medium",
    "institution",
)
_NAMING_REASONS = ("scare", "naming", "mention", "title")
#: Kinds of ``cue_words.tsv`` (see ``data/quotes/README.md``): ``citing`` verbs ("cited the
#: navy as saying": the one cited speaks) and ``abbreviation`` (short forms written with a
#: period before a name, "Mr. Smith", "Sen. Roe": no sentence ends at their period).
_CUE_KINDS = ("citing", "abbreviation")
#: kinds whose words are capitalised, matched with their case
_CASED_CUE_KINDS = ("abbreviation",)


class LexiconError(NewsgraphError):
    """A word list under ``data/quotes/`` is malformed (names the file and line)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting verb, noun or phrase.

    ``evaluative`` cues ("called it ...", "described as ...") introduce the
    writer's paraphrase with a quoted fragment, so their quotes are partial.
    ``not_objects`` are object lemmas that make the verb an action, not speech
    ("claimed responsibility"); ``preps`` are prepositions whose object is
    the content ("called for a ceasefire", "accused X of fraud"). An
    ``adjacent_only`` verb is a cue only right after a closing mark
    (""...," returned the doctor"); anywhere else it is an ordinary verb.
    """

    lemma: str
    pos: str
    content: str
    evaluative: bool = False
    medium: str | None = None
    not_objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    adjacent_only: bool = False


@dataclass(frozen=True, slots=True)
class Medium:
    """A phrase that names the medium of a statement ("in a post on X").

    Every match of ``pattern`` contains one of ``keywords`` (lower-case), so a text
    without any of them, compared by :func:`folded`, is not searched.
    """

    pattern: re.Pattern[str]
    medium: str
    cue: str | None = None  # only for this cue phrase ("according to"), else for any cue
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every quotes word list, indexed for lookup."""

    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]
    media: tuple[Medium, ...]
    naming: dict[str, str]
    speaker_roles: dict[str, str]
    # cue_words.tsv: kind -> its words, in the file's order
    cue_words: dict[str, tuple[str, ...]]
    # every medium's keywords, for the one test most sentences fail
    media_keywords: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keywords = frozenset(k for m in self.media for k in m.keywords)
        object.__setattr__(self, "media_keywords", keywords)

    def verb(self, lemma: str, adjacent: bool = False) -> Cue | None:
        """The verb cue for ``lemma`` (lower-cased), or None.

        ``adjacent``: the verb stands right after a closing quotation mark, where
        ``adjacent_only`` cues count too.
        """
        cue = self.verbs.get(lemma.lower())
        if cue is not None and cue.adjacent_only and not adjacent:
            return None
        return cue

    def noun(self, lemma: str) -> Cue | None:
        """The noun cue for ``lemma`` (lower-cased), or None."""
        return self.nouns.get(lemma.lower())

    @property
    def titles(self) -> frozenset[str]:
        """Person words and titles ("sir", "mother", "doctor"): words that name nobody alone."""
        return frozenset(
            w for w, r in self.speaker_roles.items() if r in ("person", "male", "female")
        )

    def role(self, word: str) -> str | None:
        """The speaker role of ``word`` (see ``data/quotes/README.md``) or None."""
        return self.speaker_roles.get(word.lower())

    def medium_of(self, text: str, cue: str | None = None) -> str | None:
        """The first medium named in ``text`` for the cue phrase ``cue``, or None.

        A medium tied to a cue phrase ("according to state television") holds
        for that cue only, not for another cue of its sentence ("X says").
        """
        # a case-insensitive search is tried at every character of the text (re finds
        # no literal to skip to), so only the media whose keyword the text holds are
        # searched: none in most sentences
        folded_text = folded(text)
        held = {k for k in self.media_keywords if k in folded_text}
        if not held:
            return None
        for medium in self.media:
            if medium.cue is not None and medium.cue != cue:
                continue
            if not held.isdisjoint(medium.keywords) and medium.pattern.search(text):
                return medium.medium
        return None


# The characters that re.IGNORECASE equates with an ASCII letter but str.lower() leaves
# apart: dotted capital I (whose lower case is two characters), dotless i and long s.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """``text`` lower-cased so that an ASCII keyword is in it wherever a case-insensitive
    pattern matching that keyword could be."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return text.translate(_FOLD).lower()
    return text.lower()  # nearly every text (str.translate is slow)


def _read(name: str) -> list[str]:
    root = resources.files("newsgraph.data.quotes").joinpath(name)
    return root.read_text(encoding="utf-8").splitlines()


def _jsonl(name: str) -> list[tuple[int, dict[str, object]]]:
    rows = []
    for number, line in enumerate(_read(name), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"invalid JSON ({exc.msg})", f"{name}:{number}") from None
        if not isinstance(data, dict):
            raise LexiconError("each line must be a JSON object", f"{name}:{number}")
        rows.append((number, data))
    return rows


def _cue(data: dict[str, object], where: str) -> Cue:
    lemma, pos, content = data.get("lemma"), data.get("pos"), data.get("content")
    if not isinstance(lemma, str) or not lemma or lemma != lemma.lower():
        raise LexiconError("lemma must be a non-empty lower-case string", where)
    if pos not in _POS:
        raise LexiconError(f"pos must be one of {', '.join(_POS)}", where)
    if content not in CONTENT_KINDS:
        raise LexiconError(f"content must be one of {', '.join(CONTENT_KINDS)}", where)
    medium = data.get("medium")
    if medium is not None and not isinstance(medium, str):
        raise LexiconError("medium must be a string", where)
    not_objects = _word_set(data, "not_objects", where)
    preps = _word_set(data, "preps", where)
    return Cue(
        lemma,
        str(pos),
        str(content),
        bool(data.get("evaluative", False)),
        medium,
        not_objects,
        preps,
        bool(data.get("adjacent_only", False)),
    )


def _word_set(data: dict[str, object], key: str, where: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"{key} must be a list of strings", where)
    return frozenset(str(w) for w in value)


def _cues() -> tuple[dict[str, Cue], dict[str, Cue], dict[str, Cue]]:
    tables: dict[str, dict[str, Cue]] = {pos: {} for pos in _POS}
    for number, data in _jsonl("cues.jsonl"):
        where = f"cues.jsonl:{number}"
        cue = _cue(data, where)
        if cue.lemma in tables[cue.pos]:
            raise LexiconError(f"duplicate cue {cue.lemma!r}", where)
        tables[cue.pos][cue.lemma] = cue
    return tables["VERB"], tables["NOUN"], tables["PHRASE"]


def _media(phrases: Collection[str]) -> tuple[Medium, ...]:
    out = []
    for number, data in _jsonl("media.jsonl"):
        where = f"media.jsonl:{number}"
        pattern, medium = data.get("pattern"), data.get("medium")
        if not isinstance(pattern, str) or not isinstance(medium, str) or not medium:
            raise LexiconError("needs string 'pattern' and 'medium'", where)
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"bad pattern ({exc})", where) from None
        cue = data.get("cue")
        if cue is not None and (not isinstance(cue, str) or cue not in phrases):
            raise LexiconError(f"'cue' must be a phrase cue of cues.jsonl, not {cue!r}", where)
        out.append(Medium(compiled, medium, cue, _keywords(data, where)))
    return tuple(out)


def _keywords(data: dict[str, object], where: str) -> tuple[str, ...]:
    value = data.get("keywords")
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(k, str) and k and k.isascii() and k == k.lower() for k in value)
    ):
        raise LexiconError("'keywords' must be a non-empty list of lower-case ASCII strings", where)
    return tuple(value)


def _naming() -> dict[str, str]:
    out: dict[str, str] = {}
    for number, data in _jsonl("naming.jsonl"):
        where = f"naming.jsonl:{number}"
        phrase, reason = data.get("phrase"), data.get("reason")
        if not isinstance(phrase, str) or phrase != phrase.lower() or not phrase.strip():
            raise LexiconError("phrase must be a non-empty lower-case string", where)
        if reason not in _NAMING_REASONS:
            raise LexiconError(f"reason must be one of {', '.join(_NAMING_REASONS)}", where)
        out[phrase] = str(reason)
    return out


def _speaker_roles() -> dict[str, str]:
    lines = _read("speaker_words.tsv")
    if not lines or lines[0].split("\t") != ["word", "role"]:
        raise LexiconError("header must be 'word<TAB>role'", "speaker_words.tsv:1")
    out: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        where = f"speaker_words.tsv:{number}"
        if len(fields) != 2 or fields[1] not in _SPEAKER_ROLES or fields[0] != fields[0].lower():
            raise LexiconError(f"expected lower-case word and one of {_SPEAKER_ROLES}", where)
        if fields[0] in out:
            raise LexiconError(f"{fields[0]!r} is listed twice", where)
        out[fields[0]] = fields[1]
    return out


def _cue_words() -> dict[str, tuple[str, ...]]:
    """``cue_words.tsv``: kind -> its words, in the file's order (checked as every stage's
    cue word file is: :func:`newsgraph.cue_words.read_cue_words`)."""
    return read_cue_words(
        _read("cue_words.tsv"), _CUE_KINDS, "cue_words.tsv", _CASED_CUE_KINDS, LexiconError
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and validate every quotes word list (once per process).

    Raises:
        LexiconError: a file is malformed; the message names file and line.
    """
    verbs, nouns, phrases = _cues()
    return Lexicon(
        verbs, nouns, phrases, _media(phrases), _naming(), _speaker_roles(), _cue_words()
    )
