"""The events stage's data: the PLOVER 2.0 ontology and the trigger lexicon.

Everything is read once per process from ``newsgraph/data/events/`` (see the
README there for the formats) and validated on load: a bad line is a
``DataError`` naming the file and line, never a silent skip.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.strings import get_string_id

from ..errors import NewsgraphError

__all__ = [
    "COOPERATIVE",
    "EventType",
    "Lexicon",
    "LexiconError",
    "MONEY_OBJECT",
    "PARTY_OBJECT",
    "PERSON_OBJECT",
    "TriggerEntry",
    "load_lexicon",
    "object_classes",
]

#: Types on the cooperation side of PLOVER's quad (their future/intended form is AGREE).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
_POS = frozenset({"VERB", "NOUN", "ADJ"})
_MODALITY = frozenset(
    {
        "intent",
        "negative",
        "hypothetical",
        "obligation",
        "command",
        "undergo",
        "means",
        "report",
        "sponsor",
        "receive",
        "stative",
        "censure",
        "praise",
        "ruling",
        "violate",
        "norm",
        "participate",
        "carrier",
        "occur",
        "onset",
        "coming",
        "claim",
        "undergone",
        "victimized",
        "attitude",
        "state",
        "naming",
        "prevent",
        "author",
        "rule",
        "supply",
        "cause",
        "tell",
        "instrument",
        "authority",
        "blame",
        "acclaim",
        "spectate",
        "aimed",
    }
)
_SPEECH = frozenset({"censure", "praise", "violate", "blame"})
_ENTRY_KEYS = frozenset(
    {
        "lemma",
        "pos",
        "type",
        "mode",
        "cameo",
        "prep",
        "prt",
        "objects",
        "mods",
        "object_mods",
        "deps",
        "subjects",
        "governs",
        "weak",
        "within",
        "absorbs",
        "undergoer",
    }
)


class LexiconError(NewsgraphError):
    """A data file of the events stage is malformed (the message names file and line)."""


@dataclass(frozen=True, slots=True)
class EventType:
    """One PLOVER 2.0 type: CAMEO root, intensity, and its modes' (cameo, intensity)."""

    name: str
    cameo: str
    intensity: float
    modes: dict[str, tuple[str, float]]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon line: a lemma (and optionally a frame) that signals an event.

    A frame narrows the entry: ``prep`` (one of these prepositions is a
    child), ``prt`` (this particle is a child), ``objects`` (the object or a
    prepositional object has one of these lemmas), ``mods`` (a compound or
    adjective modifier has one of these lemmas), ``deps`` (a child has one of
    these dependency labels), ``weak`` (a common word: an event only when the
    doer is a known actor), ``subjects`` (the subject, or the "of" part of
    one, a relative pronoun's noun or a passive's agent, has one of these lemmas:
    "students protested"; see ``trigger_subjects._subjects``), ``within`` (the word the
    trigger hangs from is one of these: "in [charge] of"), ``absorbs`` (a null frame's
    objects are no events either: "intercepted phone calls"), ``undergoer`` (a frame's
    ``objects`` name who the act is done to, not its means: "released [the hostages]"; they are
    not consumed, so they stay its target; a null frame so named is the act done to them that
    is no event: "[dismissed] the aide", not "dismissed by the aide"), ``object_mods`` (a
    matched object's phrase or a prepositional phrase on the trigger has one of these
    lemmas: "declared a [fiscal]
    emergency", "a state of emergency over the [drought]"; see
    ``object_items.object_phrase_words``). ``governs`` = "intent" marks
    verbs like "promise" whose complement is intended, not done.
    """

    lemma: str
    pos: str
    type: str | None  # None: a frame known not to be an event ("declined to comment")
    mode: str | None = None
    cameo: str | None = None
    prep: tuple[str, ...] = ()
    prt: str | None = None
    objects: frozenset[str] = frozenset()  # a set: frames test membership per candidate
    mods: tuple[str, ...] = ()
    # words one of the matched objects' phrases must hold ("a [fiscal] emergency")
    object_mods: frozenset[str] = frozenset()
    deps: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    governs: str | None = None
    weak: bool = False  # a common word ("allow", "meet"): an event only with a known actor
    within: tuple[str, ...] = ()
    # A null frame whose objects are no events either ("intercepted phone calls")
    absorbs: bool = False
    # A frame whose objects are the act's undergoers, left unconsumed ("released him")
    undergoer: bool = False

    @property
    def specificity(self) -> int:
        """How many frame constraints the entry has (more specific entries win)."""
        return sum(
            bool(x)
            for x in (
                self.prep,
                self.prt,
                self.objects,
                self.mods,
                self.object_mods,
                self.deps,
                self.subjects,
                self.within,
            )
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The loaded data: ontology types, triggers by (lemma, pos), modality and context words."""

    types: dict[str, EventType]
    contexts: tuple[str, ...]
    triggers: dict[tuple[str, str], tuple[TriggerEntry, ...]]
    modality: dict[str, str]
    context_words: dict[str, str]
    #: String-store hashes of every trigger lemma (and verb inflection): a pre-filter that
    #: builds no string per token.
    trigger_keys: frozenset[int]
    #: Regular inflections of the verb lemmas ("raped" -> "rape"), for when the tagger's
    #: lemma is wrong.
    inflections: dict[str, str]
    #: Hashes of the context words (lemma hash -> PLOVER context).
    context_keys: dict[int, str]
    #: Hashes of the obligation words (must, should, ought).
    obligation_keys: frozenset[int]
    #: Hashes of the judgement words read in speech (censure, praise, violate).
    speech_keys: frozenset[int]
    #: Verbs of occurring that begin their subject's act ("fighting broke out"), class
    #: ``onset`` in modality.tsv; ``modality`` lists them as ``occur``, which they also are.
    onsets: frozenset[str] = frozenset()
    #: Adjectives that put the noun act they modify ahead ("the upcoming summit"), class
    #: ``coming`` in modality.tsv; they qualify no act as a word above it, so ``modality``
    #: leaves them out.
    coming: frozenset[str] = frozenset()

    @property
    def commands(self) -> frozenset[str]:
        """Verbs whose complement is done on their subject's order ("ordered ... to")."""
        return frozenset(w for w, kind in self.modality.items() if kind == "command")

    def is_text(self, lemma: str) -> bool:
        """Whether ``lemma`` names a standing text, a ``rule`` or ``norm`` of modality.tsv
        ("law", "treaty", "resolution", "charter"): what it says or would do is a provision,
        no one's act."""
        return self.modality.get(lemma) in ("rule", "norm")

    def code(self, type_: str, mode: str | None, cameo: str | None) -> tuple[str, float]:
        """The CAMEO root and intensity of a type and mode (an explicit root wins)."""
        spec = self.types[type_]
        root, intensity = spec.cameo, spec.intensity
        if mode and mode in spec.modes:
            root, intensity = spec.modes[mode]
        return cameo or root, intensity


def _read(name: str) -> str:
    return resources.files("newsgraph.data.events").joinpath(name).read_text(encoding="utf-8")


def _types(data: dict[str, Any]) -> dict[str, EventType]:
    out = {}
    for name, spec in data["types"].items():
        modes = {m: (str(v["cameo"]), float(v["intensity"])) for m, v in spec["modes"].items()}
        out[name] = EventType(name, str(spec["cameo"]), float(spec["intensity"]), modes)
    return out


#: The ``objects`` word that stands for any amount of money the model tagged MONEY
#: ("contributed $172,000 to", "gave US$5 million to"), whose figure no list can name.
MONEY_OBJECT = "#money"
#: The ``objects`` word that stands for a direct object naming a party one deals with: a
#: person, body or state the model tagged, or a noun of the ``party`` class ("called
#: McCain", "called his counterpart"), where "called an election" names none.
PARTY_OBJECT = "#party"
#: The ``objects`` word that stands for an object that is a person by its form, whatever
#: its role (direct object, passive subject): a name the model tagged PERSON, a plural
#: NORP ("Canadians"), a personal pronoun or "who" ("released [him]", "[Hamdi] was
#: released", "Begg, [who] was released"), where "released [it]" or a product's name
#: is none.
PERSON_OBJECT = "#person"
_SPECIAL_OBJECTS = (MONEY_OBJECT, PARTY_OBJECT, PERSON_OBJECT)


def _objects(
    raw: dict[str, Any], classes: dict[str, tuple[str, ...]], where: str
) -> frozenset[str]:
    """The entry's object lemmas, with each ``@class`` replaced by its words."""
    out: list[str] = []
    for word in raw.get("objects", ()):
        if str(word).startswith("#") and word not in _SPECIAL_OBJECTS:
            raise LexiconError(f"{where}: unknown object {word!r} (only {_SPECIAL_OBJECTS})")
        if not str(word).startswith("@"):
            out.append(str(word))
        elif word[1:] in classes:
            out.extend(classes[word[1:]])
        else:
            raise LexiconError(f"{where}: unknown object class {word!r}")
    return frozenset(out)


def _entry(
    raw: dict[str, Any],
    types: dict[str, EventType],
    where: str,
    classes: dict[str, tuple[str, ...]] | None = None,
) -> TriggerEntry:
    _check_entry(raw, types, where)
    return TriggerEntry(
        lemma=str(raw["lemma"]),
        pos=str(raw["pos"]),
        type=raw["type"],
        mode=raw.get("mode"),
        cameo=raw.get("cameo"),
        prep=tuple(raw.get("prep", ())),
        prt=raw.get("prt"),
        objects=_objects(raw, classes or {}, where),
        mods=tuple(raw.get("mods", ())),
        object_mods=frozenset(raw.get("object_mods", ())),
        deps=tuple(raw.get("deps", ())),
        subjects=tuple(raw.get("subjects", ())),
        governs=raw.get("governs"),
        weak=bool(raw.get("weak", False)),
        within=tuple(raw.get("within", ())),
        absorbs=bool(raw.get("absorbs", False)),
        undergoer=bool(raw.get("undergoer", False)),
    )


def _check_entry(raw: dict[str, Any], types: dict[str, EventType], where: str) -> None:
    """Raise :class:`LexiconError` naming ``where`` if the raw entry is malformed."""
    unknown = set(raw) - _ENTRY_KEYS
    if unknown or not {"lemma", "pos", "type"} <= set(raw):
        raise LexiconError(f"{where}: bad keys {sorted(unknown) or 'missing lemma/pos/type'}")
    if raw["pos"] not in _POS or (raw["type"] is not None and raw["type"] not in types):
        raise LexiconError(f"{where}: unknown pos or type {raw['pos']!r}/{raw['type']!r}")
    mode = raw.get("mode")
    if mode is not None and (raw["type"] is None or mode not in types[raw["type"]].modes):
        raise LexiconError(f"{where}: mode {mode!r} is not a mode of {raw['type']}")
    if raw["type"] is None and not any(
        raw.get(k) for k in ("prep", "prt", "objects", "mods", "deps", "subjects", "within")
    ):
        raise LexiconError(f"{where}: a null (non-event) frame needs a constraint")
    if raw.get("absorbs") and raw["type"] is not None:
        raise LexiconError(f"{where}: only a null frame absorbs its objects")
    if raw.get("undergoer") and not raw.get("objects"):
        raise LexiconError(f"{where}: only a frame with objects names its undergoers")
    if raw.get("object_mods") and not raw.get("objects"):
        raise LexiconError(f"{where}: object_mods needs objects")


@lru_cache(maxsize=1)
def object_classes() -> dict[str, tuple[str, ...]]:
    """``object_classes.tsv``: named word classes that frames' ``objects`` cite as ``@name``
    (read once per process; the trigger lexicon and the screens share it)."""
    grouped: dict[str, list[str]] = {}
    for number, line in enumerate(_read("object_classes.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or not parts[1].isidentifier():
            raise LexiconError(f"object_classes.tsv:{number}: expected 'word<TAB>class'")
        if parts[0] in grouped.get(parts[1], []):
            raise LexiconError(f"object_classes.tsv:{number}: {parts[0]!r} listed twice")
        grouped.setdefault(parts[1], []).append(parts[0])
    return {name: tuple(words) for name, words in grouped.items()}


def _triggers(types: dict[str, EventType]) -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    classes = object_classes()
    grouped: dict[tuple[str, str], list[TriggerEntry]] = {}
    seen: set[tuple[Any, ...]] = set()
    for number, line in enumerate(_read("triggers.jsonl").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"triggers.jsonl:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{where}: {exc}") from None
        entry = _entry(raw, types, where, classes)
        frame = (
            entry.lemma,
            entry.pos,
            entry.prep,
            entry.prt,
            entry.objects,
            entry.mods,
            entry.object_mods,
            entry.deps,
            entry.subjects,
            entry.within,
        )
        if frame in seen:
            raise LexiconError(f"{where}: duplicate frame for {entry.lemma!r}")
        seen.add(frame)
        grouped.setdefault((entry.lemma, entry.pos), []).append(entry)
    # Most specific first: the first entry whose frame matches is the one used.
    return {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in grouped.items()}


def _tsv(name: str, allowed: frozenset[str] | tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for number, line in enumerate(_read(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in allowed or parts[0] in out:
            raise LexiconError(f"{name}:{number}: expected 'word<TAB>class', a known class, once")
        out[parts[0]] = parts[1]
    return out


def _inflect(lemma: str) -> list[str]:
    """The regular past, participle, -ing and -s forms of a verb lemma."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = [stem + "ed", stem + "ing", lemma + "s", lemma + "es"]
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]  # "stabbed"
    return forms


def _inflections(triggers: dict[tuple[str, str], tuple[TriggerEntry, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma, pos in triggers:
        if pos == "VERB" and " " not in lemma:
            for form in _inflect(lemma):
                out.setdefault(form, lemma)
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and validate the ontology, triggers, modality and context words (cached).

    Raises:
        LexiconError: a data file is malformed.
    """
    data = json.loads(_read("plover.json"))
    types = _types(data)
    contexts = tuple(data["contexts"])
    triggers = _triggers(types)
    lemmas = [lemma for lemma, _ in triggers]
    inflections = _inflections(triggers)
    keys = frozenset(get_string_id(w) for w in [*lemmas, *inflections])
    modality = _tsv("modality.tsv", _MODALITY)
    onsets = frozenset(w for w, kind in modality.items() if kind == "onset")
    coming = frozenset(w for w, kind in modality.items() if kind == "coming")
    modality = {
        w: "occur" if kind == "onset" else kind for w, kind in modality.items() if kind != "coming"
    }
    context_words = _tsv("contexts.tsv", contexts)
    obliged = [get_string_id(w) for w, kind in modality.items() if kind == "obligation"]
    judging = [get_string_id(w) for w, kind in modality.items() if kind in _SPEECH]
    return Lexicon(
        types=types,
        contexts=contexts,
        triggers=triggers,
        modality=modality,
        context_words=context_words,
        trigger_keys=keys,
        inflections=inflections,
        context_keys={get_string_id(w): label for w, label in context_words.items()},
        obligation_keys=frozenset(obliged),
        speech_keys=frozenset(judging),
        onsets=onsets,
        coming=coming,
    )
