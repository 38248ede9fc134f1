"""The one data model of newsgraph: frozen, slotted records with character offsets.

Every extracted item carries its evidence as ``start``/``end`` code-point offsets
into ``Article.text``; ``article.text[start:end]`` is always the stored ``text``.
Records convert to and from plain JSON-able dicts (``to_dict`` / ``from_dict``);
the JSON shape is documented in ``docs/schema.json`` and is a public contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Self

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Analysis",
    "Article",
    "Event",
    "Evidence",
    "Geo",
    "Mention",
    "Place",
    "Quote",
    "Relation",
    "Sentence",
    "Skipped",
    "Title",
    "evidence_from",
]

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``{start, end, text}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build from ``{start, end, text}``."""
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


def evidence_from(text: str, start: int, end: int) -> Evidence:
    """Make the Evidence for ``text[start:end]``.

    Raises:
        ValueError: if the offsets fall outside ``text`` or are reversed.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}) is outside a text of {len(text)} characters")
    return Evidence(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Sentence(Evidence):
    """One sentence of the article, with its offsets (the same shape as :class:`Evidence`)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names or refers to an actor or place.

    ``label`` is the entity label (PERSON, ORG, GPE, NORP, ...); ``source`` says
    how it was found: ``ner`` (the statistical model), ``ruler`` (a lexicon),
    ``alias`` (a name already seen), ``acronym`` (defined in the text as
    "Full Name (ACR)"), ``nominal`` (an agent noun phrase: "Israeli troops"),
    ``description`` ("the general") or ``pronoun``.
    """

    start: int
    end: int
    text: str
    label: str
    source: str = "ner"

    def to_dict(self) -> dict[str, Any]:
        """Return ``{start, end, text, label, source}``."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        """Build from the dict made by :meth:`to_dict` (label/source optional)."""
        return cls(
            int(data["start"]),
            int(data["end"]),
            str(data["text"]),
            str(data.get("label", "")),
            str(data.get("source", "ner")),
        )


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role held by an actor ("Prime Minister"), with a time qualifier.

    ``qualifier`` is "" for a current role, or "former", "acting", "late", "elect".
    """

    text: str
    qualifier: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return ``{text, qualifier}``."""
        return {"text": self.text, "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Title:
        """Build from ``{text, qualifier?}``."""
        return cls(str(data["text"]), str(data.get("qualifier", "")))


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world participant of an article, with every mention of it.

    ``type`` is PERSON, ORG, COUNTRY or GPE (a city or region acting as a
    government); ``country`` is ISO 3166-1 alpha-3 or None; ``sector`` a
    PLOVER/CAMEO agent code (GOV, MIL, ...) or None. ``key`` is the stable
    cross-article identity (normalized name + type + country).
    """

    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...]
    country: str | None = None
    sector: str | None = None
    titles: tuple[Title, ...] = ()
    aliases: tuple[str, ...] = ()
    key: str = ""

    @property
    def title(self) -> str | None:
        """The main title as one string, "President (former)" style, or None."""
        if not self.titles:
            return None
        first = self.titles[0]
        return f"{first.text} ({first.qualifier})" if first.qualifier else first.text

    @property
    def code(self) -> str | None:
        """The composite CAMEO-style code, e.g. ``IRNMIL``, or None when uncoded."""
        if not self.country and not self.sector:
            return None
        return f"{self.country or ''}{self.sector or ''}"

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON shape of an actor."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "title": self.title,
            "titles": [t.to_dict() for t in self.titles],
            "aliases": list(self.aliases),
            "key": self.key,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        """Build from the dict made by :meth:`to_dict`."""
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=str(data["type"]),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
            country=data.get("country"),
            sector=data.get("sector"),
            titles=tuple(Title.from_dict(t) for t in data.get("titles", [])),
            aliases=tuple(data.get("aliases", [])),
            key=str(data.get("key", "")),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """A place named as a location (not a participant), resolved when possible."""

    name: str
    mentions: tuple[Mention, ...]
    country: str | None = None
    kind: str = ""  # country, city, region, or "" when unresolved
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON shape of a place."""
        return {
            "name": self.name,
            "country": self.country,
            "kind": self.kind,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geonameid": self.geonameid,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        """Build from the dict made by :meth:`to_dict`."""
        return cls(
            name=str(data["name"]),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
            country=data.get("country"),
            kind=str(data.get("kind", "")),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            geonameid=data.get("geonameid"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct, partial or reported speech with its speaker.

    ``start``/``end``/``text`` is the quoted content (inside the marks for
    direct and partial quotes; the reported clause for ``reported``). ``cue``
    is the reporting verb or noun, ``speaker`` an actor id or None.
    """

    kind: str  # direct | partial | reported
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    cue: Evidence | None = None
    medium: str | None = None
    utterance: int | None = None  # spans of one utterance split by attribution share it

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON shape of a quote."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "cue": self.cue.to_dict() if self.cue else None,
            "medium": self.medium,
            "utterance": self.utterance,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Build from the dict made by :meth:`to_dict`."""
        cue = data.get("cue")
        return cls(
            kind=str(data["kind"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            speaker=data.get("speaker"),
            speaker_name=data.get("speaker_name"),
            cue=Evidence.from_dict(cue) if cue else None,
            medium=data.get("medium"),
            utterance=data.get("utterance"),
        )


@dataclass(frozen=True, slots=True)
class Geo:
    """Where an event's location is: country, kind and, for cities and regions, coordinates.

    ``kind`` is "country", "region" or "city" (GeoNames), "" when only the
    country is known; ``geonameid`` is the GeoNames id of the place.
    """

    country: str | None
    kind: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return ``{country, kind, latitude, longitude, geonameid}``."""
        return {"country": self.country, "kind": self.kind, "latitude": self.latitude,
                "longitude": self.longitude, "geonameid": self.geonameid}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Geo:
        """Build from the dict made by :meth:`to_dict`."""
        return cls(data.get("country"), str(data.get("kind") or ""), data.get("latitude"),
                   data.get("longitude"), data.get("geonameid"))


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one PLOVER 2.0 event with its evidence.

    ``type``/``mode``/``context`` are PLOVER 2.0; ``cameo`` the CAMEO root code
    ("01".."20"); ``intensity`` on the -10..+10 cooperation/conflict scale.
    ``actor``/``recipient`` are actor ids. ``date`` is ISO 8601 with
    ``date_precision`` (day, month, year) and ``date_source`` ("text" or
    "published" for the fallback). ``reported_by`` is the speaker's actor id
    when the event is someone's claim. ``location`` names where it happened
    and ``geo`` resolves that name (country, kind, coordinates).
    """

    type: str
    trigger: Evidence
    sentence: Evidence
    actor: str | None = None
    recipient: str | None = None
    mode: str | None = None
    context: str | None = None
    cameo: str | None = None
    intensity: float | None = None
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    location: str | None = None
    reported_by: str | None = None
    intent: bool = False
    actors: tuple[str, ...] = ()  # all agents, for compound subjects
    geo: Geo | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON shape of an event."""
        return {
            "type": self.type,
            "mode": self.mode,
            "context": self.context,
            "cameo": self.cameo,
            "intensity": self.intensity,
            "actor": self.actor,
            "actors": list(self.actors),
            "recipient": self.recipient,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "location": self.location,
            "geo": self.geo.to_dict() if self.geo else None,
            "reported_by": self.reported_by,
            "intent": self.intent,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Build from the dict made by :meth:`to_dict`."""
        return cls(
            type=str(data["type"]),
            trigger=Evidence.from_dict(data["trigger"]),
            sentence=Evidence.from_dict(data["sentence"]),
            actor=data.get("actor"),
            recipient=data.get("recipient"),
            mode=data.get("mode"),
            context=data.get("context"),
            cameo=data.get("cameo"),
            intensity=data.get("intensity"),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            date_source=data.get("date_source"),
            location=data.get("location"),
            reported_by=data.get("reported_by"),
            intent=bool(data.get("intent", False)),
            actors=tuple(data.get("actors", [])),
            geo=Geo.from_dict(data["geo"]) if data.get("geo") else None,
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between two actors of one article (backs, opposes, meets, ...)."""

    source: str
    relation: str
    target: str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        """Return ``{source, relation, target, evidence}``."""
        return {
            "source": self.source,
            "relation": self.relation,
            "target": self.target,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        """Build from the dict made by :meth:`to_dict`."""
        return cls(
            str(data["source"]),
            str(data["relation"]),
            str(data["target"]),
            Evidence.from_dict(data["evidence"]),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: the text all offsets refer to, plus its metadata.

    ``published`` is ISO 8601 (with a UTC offset when the source gave one).
    ``metadata`` keeps source-specific keys that have no field of their own
    (e.g. ``url_or_source``, ``category`` from a JSONL record).
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    byline: str | None = None
    language: str | None = None
    reading_time_minutes: int | None = None
    origin: str = ""  # where it was read from: path, path:line, URL
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the article's metadata fields and text."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "reading_time_minutes": self.reading_time_minutes,
            "url": self.url,
            "source": self.source,
            "byline": self.byline,
            "language": self.language,
            "origin": self.origin,
            "metadata": dict(self.metadata),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build from the dict made by :meth:`to_dict`."""
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            title=data.get("title"),
            published=data.get("published"),
            url=data.get("url"),
            source=data.get("source"),
            byline=data.get("byline"),
            language=data.get("language"),
            reading_time_minutes=data.get("reading_time_minutes"),
            origin=str(data.get("origin", "")),
            metadata=dict(data.get("metadata") or {}),
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything newsgraph extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    pipeline_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the public JSON contract of ``newsgraph extract``."""
        out = self.article.to_dict()
        out.update(
            {
                "schema_version": SCHEMA_VERSION,
                "pipeline_version": self.pipeline_version,
                "sentences": [s.to_dict() for s in self.sentences],
                "actors": [a.to_dict() for a in self.actors],
                "places": [p.to_dict() for p in self.places],
                "quotes": [q.to_dict() for q in self.quotes],
                "events": [e.to_dict() for e in self.events],
                "relations": [r.to_dict() for r in self.relations],
            }
        )
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Build from the dict made by :meth:`to_dict` (the extract output)."""
        return cls(
            article=Article.from_dict(data),
            sentences=tuple(Sentence.from_dict(s) for s in data.get("sentences", [])),
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", [])),
            places=tuple(Place.from_dict(p) for p in data.get("places", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            events=tuple(Event.from_dict(e) for e in data.get("events", [])),
            relations=tuple(Relation.from_dict(r) for r in data.get("relations", [])),
            pipeline_version=str(data.get("pipeline_version", "")),
        )

    def spans(self) -> list[tuple[int, int, str]]:
        """Every stored span as ``(start, end, text)``, for offset checks."""
        out: list[tuple[int, int, str]] = [(s.start, s.end, s.text) for s in self.sentences]
        for actor in self.actors:
            out.extend((m.start, m.end, m.text) for m in actor.mentions)
        for place in self.places:
            out.extend((m.start, m.end, m.text) for m in place.mentions)
        for q in self.quotes:
            out.append((q.start, q.end, q.text))
            if q.cue:
                out.append((q.cue.start, q.cue.end, q.cue.text))
        for e in self.events:
            out.append((e.trigger.start, e.trigger.end, e.trigger.text))
            out.append((e.sentence.start, e.sentence.end, e.sentence.text))
        for r in self.relations:
            out.append((r.evidence.start, r.evidence.end, r.evidence.text))
        return out


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (file, record, URL) that could not be turned into an Article.

    Readers yield it instead of raising, so one bad input never stops a run;
    the CLI prints it as one line and the store records it with its reason.
    """

    source: str
    reason: str
    language: str | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        """Return ``{source, reason, language}``."""
        return {"source": self.source, "reason": self.reason, "language": self.language}
