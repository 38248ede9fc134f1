"""What a model entity names when it names no participant, and the noise around names.

Used by :mod:`.detect` on every model entity: :func:`relabel` fixes labels
the words contradict and drops names of things (diseases, laws, events,
works, awards, venues); :func:`drop_noise` leaves out photo credits,
hashtags, former names, words inside titles and ships' names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .lexicon import lexicons
from .orgs import is_place_word
from .spans import Candidate, known_surfaces, line_ranges, title_matches, token_indices

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
_INDEFINITE = frozenset({"a", "an", "this", "that", "these", "those", "every", "each"})
_CAPTION_TOKENS = 40
_QUOTES = frozenset({'"', "“", "”"})
_THING_LABELS = frozenset({"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})
_LEGAL_FORMS = frozenset(
    {"inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "co.", "gmbh", "s.a.", "n.v.",
     "ag", "pty", "limited", "incorporated"}
)  # fmt: skip
_THING_KINDS = frozenset({"thing", "work", "craft"})  # of incidental.tsv; a "news site" acts
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?[0-9]{2,4}[A-Za-z]?")  # "A320", "MM-7400", "CRJ900"
_LETTERS = re.compile(r"[^\W\d_]+")
_PRODUCT_WORD = re.compile(r"i[A-Z][a-z]+")  # "iPod", "iCloud"; not "iOS" or "iPhone4"
_CODE = re.compile(r"[A-Z]{1,2}-[0-9]{1,4}")  # the number of a bill: "C-38", "HB-1"
_PORTFOLIO_JOINS = frozenset({",", "and", "&"})
_FORMS_OF_BE = frozenset({"is", "was", "are", "were", "'s", "’s"})
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def _starts_with_title(words: Span) -> bool:
    """A title (maybe after an adjective: "Presidential Spokesperson") then at least one
    capitalised name word, and nothing else."""
    titles = lexicons().titles
    lead = int(len(words) > 2 and words[0].is_title and words[0].lower_ not in titles)
    for first in range(lead + 1):
        for cut in range(min(first + 3, len(words) - 1), first, -1):
            if words[first:cut].text.lower() in titles:
                rest = words[cut:]
                return all(t.is_title or t.text in NAME_PARTICLES for t in rest)
    return False


def looks_like_a_person(words: Span) -> bool:
    """Two or three capitalised words opening with a known first name, and no org keyword."""
    lex = lexicons()
    if not 2 <= len(words) <= 3 or words[0].text not in lex.given_names:
        return False
    if words.text in known_surfaces() or lex.locative.get(words[-1].lower_) == "place":
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
    if not 2 <= len(words) <= 3 or words.text in known_surfaces():
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
    return i > end and i < len(doc) and _is_title_word(doc[i]) and doc[i].dep_ == "appos"


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
    if len(words) != 1 or words.text not in lexicons().given_names:
        return False
    return words.text not in known_surfaces() and not is_place_word(words.text)


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
    lex = lexicons()
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
    after_of = start > 1 and doc[start - 1].lower_ == "of" and label in ("ORG", "PERSON")
    if after_of and lex.locative.get(doc[start - 2].lower_) == "place":
        return "LOC"  # "the Spanish island of Majorca"
    if label == "PERSON" and _place_and_title(words):
        return ""  # "Which previous Ohio Governor(s)": a place and an office, nobody named
    if label == "ORG" and _starts_with_title(words) and words[-1].lower_ not in lex.org_keywords:
        return "PERSON"  # "Assemblywoman Selena Torres"; not "General Services Administration"
    if label in ("ORG", "GPE") and looks_like_a_person(words):
        return "PERSON"  # "Regina Ip" tagged ORG
    if label == "ORG" and _surname_with_honorific(doc, start, end):
        return "PERSON"  # "Toshikatsu Matsuoka" tagged ORG, "Mr Matsuoka" later
    if label == "ORG" and _titled_name(doc, start, end):
        return "PERSON"  # "officers Antoine Quirin", "Jo Doe, the Secretary of Justice"
    last = words[-1].lower_ if len(words) else ""
    if label in ("ORG", "PERSON", "GPE") and names_a_thing(doc, start, end, label):
        return ""
    headed = not any(t.lower_ == "of" for t in words)  # not "Confederation of Regions"
    if label == "ORG" and headed and lex.incidental.get(last.removesuffix("s")) == "site":
        return "FAC"  # "Legislative Council Complex", "Government Buildings": buildings
    if label == "ORG" and _a_product(doc, start, end):
        return ""  # "iPod Nano", "iCloud": a device or a service, a thing
    if label == "ORG" and all(t.lower_ in _LEGAL_FORMS or t.is_punct for t in words):
        return ""  # "Inc." of "Nike, Inc.": the company's legal form, no actor of its own
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
    if label == "PERSON" and len(words) > 1:
        if lex.locative.get(last) == "place":
            return "FAC"
        if lex.incidental.get(last) == "craft":
            return ""  # "James Webb Space Telescope": no person ends in a craft noun
        if last in lex.org_keywords:
            return "ORG"
    return label


def _surname_with_honorific(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words with no body's keyword whose last word the article
    writes after an honorific elsewhere ("Mr Matsuoka", "Dr. Chafee"): a person's name,
    whatever the first name."""
    lex = lexicons()
    words = doc[start:end]
    if not _plain_name_words(words):
        return False
    last = words[-1].text
    return any(
        t.text == last and t.i > 0 and doc[t.i - 1].lower_ in lex.honorifics
        for t in doc
        if not start <= t.i < end
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
        t.text == first.text and t.dep_ in ("nsubj", "nsubjpass") for t in doc
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
    if label in ("ORG", "PERSON", "GPE") and _described_as_a_thing(doc[start:end].root):
        return True  # "SARS-CoV-2, the coronavirus", "the boat, Conception"
    incidental = lexicons().incidental
    of_thing = end - start > 1 and doc[end - 2].lower_ == "of"
    last = doc[end - 1].lower_
    thing_head = incidental.get(last) == "thing" and not of_thing
    definite = start > 0 and doc[start - 1].lower_ == "the"  # not "the UK's Jaguar Land Rover"
    craft = incidental.get(last.removesuffix("s")) == "craft"
    if label == "ORG" and definite and craft and not of_thing:
        return True  # "the Space Shuttles", "the Crew Dragon Capsule": vehicles
    if thing_head or incidental.get(doc[start].lower_) == "event":
        return True  # "Paris Agreement", "Radio Control Law"; not "School of Law"
    numbered = doc[end - 1].like_num or _CODE.fullmatch(doc[end - 1].text) is not None
    if end - start > 1 and numbered and incidental.get(doc[end - 2].lower_) == "thing":
        return True  # "Resolution 1483", "Proposition 8", "Bill C-38": a numbered text
    if _names_a_day(doc, start, end, label):
        return True  # "Australia Day", "International Women's Day": a day, not an actor
    if start > 0 and incidental.get(doc[start - 1].lower_) == "event" and doc[start - 1].is_title:
        return True  # "Hurricane" left out of the model's "Lorenzo"
    if label == "ORG" and _thing_of(doc, start, end):
        return True  # "National Medal of Science", "Rock and Roll Hall of Fame"
    inner_event = end - start > 2 and incidental.get(doc[end - 2].lower_) == "event"
    if inner_event and doc[end - 1].lower_ not in lexicons().org_keywords:
        return True  # "Tropical Storm Humberto"; not "National Hurricane Center"
    before = incidental.get(doc[start - 1].lower_) if start > 0 else None
    if before in ("work", "craft") and doc[start - 1].is_lower:
        return True  # "the 2009 novel Obsession", "the space shuttle Atlantis": a title
    if label in ("ORG", "PERSON") and _names_a_craft(doc, end):
        return True  # "the Stardust spacecraft", "NASA's James Webb space telescope"
    if end < len(doc) and label == "ORG" and _names_a_kind_of_thing(doc[end - 1], doc[end]):
        return True
    if end < len(doc) and doc[end].text in _WEEKDAYS:
        return True  # "Super Tuesday", "Black Friday": a day, not an actor
    if end - start != 1 or start == 0:
        return False
    if doc[start - 1].lower_ in _INDEFINITE:  # the article's own noun, not "a BT landline"
        return doc[start].dep_ not in ("compound", "amod", "nmod", "poss")
    return end < len(doc) and doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES


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


def drop_noise(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Leave out photo credits, hashtags, the labels of web links, former names
    ("(formerly Twitter)"), words of titles and companies naming a model ("a Boeing 737")."""
    credits = _credit_tokens(doc)
    linked = "[http" in doc.text  # old records keep wiki links: "[http://url Label]"
    quals = lexicons().qualifiers
    titles = title_matches(doc)
    portfolio = portfolio_tokens(doc, titles)
    things = _thing_acronyms(doc) | _event_names(doc)
    lower = _lower_words(doc) if any(_opens(doc, c) for c in found) else set()
    # "Council" of "Legislative Council" is its short name, and "Brown" of "Jo Brown" hers,
    # however the article writes "council" or "brown"
    lower -= {doc[c.end - 1].lower_ for c in found if c.end - c.start > 1}
    lower -= {t.lower_ for c in found if c.label == "PERSON" for t in doc[c.start : c.end]}
    out = []
    for cand in found:
        if cand.start in credits or _slashed(doc, cand) or not _latin(doc, cand):
            continue
        if cand.start > 0 and doc[cand.start - 1].text == "#" or _common_word(doc, cand, lower):
            continue  # "#DemDebate": a hashtag; "Guardrails can ...": a common noun
        if any(_markup(t.text) for t in doc[cand.start : cand.end]):
            continue  # "=The interview= Introduction", "issue?:JD": markup, no name
        if linked and _link_text(doc, cand.start):
            continue  # "[http://example.org Jo Doe's Blog]": the label of a web link
        if cand.source == "ner" and doc[cand.start : cand.end].text in things:
            continue  # "BIPA" of "... Prevention Act (BIPA)": a law; "Dorian" of "Hurricane Dorian"
        if _before_credit(doc, cand.end - 1) and cand.end - cand.start > 1:
            cand = Candidate(cand.start, cand.end - 1, cand.label, cand.source)
        if any(_in_title(cand, s, e) for s, e in titles):
            continue  # "State" in "Secretary of State"; "Member of Parliament" is a title
        if cand.source == "ner" and _portfolio_noise(doc, cand, portfolio):
            continue  # "State for Health" of "Secretary of State for Health": the title's
        if cand.start > 0 and quals.get(doc[cand.start - 1].lower_) == "renamed":
            continue
        if _after_vessel_prefix(doc, cand.start, titles):
            continue  # "MV Professor Jane Doe": a ship's name
        if _a_company_s_model(doc, cand):
            continue  # "a Boeing 737": the aircraft, not the company
        out.append(cand)
    return out


def portfolio_tokens(doc: Doc, titles: list[tuple[int, int]]) -> set[int]:
    """Tokens of the portfolio after "for" that ends a minister's or a secretary's title.

    "Secretary of State for Culture, Media and Sport", "Assistant Secretary of State for
    East Asian and Pacific Affairs", "Minister for Health": the capitalised words after
    "for" (with commas, "and", "&" between them) name the office, not a body. The word
    after "of" in "Secretary of State" counts too, since the model tags "State for
    Health" whole: :func:`drop_noise` leaves that out (the title then names the person
    after it), while an organization named only in a portfolio stays for the coding of
    the title and is no participant (see ``actors/__init__.py``). Only titles ending in
    a portfolio word (``incidental.tsv``) or in "of State": "a spokesman for Hamas"
    names his organization.
    """
    incidental = lexicons().incidental
    out: set[int] = set()
    for start, end in titles:
        last = doc[end - 1].lower_
        of_state = last == "state" and end - start > 2 and doc[end - 2].lower_ == "of"
        if end >= len(doc) or doc[end].lower_ != "for":
            continue
        if not of_state and incidental.get(last) != "portfolio":
            continue
        if of_state:
            out.add(end - 1)
        out.update(_portfolio_words(doc, end + 1))
    return out


def _portfolio_words(doc: Doc, start: int) -> list[int]:
    """The capitalised words from ``start`` on, and the list of them joined by "and" or
    commas ("Culture, Media and Sport"); a comma not leading on to "and" ends the
    portfolio ("the Minister for Health, Reuters reported"), and so does a person's
    name after the last item ("Minister for Defence Jo Doe")."""
    out: list[int] = []
    i = start
    while i < len(doc) and doc[i].is_title:
        j = i
        while j < len(doc) and doc[j].is_title:
            j += 1
        if (
            j + 1 >= len(doc)
            or doc[j].text not in _PORTFOLIO_JOINS
            or (doc[j].text == "," and not _list_goes_on(doc, j + 1))
        ):
            out.extend(k for k in range(i, j) if doc[k].ent_type_ != "PERSON")
            break
        i_next = j + 1 + (doc[j].text == "," and doc[j + 1].lower_ == "and")
        out.extend(range(i, i_next))  # an item of the list and the join after it
        i = i_next
    return out


def _list_goes_on(doc: Doc, i: int) -> bool:
    """Capitalised words from ``i`` followed by "and", "&" or another comma."""
    j = i
    while j < len(doc) and doc[j].is_title:
        j += 1
    return j > i and j < len(doc) and doc[j].text in _PORTFOLIO_JOINS


def _portfolio_noise(doc: Doc, cand: Candidate, portfolio: set[int]) -> bool:
    """An organization opening with the "State" of "Secretary of State for X", or a person
    inside a portfolio ("Children, Schools and Families" tagged "Schools" PERSON)."""
    if cand.start not in portfolio:
        return False
    if cand.label == "PERSON":
        return all(i in portfolio for i in range(cand.start, cand.end))
    return cand.label == "ORG" and doc[cand.start].lower_ == "state"


def _markup(text: str) -> bool:
    """A token of wiki heading markup ("interview=") or of an old interview record's
    turn marker glued to the question ("policy?:JD", "US?::Jo")."""
    return "=" in text or "?:" in text or "::" in text


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


def _a_company_s_model(doc: Doc, cand: Candidate) -> bool:
    """A company of the lexicon followed by a model number ("a Boeing 737") names a
    product; the model's own organizations are judged by :func:`names_a_thing`."""
    if cand.org is None or cand.org.sector != "BUS" or cand.end >= len(doc):
        return False
    return _model_number(doc[cand.end - 1], doc[cand.end])


def _link_text(doc: Doc, start: int) -> bool:
    """A name inside "[http://url Label]": the label of a link, not a participant."""
    for i in range(start - 1, max(start - 8, -1), -1):
        if doc[i].text in ("]", ")") or doc[i].is_sent_start and i < start - 1:
            return False
        if doc[i].like_url and i > 0 and doc[i - 1].text == "[":
            return True
    return False


def _opens(doc: Doc, cand: Candidate) -> bool:
    """A one-word model name opening a sentence or a quotation."""
    token = doc[cand.start]
    if cand.source != "ner" or cand.end - cand.start != 1 or not token.is_alpha:
        return False
    if cand.label == "PERSON":
        return False  # "May said": a surname, whatever "may" is elsewhere
    return bool(token.is_sent_start) or (token.i > 0 and doc[token.i - 1].text in _QUOTES)


def _common_word(doc: Doc, cand: Candidate, lower_words: set[str]) -> bool:
    """A sentence-opening one-word name the article also writes in lower case
    ("Guardrails can only take so much" ... "the guardrail"): a common noun
    capitalised by its position, not a name."""
    if not lower_words or not _opens(doc, cand):
        return False
    word = doc[cand.start].lower_
    return bool({word, word.removesuffix("s"), word + "s"} & lower_words)


def _lower_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case (one array pass)."""
    if not len(doc):
        return set()
    columns = doc.to_array([LOWER, IS_LOWER])
    return {doc.vocab.strings[int(h)] for h in set(columns[columns[:, 1] == 1][:, 0].tolist())}


def _in_title(cand: Candidate, start: int, end: int) -> bool:
    """A candidate inside a title, or a model entity that is a whole title."""
    if not (start <= cand.start and cand.end <= end):
        return False
    return end - start > cand.end - cand.start or cand.source == "ner"


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(w for w, kind in lexicons().incidental.items() if kind == "event")


def _event_names(doc: Doc) -> set[str]:
    """Names the text gives an event ("Hurricane Dorian", "Typhoon Hagibis", "Operation
    Breadbasket"): the bare name elsewhere ("Dorian hit the islands") is the storm or the
    operation, not an actor. Not an organization's keyword ("Hurricane Center")."""
    incidental = lexicons().incidental
    keywords = lexicons().org_keywords
    out = set()
    for i in token_indices(doc, _event_words()):
        if i + 1 >= len(doc) or not doc[i].is_title or incidental.get(doc[i].lower_) != "event":
            continue
        name = doc[i + 1]
        if name.is_title and name.is_alpha and name.lower_ not in keywords:
            out.add(name.text)
    return out


def _thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms the text defines for named things ("... Prevention Act (BIPA)")."""
    out = set()
    for ent in doc.ents:
        end = ent.end - (ent[-1].text == "(")  # the model's LAW may swallow the bracket
        defined = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
        if defined and (ent.label_ in _THING_LABELS or names_a_thing(doc, ent.start, end, "")):
            out.add(doc[end + 1].text)
    return out


def _latin(doc: Doc, cand: Candidate) -> bool:
    """Whether a name has a Latin letter: the English model's "names" in Devanagari or
    Cyrillic quotes are words of the quoted language, not participants."""
    text = doc[cand.start : cand.end].text
    if text.isascii():
        return True
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _slashed(doc: Doc, cand: Candidate) -> bool:
    """ "Collins/Parker", "Fedora/Red Hat": two names joined by a slash are no one entity."""
    return cand.source == "ner" and any(
        t.text == "/" or "/" in t.text[1:-1] for t in doc[cand.start : cand.end]
    )


def _before_credit(doc: Doc, i: int) -> bool:
    """A caption's credit marker glued to the name it follows ("Jo Doe Image: ...")."""
    return i + 1 < len(doc) and doc[i].text in lexicons().credit_markers and doc[i + 1].text == ":"


def _after_vessel_prefix(doc: Doc, start: int, titles: list[tuple[int, int]]) -> bool:
    before = next((s for s, e in titles if e == start), start)  # skip a title ("Professor")
    return before > 0 and lexicons().incidental.get(doc[before - 1].lower_) == "vessel"


def _credit_tokens(doc: Doc) -> set[int]:
    """Tokens of photo credits and of slogans quoted in captions.

    A credit ("Image: Jo Doe (flickr).") runs to the end of its line. On a
    short line holding a credit (a caption), words between quotation marks
    are the text of a pictured sign or banner ("Where is Jane Doe?" sign):
    names there are not participants. A long line (an old record's
    flattened paragraphs) is no caption.
    """
    out: set[int] = set()
    orths = doc.to_array([ORTH]).reshape(-1) if len(doc) else numpy.zeros(0)
    if not numpy.isin(orths, _credit_hashes(doc.vocab)).any():
        return out  # most articles have no credit: no token scan
    texts = [t.text for t in doc]
    for line_start, line_end in line_ranges(doc):
        for i in range(line_start, line_end - 1):
            if texts[i] in lexicons().credit_markers and texts[i + 1] == ":":
                out.update(range(i + 1, line_end))
                if line_end - line_start <= _CAPTION_TOKENS:
                    out.update(_quoted(texts, line_start, i))
                break
    return out


@lru_cache(maxsize=4)
def _credit_hashes(vocab: Vocab) -> list[int]:
    return [vocab.strings.add(marker) for marker in lexicons().credit_markers]


def _quoted(texts: list[str], start: int, end: int) -> list[int]:
    """Indices of tokens between quotation marks in ``[start, end)``."""
    out = []
    inside = False
    for i in range(start, end):
        if texts[i] in _QUOTES:
            inside = not inside
        elif inside:
            out.append(i)
    return out
