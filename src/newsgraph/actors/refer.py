"""Descriptions ("the general", "the country") and pronouns bound to their actor.

The antecedent rules, rule-based and deliberately cautious ("unknown" rather
than a wild guess; an unbound description or pronoun is simply not a
mention):

* **Person descriptions** — "the" (or a country's possessive) + optional
  demonym + a title from the lexicon, not itself introducing a name: the
  person whose own title ends in the same word ("the general" -> "Brigadier
  General Behrouz Esbati"), agreeing on country when the description names
  one; the one mentioned last before it wins; with none before, a person
  mentioned later qualifies only when they are the only one with that title.
* **Other descriptions** — "the country", "the city", "the party", "the
  court" ... (``descriptions.tsv``): the last entity of that type (and
  sector) mentioned within three sentences before; a demonym inside ("the
  Iranian military") names the country directly. An institution noun ("the
  government", "the Afghan government", "the government of Egypt") is that
  country's institution ("Government of Afghanistan", GOV): the country
  named in it, else the last one named within three sentences before (within
  the one before when it is not the story's), else
  the dominant country when it is named outside that sentence
  (``salience.discourse_country``), else none. CAMEO codes a government as country + GOV, not as the
  country alone.
* **Pronouns** — he/she as the subject of a verb, him/her as its object,
  his/her on a subject: the nearest compatible PERSON within the same or the
  two previous sentences. Compatible means no gender conflict: gender comes
  from a gendered title ("Queen", "Mr."), else a known first name
  (``given_names.tsv``), else the first pronoun bound to the person.
  Within the nearest sentence that has candidates, the one subject among them
  wins, else the one person; two or more without a single subject is unknown.
  A person's gender comes from a gendered title ("Queen", "Mr."), else from
  a known first name (``given_names.tsv``), else from the first pronoun bound.
  A person named only inside quotation marks is no antecedent of a pronoun
  outside them: in '"We trusted the president," he added' the speaker named
  before is meant, not the president the speaker talks about.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .coding import TitleHit
from .description_refs import fits_description, subject_antecedent
from .detect import token_indices
from .lexicon import country_phrase, cue_words, lexicons
from .new_referents import continued_subject, introduced_before
from .resolve import Entity
from .salience import discourse_country
from .spans import line_ranges, span_text

__all__ = ["add_descriptions", "add_pronouns", "quoted_tokens"]

_MAX_PRONOUN_DISTANCE = 2
_MAX_DESCRIPTION_DISTANCE = 3
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_OBJECT = frozenset({"dobj", "dative", "pobj", "iobj"})
_PLURAL = frozenset({"NNS", "NNPS"})
# Prepositions whose object is an argument of the verb ("called on him", "spoke to her",
# "filed suit against him"), not a place or company ("took them with him", "near her").
_ARGUMENT_PREPS = frozenset({"on", "upon", "to", "against"})
# Clauses of a verb that have subjects of their own.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl"})


@lru_cache(maxsize=4)
def _keys(table: str) -> frozenset[str]:
    """The words of a lexicon table ("pronouns", "descriptions"), for :func:`token_indices`."""
    entries: dict[str, object] = getattr(lexicons(), table)
    return frozenset(entries)


def _owner_map(entities: list[Entity]) -> dict[int, Entity]:
    return {i: ent for ent in entities for s, e in ent.spans for i in range(s, e)}


def _determined(
    doc: Doc, start: int, owner: dict[int, Entity], modifiers: bool = False
) -> tuple[int, str | None] | None:
    """Where a definite description starts before ``start``, and a country named inside it;
    with ``modifiers``, also across an agent noun or a sponsor ("the guerrilla group",
    "the Iran-backed group")."""
    country: str | None = None
    j = start
    for _ in range(4):
        if j == 0:
            return None
        prev = doc[j - 1]
        if prev.lower_ == "the":
            return j - 1, country
        ent = owner.get(prev.i)
        if ent is not None and ent.type == "COUNTRY":
            # "the Iran-backed group": the country sponsors the group, it is not its own
            country = None if modifiers and _sponsor(doc, prev.i) else ent.country
            j = min(s for s, e in ent.spans if s <= prev.i < e)
            if j > 0 and doc[j - 1].lower_ != "the" and prev.text in ("'s", "’s"):
                return j, country
            continue
        if prev.text in ("'s", "’s") and owner.get(prev.i - 1) is not None:
            return _possessing_country(owner[prev.i - 1], prev.i - 1)
        if _describing_word(doc, prev, modifiers):
            # a demonym no actor holds ("the Lebanese government", its country named
            # nowhere else) still names the country
            country = country or lexicons().demonyms.get(prev.text)
            j -= 1
            continue
        return None
    return None


def _possessing_country(ent: Entity, k: int) -> tuple[int, str | None] | None:
    """A possessive before a description: a country's opens it ("Iran's government"),
    anyone else's ends the search."""
    if ent.type == "COUNTRY":
        return min(s for s, e in ent.spans if s <= k < e), ent.country
    return None


def _describing_word(doc: Doc, prev: Token, modifiers: bool) -> bool:
    """A word a description may hold before its noun: an adjective or a punctuation mark,
    and with ``modifiers`` an agent noun of a sector or a sponsor's participle."""
    # "the guerrilla group" (an agent noun of a sector), "the Iran-backed group"
    agent = lexicons().agents.get(prev.lower_)
    modifier = (
        modifiers
        and prev.is_lower
        and (
            (prev.dep_ == "compound" and agent is not None and bool(agent.sector))
            or (prev.lower_ in cue_words("sponsor_description") and doc[prev.i - 1].text == "-")
        )
    )
    return modifier or (prev.pos_ in ("ADJ", "PUNCT") and prev.text not in (",", ".", ";", ":"))


def _sponsor(doc: Doc, i: int) -> bool:
    """Whether the name ending at token ``i`` sponsors what follows ("Iran-backed")."""
    sponsoring = cue_words("sponsor_description")  # "-backed", "-aligned", "-inspired"
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in sponsoring


def _modifier_sector(doc: Doc, start: int, end: int) -> str:
    """The sector a lower-case agent noun inside a description gives it ("the guerrilla
    group", "the rebel movement": REB), else ""."""
    agents = lexicons().agents
    for token in doc[start:end]:
        entry = agents.get(token.lower_)
        noun = token.is_lower and token.pos_ != "ADJ" and token.dep_ == "compound"
        if noun and entry is not None and entry.sector:
            return entry.sector
    return ""


def _last_mention_before(ent: Entity, char: int) -> int:
    return max((m.start for m in ent.mentions if m.start < char), default=-1)


def _person_for_title(
    people: list[Entity], names: dict[int, set[str]], title: str, country: str | None, char: int
) -> Entity | None:
    """The person a "the <title>" description means, or None.

    A person holding exactly that title ("the vice president") is preferred
    to one whose title only ends the same way ("president").
    """
    words = title.split()
    for exact in (True, False):
        fits = [
            p
            for p in people
            if any(
                (t == title or _abbreviates(t, title) or _abbreviates(title, t))
                if exact
                else _compatible(t.split(), words)
                for t in names.get(id(p), ())
            )
        ]
        fits = [p for p in fits if country is None or p.country in (None, country)]
        before = [p for p in fits if _last_mention_before(p, char) >= 0]
        if before:
            return max(before, key=lambda p: _last_mention_before(p, char))
        if exact and len(fits) == 1:
            # the one holder of exactly that title, named later ("the prime minister ...
            # Prime Minister Jo Hale"); a title that only ends the same way names nobody
            # not yet met ("the prime minister" is no foreign minister named later)
            return fits[0]
    return None


def _abbreviates(short: str, title: str) -> bool:
    """Whether a one-word title is the initials of a longer one: "pm" of "prime minister",
    "ceo" of "chief executive officer"; words of three letters or fewer count for nothing,
    so "mp" is "member of parliament"."""
    words = title.split()
    return len(words) > 1 and short == "".join(w[0] for w in words if len(w) > 3)


def _compatible(held: list[str], said: list[str]) -> bool:
    """Whether a title held and a title said can name the same office: one ends the other
    ("minister" / "prime minister", "president" / "vice president"), so "prime minister"
    and "foreign minister" cannot."""
    shorter, longer = sorted((held, said), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def _person_descriptions(
    doc: Doc, entities: list[Entity], titles: list[tuple[int, int]], hits: dict[int, list[TitleHit]]
) -> None:
    owner = _owner_map(entities)
    people = [e for e in entities if e.type == "PERSON"]
    names = {
        pid: {h.title.text.lower() for h in found if h.title is not None}
        for pid, found in hits.items()
    }
    for start, end in titles:
        if any(i in owner for i in range(start, end)) or doc[end - 1].tag_ in _PLURAL:
            continue
        if doc[end - 1].pos_ == "ADJ" or (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
            continue  # "the general election", "the president's office" stays
        found = _determined(doc, start, owner)
        if found is None:
            continue
        first, country = found
        last, country = _of_object(doc, end, owner, country)
        named = _person_after(doc, end, owner)
        named_end = end if named is not None else last
        # "the president of Colombia, Jo Hale" and "the president of Colombia Jo Hale"
        named = named or (_person_after(doc, last, owner) if last != end else None)
        if named is not None:
            # "The Senate Minority Leader, Jo Hale", "the president of Ruritania, Mr. Jo
            # Hale": the title phrase names him too
            named.add(doc, first, named_end, "PERSON", "description")
            continue
        title = span_text(doc, start, end).lower()
        person = _person_for_title(people, names, title, country, doc[first].idx)
        if person is not None:
            person.add(doc, first, last, "PERSON", "description")


def _of_object(
    doc: Doc, end: int, owner: dict[int, Entity], country: str | None
) -> tuple[int, str | None]:
    """Where a title's "of" object that an actor holds ends (else the title's end), and the
    country it names when the description names none ("the president of South Africa")."""
    last = end
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    if end + 1 < len(doc) and doc[end].lower_ == "of" and owner.get(k):
        last = max(e for s, e in owner[k].spans if s <= k < e)
        if owner[k].type in ("COUNTRY", "GPE") and owner[k].country:
            country = country or owner[k].country  # "the president of South Africa"
    return last, country


def _person_after(doc: Doc, i: int, owner: dict[int, Entity]) -> Entity | None:
    """The person named right after token ``i``, across a comma and an honorific
    ("..., Jo Hale", "..., Mr. Jo Hale")."""
    k = i + (i < len(doc) and doc[i].text == ",")
    k += k < len(doc) and doc[k].lower_ in lexicons().honorifics
    ent = owner.get(k)
    return ent if ent is not None and ent.type == "PERSON" else None


def _nearest(
    entities: list[Entity], kind: str, sector: str, position: int, sent_of: list[int],
    noun: str = "",
) -> Entity | None:  # fmt: skip
    found = _nearest_of(entities, kind, sector, position, sent_of, noun, uncoded=False)
    if found is None and sector == "BUS":  # "the firm": a business no lexicon knows
        found = _nearest_of(entities, kind, sector, position, sent_of, noun, uncoded=True)
    return found


def _nearest_of(
    entities: list[Entity], kind: str, sector: str, position: int, sent_of: list[int],
    noun: str, *, uncoded: bool,
) -> Entity | None:  # fmt: skip
    best: tuple[int, Entity] | None = None
    for ent in entities:
        plain = uncoded and not ent.sector and not ent.org and not _a_place(ent.name)
        coded = sector if plain else ent.sector
        if ent.type != kind or (sector and coded != sector):
            continue
        if not sector and not fits_description(ent, noun):
            continue  # "the group" is no newspaper, ministry or police force
        for (start, _), mention in zip(ent.spans, ent.mentions, strict=True):
            close = sent_of[position] - sent_of[start] <= _MAX_DESCRIPTION_DISTANCE
            usable = start < position and close and mention.source != "description"
            if usable and (best is None or start > best[0]):
                best = (start, ent)
    return best[1] if best else None


def _a_place(name: str) -> bool:
    """A city or region the model called an organization ("flew to Dusseldorf")."""
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports actors)

    return lookup_place(name) is not None


def _with_country(entities: list[Entity], kind: str, sector: str, country: str) -> Entity | None:
    """ "the Iranian military": the entity of that kind and sector from that country.

    A government ("the Afghan government") with no organization of its own is
    the country itself.
    """
    for ent in entities:
        fits = ent.type == kind and ent.country == country and (not sector or ent.sector == sector)
        if fits and (kind != "ORG" or sector):
            return ent
    if kind == "ORG" and sector == "GOV" or kind == "COUNTRY":
        return next((e for e in entities if e.type == "COUNTRY" and e.country == country), None)
    return None


def _institution(
    doc: Doc, entities: list[Entity], template: str, country: str | None, first: int, end: int
) -> None:
    """ "the government", "the Tunisian government", "the government of Egypt": the
    institution of that country ("Government of Egypt"), made when first met."""
    if country is None:
        return
    name = template.format(country=country_phrase(country))
    target = next((e for e in entities if e.type == "ORG" and e.name == name), None)
    if target is None:
        target = Entity(
            "ORG", name, country=country, sector=lexicons().org_keywords.get("government")
        )
        entities.append(target)
    target.add(doc, first, end, "ORG", "description")


def _of_country(doc: Doc, i: int, owner: dict[int, Entity]) -> tuple[int, str] | None:
    """ "of [the] <country>" starting at token ``i``: where it ends and the country."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    k = i + 1 + (doc[i + 1].lower_ == "the")
    ent = owner.get(k)
    if ent is None or ent.type != "COUNTRY" or ent.country is None:
        return None
    return max(e for s, e in ent.spans if s <= k < e), ent.country


def _other_descriptions(doc: Doc, entities: list[Entity], sent_of: list[int]) -> None:
    table = lexicons().descriptions
    owner = _owner_map(entities)
    for i in token_indices(doc, _keys("descriptions")):
        token = doc[i]
        entry = table.get(token.lower_)
        if entry is None or token.i in owner or token.tag_ in _PLURAL or token.dep_ == "compound":
            continue
        kind, sector, template = entry
        found = _determined(doc, token.i, owner, modifiers=True)
        of_country = _of_country(doc, token.i + 1, owner) if template else None
        if found is None or (found[1] and of_country):
            continue
        first, country = found
        if _named_party(doc, entities, first, token.i, sector):
            continue  # "the Conservative party": that party, no other one named before
        if of_country is not None:
            _institution(doc, entities, template, of_country[1], first, of_country[0])
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
            continue
        if template:  # "the (Afghan) government": that country's government
            iso = country or _government_country(doc, entities, token.i, sent_of)
            _institution(doc, entities, template, iso, first, token.i + 1)
            continue
        _bind_description(doc, entities, sent_of, token, (first, country), (kind, sector))


def _named_party(doc: Doc, entities: list[Entity], first: int, end: int, sector: str) -> bool:
    """Whether a party's description holds a party's word ("the Conservative party"): it
    is then added to the party whose name holds that word (of several, the one named
    last before it), if there is one, and to no other party."""
    partisans = lexicons().partisans
    words = {t.text for t in doc[first:end] if t.text in partisans}
    if sector != "PTY" or not words:
        return False
    named = [e for e in entities if e.type == "ORG" and words & set(e.name.split())]
    parties = [e for e in named if e.sector == "PTY"] or named
    before = [(max((s for s, _ in e.spans if s < first), default=-1), e) for e in parties]
    if len(parties) == 1 or any(s >= 0 for s, _ in before):
        max(before, key=lambda found: found[0])[1].add(doc, first, end + 1, "ORG", "description")
    return True


def _bind_description(
    doc: Doc, entities: list[Entity], sent_of: list[int], token: Token,
    found: tuple[int, str | None], entry: tuple[str, str],
) -> None:  # fmt: skip
    """Add the description from ``found``'s start to ``token`` to the actor of its kind
    and sector (in its country, else the nearest), unless it is a modified apposition."""
    first, country = found
    kind, sector = entry
    agents, sponsoring = lexicons().agents, cue_words("sponsor_description")
    modified = any(  # a word the description could not hold before (not an adjective)
        t.pos_ != "ADJ"
        and (t.lower_ in sponsoring or (t.dep_ == "compound" and t.lower_ in agents))
        for t in doc[first : token.i]
    )
    if modified and first > 0 and doc[first - 1].text in (",", "("):
        return  # "X, the rebel group in Y,": an apposition, bound where it stands
    hinted = sector or _modifier_sector(doc, first, token.i)
    if country:
        target = _with_country(entities, kind, hinted, country)
    else:
        # "the rebel group": the nearest group of that sector; "the group": a subject before
        target = _nearest(entities, kind, hinted, token.i, sent_of, token.lower_)
        target = target if hinted else subject_antecedent(doc, entities, target, token, sent_of)
    if target is not None:
        target.sector = target.sector or sector or None  # "X ... the company": a business
        target.add(doc, first, token.i + 1, target.type, "description")


def _government_country(
    doc: Doc, entities: list[Entity], position: int, sent_of: list[int]
) -> str | None:
    """The country a bare "the government" belongs to: the last one named within
    three sentences before, else the article's dominant country if named
    outside this sentence; a last one named two or three sentences before yields
    to that dominant country (an Iran story's "the government" after a sentence
    about Iraq is Iran's).

    A country named only once, and not as a subject ("the border with Mexico"),
    is a passing mention: the story's own country is more often the one whose
    government is meant (see :func:`.salience.discourse_country`).
    """
    near = _nearest(entities, "COUNTRY", "", position, sent_of)
    story = discourse_country(doc, entities, sent_of, position)
    if near is None or not (len(near.mentions) > 1 or _subject_mention(doc, near)):
        return story
    last = max(s for s, _ in near.spans if s < position)
    if story is not None and sent_of[position] - sent_of[last] > 1:
        return story  # another country named two or three sentences back is a passing one
    return near.country


def _subject_mention(doc: Doc, ent: Entity) -> bool:
    return any(_is_subject(doc, span) for span in ent.spans)


def add_descriptions(
    doc: Doc,
    entities: list[Entity],
    titles: list[tuple[int, int]],
    hits: dict[int, list[TitleHit]],
    sent_of: list[int],
) -> None:
    """Add description mentions ("the general", "the country") to their entities."""
    _person_descriptions(doc, entities, titles, hits)
    _other_descriptions(doc, entities, sent_of)


def _role(token: Token) -> bool:
    if token.dep_ in _SUBJECT:
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ in _OBJECT and token.lower_ in ("him", "her"):
        return True
    return token.dep_ == "poss" and token.head.dep_ in _SUBJECT


def _is_subject(doc: Doc, span: tuple[int, int]) -> bool:
    return doc[span[0] : span[1]].root.dep_ in _SUBJECT


_OPENING = frozenset({'"', "“"})
_CLOSING = frozenset({'"', "”"})
_MARKS = _OPENING | _CLOSING


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens between quotation marks (the marks excluded).

    Straight marks alternate; a curly mark says which side it is. Quotes do
    not cross lines, and one left open runs to the end of its line, as a
    quotation that continues into the next paragraph is written.
    """
    out: set[int] = set()
    marks = token_indices(doc, _MARKS, lower=False)  # other tokens change nothing
    k = 0
    for _, end in line_ranges(doc):
        opened: int | None = None
        while k < len(marks) and marks[k] < end:
            i, k = marks[k], k + 1
            text = doc[i].text
            if opened is not None and text in _CLOSING:
                out.update(range(opened + 1, i))
                opened = None
            elif opened is None and text in _OPENING:
                opened = i
        if opened is not None:
            out.update(range(opened + 1, end))
    return frozenset(out)


def _clause_subjects(token: Token) -> list[int]:
    """The subject of the clause whose object ``token`` is: an object pronoun never stands
    for it, "himself" would ("Bo Kim asked [him] to stay", "Jo Lee called on [her] to
    quit", "met Kim and urged [him]": him is not Kim's subject). A clause with no subject
    of its own ("..., calling on [him]") shares its head's."""
    verb = token.head
    if token.dep_ == "pobj":
        if verb.lower_ not in _ARGUMENT_PREPS or verb.dep_ != "prep":
            return []
        verb = verb.head
    elif token.dep_ not in ("dobj", "dative", "iobj"):
        return []
    for _ in range(3):
        # ("peace be upon him": "be" takes no object whose subject it could bar)
        if verb.pos_ not in ("VERB", "AUX") or "be" in (verb.lemma_, verb.lower_):
            return []
        # ("the President (Kibaki) asked him": the name beside the subject too)
        subjects = [
            t.i
            for c in verb.children
            if c.dep_ in _SUBJECT
            for t in (c, *c.children)
            if t.i == c.i or t.dep_ == "appos"
        ]
        if subjects or not _shares_subject(verb):
            return subjects
        verb = verb.head
    return []


def _shares_subject(verb: Token) -> bool:
    """Whether ``verb``, with no subject of its own, shares its head's: a participle
    ("left, [calling] on him") or a verb coordinated by "and"/"or" with nothing between
    but the head's own words ("met X and [urged] him"). Not when a clause of the head's
    comes between ("said a colonel phoned and [asked] her": the colonel asked) or no
    conjunction does ("forced to quit after the paper [accused] him": a misparse)."""
    head = verb.head
    if head.i == verb.i or verb.i < head.i:
        return False
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG"
    if verb.dep_ != "conj":
        return False
    between = [c for c in head.children if head.i < c.i < verb.i]
    return any(c.dep_ == "cc" for c in between) and not any(c.dep_ in _CLAUSES for c in between)


def _antecedent(
    doc: Doc, people: list[Entity], token: Token, gender: str, genders: dict[int, str],
    sent_of: list[int], quoted: frozenset[int] = frozenset(),
) -> Entity | None:  # fmt: skip
    by_sentence: dict[int, list[tuple[Entity, bool, int]]] = {}
    outside = token.i not in quoted
    barred = _clause_subjects(token)
    for person in people:
        if genders.get(id(person), gender) != gender:
            continue
        if any(start <= i < end for start, end in person.spans for i in barred):
            continue
        for span, mention in zip(person.spans, person.mentions, strict=True):
            distance = sent_of[token.i] - sent_of[span[0]]
            if (
                span[1] <= token.i
                and distance <= _MAX_PRONOUN_DISTANCE
                and mention.source != "pronoun"
                and not (outside and span[0] in quoted)
            ):
                entry = (person, _is_subject(doc, span), span[0])
                by_sentence.setdefault(distance, []).append(entry)
    if not by_sentence or introduced_before(token, gender, quoted):
        return None  # (none named, or "a settler ... when he": someone new)
    found = by_sentence[min(by_sentence)]
    subjects = {id(p): p for p, subject, _ in found if subject}
    if not subjects:  # ("He praised Kim's plan. He ...": the "he" before, not Kim)
        decided, before = continued_subject(token, doc[found[0][2]].sent, people, quoted)
        if decided:
            return before
    pool = subjects or {id(p): p for p, _, _ in found}
    return next(iter(pool.values())) if len(pool) == 1 else None


def add_pronouns(
    doc: Doc, entities: list[Entity], hits: dict[int, list[TitleHit]], sent_of: list[int]
) -> None:
    """Add he/she/him/his/her mentions (in a subject or object role) to their person."""
    table = lexicons().pronouns
    people = [e for e in entities if e.type == "PERSON"]
    genders = {pid: next((h.gender for h in found if h.gender), "") for pid, found in hits.items()}
    genders = {pid: g for pid, g in genders.items() if g}
    first_names = lexicons().given_names
    quoted = quoted_tokens(doc)
    for person in people:
        first = person.name.split()[0].split("-")[0] if person.name else ""  # "Frank-Walter"
        if id(person) not in genders and first in first_names:
            genders[id(person)] = first_names[first]
    for i in token_indices(doc, _keys("pronouns")):
        token = doc[i]
        entry = table.get(token.lower_)
        if entry is None or entry.type != "PERSON" or not _role(token):
            continue
        bound = _antecedent(doc, people, token, entry.gender, genders, sent_of, quoted)
        if bound is not None:
            bound.add(doc, token.i, token.i + 1, "PERSON", "pronoun")
            genders.setdefault(id(bound), entry.gender)
