"""Whether a city, region or capital is a participant or only a place.

A country's name is nearly always about the country as a party (the gold
lists even "Algeria" named once in passing), but a city or a region is a
participant only when it acts or is acted upon ("Nevada held its
caucuses", "Hong Kong's government"). These rules, on top of the location
phrases of :func:`newsgraph.actors.resolve.is_locative`, mark the other uses
(all need a dependency parse; without one nothing is marked):

* **Home of a person.** "Senator Amy Klobuchar of Minnesota", "Vermont
  Senator Bernie Sanders": the region says where a named person comes from
  or whom he represents; the person is the participant. (A list of places
  is *not* a location phrase: "the states voting are Alabama, Arkansas and
  Texas" names participants, and the gold counts them.)
* **Part of an address.** A state after its city ("Chicago, Illinois"), the
  X of "X-based" ("the California-based company") and the owner of a named
  or a site noun ("New York City's Cipriani restaurant", "Chicago's Sears
  Tower") say where something is; "Michigan's certification" still acts.
* **Capital as an address.** A capital stands for its government by
  metonymy only as an argument ("Tehran said", "sanctions on Tehran",
  "Beijing's decision"); as a modifier or an address ("Paris police",
  "Streatham High Road, London") it is the city, and so it is after a part
  of a city ("the suburbs of Paris", "the capital of Nairobi") or a trip
  ("a planned trip to Warsaw", "flights from Lima").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import lexicons

__all__ = [
    "acts_as_government",
    "away_from",
    "describes_person",
    "names_an_address",
    "named_as_base",
    "part_or_trip",
]

_HOME_PREPS = frozenset({"of", "from"})
_DISTANCE_PREPS = frozenset({"from", "of", "outside"})
_COMPASS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west",
})  # fmt: skip
_BASED = frozenset({"based", "-based"})
_MODIFIERS = frozenset({"compound", "nmod", "amod"})
_ACTING = frozenset({"nsubj", "nsubjpass", "agent", "poss"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "attr", "ROOT"})


def _is_person_word(token: Token) -> bool:
    """A person's name or a title, maybe with lower-case nouns before it ("officer" of
    "a Karachi police officer" holds the title "police officer")."""
    titles = lexicons().titles
    if token.ent_type_ == "PERSON" or token.lower_ in titles:
        return True
    nouns = [t for t in token.lefts if t.dep_ == "compound" and t.is_lower]
    return bool(nouns) and " ".join([t.lower_ for t in nouns] + [token.lower_]) in titles


def describes_person(root: Token) -> bool:
    """The place a named person is from or represents ("Klobuchar of Minnesota")."""
    head = root.head
    if root.dep_ in _MODIFIERS and head != root:
        return _is_person_word(head)  # "Vermont Senator ...", "Texas Governor ..."
    if root.dep_ == "poss" and head != root and head.is_lower:
        return _is_person_word(head)  # "Ohio's governor": the governor acts, for Ohio
    if root.dep_ == "pobj" and head.lower_ in _HOME_PREPS and head.head != head:
        owner = head.head
        if owner.ent_type_ == "PERSON":
            return True  # "Warren of Massachusetts"
        # "Jo Doe, 33-year-old of Leeds", "Jo Doe, a resident of Leeds": a person's apposition
        return owner.dep_ == "appos" and owner.head.ent_type_ == "PERSON"
    return False


def acts_as_government(root: Token) -> bool:
    """A capital in an argument position ("Tehran said"), not a modifier or an address.

    An object of "of" after a part of a city ("the suburbs of Paris", "southwest of
    Paris") or of "to"/"from" after a trip ("a planned trip to Warsaw", "flights from
    Lima") is the city too, and so is the second part of an address ("Seattle,
    Washington").
    """
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if names_an_address(root) or _part_or_trip(node):
        return False
    return node.dep_ in _ARGUMENTS


def part_or_trip(root: Token) -> bool:
    """A city or region named as the whole of a part ("the suburbs of Paris", "the
    Westbury area of Bristol", "the city of Rennes", "the riding of Brandon") or as the
    end of a trip ("a trip to Charleston"), alone or in a list: where, not who."""
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return _part_or_trip(node)


def _part_or_trip(node: Token) -> bool:
    """The object of "of" after a part of a place or a place noun, of "to"/"from"
    after a trip noun, or of "from"/"of" after a distance ("six miles from", "20 km north
    of") (locative.tsv kinds ``part``, ``place``, ``trip`` and ``distance``)."""
    if node.dep_ != "pobj" or node.head == node:
        return False
    prep = node.head
    locative = lexicons().locative
    kind = locative.get(prep.head.lower_)
    if prep.lower_ in _DISTANCE_PREPS and _after_a_distance(prep):
        return True  # "six miles from Genoa", "20 km north of Bastia": a point of reference
    if prep.lower_ == "of":  # "the suburbs of Paris", "the city of Rennes"
        # but "the city of Calabasas announced": the city's council speaks
        return kind == "part" or (kind == "place" and prep.head.dep_ not in _ACTING)
    return prep.lower_ in ("to", "from") and kind == "trip"


def away_from(root: Token) -> bool:
    """A name after a distance ("20 km north-east of X", "six miles from X"): the point
    of reference of a location, whatever the model calls it, through conjuncts."""
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in _DISTANCE_PREPS and _after_a_distance(prep)


def _after_a_distance(prep: Token) -> bool:
    """A unit of distance in the two tokens before ``prep`` or before a compass point
    written in up to three tokens: "miles from", "km away from", "km north of", "165km
    north-east of"."""
    locative = lexicons().locative
    before = prep.doc[max(prep.i - 2, 0) : prep.i]
    if any(locative.get(t.lower_) == "distance" for t in before):
        return True
    i = prep.i - 1
    while i >= 0 and prep.i - i <= 3 and _compass_part(prep.doc[i]):
        i -= 1
    return i >= 0 and locative.get(prep.doc[i].lower_) == "distance"


def _compass_part(token: Token) -> bool:
    """A compass point or the hyphen of "north-east" written in three tokens."""
    return token.lower_ in _COMPASS or token.text == "-"


def named_as_base(doc: Doc, end: int) -> bool:
    """A name ending before token ``end`` is the X of "X-based" ("the Boston-based firm",
    tokenised "Boston", "-", "based"; "a UK based charity"; "California -based")."""
    after = doc[end : end + 2]
    if not len(after):
        return False
    if after[0].lower_ in _BASED:
        return True
    return len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ == "based"


def names_an_address(root: Token) -> bool:
    """A city or region named as part of an address ("Chicago, Illinois", "Boston-based",
    "New York City's Cipriani restaurant")."""
    doc, head = root.doc, root.head
    if named_as_base(doc, root.i + 1):
        return True  # "the Boston-based firm", "California -based company"
    if root.dep_ in ("appos", "npadvmod") and head != root and head.i == root.i - 2:
        # "Chicago, Illinois", "University of California, San Diego": an address
        return head.ent_type_ in ("GPE", "ORG", "FAC") and doc[root.i - 1].text == ","
    if _of_a_body(root):
        return True  # "the Green Party of Ohio": the body's region, in its name
    if root.dep_ != "poss" or head == root:
        return False
    return head.pos_ == "PROPN" or lexicons().incidental.get(head.lower_) in ("site", "venue")


def _of_a_body(root: Token) -> bool:
    """A region after "of" that ends the name of an organization the model tagged apart
    ("the Green Party of Ohio", "the High Court of England"), through a list."""
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head == prep:
        return False
    body = prep.head
    return body.ent_type_ == "ORG" or (body.is_title and body.lower_ in lexicons().org_keywords)
