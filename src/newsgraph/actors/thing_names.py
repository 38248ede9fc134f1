"""Whether a name names a thing (a disease, a law, an event, a day, a work, a craft, a
product), not an actor.

Used by :func:`.things.relabel` on every model entity, by :mod:`.name_noise` (acronyms
defined for things, a company's model number) and by :mod:`newsgraph.actors` for
participants said to be a thing ("The Zorvex was a 75-foot dive boat"); the thing nouns
are the kinds of ``incidental.tsv``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .lexicon import lexicons

__all__ = ["names_a_thing", "said_to_be_a_thing"]

_INDEFINITE = frozenset({"a", "an", "this", "that", "these", "those", "every", "each"})
_QUOTES = frozenset({'"', "“", "”"})
_THING_KINDS = frozenset({"thing", "work", "craft"})  # of incidental.tsv; a "news site" acts
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?[0-9]{2,4}[A-Za-z]?")  # "A320", "MM-7400", "CRJ900"
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]{0,2}-?[0-9]{2,4}(s?)")  # "Mi-26", "AK-47s"
_CODE = re.compile(r"[A-Z]{1,2}-[0-9]{1,4}")  # the number of a bill: "C-38", "HB-1"
_VERSUS = frozenset({"v.", "v", "vs.", "vs"})  # between the parties of a case
_FORMS_OF_BE = frozenset({"is", "was", "are", "were", "'s", "’s"})
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def names_a_thing(doc: Doc, start: int, end: int, label: str) -> bool:
    """A model entity that names a thing, not an actor.

    Its head noun is a thing ("Middle East Respiratory Syndrome", "Paris
    Agreement", "the Zorvex Relief Programme") or a thing noun numbers it
    ("Resolution 1483", "Proposition 8"), it names an event ("Hurricane
    Lorenzo", "Tropical Storm X") or a work ("the novel X"), it is in
    apposition with such a noun ("Squirrel Girl, a Marvel character"), or it
    names a thing or a product by modifying it ("COVID-19 pandemic", "a
    Boeing 737"); a single
    capitalised word after "an"/"this" is a common noun ("make an Order",
    "in this Chamber") when it heads the phrase; a single word standing alone
    between quotation marks is a term being discussed ("COVI" stands for).
    """
    if end <= start:
        return False
    return (
        _a_thing_by_its_form(doc, start, end, label)
        or _headed_by_a_thing(doc, start, end, label)
        or _beside_a_thing_noun(doc, start, end, label)
        or _a_common_word_or_term(doc, start, end)
    )


def _a_thing_by_its_form(doc: Doc, start: int, end: int, label: str) -> bool:
    """A title in a list of works, a model code, a species, a court case or a name in
    apposition with a thing noun: what it names is no actor, whatever its words."""
    root = doc[start:end].root if label in ("ORG", "PERSON", "GPE") else None
    if label == "ORG" and root is not None and _listed_with_a_work(root):
        return True  # "the memoirs Once Upon a Time and Black Knight": another title
    if _names_a_model(doc, start, end):
        return True  # "armed with AK-47s", "the Russian Mil Mi-26": weapons and vehicles
    if _a_ship(doc, start, end):
        return True  # "the U.S.S. Grayback", "HMAS Zorvex": the prefix is inside the name
    if label == "PERSON" and _binomial(doc, start, end):
        return True  # "Acropora millepora", "A. millepora": a species, not a person
    if any(t.lower_ in _VERSUS and t.is_lower for t in doc[start + 1 : end - 1]):
        return True  # "Roe v. Wade", "Doe vs. Acme": a court case
    # "SARS-CoV-2, the coronavirus", "the boat, Conception"
    return root is not None and _described_as_a_thing(root)


def _headed_by_a_thing(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name whose own words make it a thing: a thing, craft, event or day noun heads it,
    a thing noun numbers it, or it names an award, a venue or a storm."""
    incidental = lexicons().incidental
    last_token = doc[end - 1]
    before = doc[start - 1].lower_ if start > 0 else ""  # the word before the name
    second_last = doc[end - 2].lower_ if end - start > 1 else ""  # the name's own words
    of_thing = second_last == "of"
    last = last_token.lower_
    thing_head = incidental.get(last) == "thing" and not of_thing
    definite = before == "the"  # not "the UK's Jaguar Land Rover"
    craft = incidental.get(last.removesuffix("s")) == "craft"
    if label == "ORG" and definite and craft and not of_thing:
        return True  # "the Space Shuttles", "the Crew Dragon Capsule": vehicles
    if thing_head or incidental.get(doc[start].lower_) == "event":
        return True  # "Paris Agreement", "Radio Control Law"; not "School of Law"
    if last == "station" and second_last == "space":
        return True  # "International Space Station": a craft, not a body
    numbered = last_token.like_num or _CODE.fullmatch(last_token.text) is not None
    if numbered and incidental.get(second_last) == "thing":
        return True  # "Resolution 1483", "Proposition 8", "Bill C-38": a numbered text
    if _names_a_day(doc, start, end, label):
        return True  # "Australia Day", "International Women's Day": a day, not an actor
    if incidental.get(before) == "event" and doc[start - 1].is_title:
        return True  # "Hurricane" left out of the model's "Lorenzo"
    if label == "ORG" and _thing_of(doc, start, end):
        return True  # "National Medal of Science", "Rock and Roll Hall of Fame"
    inner_event = end - start > 2 and incidental.get(second_last) == "event"
    # "Tropical Storm Humberto"; not "National Hurricane Center"
    return inner_event and last not in lexicons().org_keywords


def _beside_a_thing_noun(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name right after a lower-case work or craft noun, or modifying a craft or thing
    noun or a weekday: the title, the craft, the thing or the day it names."""
    incidental = lexicons().incidental
    before = incidental.get(doc[start - 1].lower_) if start > 0 else None
    if before in ("work", "craft") and doc[start - 1].is_lower:
        return True  # "the 2009 novel Obsession", "the space shuttle Atlantis": a title
    if label in ("ORG", "PERSON") and _names_a_craft(doc, end):
        return True  # "the Stardust spacecraft", "NASA's James Webb space telescope"
    if end < len(doc) and label == "ORG" and _names_a_kind_of_thing(doc[end - 1], doc[end]):
        return True
    # "Super Tuesday", "Black Friday": a day, not an actor
    return end < len(doc) and doc[end].text in _WEEKDAYS


def _a_common_word_or_term(doc: Doc, start: int, end: int) -> bool:
    """A single word after "an"/"this" heading its phrase (the article's own common noun),
    or alone between quotation marks (a term being discussed)."""
    if end - start != 1 or start == 0:
        return False
    if doc[start - 1].lower_ in _INDEFINITE:  # the article's own noun, not "a BT landline"
        return doc[start].dep_ not in ("compound", "amod", "nmod", "poss")
    return end < len(doc) and doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES


def _listed_with_a_work(root: Token) -> bool:
    """A name in a list whose first item the model calls a work ("the films Zorvex Rising
    and Black Harbor"): the list is one of titles."""
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node is not root and node.ent_type_ == "WORK_OF_ART"


def _names_a_model(doc: Doc, start: int, end: int) -> bool:
    """A name ending in a model code ("Mi-26", "F-16", "AK-47") after its maker's name
    ("Mil Mi-26", "Lockheed F-35"), or such a code in the plural ("AK-47s", "F-16s"):
    a weapon or a vehicle. A lone code names a body too ("G20", "M23")."""
    code = _MODEL_NAME.fullmatch(doc[end - 1].text)
    if code is None:
        return False
    return end - start > 1 and doc[start].is_title or code.group(1) == "s"


def _a_ship(doc: Doc, start: int, end: int) -> bool:
    """A name opening with a ship's prefix of three letters or more, dotted or not ("USS",
    "U.S.S.", "H.M.S.", "HMAS"): a ship. Two-letter prefixes ("MS", "SS") open people's
    initials ("M.S. Jo Doe") and other names too often."""
    if end - start < 2:
        return False
    prefix = doc[start].lower_.replace(".", "")
    return len(prefix) >= 3 and lexicons().incidental.get(prefix) == "vessel"


def _binomial(doc: Doc, start: int, end: int) -> bool:
    """Two words, a capitalised genus (maybe abbreviated) and a lower-case epithet of five
    letters or more: a species' name. A person's name ends in a capital ("Ursula von
    der Leyen"); its lower-case particles are short ("bin", "von", "der")."""
    if end - start != 2 or not doc[start].is_title or doc[start].whitespace_ != " ":
        return False
    last = doc[end - 1]
    return last.is_lower and last.is_alpha and len(last) >= 5


def _names_a_day(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name ending in "Day": a holiday ("Australia Day", "Remembrance Day", "Women's
    Day"). A two- or three-word person may bear the surname ("Jo Day", "Jo Ann Day");
    a longer person ("Martin Luther King Day") or one with "'s" before it is the day."""
    if end - start < 2 or doc[end - 1].text != "Day":
        return False
    if label != "PERSON" or doc[end - 2].lower_ in ("'s", "’s"):
        return True
    return end - start > 3


def said_to_be_a_thing(root: Token) -> bool:
    """A name in apposition with a noun of a thing, a work or a craft, or the subject of
    "be" with one ("The Zorvex was a 75-foot dive boat"): what it names is that thing."""
    if _described_as_a_thing(root):
        return True
    verb = root.head
    if root.dep_ != "nsubj" or not (verb.lemma_ == "be" or verb.lower_ in _FORMS_OF_BE):
        return False
    incidental = lexicons().incidental
    return any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and incidental.get(c.lower_) in _THING_KINDS
        for c in root.head.children
    )


def _described_as_a_thing(root: Token) -> bool:
    """A name in apposition with a noun of a thing, a work or a craft ("Fan Expo,
    a convention", "the boat, Conception"): it names that thing."""
    if not root.doc.has_annotation("DEP"):
        return False
    incidental = lexicons().incidental
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)
    return any(
        noun.pos_ == "NOUN" and incidental.get(noun.lower_) in _THING_KINDS for noun in nouns
    )


def _thing_of(doc: Doc, start: int, end: int) -> bool:
    """A thing or site noun followed by "of" inside the name: an award or a venue; or a
    thing noun after a qualifier followed by "on" ("European Convention on Human Rights",
    "World Summit on X"): a text or an event. One opening the name may head a body
    ("the Project on Government Oversight")."""
    incidental = lexicons().incidental
    for i in range(start, end - 1):
        kind, nxt = incidental.get(doc[i].lower_), doc[i + 1].lower_
        if kind in ("thing", "site") and nxt == "of":
            return True
        if kind == "thing" and nxt == "on" and i > start:
            return True
    return False


def _names_a_craft(doc: Doc, end: int) -> bool:
    """A name modifying a craft noun, maybe through one lower-case word ("space")."""
    incidental = lexicons().incidental
    if end >= len(doc) or doc[end - 1].dep_ not in ("compound", "amod", "nmod"):
        return False
    nxt = doc[end + 1] if end + 1 < len(doc) and doc[end].is_lower else None
    return incidental.get(doc[end].lower_) == "craft" or (
        nxt is not None and incidental.get(nxt.lower_) == "craft"
    )


def _names_a_kind_of_thing(last: Token, after: Token) -> bool:
    """A name modifying a thing noun ("the COVID-19 pandemic", "the America First policy")
    or followed by a model number ("a Boeing 737") names that thing or product."""
    if after.like_num:
        return _model_number(last, after)
    kind = lexicons().incidental.get(after.lower_)
    return kind in ("thing", "modified") and last.dep_ in ("compound", "amod", "nmod")


def _model_number(last: Token, after: Token) -> bool:
    """A number right after a name that is no count of anything ("Boeing 737", not "UN 5 %"),
    or a model code of capitals and two to four digits ("Airbus A320", "Sanyo MM-7400")."""
    doc = after.doc
    if last.whitespace_ == "" or last.ent_type_ == "PERSON":
        return False
    if _MODEL_CODE.fullmatch(after.text):
        return True
    if not after.like_num:
        return False
    unit = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return unit is None or not (unit.like_num or unit.text == "%")
