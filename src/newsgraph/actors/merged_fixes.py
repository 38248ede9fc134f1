"""Joins, splits and relabels of the merged candidates, checked against the whole article.

Run by :func:`newsgraph.actors.detect.entity_candidates` after :mod:`.missed_names`: a
person that is a place's name or a city a person (:func:`_people_called_places`,
:func:`_cities_called_people`), a person only the namesake of a thing
(:func:`_a_namesake`), a name split at an apostrophe or into two halves joined back
(:func:`_join_apostrophe_names`, :func:`_join_split_names`), a body's name cut before
its complement extended and a body and the place of its branch joined (both in
:mod:`.body_names`), and an entity with a person glued to it split
(:func:`_split_glued_people`). What is left goes through the final
filters in :mod:`.detect` and :func:`newsgraph.actors.things.drop_noise`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .body_names import _a_body_word, _placelike
from .body_names import _extend_cut_names as _extend_cut_names  # re-exported for .detect
from .body_names import _join_body_and_region as _join_body_and_region
from .lexicon import cue_words, lexicons
from .missed_names import _name_word
from .model_entities import _APOSTROPHES, _large_city
from .spans import Candidate, span_text, text_of, title_matches, token_texts, word_positions
from .things import NAME_PARTICLES, relabel


def _people_called_places(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A model place of two or three capitalised words that is a person's name is that
    person ("viewed by Jo Sands, a professor" as a facility; "Bo Marek" as a region).

    It is a name when its last word is a person's surname in the article (the model
    called "Sands" a person elsewhere), or when it opens with a known first name and
    no gazetteer knows it nor does it end in a place noun ("Marina Bay", "Lawrence Park"
    stay places).
    """
    surnames = {doc[c.end - 1].text for c in found if c.label == "PERSON"}
    out = []
    for cand in found:
        model_place = cand.label in ("FAC", "LOC", "GPE") and cand.source == "ner"
        if model_place and not cand.kind and _a_person_name(doc, cand, surnames):
            cand = Candidate(cand.start, cand.end, "PERSON", cand.source)
        out.append(cand)
    return out


def _cities_called_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A model person that is a large city of the gazetteer the model called a place
    elsewhere in the article ("withdraw from the city of Goma ... The rebels seized Goma",
    "the forum in Porto Alegre ... its home, Porto Alegre"), and no person's surname
    there nor opening with a first name, is that city."""
    lex = lexicons()
    places = {span_text(doc, c.start, c.end) for c in found if c.label in ("GPE", "LOC", "FAC")}
    people = [
        doc[c.start : c.end] for c in found
        if c.label == "PERSON" and c.end - c.start > 1
        and span_text(doc, c.start, c.end) not in places
    ]  # fmt: skip
    surnames = {p[-1].text for p in people} | {p[0].text for p in people}
    out = []
    for cand in found:
        text = span_text(doc, cand.start, cand.end)
        first = doc[cand.start].text
        city = text in places and first not in lex.given_names and _large_city(text)
        short = cand.end - cand.start <= 3
        if cand.label == "PERSON" and short and city and text not in surnames:
            cand = Candidate(cand.start, cand.end, "GPE", cand.source)
        out.append(cand)
    return out


def _a_person_name(doc: Doc, cand: Candidate, surnames: set[str]) -> bool:
    """Whether a model place's two or three capitalised words are a person's name."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    lex = lexicons()
    words = doc[cand.start : cand.end]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words):
        return False
    first, last = words[0].lower_, words[-1].lower_
    if last in lex.locative or last in lex.org_keywords or last in lex.incidental:
        return False
    if first in lex.incidental or first in lex.locative or last in word_positions(doc):
        return False  # "County Kerry"; a common noun written lower case elsewhere
    if lookup_place(text_of(words)) is not None or text_of(words) in lex.cities:
        return False
    return words[-1].text in surnames or words[0].text in lex.given_names


def _a_namesake(doc: Doc, cand: Candidate, starts: set[int]) -> bool:
    """A model person whose capitalised run goes on into the name of a place, a body or a
    thing ("the Jo Doe International Training Centre", "Jo Doe Memorial Hospital", "the
    Jo Doe Prize"): the person is only its namesake, no participant. The run is up to
    four name words right after the person, with no other name starting inside it."""
    if cand.label != "PERSON" or not doc[cand.end - 1].whitespace_:
        return False
    end = cand.end
    while end < len(doc) and end - cand.end < 4 and _name_word(doc[end]):
        end += 1
        if end in starts or not doc[end - 1].whitespace_:
            break
    if end == cand.end or any(i in starts for i in range(cand.end + 1, end)):
        return False
    lex = lexicons()
    last = doc[end - 1].lower_
    return (
        last in lex.org_keywords
        or lex.locative.get(last) == "place"
        or lex.incidental.get(last) in ("thing", "site", "venue")
    )


def _join_apostrophe_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Join "Shia’ al-Sudani": a PERSON glued to an apostrophe and the name after it."""
    out: list[Candidate] = []
    skip_until = -1
    for i, cand in enumerate(found):
        if cand.start < skip_until:
            continue
        end = cand.end
        if (
            cand.label == "PERSON" and end + 1 < len(doc)
            and doc[end].text in _APOSTROPHES and not doc[end - 1].whitespace_
        ):  # fmt: skip
            nxt = found[i + 1] if i + 1 < len(found) else None
            if nxt is not None and nxt.start == end + 1 and nxt.label in ("PERSON", "GPE", "ORG"):
                end = nxt.end
            else:
                j = end + 1
                while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in NAME_PARTICLES):
                    j += 1
                end = j if j > end + 1 and doc[j - 1].pos_ == "PROPN" else end
            skip_until = end
        if end == cand.end:
            out.append(cand)
        else:  # "Ziff Davis' Game Group" ends in an organization keyword
            label = relabel(doc, cand.start, end, "PERSON") or "PERSON"
            out.append(Candidate(cand.start, end, label, cand.source))
    return out


def _joinable(doc: Doc, left: Candidate, right: Candidate) -> bool:
    """Two model entities that are one name: "Zine El Abidine" + "Ben Ali", "X League for Y"."""
    if left.source != "ner" or right.source != "ner" or "\n" in doc[left.end - 1].whitespace_:
        return False
    if left.label == right.label == "PERSON":
        return right.start == left.end and not doc[left.end - 1].is_punct
    last = doc[left.end - 1]
    if left.label == "PERSON" and last.is_lower and last.is_alpha and len(last) <= 4:
        # "Ursula von der" + "Leyen": the model ended the name at a particle
        # (a person's name ends in a lower-case word only there)
        surname = doc[right.start : right.end]
        return right.start == left.end and all(t.pos_ == "PROPN" for t in surname)
    if left.label == right.label == "ORG" and right.start - left.end in (1, 2):
        gap = [t.lower_ for t in doc[left.end : right.start]]
        return gap[0] in ("of", "for", "on") and gap[1:] in ([], ["the"])
    return False


def _coordinated_ending(doc: Doc, left: Candidate, right: Candidate, names: dict[str, int]) -> bool:
    """ "Salafist Group for Preaching" + "and" + "Combat", "Bureau of Engraving" + "and" +
    "Printing": the model cut a name whose "of"/"for" complement is coordinated. The words
    after "and" end that name when they are one or two capitalised words with no body's
    keyword, the article names them nowhere else, and neither they nor the word before
    "and" is a place ("Bank of America and Citigroup", "Hamas and Fatah" stay two)."""
    if left.source != "ner" or right.source != "ner" or left.label != "ORG" != right.label:
        return False
    if right.start != left.end + 1 or doc[left.end].lower_ != "and" or right.end - right.start > 2:
        return False
    if right.label == "PERSON" and right.end - right.start == 2 and not _a_field(doc, right):
        return False  # "Lee of Acme Labs and Jo Doe of the institute": a person, no name's ending
    if not any(t.lower_ in ("of", "for") for t in doc[left.start + 1 : left.end - 1]):
        return False
    words = doc[right.start : right.end]
    keywords = lexicons().org_keywords
    if not all(t.is_title and t.is_alpha and t.lower_ not in keywords for t in words):
        return False
    if _placelike(doc[left.end - 1].text) or _placelike(words.text) or names.get(words.text, 0) > 1:
        return False
    return right.end >= len(doc) or not doc[right.end].is_title


# cue_words.tsv "field": last words of a field of study or work, never a person's surname:
# the model's "person" "Atmospheric Science" after "School of Marine and" ends the school's
# name
def _a_field(doc: Doc, cand: Candidate) -> bool:
    """Whether the model's two-word "person" ``cand`` is a field ("Atmospheric Science")."""
    return doc[cand.end - 1].lower_ in cue_words("field")


def _people_of_bodies(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "Jo Doe of Acme Fire and Rescue said": a model organization of two or three plain
    name words right before "of (the)" and another organization is a person and the body
    she speaks for, two actors (it was joined into one organization, or kept as one
    named "Jo Doe"). A body's name before "of" has a keyword ("Bank of X", "Committee of
    the Y") or is one word ("Friends of the Earth"); see :func:`_plain_person_words`."""
    starts = {c.start: c for c in found}
    surnames = {doc[c.end - 1].text for c in found if c.label == "PERSON"}
    out = []
    for cand in found:
        of = cand.end < len(doc) and doc[cand.end].lower_ == "of"
        if of and cand.source == "ner" and cand.label == "ORG":
            i = cand.end + 1
            i += i < len(doc) and doc[i].lower_ == "the"
            body = starts.get(i)
            before_body = body is not None and body.label == "ORG"
            plain = before_body and _plain_person_words(doc, cand)
            if plain and _spoken_of_as_a_person(doc, cand, surnames):
                cand = Candidate(cand.start, cand.end, "PERSON", cand.source)
        out.append(cand)
    return out


# cue_words.tsv "speech_verb": verbs of speech whose subject is a person more often than a
# body ("Jo Doe of X said"), as lemmas and as written (a Doc may come without lemmas)
def _spoken_of_as_a_person(doc: Doc, cand: Candidate, surnames: set[str]) -> bool:
    """The words' last is a person's surname elsewhere in the article ("Tsvangirai"), the
    first a known first name, or the words are the subject of a verb of speech."""
    root = doc[cand.start : cand.end].root
    if doc[cand.end - 1].text in surnames or doc[cand.start].text in lexicons().given_names:
        return True
    verb = root.head
    speech = cue_words("speech_verb")
    return root.dep_ == "nsubj" and (verb.lemma_ in speech or verb.lower_ in speech)


def _plain_person_words(doc: Doc, cand: Candidate) -> bool:
    """Two or three capitalised words or initials ("Nils-Erik Haagenrud", "M. Jo Doe") none
    of which a lexicon knows as a body's, a title's, an agent's, a place's or a thing's
    word, and no known name or place."""
    text = span_text(doc, cand.start, cand.end)
    words = text.split()
    if not 2 <= len(words) <= 3 or _placelike(text):
        return False
    lex = lexicons()
    known = lex.orgs.keys() | lex.demonyms.keys()
    for word in words:
        parts = word.split("-")
        if not all(p[:1].isupper() and (p[1:].islower() or p[1:] == ".") for p in parts):
            return False  # "NASA", "McDonald's", lower-case words: no plain name word
        low = word.lower()
        body = low in lex.org_keywords or low in cue_words("topic_body") or low in lex.agents
        thing = low in lex.incidental or low in lex.locative or low in lex.descriptions
        if body or thing or low in _title_words() or word in known or _placelike(word):
            return False
    return True


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of every title, lower case ("general" of "attorney general")."""
    return frozenset(w for title in lexicons().titles for w in title.split())


def _join_split_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """People of bodies split off, then names the model cut in two joined back into one."""
    found = _people_of_bodies(doc, found)
    names: dict[str, int] = {}
    for cand in found:
        text = span_text(doc, cand.start, cand.end)
        names[text] = names.get(text, 0) + 1
    out: list[Candidate] = []
    for cand in found:
        if out and _coordinated_ending(doc, out[-1], cand, names):
            out[-1] = Candidate(out[-1].start, cand.end, "ORG", "ner")
        elif out and _joinable(doc, out[-1], cand):
            label = "PERSON" if out[-1].label == "PERSON" else cand.label
            out[-1] = Candidate(out[-1].start, cand.end, label, "ner")
        else:
            out.append(cand)
    return out


def _country_title_cut(doc: Doc, cand: Candidate, titles: list[tuple[int, int]]) -> int | None:
    """Where the title starts in a model organization made of a country, a title and a
    name of two or three words ("United States Representative Jo Doe", "British Ambassador
    Jo Doe"), else None."""
    if cand.label != "ORG" or cand.source != "ner" or cand.end - cand.start < 4:
        return None
    lex = lexicons()
    for start, end in titles:
        if not cand.start < start < end < cand.end - 1 or cand.end - end > 3:
            continue
        country = doc[cand.start : start].text
        named = all(t.is_title and t.is_alpha for t in doc[end : cand.end])
        if named and (country in lex.country_names or country in lex.demonyms):
            return start
    return None


def _body_title_cut(
    doc: Doc, cand: Candidate, titles: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The title inside a model entity made of a body's name, a title and a person's name
    of two or three words ("Acme Aircraft President Jo Doe", "Capitol Police Sergeant Jo
    Doe"), else None. The name words are plain (no body's, place's or thing's word) and
    two or three ("Khalid Sheikh Mohammed", "Rose Pastor Stokes" are one name each)."""
    if cand.source != "ner" or cand.label not in ("ORG", "PERSON") or cand.end - cand.start < 4:
        return None
    lex = lexicons()
    for start, end in titles:
        if not cand.start < start < end < cand.end or cand.end - end not in (2, 3):
            continue
        tail = doc[end : cand.end]
        head = doc[cand.start : start]
        plain = all(t.is_title and t.is_alpha and not _a_body_word(t.lower_) for t in tail)
        thing = any(t.lower_ in lex.locative or t.lower_ in lex.incidental for t in tail)
        # the head is a name of two words or more, no rank's ("Gunnery", "Lance-", "Chief
        # Master" of "Chief Master Sergeant" stay with the title)
        named = len(head) >= 2 and all(t.is_title and t.is_alpha for t in head)
        if plain and not thing and named and not any(t.lower_ in _title_words() for t in head):
            return start, end
    return None


def _split_glued_people(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Split "NPR Hamza bin Laden" or "of Hong Kong Carrie Lam" into the entity and the person.

    The tail is a person when the same words are a PERSON elsewhere in the
    article, or when the entity follows "<title> of" and ends in two capitalised
    words ("First Minister of Scotland Jo Hale").
    """
    people = {token_texts(doc, c.start, c.end) for c in found if c.label == "PERSON"}
    spans = title_matches(doc)
    titles = {e for _, e in spans}
    out: list[Candidate] = []
    for cand in found:
        out.extend(_split_one(doc, cand, people, spans, titles))
    return out


def _split_one(
    doc: Doc,
    cand: Candidate,
    people: set[tuple[str, ...]],
    spans: list[tuple[int, int]],
    titles: set[int],
) -> list[Candidate]:
    """The candidate itself, or the entity and the person glued into it."""
    cut = _country_title_cut(doc, cand, spans)
    if cut is not None:  # "United States Representative Jo Doe": a country, a person
        return [
            Candidate(cand.start, cut, "GPE", "ner"),
            Candidate(cut, cand.end, "PERSON", "ner"),
        ]
    title = _body_title_cut(doc, cand, spans)
    if title is not None:  # "Acme Aircraft President Jo Doe": a body, a person
        head = doc[cand.start : title[0]].text
        return [
            Candidate(cand.start, title[0], "GPE" if _placelike(head) else "ORG", "ner"),
            Candidate(title[0], cand.end, "PERSON", "ner"),
        ]
    cut, after_title = _person_tail_cut(doc, cand, people, titles)
    if (
        cut is None
        and after_title
        and cand.label != "ORG"
        and _a_body_word(doc[cand.end - 1].lower_)
    ):
        # "a spokeswoman from West Yorkshire Police" tagged as a place: the body
        return [Candidate(cand.start, cand.end, "ORG", cand.source)]
    if cut is None:
        return [cand]
    tail_label = relabel(doc, cut, cand.end, "PERSON")  # "... School" is no person
    return [
        Candidate(cand.start, cut, "GPE" if after_title else cand.label, "ner"),
        Candidate(cut, cand.end, tail_label or cand.label, "ner"),
    ]


def _person_tail_cut(
    doc: Doc, cand: Candidate, people: set[tuple[str, ...]], titles: set[int]
) -> tuple[int | None, bool]:
    """Where the person starts in a model entity that is not a person (a PERSON elsewhere,
    or two capitalised words after "<title> of" or a known place), else None; and whether
    the head is a place after a title (then a GPE)."""
    cut = None
    after_title = False
    cand_span = doc[cand.start : cand.end]
    if cand.label != "PERSON" and cand.source == "ner" and cand.end - cand.start >= 2:
        for k in range(cand.start + 1, cand.end - 1):
            if token_texts(doc, k, cand.end) in people:
                cut = k
                break
        after_title = (
            cand.start > 1
            and doc[cand.start - 1].lower_ in ("of", "from")
            and cand.start - 1 in titles
        )
        tail = doc[cand.end - 2 : cand.end]
        after_title = after_title or _place_then_given_name(doc, cand)
        named = all(t.is_title for t in tail) and len(cand_span) >= 3
        # "Director of Mid Wales Tourism Partnership": a body's name, no person in it
        named = named and not _a_body_word(tail[-1].lower_)
        if cut is None and after_title and named:
            cut = cand.end - 2
    return cut, after_title


def _place_then_given_name(doc: Doc, cand: Candidate) -> bool:
    """ "Vermont Bernie Sanders": a known place glued to a known first name and a surname."""
    lex = lexicons()
    head = doc[cand.start : cand.end - 2].text
    known_place = head in lex.geo or head in lex.cities or head in lex.country_names
    surname = doc[cand.end - 1].lower_
    common = surname in lex.locative or surname in lex.org_keywords or surname in lex.incidental
    return known_place and doc[cand.end - 2].text in lex.given_names and not common


def _names_cut_short(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "Rogaland Fire" + "and" + "Rescue" where the article also names "Rogaland Fire
    and Rescue" whole: a model entity whose words open (or end) an organization's name of
    three words or more found elsewhere in the article, and the text around it goes on
    (or starts) as that name does, is that name cut short; it takes the whole name and
    its labels, and the candidates inside it go."""
    longer = {_words(doc, c): c for c in found if c.label == "ORG" and c.end - c.start >= 3}
    if not longer:
        return found
    out: list[Candidate] = []
    for cand in found:
        if out and cand.start < out[-1].end:
            continue  # inside a name made whole just before
        span = _whole_name(doc, cand, longer) if cand.source == "ner" else None
        if span is not None:
            whole = longer[_words(doc, Candidate(span[0], span[1], "ORG", "ner"))]
            while out and out[-1].end > span[0]:
                out.pop()  # "Mid Wales" of "Mid Wales Tourism Partnership"
            cand = Candidate(
                span[0], span[1], whole.label, cand.source, whole.kind, whole.iso3, whole.org
            )
        out.append(cand)
    return out


def _words(doc: Doc, cand: Candidate) -> tuple[str, ...]:
    """The candidate's words as written."""
    return token_texts(doc, cand.start, cand.end)


def _whole_name(
    doc: Doc, cand: Candidate, longer: dict[tuple[str, ...], Candidate]
) -> tuple[int, int] | None:
    """The span of the longer name ``cand`` opens or ends here, or None."""
    words = _words(doc, cand)
    for name in longer:
        n, k = len(name), len(words)
        if n <= k:
            continue
        if name[:k] == words and _reads(doc, cand.start, name):
            return cand.start, cand.start + n
        if name[-k:] == words and _reads(doc, cand.end - n, name):
            return cand.end - n, cand.end
    return None


def _reads(doc: Doc, start: int, name: tuple[str, ...]) -> bool:
    """The doc's words from ``start`` are ``name``, within one sentence and line."""
    end = start + len(name)
    if start < 0 or end > len(doc) or token_texts(doc, start, end) != name:
        return False
    inside = doc[start + 1 : end]
    return not any(t.is_sent_start for t in inside) and "\n" not in span_text(doc, start, end)


def _join_names_before_bodies(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "a Kataeb Hezbollah official": a model entity of one or two capitalised words no
    lexicon knows (no country, people, place or first name), written right before a
    lexicon organization, is the first part of another organization's name, not a name
    of its own nor the known one ("Kataeb" + "Hezbollah" is one group, not Hezbollah)."""
    surnames = {doc[c.end - 1].text for c in found if c.label == "PERSON"}
    out: list[Candidate] = []
    for cand in found:
        prev = out[-1] if out else None
        if prev is not None and _glued_before_a_body(doc, prev, cand, surnames):
            out[-1] = Candidate(prev.start, cand.end, "ORG", "ner")
            continue
        out.append(cand)
    return out


def _glued_before_a_body(doc: Doc, left: Candidate, right: Candidate, surnames: set[str]) -> bool:
    """``left`` is an unknown model group or body name glued to the known organization
    ``right``; a person's name is not ("the Plame CIA leak case")."""
    if left.source != "ner" or left.kind or right.kind != "org" or right.start != left.end:
        return False
    if left.label not in ("NORP", "ORG") or doc[left.end - 1].text in surnames:
        return False
    words = doc[left.start : left.end]
    if len(words) > 2 or not all(t.is_title and t.is_alpha for t in words):
        return False
    if not words[-1].whitespace_ or "\n" in words[-1].whitespace_:
        return False
    lex = lexicons()
    text = words.text
    if _placelike(text) or text in lex.given_names or text in lex.orgs or text in lex.leaders:
        return False
    low = [t.lower_ for t in words]
    common = any(w in lex.org_keywords or w in lex.incidental or w in lex.locative for w in low)
    return not common and not any(w in _title_words() for w in low)
