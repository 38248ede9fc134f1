"""Who speaks: the subject of a reporting cue, mapped to an actor of the actors stage.

Participles ("stating", "claiming") and conjoined verbs have no subject of
their own: they climb to the clause they hang on, skipping clauses that are
themselves reported content ("emphasized that Iran would continue ...,
stating" belongs to the one who emphasized, not to Iran) and anything inside
quotation marks (the parser often hangs the frame on the quote's verb).

Pronouns are resolved by the actors stage; when it has no answer, or one
whose gender clashes with the pronoun, the last speaker nearby and then
recent people (sentence subjects first) are tried.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..actors import find_actor
from ..actors.lexicon import lexicons as actor_lexicons
from ..model import Actor
from ..nlp import doc_text
from .lexicon import Lexicon
from .tokens import TokenIndex, covered

__all__ = [
    "Speaker",
    "cue_subject",
    "is_cue_verb",
    "left_name",
    "recent_people",
    "resolve_speaker",
    "right_name",
]

_SUBJECTS = ("nsubj", "csubj")
_CLIMB = ("advcl", "xcomp", "conj", "acl", "ccomp", "parataxis", "relcl", "pcomp", "prep", "dep")
_NAME_DEPS = ("compound", "amod", "det", "nummod", "flat", "nmod", "punct")
_PERSONAL = ("he", "she", "i", "him", "her")
_FIRST = frozenset({"i", "we"})
_NOUN_WINDOW = 1000  # tokens back to look for "the girl" behind a "she"
_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "a", "an"})
_NOUN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
_MALE = frozenset({"he", "him", "his", "himself"})
_GENDERS = {"he": "male", "him": "male", "she": "female", "her": "female"}
_THING = frozenset({"it"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_CITING = ("cite", "quote")


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: actor id (or None), a display name and the subject span."""

    actor: str | None
    name: str | None
    start: int
    end: int
    actor_type: str | None = None


def is_cue_verb(token: Token, lexicon: Lexicon, adjacent: bool = False) -> bool:
    """Whether ``token`` is a reporting verb of the lexicon (``adjacent``: right after a quote)."""
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return False
    return lexicon.verb(token.lemma_, adjacent) is not None


def _inside(token: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    return covered(quoted, token.idx)


def _own_subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            return child
    return None


def cue_subject(
    cue: Token, lexicon: Lexicon, quoted: Sequence[tuple[int, int]], depth: int = 0
) -> Token | None:
    """The token that names who utters ``cue`` (a verb or noun cue), or None.

    Climbs from participles and conjuncts to the governing clause; a relative
    pronoun subject ("a statement which read") stands for its antecedent; a noun
    cue ("Trump's statement") takes its possessor or the subject of its verb.
    """
    if depth > 3:  # statement-like nouns owned by statement-like nouns: give up
        return None
    cited = _cited(cue)
    if cited is not None:
        return cited
    token: Token | None = cue
    for _ in range(8):
        if token is None or (token != cue and _inside(token, quoted)):
            return None
        if token != cue and token.dep_ == "ccomp" and is_cue_verb(token.head, lexicon):
            token = token.head  # the participle hangs on reported content: its frame speaks
            continue
        subject = _own_subject(token) if token.pos_ != "NOUN" else _possessor(token)
        if subject is None and token == cue:
            subject = _absolute_subject(cue)
        if subject is not None:
            if lexicon.role(subject.text) == "relative" and token.dep_ == "relcl":
                head = token.head
                if lexicon.noun(head.lemma_) is None:
                    return head  # "her partner, Jo Doe, who said": the partner speaks
                return _noun_speaker(head, lexicon, quoted, depth + 1)  # "a statement which read"
            if lexicon.noun(subject.lemma_) is not None and subject != cue:
                return _noun_speaker(subject, lexicon, quoted, depth + 1) or subject
            return subject
        if token.pos_ == "NOUN":
            return _noun_speaker(token, lexicon, quoted, depth + 1)
        if token.dep_ == "acl" and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return token.head
        if token.dep_ not in _CLIMB or token.head == token:
            return None
        token = token.head
    return None


def _absolute_subject(cue: Token) -> Token | None:
    """ "Criticism came quickly, with Jo Doe of Ohio saying: ...": Doe speaks, not the criticism.

    A participle cue right after the object of a "with" that hangs on the same
    clause is that object's predicate (an absolute construction), which the
    parse often hangs on the main verb instead.
    """
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl", "conj", "xcomp"):
        return None
    for prep in cue.head.children:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.i > cue.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.right_edge.i + 1 == cue.i:
                return noun
    return None


def _cited(cue: Token) -> Token | None:
    """ "cited/quoted the navy as saying ...": the one cited speaks, not the citer."""
    head = cue.head
    if cue.dep_ != "pcomp" or head.lower_ != "as" or head.head.lemma_ not in _CITING:
        return None
    for child in head.head.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    return None


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def _noun_speaker(
    noun: Token, lexicon: Lexicon, quoted: Sequence[tuple[int, int]], depth: int
) -> Token | None:
    """Who owns a statement-like noun: its possessor, or the subject of its verb."""
    owner = _possessor(noun)
    if owner is not None:
        return owner
    head = noun.head
    while head.dep_ == "prep" or head.pos_ == "ADP":
        if head.head == head:
            break
        head = head.head
    if head == noun or head.pos_ not in ("VERB", "AUX"):
        return None
    return cue_subject(head, lexicon, quoted, depth)


def _phrase(token: Token) -> Span:
    """The name-like phrase headed by ``token``: its compounds and modifiers, no possessor."""
    doc = token.doc
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS:
            start = min(start, child.left_edge.i if child.dep_ == "compound" else child.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end = child.i + 1
    return doc[start:end]


def _region(token: Token, lexicon: Lexicon) -> tuple[int, int]:
    """Character range of the subject phrase, without relative clauses.

    Co-subjects the parser split off ("A member of the parliament, Samir
    Dilou said") are included; a common-noun appositive is not, unless it
    names a person. A possessor is left out unless the head is a
    proxy ("his mother said" is the mother; "Trump's spokesman" speaks for Trump) or a
    medium ("according to the company's annual report": the company).
    """
    tokens = [token]
    tokens += [c for c in token.head.children if c.dep_ in _SUBJECTS and c != token]
    lo, hi = token.idx, token.idx + len(token)
    drop: tuple[str, ...] = ("relcl", "acl", "advcl")
    if token.pos_ == "NOUN" and lexicon.role(token.lower_) not in ("proxy", "medium"):
        drop += ("poss",)
    for head in tokens:
        skip = {t.i for c in head.children if c.dep_ in drop for t in c.subtree}
        # "a spokesman for the Front, an alliance of Ruritania-backed militias": a
        # description set off by commas names no one else, unless it names a person
        described = False
        for t in head.subtree:
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t != head and t.i not in skip:
                inner = list(t.subtree)
                if not any(u.ent_type_ == "PERSON" for u in inner):
                    skip.update(u.i for u in inner)
                    described = True
        # (and the commas around such a description do not stretch the phrase over it)
        kept = [t for t in head.subtree if t.i not in skip and not (described and t.is_punct)]
        lo = min(lo, min(t.idx for t in kept))
        hi = max(hi, max(t.idx + len(t) for t in kept))
    return lo, hi


def right_name(cue: Token) -> Token | None:
    """The name right after an inverted verb ("..." sneered Jock), when the parse has no subject.

    Only right after a closing quotation mark: elsewhere the word after the verb
    is its object ("told Reuters").
    """
    doc = cue.doc
    j = cue.i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ","):
        j -= 1
    if j < 0 or not doc[j].is_quote:
        return None
    i = cue.i + 1
    while (
        i < len(doc) and i <= cue.i + 3 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].tag_ == "PRP$")
    ):
        i += 1  # "said a voice", "added little Amy", "inquired his mother"
    if i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN") and not doc[i].is_space:
        token = doc[i]
        while token.dep_ in ("compound", "flat") and token.head.i > token.i:
            token = token.head  # "Mary" of "Mary Fuller": take the name's head
        return token
    return None


def left_name(cue: Token) -> Token | None:
    """The proper name written right before a subjectless verb ("..., Jamel Msallem, said")."""
    i = cue.i - 1
    doc = cue.doc
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].pos_ == "PROPN":
        return doc[i]
    return None


_NAMED = frozenset({"ner", "ruler", "alias"})


def _mentions_in(actors: Sequence[Actor], lo: int, hi: int) -> list[tuple[int, int, Actor]]:
    return [
        (m.start, m.end, actor)
        for actor in actors
        for m in actor.mentions
        if lo <= m.start and m.end <= hi and m.source != "pronoun"
    ]


_LAST_ENTS: list[Any] = [None, ()]


def _ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document (spaCy builds the tuple on every access)."""
    if _LAST_ENTS[0] is not doc:
        _LAST_ENTS[:] = [doc, tuple(doc.ents)]
    ents: tuple[Span, ...] = _LAST_ENTS[1]
    return ents


def _possessor_ranges(token: Token, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character ranges of the possessors ("Ann Doe's") inside ``[lo, hi)`` of ``token``'s
    sentence."""
    return [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
        for t in token.sent
        if t.dep_ == "poss" and lo <= t.idx < hi
    ]


def _name_in_region(token: Token, actors: Sequence[Actor], lo: int, hi: int) -> Speaker | None:
    """The speaker named in the subject phrase ``[lo, hi)``, in order of preference.

    1. a person actor (the last one: "Iran's Supreme Leader, Ali Khamenei"),
       not one named as a possessor ("Mary Smith, Ann Doe's mother");
    2. a person the parser found that the actors stage left out (kept by name);
    3. the actor mentioned on the head word;
    4. the head word's own name when it is a proper noun no actor covers
       ("Ana Cruz of the army's Western Command": Ana Cruz, not the command);
    5. the last actor named ("a spokesman for the ministry").
    """
    found = _mentions_in(actors, lo, hi)
    people = [f for f in found if f[2].type == "PERSON"]
    # "Mary Smith, Ann Doe's mother, said": a person named as a possessor is not the speaker
    owners = _possessor_ranges(token, lo, hi)
    people = [f for f in people if not any(a <= f[0] and f[1] <= b for a, b in owners)] or people
    # A name beats a description the actors stage linked elsewhere ("Ann Doe, a Ruritanian
    # minister and this year's president of the council": Doe, even if "president of the
    # council" was taken for another president)
    named = {(m.start, m.end) for _, _, a in people for m in a.mentions if m.source in _NAMED}
    people = [f for f in people if (f[0], f[1]) in named] or people
    # "Jo Doe, brother of Sam Roe, said", "Jo Doe, a lawyer for Sam Roe, said": a person
    # named inside a description's phrase is not the speaker when another one is not
    people = [f for f in people if not _nested(token, f[0], f[1])] or people
    if people:
        start, end, actor = max(people, key=lambda f: f[0])
        return Speaker(actor.id, actor.name, start, end, actor.type)
    # "Rwanda's ambassador said": the actors stage may have linked the whole possessed
    # title, possessor included, to the person who holds it
    holder = _holder(token, actors)
    if holder is not None:
        return holder
    persons = [
        e
        for e in _ents(token.doc)
        if e.label_ == "PERSON" and lo <= e.start_char and e.end_char <= hi
    ]
    if persons:
        ent = persons[-1]
        return Speaker(None, ent.text, ent.start_char, ent.end_char, "PERSON")
    on_head = [f for f in found if f[0] <= token.idx < f[1]]
    if not on_head and token.pos_ == "PROPN":
        span = _phrase(token)
        return Speaker(None, span.text, span.start_char, span.end_char)
    if on_head or found:
        start, end, actor = max(on_head or found, key=lambda f: f[0])
        return Speaker(actor.id, actor.name, start, end, actor.type)
    return None


def _nested(subject: Token, start: int, end: int) -> bool:
    """Whether the phrase ``[start, end)`` hangs on ``subject`` through a preposition or
    a clause ("of Sam Roe", "for Sam Roe", "who represents Sam Roe"), not as its name
    or apposition ("Iran's Supreme Leader, Ali Khamenei")."""
    inside = [t for t in subject.sent if start <= t.idx < end]
    heads = [t for t in inside if not start <= t.head.idx < end or t.head == t]
    if not heads:
        return False
    token = heads[0]
    for _ in range(12):
        if token == subject or token.head == token:
            return False
        if token.dep_ in ("prep", "relcl", "acl", "advcl", "agent"):
            return True
        token = token.head
    return False


def _holder(token: Token, actors: Sequence[Actor]) -> Speaker | None:
    """The actor whose own mention covers the head word ``token`` (possessor included).

    Not a country, nor the possessor's own actor: "Rwanda's ambassador" is not Rwanda.
    """
    owned_by = _owner_actor(token, actors)
    for actor in actors:
        if actor.type == "COUNTRY" or (owned_by is not None and actor.id == owned_by.id):
            continue
        for m in actor.mentions:
            if m.source != "pronoun" and m.start <= token.idx < m.end:
                return Speaker(actor.id, actor.name, m.start, m.end, actor.type)
    return None


def _owner_actor(token: Token, actors: Sequence[Actor]) -> Actor | None:
    """The actor named by the possessor of ``token`` ("Rwanda" of "Rwanda's ambassador"):
    a mention on the possessor that ends before the head (not one of the whole phrase)."""
    owner = _possessor(token)
    if owner is None:
        return None
    for actor in actors:
        for m in actor.mentions:
            if m.start <= owner.idx < m.end <= token.idx:
                return actor
    return None


def _gender(actor: Actor, skip: int = -1) -> str | None:
    """ "m" or "f" by the majority of the actor's he/she pronoun mentions (not at ``skip``)."""
    male = female = 0
    for mention in actor.mentions:
        word = mention.text.lower()
        if mention.start == skip:
            continue
        male += word in _MALE
        female += word in _FEMALE
    if male == female:
        return None
    return "m" if male > female else "f"


def _agrees(
    pronoun: Token, actor_id: str | None, actor_type: str | None, actors: Sequence[Actor]
) -> bool:
    """Whether ``pronoun`` can stand for the actor: kind (he/she: a person) and gender."""
    if actor_id is None or (pronoun.lower_ in _PERSONAL) != (actor_type == "PERSON"):
        return False
    wanted = "m" if pronoun.lower_ in _MALE else "f" if pronoun.lower_ in _FEMALE else None
    actor = next((a for a in actors if a.id == actor_id), None)
    found = _gender(actor, pronoun.idx) if actor is not None else None
    return wanted is None or found is None or wanted == found


def _pronoun_speaker(
    token: Token,
    actors: Sequence[Actor],
    lexicon: Lexicon,
    previous: Sequence[Speaker],
    quoted: Sequence[tuple[int, int]] = (),
) -> Speaker:
    """The actor a subject pronoun stands for.

    The actors stage's resolution first, unless its gender clashes with the
    pronoun (by the actor's other he/she mentions), its last name before the
    pronoun lies inside one of the ``quoted`` spans, or a person noun of the
    pronoun's gender is written after the actor's last name; else the first of
    ``previous`` (the last speaker nearby, then recent people) whose kind and
    gender agree, unless a person noun of the pronoun's gender ("the girl"
    for "she") is written nearer; else that noun; else unknown. An "it" the
    actors stage left unresolved is first the body that is the subject of its
    sentence or the one before ("The ministry protested over what it said").
    """
    start, end = token.idx, token.idx + len(token)
    if token.lower_ in _FIRST:  # the writer or narrator speaks: nobody named before
        return Speaker(None, token.text, start, end, "PERSON")
    actor = find_actor(list(actors), start, end)
    if actor is None and token.lower_ in _THING:
        body = _subject_body(token, actors, quoted)
        if body is not None:
            return body
    noun = _gendered_noun(token, lexicon)
    if actor is not None and _agrees(token, actor.id, actor.type, actors):
        named = [m.start for m in actor.mentions if m.source != "pronoun" and m.end <= start]
        inside = bool(named) and covered(quoted, max(named))
        # "... about our trust in the mayor, I wrote ...", he added: the mayor named inside
        # a quote is not who speaks it
        if not inside and (noun is None or noun.idx < max(named, default=len(doc_text(token.doc)))):
            return Speaker(actor.id, actor.name, start, end, actor.type)
    group = _plural_subject(token, lexicon, quoted) if actor is None else None
    if group is not None:
        found = resolve_speaker(group, actors, lexicon)
        return Speaker(found.actor, found.name, start, end, found.actor_type)
    for candidate in previous:
        if _agrees(token, candidate.actor, candidate.actor_type, actors) or _agrees_unlisted(
            token, candidate, lexicon
        ):
            if noun is not None and noun.idx > candidate.start:
                break
            return Speaker(candidate.actor, candidate.name, start, end, candidate.actor_type)
    if noun is not None:
        span = _phrase(noun)
        return Speaker(None, span.text, start, end, "PERSON")
    return Speaker(None, token.text, start, end)


def _plural_subject(
    pronoun: Token, lexicon: Lexicon, quoted: Sequence[tuple[int, int]]
) -> Token | None:
    """ "State prosecutors charged three men, they said": the nearest plural subject
    before a "they" in its own sentence that names people or a body (a person,
    proxy or institution word of the lexicon), ahead of the last speaker nearby; not
    in a relative clause, whose "they" is as often the ones the subject acted on."""
    if pronoun.lower_ != "they" or pronoun.head.dep_ == "relcl":
        return None  # "took them to a center, where they say ...": the ones taken
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or covered(quoted, token.idx):
            continue
        if token.tag_ == "NNS" and lexicon.role(token.lower_) in ("person", "proxy", "institution"):
            return token
    return None


def _subject_body(
    pronoun: Token, actors: Sequence[Actor], quoted: Sequence[tuple[int, int]]
) -> Speaker | None:
    """The organization or country that is the nearest subject before ``pronoun``, in
    its sentence or the one before ("Al Jazeera reacted, releasing a statement in
    which it said"); names inside quotes are left out."""
    doc = pronoun.doc
    sent = pronoun.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in reversed(doc[lo : pronoun.i]):
        if token.dep_ != "nsubj" or covered(quoted, token.idx):
            continue
        for actor in actors:
            if actor.type not in ("ORG", "COUNTRY"):
                continue
            for m in actor.mentions:
                if m.source != "pronoun" and m.start <= token.idx < m.end:
                    return Speaker(
                        actor.id, actor.name, pronoun.idx, pronoun.idx + len(pronoun), actor.type
                    )
    return None


def _agrees_unlisted(pronoun: Token, candidate: Speaker, lexicon: Lexicon) -> bool:
    """Whether he/she can stand for a speaker the actors stage does not list.

    Only a capitalized name ("Mr. Pontellier", "Tuppence"); a title or noun
    in it that has a gender ("Mr.", "the girl") must agree.
    """
    wanted = _GENDERS.get(pronoun.lower_)
    name = candidate.name or ""
    words = name.split()
    if wanted is None or candidate.actor is not None or not words or not name[:1].isupper():
        return False
    if words[0].lower() in ("the", "a", "an") or lexicon.role(words[0]) == "pronoun":
        return False
    if any(lexicon.role(w) in ("institution", "indefinite") for w in words):
        return False  # "Authorities", "Police": a body, not a man or a woman
    genders = {lexicon.role(w.strip(".,")) for w in words} & {"male", "female"}
    return not genders or genders == {wanted}


def _gendered_noun(pronoun: Token, lexicon: Lexicon) -> Token | None:
    """The nearest earlier noun phrase that names a person of the pronoun's gender.

    "The girl laughed. ... "No," she said": she is the girl. A determiner
    is required ("the girl", "his wife", "a man"); someone acted upon ("a
    man was arrested") or inside what another person says ("the police
    said a man ...") is not who speaks next.
    """
    wanted = _GENDERS.get(pronoun.lower_)
    if wanted is None:
        return None
    doc = pronoun.doc
    for token in reversed(doc[max(0, pronoun.i - _NOUN_WINDOW) : pronoun.i]):
        if token.dep_ not in _NOUN_DEPS or lexicon.role(token.lemma_) != wanted:
            continue
        if token.dep_ == "nsubjpass" or any(t.dep_ == "ccomp" for t in token.ancestors):
            continue  # someone acted upon, or in what another person says
        if any(c.lower_ in _DETERMINERS for c in token.children):
            return token
    return None


def resolve_speaker(
    token: Token,
    actors: Sequence[Actor],
    lexicon: Lexicon,
    previous: Sequence[Speaker] = (),
    quoted: Sequence[tuple[int, int]] = (),
) -> Speaker:
    """Map the subject ``token`` to an actor.

    A pronoun: see :func:`_pronoun_speaker`. Any other subject takes the actor
    named in its phrase (relative clauses left out): a person first ("the Vice
    President, Mike Pence"; "a spokesman for the ministry" names the ministry),
    else the actor mentioned on the head word, else the last one named, else
    the actor a definite description ("the court") refers back to. Unknown
    speakers keep their phrase as the name.
    """
    # (a possessive "her" is left as "his" is: "her statement" names no one by itself)
    if lexicon.role(token.text) in ("pronoun", "relative") and token.dep_ != "poss":
        return _pronoun_speaker(token, actors, lexicon, previous, quoted)
    best = _name_in_region(token, actors, *_region(token, lexicon))
    owned = _owned_title(token, lexicon)
    if owned and best is not None and best.actor_type != "PERSON":
        # "Rwanda's ambassador to the UN said": neither the UN nor Rwanda speaks
        best = None if not best.start <= token.idx < best.end else best
    if best is not None and best.actor_type == "COUNTRY" and lexicon.role(token.lower_) == "medium":
        # "according to Thailand's English-language paper": a paper, not the country
        best = None if not best.start <= token.idx < best.end else best
    if best is not None:
        return best
    span = _phrase(token)
    named = _titled(token, owned, actors) if owned else _described(token, actors)
    if named is not None:
        return Speaker(named.id, named.name, span.start_char, span.end_char, named.type)
    return Speaker(None, span.text, span.start_char, span.end_char)


def _owned_title(token: Token, lexicon: Lexicon) -> list[str]:
    """The words of the office ``token`` names when a possessor owns it, else ``[]``.

    "Rwanda's ambassador" -> ["ambassador"], "the company's new chief executive" ->
    ["chief", "executive"] (the longest end of the phrase that ``titles.tsv`` of the
    actors stage lists); not a proxy ("Trump's spokesman" speaks for Trump) nor a
    thing ("the government's interpretation").
    """
    if (
        token.pos_ != "NOUN"
        or lexicon.role(token.lower_) == "proxy"
        or not any(c.dep_ == "poss" for c in token.children)
    ):
        return []
    words = [t.lower_ for t in _phrase(token) if t.dep_ not in ("det", "poss", "punct")]
    titles = actor_lexicons().titles
    for i in range(len(words)):
        if " ".join(words[i:]) in titles:
            return words[i:]
    return []


def _titled(token: Token, words: Sequence[str], actors: Sequence[Actor]) -> Actor | None:
    """The person an owned title refers back to ("the company's chief executive").

    The last person named before ``token`` whose titles hold the title's words
    (its compounds and adjectives with the head: "chief executive"), or whose
    mention follows those words ("foreign minister Abbas Araghchi"); a person of
    another country than the possessor's is someone else ("Iran's president"
    is not the US president named before).
    """
    owned_by = _owner_actor(token, actors)
    country = owned_by.country if owned_by is not None else None
    text = doc_text(token.doc)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        if actor.type != "PERSON" or (country and actor.country and actor.country != country):
            continue
        texts = [t.text for t in actor.titles]
        texts += [text[max(0, m.start - 60) : m.start] for m in actor.mentions]
        if not any(_ends_with(t, words) or _holds(t, words) for t in texts):
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best is not None else None


def _holds(title: str, words: Sequence[str]) -> bool:
    """Whether a title ends with ``words`` ("Supreme Leader" holds "leader")."""
    return bool(words) and title.lower().split()[-len(words) :] == list(words)


def _ends_with(before: str, words: Sequence[str]) -> bool:
    """Whether the text ``before`` a mention ends with ``words`` (a comma may follow)."""
    found = re.findall(r"[\w'-]+", before.lower())
    return bool(words) and found[-len(words) :] == list(words)


def _described(token: Token, actors: Sequence[Actor]) -> Actor | None:
    """The actor a definite description refers back to ("the court" -> "Court of Session").

    Only for "the/this <noun>" subjects: the actor mentioned last before the
    subject whose name, a mention, a title or (for a person) the word just
    before a mention contain the head noun.
    """
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
    ):
        return None
    word = token.lower_
    text = doc_text(token.doc)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        texts = [actor.name, *(t.text for t in actor.titles), *(m.text for m in actor.mentions)]
        if actor.type == "PERSON":  # a title written just before a name: "archbishop Jorge Mendes"
            texts += [
                " ".join(text[max(0, m.start - 40) : m.start].split()[-1:]) for m in actor.mentions
            ]
        if not any(word in t.lower().split() for t in texts):
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.start > best[0]):
                best = (mention.start, actor)
    return best[1] if best is not None else None


def recent_people(actors: Sequence[Actor], before: int, index: TokenIndex) -> list[Speaker]:
    """People a pronoun at ``before`` may refer to, most likely first (actors-stage fallback).

    Among PERSON mentions in the pronoun's sentence and the one before it,
    sentence subjects come first (subjects are what later pronouns pick up),
    then the nearest ones; then everyone named earlier, latest first.
    """
    doc = index.doc
    at = index.at_or_after(before)
    lo = index.sentence(max(0, min(at, len(doc) - 1)))[0]
    lo = index.sentence(lo - 1)[0] if lo > 0 else lo
    window_start = doc[lo].idx if len(doc) else 0
    found: list[tuple[bool, bool, int, Actor]] = []
    for actor in actors:
        if actor.type != "PERSON":
            continue
        for mention in actor.mentions:
            if mention.end <= before and mention.source != "pronoun":
                head = doc[max(0, index.at_or_after(mention.end) - 1)]
                near = mention.start >= window_start
                subject = near and head.dep_ in ("nsubj", "nsubjpass")
                found.append((subject, near, mention.start, actor))
    found.sort(key=lambda f: (f[0], f[1], f[2]), reverse=True)
    out: list[Speaker] = []
    for _, _, start, actor in found:
        if all(s.actor != actor.id for s in out):
            out.append(Speaker(actor.id, actor.name, start, start, "PERSON"))
    return out
