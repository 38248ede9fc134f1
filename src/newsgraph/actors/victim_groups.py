"""Victim groups: people harmed or coerced where the sentence places the act ("52 people
were killed in Baghdad", "police detained 30 protesters in Nairobi").

A bare people noun ("people", "civilians", "protesters") has no country of its own, so
:mod:`.nominal` makes it no actor, and an attack or arrest done to it had no recipient.
CAMEO and GDELT code such victims as the civilians of the country where it happened
("IRQCVL"), which is what a count of violence against civilians needs. The sentence
must say where; the story's salient country never does. The rules:

* **Noun.** A plural noun of cue_words.tsv kind ``local_victim`` (people, civilians,
  residents, protesters, students ...: people who are, most of the time, of the place
  where they are harmed; tourists, migrants, pilgrims, journalists, workers,
  engineers, hostages, prisoners and soldiers stay out, being as often foreigners),
  with the checks :mod:`.home_groups` makes (no actor already, no name or nationality
  before it, not a modifier, outside the headline).
* **Verb.** It is the direct object or passive subject of a verb, or the noun a
  passive participle describes ("30 civilians killed in a raid"), whose lemma has an
  unframed ASSAULT or COERCE entry in the events trigger lexicon (kill, wound, injure,
  arrest, detain, abduct, shoot, torture ...; not a weak entry, one narrowed by its
  objects, particle or prepositions, nor a deportation: those sent away are most often
  foreigners). A result clause ("exploded in Kabul, killing six people") shares the
  place of the verb it follows, as the events stage reads it.
  Calibration (unlabelled Wikinews, seeds 2500-2503): on 400 random articles it changes
  7 events, all right; on 539 with a harm verb and a people noun it changes 61, with
  two wrong: British activists shot in Gaza, Japanese killed "in waters off Hawaii".
* **Place.** A location phrase of the verb or of the noun ("in", "near", "outside" ...:
  locative.tsv ``prep``) whose object is a city, region or country the actors stage
  found ("in Baghdad", "in northern Nigeria"), a place noun with a nationality or an
  "of" naming one ("in an Afghan village", "in the town of Molo"), or an act
  placed that way itself ("in a bombing in Kabul"), up to three phrases down ("at a
  cafe near a mosque in Kabul's suburbs"; a place noun's possessive counts). A city the
  model found whose country is not coded yet takes the events gazetteer's ("in
  Kandahar"), if that is a country the article names (a village the gazetteer lacks
  may have a namesake abroad: the region it lies in says more). Where the
  verb has none, the act may be placed on its subject that is no actor ("a bombing in
  Diyala killed 15 people"), on the noun a relative clause on it describes ("a blast in
  Kandahar that killed nine people"), on a "when" clause ("were killed when a bomb
  went off in Quetta") or, for a result clause, on the place its verb struck ("bombs
  shook the city of Quetta, killing 20 people"). No place, no group; a nationality
  misparsed as a place ("killed in American led air strikes") is none.

:func:`victim_country` only reads the country; :mod:`.home_groups` makes the group.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .lexicon import cue_words, lexicons
from .resolve import Entity

__all__ = ["victim_country"]

#: actor types whose country is that of a place named in a location phrase
_PLACES = frozenset({"COUNTRY", "GPE", "PLACE"})
#: event types of the acts of harm and coercion whose victims take the place's country
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: locative.tsv kinds of nouns naming a place ("village", "capital", "outskirts")
_PLACE_NOUNS = frozenset({"place", "part"})


@lru_cache(maxsize=1)
def _harm_verbs() -> frozenset[str]:
    """The verb lemmas with an unframed, strong ASSAULT or COERCE entry in the events
    trigger lexicon, deportations left out."""
    from ..events.lexicon import load_lexicon  # noqa: PLC0415 (events imports actors)

    verbs = set()
    for (lemma, pos), entries in load_lexicon().triggers.items():
        for e in entries if pos == "VERB" else ():
            framed = e.objects or e.prt or e.prep or e.subjects or e.within or e.mods
            if e.type in _HARM_TYPES and not framed and not e.weak and e.mode != "deport":
                verbs.add(lemma)
    return frozenset(verbs)


def _harming_verb(token: Token) -> Token | None:
    """The verb ``token`` is the object, passive subject or participle-described noun of,
    when it is a verb of harm or coercion, else None."""
    verbs = _harm_verbs()
    for child in token.children:  # "30 civilians killed in a raid"
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in verbs:
            return child
    head = token.head
    acted = token.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX")
    return head if acted and head.lemma_.lower() in verbs else None


def _place_country(noun: Token, covered: dict[int, Entity], depth: int = 3) -> str | None:
    """The country of a location phrase's object: a place found as an actor or place, a
    place noun with a nationality or an "of" naming one, or an act placed itself."""
    ent, lex = covered.get(noun.i), lexicons()
    if ent is not None:  # a nationality is none: "in American air strikes" (misparsed)
        if ent.type not in _PLACES or noun.text in lex.demonyms:
            return None
        if found := ent.country or _gazetteer_country(ent, covered):
            return found  # else the place it lies in may say: "Qana in southern Lebanon"
    locative = lex.locative
    if locative.get(noun.lower_) in _PLACE_NOUNS:
        for child in noun.children:  # "an Afghan village", "Kabul's outskirts"
            if child.dep_ == "poss" and (found := _place_country(child, covered, 0)):
                return found
            named = covered.get(child.i) if child.dep_ in ("amod", "compound") else None
            if named is not None and named.type == "COUNTRY" and named.country:
                return named.country
    for prep in noun.children if depth else ():  # "the town of Molo", "a raid in Kabul"
        of_place = prep.lower_ == "of" and locative.get(noun.lower_) in _PLACE_NOUNS
        if prep.dep_ == "prep" and (of_place or locative.get(prep.lower_) == "prep"):
            for obj in prep.children:
                found = _place_country(obj, covered, depth - 1) if obj.dep_ == "pobj" else None
                if found:
                    return found
    return None


def _gazetteer_country(place: Entity, covered: dict[int, Entity]) -> str | None:
    """The country of a place the model found whose country is not coded yet ("in
    Kandahar"), from the events gazetteer: one of the countries the article names, if it
    names any (a village the gazetteer lacks may be a namesake town abroad: "Qana" in
    southern Lebanon is no Qena, Egypt)."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    named = {e.country for e in covered.values() if e.type in _PLACES and e.country}
    entry = lookup_place(place.name, named)
    found = entry.country if entry is not None else None
    return found if not named or found in named else None


def _phrase_country(word: Token, covered: dict[int, Entity]) -> str | None:
    """The country of the first location phrase of ``word`` that names one."""
    locative = lexicons().locative
    for prep in word.children:
        if prep.dep_ != "prep" or locative.get(prep.lower_) != "prep":
            continue
        for obj in prep.children:
            found = _place_country(obj, covered) if obj.dep_ == "pobj" else None
            if found:
                return found
    return None


def victim_country(token: Token, covered: dict[int, Entity]) -> str | None:
    """The country of the place where the people ``token`` names were harmed or coerced.

    Args:
        token: a plural people noun with no actor (its checks made by the caller).
        covered: token index -> the actor or place whose mention covers it.

    Returns:
        The ISO3 code of the place in a location phrase of the verb of harm or coercion
        the noun undergoes (or of the verb whose result clause that is), or of the
        noun itself; None when the noun is no ``local_victim``, undergoes no such verb,
        or the sentence places it nowhere.
    """
    if token.lower_ not in cue_words("local_victim"):
        return None
    verb = _harming_verb(token)
    if verb is None:
        return None
    return (
        _phrase_country(verb, covered)
        or _phrase_country(token, covered)
        or _act_country(verb, covered)
    )


def _act_country(verb: Token, covered: dict[int, Entity]) -> str | None:
    """The country of a location phrase of the act ``verb`` reports, placed elsewhere: on
    its subject that is no actor ("a bombing in Diyala killed"), on the noun it describes
    ("a blast in X that killed"), on the verb whose result clause it is ("exploded in X,
    killing"; or the place that verb struck: "bombs hit markets in X, killing") or on a
    "when" clause ("were killed when a bomb exploded in X")."""
    sources = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in covered]
    struck: list[Token] = []
    if verb.dep_ == "relcl" or verb.dep_ == "advcl" and verb.tag_ == "VBG":
        sources.append(verb.head)
        struck = [c for c in verb.head.children if c.dep_ == "dobj" and verb.dep_ == "advcl"]
    sources += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)
    ]
    for source in sources:
        if found := _phrase_country(source, covered):
            return found
    return next(filter(None, (_place_country(place, covered) for place in struck)), None)
