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
* **Named in passing.** Beyond these, a city or region is a participant only
  in a participant's position: the subject, object, possessor or predicate
  of a clause ("Nevada held its caucuses", "the AP called Nevada", "Nevada's
  delegates", "the states voting are Alabama and Texas"), or the object of a
  preposition of contact ("sanctions on X", "contracts with X", "talks
  between X and Y") or the source of what is taken ("took funds from X",
  not "moved the office from X"). As a modifier ("an Ohio man", "the
  Nevada caucuses", "Detroit schools") or after any other preposition ("a suburb of
  Cleveland", "a journey from Jakarta", "less affordable than Manhattan")
  it says where, and "the city of X" takes the role of "the city" ("the city
  of Calabasas announced" acts). Checked on 433 unlabelled Wikinews
  articles: see the commit that added it.
* **Capital as an address.** A capital stands for its government by
  metonymy only as an argument ("Tehran said", "sanctions on Tehran",
  "Beijing's decision"); as a modifier or an address ("Paris police",
  "Streatham High Road, London") it is the city.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicons

__all__ = ["acts_as_government", "describes_person", "names_an_address", "takes_part"]

_HOME_PREPS = frozenset({"of", "from"})
_BASED = frozenset({"based", "-based"})
_MODIFIERS = frozenset({"compound", "nmod", "amod"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "attr", "ROOT"})
# a region takes part in these positions; "dative": "gave Ohio the money"
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "attr", "ROOT", "dative"})
# prepositions whose object is a party to the act, not where it happens
_CONTACT_PREPS = frozenset({"on", "against", "with", "by", "between", "toward", "towards", "upon"})


def _is_person_word(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in lexicons().titles


def describes_person(root: Token) -> bool:
    """The place a named person is from or represents ("Klobuchar of Minnesota")."""
    head = root.head
    if root.dep_ in _MODIFIERS and head != root:
        return _is_person_word(head)  # "Vermont Senator ...", "Texas Governor ..."
    if root.dep_ == "pobj" and head.lower_ in _HOME_PREPS and head.head != head:
        return head.head.ent_type_ == "PERSON"  # "Warren of Massachusetts"
    return False


def acts_as_government(root: Token) -> bool:
    """A capital in an argument position ("Tehran said"), not a modifier or an address."""
    node = root
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ in _ARGUMENTS


def names_an_address(root: Token) -> bool:
    """A city or region named as part of an address ("Chicago, Illinois", "Boston-based",
    "New York City's Cipriani restaurant")."""
    doc, head = root.doc, root.head
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _BASED:
        return True  # "the Boston-based firm", "California -based company"
    if root.dep_ in ("appos", "npadvmod") and head != root and head.i == root.i - 2:
        # "Chicago, Illinois", "University of California, San Diego": an address
        return head.ent_type_ in ("GPE", "ORG", "FAC") and doc[root.i - 1].text == ","
    if root.dep_ != "poss" or head == root:
        return False
    return head.pos_ == "PROPN" or lexicons().incidental.get(head.lower_) in ("site", "venue")


def takes_part(root: Token) -> bool:
    """A city or region in a participant's position (see the module docstring).

    Conjuncts and appositions take the role of their head, and the X of "the
    city of X" that of "the city". Without a parse every mention takes part.
    """
    if not root.doc.has_annotation("DEP"):
        return True
    node = root
    for _ in range(len(root.doc)):  # lists of states run long: climb to the first
        if node.dep_ in ("conj", "appos") and node.head != node:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and _names_a_region(node.head.head):
            node = node.head.head  # "the city of Calabasas announced"
        else:
            break
    if node.dep_ == "pobj":
        return node.head.lower_ in _CONTACT_PREPS or _source_of_a_thing(node.head)
    return node.dep_ in _PARTY_DEPS


def _source_of_a_thing(prep: Token) -> bool:
    """ "from" after a verb with an object, not one of motion: the source of what is taken
    ("took funds from X"), not where it was moved from ("moved the office from X")."""
    verb = prep.head
    if prep.lower_ != "from" or verb.pos_ != "VERB":
        return False
    if lexicons().locative.get((verb.lemma_ or verb.text).lower()) == "motion":
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _names_a_region(token: Token) -> bool:
    """A noun of a description that refers to a city, region or country ("city", "state")."""
    entry = lexicons().descriptions.get(token.lower_)
    return entry is not None and entry[0] in ("GPE", "COUNTRY")
