"""What a model entity names when it names no participant: the label its words call for.

Used by :mod:`.detect` (through :mod:`.model_entities`, :mod:`.missed_names` and
:mod:`.merged_fixes`) on every model entity: :func:`relabel` fixes labels the words
contradict (a title and a name is a person, a name ending in a place noun is a place)
and drops names of things, judged in :mod:`.thing_names` (diseases, laws, events,
works, awards, venues). This module stays the entry point: :func:`drop_noise` and
:func:`portfolio_tokens` (photo credits, hashtags, former names, words inside titles
and ships' names, in :mod:`.name_noise`) and :func:`names_a_thing` and
:func:`said_to_be_a_thing` are still importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from .lexicon import cue_words, lexicons
from .name_noise import drop_noise, portfolio_tokens
from .orgs import is_place_word
from .spans import known_surfaces, span_text, text_of, word_positions
from .thing_names import names_a_thing, said_to_be_a_thing

__all__ = [
    "NAME_PARTICLES",
    "drop_noise",
    "looks_like_a_person",
    "names_a_thing",
    "portfolio_tokens",
    "relabel",
    "said_to_be_a_thing",
]

#: Lower-case particles inside personal names ("al", "bin", "van").
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "-", "de", "van", "von"})
_LETTERS = re.compile(r"[^\W\d_]+")
_ALNUM = re.compile(r"(?=.*[^\W\d_])(?=.*\d)[^\W_]+")  # letters and digits in one word
_PRODUCT_WORD = re.compile(r"i[A-Z][a-z]+")  # "iPod", "iCloud"; not "iOS" or "iPhone4"


def _starts_with_title(words: Span) -> bool:
    """A title (maybe after an adjective: "Presidential Spokesperson") then at least one
    capitalised name word, and nothing else."""
    titles = lexicons().titles
    lead = int(len(words) > 2 and words[0].is_title and words[0].lower_ not in titles)
    for first in range(lead + 1):
        for cut in range(min(first + 3, len(words) - 1), first, -1):
            if span_text(words.doc, words.start + first, words.start + cut).lower() in titles:
                rest = words[cut:]
                return all(t.is_title or t.text in NAME_PARTICLES for t in rest)
    return False


def looks_like_a_person(words: Span) -> bool:
    """Two or three capitalised words opening with a known first name, and no org keyword."""
    lex = lexicons()
    if not 2 <= len(words) <= 3 or words[0].text not in lex.given_names:
        return False
    if text_of(words) in known_surfaces() or lex.locative.get(words[-1].lower_) == "place":
        return False  # "George Washington Bridge" is a bridge
    return all(t.is_title and t.lower_ not in lex.org_keywords for t in words)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The last words of the titles ("officer" of "police officer"), lower case."""
    return frozenset(title.split()[-1] for title in lexicons().titles)


def _is_title_word(token: Token) -> bool:
    word = token.lower_
    return word in _title_words() or (word.endswith("s") and word[:-1] in _title_words())


def _plain_name_words(words: Span) -> bool:
    """Two or three capitalised alphabetic words, none a body's keyword, that no lexicon
    knows as a name: what may be a person the model called an organization."""
    if not 2 <= len(words) <= 3 or text_of(words) in known_surfaces():
        return False
    keywords = lexicons().org_keywords
    return all(t.is_title and t.is_alpha and t.lower_ not in keywords for t in words)


def _titled_name(doc: Doc, start: int, end: int) -> bool:
    """Two or three plain name words right after a title word ("officers Antoine Quirin")
    or in apposition to a title ("Jo Doe, the Secretary of Justice", "the president of
    Namibia, Jo Doe"): a person the model called an organization."""
    lex = lexicons()
    words = doc[start:end]
    if not _plain_name_words(words):
        return False
    if any(lex.locative.get(t.lower_) or t.lower_ in lex.incidental for t in words):
        return False  # "Blue House", "Place Hélène Metges": places and things
    if start > 0 and _is_title_word(doc[start - 1]) and doc[start - 1].pos_ != "PROPN":
        return True  # a common-noun title before the name: "officers", "actress"
    root = words.root
    if root.dep_ == "appos" and root.head.i < start and _is_title_word(root.head):
        return True  # "the president of Namibia, Jo Doe"
    i = end + (end < len(doc) and doc[end].text == ",")
    i += i < len(doc) and doc[i].lower_ in ("the", "a", "an")
    if i > end and i < len(doc) and _is_title_word(doc[i]) and doc[i].dep_ == "appos":
        return True
    return _described_after(doc, root, end) or _listed_with_people(doc, words)


def _described_after(doc: Doc, root: Token, end: int) -> bool:
    """A title or a word for a person heads the appositive after a comma, past its
    modifiers: "Jo Doe, the general director of Acme", "Jo Doe, Executive Director of
    X", "Jo Doe, a 90-year-old woman" (cue_words.tsv "person_noun"), "Jo Doe, the wife
    of" (kin.tsv); "Jo Doe, a law firm" stays an organization."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    people = cue_words("person_noun") | lexicons().kin
    return any(
        child.dep_ == "appos" and child.i > end and child.i - end <= 8
        and (_is_title_word(child) or child.lower_ in people)
        for child in root.children
    )  # fmt: skip


def _listed_with_people(doc: Doc, words: Span) -> bool:
    """A name joined by "and" or a comma to a name the model calls a person ("Jo Ion,
    Ana Doe and Ed Pop", "Ted Ray and Bo Tan"): one of a list of people. Not a name that
    modifies a noun ("the Premier and Acme Party leader"), and the other name is two or
    three capitalised words, no title nor a place ("Taoiseach", "Jagrata Muslim Janata
    Bangladesh": the model's people that are none); no word of either is a lexicon's
    name ("Ford Galaxy and Volkswagen Eos": cars), and no "the" before it ("Harry Potter
    and the Deathly Hallows": a title)."""
    end, root = words.end, words.root
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") or _holds_a_known_name(words):
        return False
    if words.start > 0 and doc[words.start - 1].lower_ == "the":
        return False
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [child for child in root.children if child.dep_ == "conj"]
    return any(_a_named_person(doc, t) for t in joined)


def _a_named_person(doc: Doc, token: Token) -> bool:
    """``token`` ends a model person of two or three capitalised words, none a place's."""
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or ent.end != token.i + 1:
        return False
    if not 2 <= len(ent) <= 3 or _holds_a_known_name(ent):
        return False
    return not any(is_place_word(t.text) for t in ent) and all(
        t.is_title or not t.is_alpha for t in ent
    )


def _holds_a_known_name(words: Span) -> bool:
    """A word of ``words`` is a lexicon's name on its own ("Ford", "Volkswagen")."""
    return any(t.text in known_surfaces() for t in words)


def _place_and_title(words: Span) -> bool:
    """A known place followed only by title words and punctuation ("Ohio Governor(s)",
    "Texas Senator"): no name in it; "Texas Senator Jo Doe" names her."""
    if len(words) < 2 or not is_place_word(words[0].text):
        return False
    # the letters a token opens with: "Governor(s" is one token
    rest = [m.group().lower() for t in words[1:] if (m := _LETTERS.match(t.text))]
    rest = [w for w in rest if len(w) > 1]
    titles = _title_words()
    return bool(rest) and all(w in titles or w.removesuffix("s") in titles for w in rest)


def _lone_given_name(words: Span) -> bool:
    """One word that is a known first name and no known organization or place."""
    text = text_of(words)
    if len(words) != 1 or text not in lexicons().given_names:
        return False
    return text not in known_surfaces() and not is_place_word(text)


def relabel(doc: Doc, start: int, end: int, label: str) -> str:
    """Fix labels the words contradict; "" drops the entity.

    A name is capitalised: a model ORG with a lower-case content word
    ("anti-Brexit", "European union", "disco club") is no name, and one made of
    a title and a name is a person ("Assemblywoman Selena Torres"), as is one
    that opens with a known first name ("Regina Ip"). A PERSON
    ending in an organization keyword or a place noun ("Trafalgar Square",
    "Art Gallery") is an organization or a place, and so is the X of "the
    island of X"; one ending in a craft noun ("... Space Telescope") is a
    craft.
    """
    # the first step that decides wins: the order of the steps is the order of the checks
    for step in _RELABEL_STEPS:
        decided = step(doc, start, end, label)
        if decided is not None:
            return decided
    return label


def _no_name(doc: Doc, start: int, end: int, label: str) -> str | None:
    """Drop ("") words that are no name at all (lower-case words, a party and state, a
    "... Time", a place and an office); the X of "the island of X" is a place ("LOC")."""
    words = doc[start:end]
    if label == "ORG" and any(t.is_alpha and t.is_lower and not t.is_stop for t in words):
        return ""
    if len(words) == 3 and words[0].text in ("D", "R", "I") and words[1].text in ("-", "–"):
        return ""  # "D-Nev": the party and state of a member of Congress, no name
    if label in ("ORG", "PERSON") and len(words) > 1 and words[-1].text == "Time":
        return ""  # "Daylight Saving Time", "House of Representatives Question Time": no
        # title and name; "Time" alone is the magazine
    if (
        label == "PERSON"
        and len(words)
        and words[0].is_lower
        and words[0].lower_ not in NAME_PARTICLES
    ):
        return ""  # "per cubic meter"
    after_of = label in ("ORG", "PERSON") and start > 1 and doc[start - 1].lower_ == "of"
    if after_of and lexicons().locative.get(doc[start - 2].lower_) == "place":
        return "LOC"  # "the Spanish island of Majorca"
    if label == "PERSON" and _place_and_title(words):
        return ""  # "Which previous Ohio Governor(s)": a place and an office, nobody named
    if label in ("GPE", "LOC") and _a_code(doc, words):
        return ""  # "the R0 number", "H5N1": a code of letters and digits names no place
    return None


def _a_person_mislabelled(doc: Doc, start: int, end: int, label: str) -> str | None:
    """A model organization (or place) whose words make a person's name is a "PERSON":
    a title and a name, a known first name, a surname written after an honorific."""
    words = doc[start:end]
    titled = label == "ORG" and _starts_with_title(words)
    if titled and words[-1].lower_ not in lexicons().org_keywords and not _ends_in_a_thing(words):
        # "Assemblywoman Selena Torres"; not "General Services Administration", nor
        # "General Election": a thing, dropped below
        return "PERSON"
    if label in ("ORG", "GPE") and looks_like_a_person(words):
        return "PERSON"  # "Regina Ip" tagged ORG
    if label == "ORG" and _surname_with_honorific(doc, start, end):
        return "PERSON"  # "Toshikatsu Matsuoka" tagged ORG, "Mr Matsuoka" later
    if label == "ORG" and _titled_name(doc, start, end):
        return "PERSON"  # "officers Antoine Quirin", "Jo Doe, the Secretary of Justice"
    return None


def _a_thing_or_a_building(doc: Doc, start: int, end: int, label: str) -> str | None:
    """Drop ("") names of things, products and bare legal forms; a body's buildings are
    a facility ("FAC"): none of them a participant."""
    words = doc[start:end]
    last = words[-1].lower_ if len(words) else ""
    if label in ("ORG", "PERSON", "GPE") and names_a_thing(doc, start, end, label):
        return ""
    site = label == "ORG" and lexicons().incidental.get(last.removesuffix("s")) == "site"
    # "Legislative Council Complex", "Government Buildings": buildings; "held at the
    # Mesquite Convention Center": a venue, no participant; not "Confederation of Regions"
    if (site or label == "ORG" and _a_building_centre(words)) and _headed(words):
        return "FAC"
    if label == "ORG" and _a_product(doc, start, end):
        return ""  # "iPod Nano", "iCloud": a device or a service, a thing
    if label in ("ORG", "PERSON") and _mostly_called_a_thing(doc, words):
        return ""  # "Crew Dragon" a person once, "the Crew Dragon" a product three times
    legal_forms = cue_words("legal_form")  # cue_words.tsv: "inc.", "ltd", "gmbh", "limited"
    if label == "ORG" and all(t.lower_ in legal_forms or t.is_punct for t in words):
        return ""  # "Inc." of "Nike, Inc.": the company's legal form, no actor of its own
    return None


def _headed(words: Span) -> bool:
    """A name with no "of" in it: its last word heads it."""
    return not any(t.lower_ == "of" for t in words)


def _a_first_name_or_a_place(doc: Doc, start: int, end: int, label: str) -> str | None:
    """A lone first name tagged ORG is a "PERSON"; an area ("County Mayo") or the name of
    a place noun ("Ban Salo village") tagged as a person is a place ("LOC")."""
    lex = lexicons()
    words = doc[start:end]
    if label == "ORG" and _lone_given_name(words):
        return "PERSON"  # "eleven-year-old Grace": a first name, not an organization
    if (
        label in ("ORG", "PERSON")
        and len(words) > 1
        and lex.incidental.get(words[0].lower_) == "area"
    ):
        return "LOC"  # "County Mayo" tagged as a person
    if label == "PERSON" and _names_a_place_noun(doc, start, end):
        return "LOC"  # "headman of Ban Salo village": the village's name
    if label in ("ORG", "PERSON") and _listed_with_places(doc, start, end):
        return "GPE"  # "engines from Dolgellau, Harlech and Bala": towns, whatever the label
    return None


def _listed_with_places(doc: Doc, start: int, end: int) -> bool:
    """A plain name of one or two words in a list after a preposition whose first item is
    a model place ("from Dolgellau, Harlech and Bala": the model calls the towns GPE, ORG
    and PERSON): a place like it. No lexicon name, body keyword or first name opens it."""
    lex = lexicons()
    words = doc[start:end]
    if not 1 <= len(words) <= 2 or text_of(words) in known_surfaces():
        return False
    if not doc.has_annotation("DEP"):
        return False
    if words[0].text in lex.given_names or any(
        not t.is_title or t.lower_ in lex.org_keywords for t in words
    ):
        return False
    if lex.locative.get(words[-1].lower_) == "place" or words[-1].lower_ in lex.incidental:
        return False  # "Gaisano Mall": a building, decided by its noun
    head = words.root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    # the list's first item a model place, the list the object of a preposition: not
    # "Zorvex, Acme and Orbex" nor "France and Zorvex agreed" (parties)
    if head.dep_ != "pobj" or head.ent_type_ not in ("GPE", "LOC") or start <= head.i < end:
        return False
    prep = head.head
    if lex.locative.get(prep.lower_) == "prep" or prep.lower_ == "from":
        return True  # "in Stanlow, Zorvex and Luton", "engines from Dolgellau, Harlech"
    if prep.lower_ == "of" and lex.locative.get(prep.head.lower_) == "place":
        return True  # "the villages of Sirba and Abu Zorvex"
    # "such as Tauranga, Taupo and ...": a place the gazetteer knows; not "musicians
    # including Beyonce (GPE), Jo Doe and U2"
    first = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    return first is not None and first.text in lex.geo


def _person_by_last_word(doc: Doc, start: int, end: int, label: str) -> str | None:
    """What a PERSON of several words ending in a place noun, a craft noun or an
    organization keyword is: a facility, a craft (dropped) or an organization."""
    lex = lexicons()
    words = doc[start:end]
    last = words[-1].lower_ if len(words) else ""
    if label == "PERSON" and len(words) > 1:
        if lex.locative.get(last) == "place":
            return "FAC"
        if lex.incidental.get(last) == "craft":
            return ""  # "James Webb Space Telescope": no person ends in a craft noun
        if last in lex.org_keywords:
            return "ORG"
    return None


_RELABEL_STEPS: tuple[Callable[[Doc, int, int, str], str | None], ...] = (
    _no_name,
    _a_person_mislabelled,
    _a_thing_or_a_building,
    _a_first_name_or_a_place,
    _person_by_last_word,
)


def _a_building_centre(words: Span) -> bool:
    """A name ending in "Center"/"Centre" after a word of what the building holds, not the
    subject of a verb ("the Bluewater Shopping Centre banned hoods": its operator acts).

    What a "... Center" holds when it is a building (cue_words.tsv "building_centre"):
    people or events, not a body's work ("Mesquite Convention Center", "an immigration
    detention centre"; not "Research Center")."""
    return (
        len(words) > 1
        and words[-1].lower_ in ("center", "centre", "centers", "centres")
        and words[-2].lower_ in cue_words("building_centre")
        and words.root.dep_ not in ("nsubj", "nsubjpass")
    )


_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
_LAST_VOTES: list[Any] = [None, None]


def _mostly_called_a_thing(doc: Doc, words: Span) -> bool:
    """The model calls the same words a product or a work more often than a person or an
    organization elsewhere in the article ("the Crew Dragon" PRODUCT three times, "Crew
    Dragon" PERSON once): a thing, which the model misread once."""
    if not len(words):
        return False
    if words[0].text in lexicons().given_names or words[0].lower_ in lexicons().honorifics:
        return False  # "Cole" a product twice, but "Commissioner Cole": the model errs
    if words.start > 0 and _is_title_word(doc[words.start - 1]):
        return False
    votes = _label_votes(doc)
    text = text_of(words).removeprefix("the ").removeprefix("The ")
    things, actors = votes.get(text, (0, 0))
    return things >= actors > 0 or things > actors


def _label_votes(doc: Doc) -> dict[str, tuple[int, int]]:
    """Per entity text (without "the"): how often the model calls it a thing, an actor."""
    if _LAST_VOTES[0] is not doc:
        votes: dict[str, tuple[int, int]] = {}
        for ent in doc.ents:
            text = span_text(doc, ent.start, ent.end).removeprefix("the ").removeprefix("The ")
            things, actors = votes.get(text, (0, 0))
            if ent.label_ in _THING_LABELS:
                votes[text] = (things + 1, actors)
            elif ent.label_ in ("PERSON", "ORG"):
                votes[text] = (things, actors + 1)
        _LAST_VOTES[:] = [doc, votes]
    found: dict[str, tuple[int, int]] = _LAST_VOTES[1]
    return found


def _a_code(doc: Doc, words: Span) -> bool:
    """A word of letters and digits ("R0", "M3", "H5N1") that is no acronym the article
    defines for a name ("the Group of Seven (G7)": a body the model called a place)."""
    codes = {t.text for t in words if _ALNUM.fullmatch(t.text)}
    if not codes:
        return False
    positions = word_positions(doc)
    return not any(
        1 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i - 2].is_title
        for code in codes
        for i in positions[code]
    )


def _ends_in_a_thing(words: Span) -> bool:
    """A name whose last word is a thing noun ("General Election", "Governor's Cup")."""
    return len(words) > 0 and lexicons().incidental.get(words[-1].lower_) == "thing"


def _surname_with_honorific(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words with no body's keyword whose last word the article
    writes after an honorific elsewhere ("Mr Matsuoka", "Dr. Chafee"): a person's name,
    whatever the first name."""
    lex = lexicons()
    words = doc[start:end]
    if not _plain_name_words(words):
        return False
    return any(
        i > 0 and doc[i - 1].lower_ in lex.honorifics
        for i in word_positions(doc)[words[-1].text]
        if not start <= i < end
    )


def _a_product(doc: Doc, start: int, end: int) -> bool:
    """A name opening with a word of the shape "iPod", "iCloud" (a lower-case "i" and a
    capitalised word), with no body's keyword, whose first word is nowhere the subject of a
    verb: a product. A firm so named acts somewhere ("iHug said", "iRex launched")."""
    first = doc[start]
    if not _PRODUCT_WORD.fullmatch(first.text):
        return False
    if any(t.lower_ in lexicons().org_keywords for t in doc[start:end]):
        return False
    return not any(
        doc[i].dep_ in ("nsubj", "nsubjpass") for i in word_positions(doc)[first.text]
    ) and not any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(start, end))


def _names_a_place_noun(doc: Doc, start: int, end: int) -> bool:
    """A name modifying a lower-case place noun that heads it and modifies nothing
    itself ("Ban Salo village", "the Jo Doe province"; not "a Jo Doe town hall")."""
    if end >= len(doc) or not doc.has_annotation("DEP"):
        return False
    noun = doc[end]
    if not noun.is_lower or lexicons().locative.get(noun.lower_) != "place":
        return False
    root = doc[start:end].root
    return root.head == noun and root.dep_ == "compound" and noun.dep_ != "compound"
