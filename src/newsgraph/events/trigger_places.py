"""Where a trigger's act happened: the place phrase that locates it, else the dateline.

The events stage's "where" step: ``extract._build`` calls :func:`_location` for
each event after its date; it reads a locative phrase on the trigger ("in
Tehran"), the place an act on the ground is done to ("shelled Kharkiv"), the
venue a noun act names ("the Baghdad bombing"), and falls back to the
article's dateline.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ._tokens import children_of, ents_of
from .context import ArticleContext
from .cue_words import cue_words
from .places import lookup_place
from .trigger_dates import _result_head

_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# prepositions that introduce whom an act is done with or to ("met with", "fired on")
_PARTNER_PREPS = frozenset({"with", "to", "on", "against", "upon"})
# Acts done at a place, so a place they are done to is where they happened
# ("shelled Kharkiv", "visited Tbilisi", "raided the town of Jenin"); a place
# acted on from afar is not ("sanctioned Russia", "condemned Israel").
_ON_THE_GROUND = frozenset({"ASSAULT", "COERCE", "CONSULT", "MOBILIZE", "PROTEST"})


def _acted_on(trigger: Token) -> list[Token]:
    """What the act is done to: the trigger's direct or passive-subject objects, the noun
    a relative pronoun among them stands for."""
    # "attacked a police station in Kano", "met with rebel leaders in Kaduna": the place
    # of what or whom the act was done to
    objects = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ == "relcl":
        # "In Saraf, which was attacked twice": the noun the relative pronoun stands for
        objects = [trigger.head if c.tag_ in ("WDT", "WP") else c for c in objects]
    return objects


def _agents(trigger: Token) -> list[Token]:
    """The doers a passive names in its "by" phrase ("were killed by gunmen")."""
    return [
        g
        for c in children_of(trigger)
        if c.dep_ == "agent"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]


def _partners(trigger: Token) -> dict[Token, str]:
    """Whom the act is done with or to ("met with", "fired on"), each with its preposition."""
    return {
        g: c.lower_
        for c in children_of(trigger)
        if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS
        for g in children_of(c)
        if g.dep_ == "pobj"
    }


def _phrase_place(
    trigger: Token,
    anchors: Sequence[Token],
    objects: Sequence[Token],
    partners: dict[Token, str],
    type_: str,
) -> Token | None:
    """The place a locative phrase gives the act: on the trigger, on what or whom it is
    done to, on the noun after their "of", or the place a "where" clause stands for."""
    found = _locative_place(anchors, through=True) or _locative_place([*objects, *partners])
    if found is None and type_ in _ON_THE_GROUND:
        # "were killed by gunmen in Kashgar": where the doers were
        found = _locative_place(_agents(trigger))
    if found is None:
        # "a meeting of European ministers in Brussels", "killed dozens of militants in the
        # Mopti region": the parser hangs the place on the noun after "of"
        held = ([trigger] if trigger.pos_ == "NOUN" else []) + (
            list(objects) if type_ in _ON_THE_GROUND else []
        )
        found = _locative_place(_of_objects(held))
    if found is None:
        # "near Pokrovsk, where troops repelled 41 assaults": where the noun is
        found = _where_place(anchors)
    return found


def _venue(trigger: Token, ents: Sequence[Span], context: ArticleContext) -> str | None:
    """The city or region a noun act on the ground is named after ("the Baghdad bombing"),
    not a country, which is rather the doer."""
    # "the Baghdad bombing", "the London talks": a place naming the act is its venue
    # (not "the Iran sanctions", decided elsewhere)
    # A country there is rather the doer ("a US airstrike", "the Iran talks").
    for child in children_of(trigger):
        if child.dep_ == "compound" and child.ent_type_ in _PLACE_LABELS:
            name = _entity_text(child, ents)
            entry = lookup_place(name, {a.country for a in context.actors if a.country})
            if entry is not None and entry.kind in ("city", "region"):
                return name
    return None


def _coordinated_place(trigger: Token) -> Token | None:
    """The place of a verb act's coordinated acts or result clause, located alike."""
    # "killed two soldiers and wounded five in Kabul": coordinated acts on the
    # ground share a place, and so do an act and its result clause ("exploded in
    # Baghdad, killing 16"); a condemnation and a warning "in Tonga" do not
    others = _coordinated(trigger)
    head = _result_head(trigger)
    if head is not None:
        others.append(head)  # "exploded in Baghdad, killing 16"
    return _locative_place(
        others + [c for v in others for c in children_of(v) if c.dep_ in ("dobj", "nsubjpass")]
    )


def _ground_place(
    trigger: Token,
    ents: Sequence[Span],
    context: ArticleContext,
    objects: Sequence[Token],
    partners: dict[Token, str],
    mode: str | None,
) -> str | None:
    """Where an act on the ground with no locative phrase happened: its venue, the place
    it is done or aimed at, or the place of the acts coordinated with it."""
    if trigger.pos_ == "NOUN":
        venue = _venue(trigger, ents, context)
        if venue is not None:
            return venue
    # "fired on Gaza", "marched on the capital"; not "met with Iran"
    aimed = ("on", "upon", "against", "to") if mode == "visit" else ("on", "upon", "against")
    targets = [g for g, prep in partners.items() if prep in aimed]
    for obj in [*objects, *targets]:
        place = _place_token(obj)  # also when it is the recipient: "attacked Israel"
        if place is not None:
            return _entity_text(place, ents)
    if trigger.pos_ == "VERB":
        found = _coordinated_place(trigger)
        if found is not None:
            return _entity_text(found, ents)
    return None


def _location(
    trigger: Token,
    ents: Sequence[Span],
    context: ArticleContext,
    type_: str,
    mode: str | None = None,
) -> str | None:
    """The place in a locative phrase on the trigger ("in Tehran"), else the place an act
    on the ground is done to ("shelled the city of Kharkiv") or a visit goes to ("his visit
    to Israel"), else the dateline."""
    anchors = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    objects = _acted_on(trigger)
    partners = _partners(trigger)
    found = _phrase_place(trigger, anchors, objects, partners, type_)
    if found is not None:
        return _entity_text(found, ents)
    if type_ in _ON_THE_GROUND:
        place = _ground_place(trigger, ents, context, objects, partners, mode)
        if place is not None:
            return place
    return context.dateline


def _of_objects(nouns: Sequence[Token]) -> list[Token]:
    """The objects of the "of" phrases on ``nouns`` ("a meeting of [ministers]")."""
    return [
        g
        for noun in nouns
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]


def _where_place(anchors: Sequence[Token]) -> Token | None:
    """The place a relative clause opened by "where" stands for: "fighting continued near
    Pokrovsk, where troops repelled 41 assaults" (repelled at Pokrovsk)."""
    for anchor in anchors:
        if anchor.dep_ == "relcl" and any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(anchor)
        ):
            return _place_token(anchor.head)
    return None


def _locative_place(anchors: Sequence[Token], through: bool = False) -> Token | None:
    """The place in the first locative phrase on one of ``anchors`` ("in Tehran"); with
    ``through``, also through a place that is not one ("at a hotel in Nairobi")."""
    for anchor in anchors:
        for prep in children_of(anchor):
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                continue
            for pobj in children_of(prep):
                if pobj.dep_ != "pobj":
                    continue
                place = _place_token(pobj)
                if place is None and through:
                    place = next(
                        (
                            p
                            for inner in children_of(pobj)
                            if inner.dep_ == "prep" and inner.lower_ in _LOCATIVE
                            for g in children_of(inner)
                            if g.dep_ == "pobj" and (p := _place_token(g)) is not None
                        ),
                        None,
                    )
                if place is not None:
                    return place
    return None


def _coordinated(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` ("killed ... and wounded"), not across "but"."""
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(verb)):
        return []
    out = [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        head = verb.head
        if not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(head)):
            out.append(head)
    return out


def _entity_text(token: Token, ents: Sequence[Span]) -> str:
    return next(e for e in ents if e.start <= token.i < e.end).text


# Common nouns of an area a place name before them names ("the Mopti region").
_AREA_NOUNS = cue_words("area_noun")


def _place_token(pobj: Token) -> Token | None:
    """The place a locative object names: itself, or the place it is part of ("in the
    east of the Gaza Strip", "in the city of Mosul"), or the place naming an area ("in
    the Mopti region"; not "in the US embassy"), also before the country it is of ("in
    the Xinjiang region of China")."""
    if pobj.ent_type_ in _PLACE_LABELS:
        return pobj
    named = [c for c in children_of(pobj) if c.dep_ == "compound" and c.ent_type_ in _PLACE_LABELS]
    for of in children_of(pobj):
        if of.dep_ == "prep" and of.lower_ == "of":
            inner = next((c for c in children_of(of) if c.dep_ == "pobj"), None)
            if inner is not None and inner.ent_type_ in _PLACE_LABELS:
                if named and pobj.lemma_.lower() in _AREA_NOUNS and _within(named[-1], inner):
                    return named[-1]  # "the Xinjiang region of China": Xinjiang
                return inner
    if pobj.lemma_.lower() in _AREA_NOUNS and named:
        return named[-1]  # "the Mopti region"; not "the U.S. port town of Laredo" (above)
    return None


def _place_name(token: Token) -> str:
    return next((e.text for e in ents_of(token.doc) if e.start <= token.i < e.end), token.text)


def _within(part: Token, whole: Token) -> bool:
    """Whether the place ``part`` names lies in the country ``whole`` names ("the Helmand
    province of Afghanistan"), so it is the more precise of the two; not "the U.S. port
    town of Laredo", whose "of" place is the town."""
    country = lookup_place(_place_name(whole))
    if country is None or country.kind != "country":
        return False
    inner = lookup_place(_place_name(part), {country.country})
    return inner is not None and inner.kind != "country" and inner.country == country.country
