"""Which coded triggers are event records, and which only mention or judge.

A noun that only mentions an act, a request verb asserting a past fact, and a
view held of an idea are no events; see each function. The screens of questions
(``asked``, ``interrogative``, ``open_question``) live in
:mod:`newsgraph.events.screening_questions`, and the screen of triggers without a named
doer (``background``) in :mod:`newsgraph.events.screening_background`; both are
imported back here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._tokens import children_of, conjuncts_of
from .arguments import Participants
from .cue_words import cue_words
from .frames import Trigger
from .lexicon import load_lexicon, object_classes
from .screening_background import _ACTING_ENTS, background
from .screening_questions import asked, interrogative, open_question

__all__ = [
    "asked",
    "advisory",
    "asserted",
    "interrogative",
    "unspecified",
    "background",
    "carried_or_posted",
    "concern_for_no_one",
    "voting_intention",
    "contrast_or_state",
    "forecast",
    "foreseen_doers",
    "generic_gerund",
    "habitual_present",
    "habitual_relative",
    "lone_discussion",
    "naming",
    "no_one_involved",
    "open_question",
    "person_noun",
    "spectators",
    "stance_on_a_thing",
    "standing_rule",
]

# What a warning may announce and still threaten: an act of force or coercion.
_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_WILL = frozenset({"will", "would", "shall", "'ll", "’ll"})
# What a warning is about or aimed at ("warned of action", "warned against"); "warned in a
# letter" or "on Monday" says nothing of its content.
_WARNED_OF = frozenset({"of", "against", "about", "to"})
_PERSONAL = frozenset({"it", "we", "they", "he", "she", "i"})
# Words that name no one: "no one was injured", "nobody attended", "none of them".
_NO_ONE = frozenset({"nobody", "none", "noone", "no-one", "neither"})
# What a crowd gathers to do when it comes to watch or to acclaim: no protest.
_SPECTATING = cue_words("spectating")


def asserted(trigger: Trigger, type_: str) -> bool:
    """ "insisted that he had done nothing wrong": a request verb whose content is a
    past fact asserts it; a demand is for what is still to be done ("insisted that the
    budget include funding"). "Asked why the question was not raised" asks a question,
    not for an act."""
    token = trigger.token
    if type_ != "REQUEST" or trigger.entry.pos != "VERB":
        return False
    if any(c.dep_ == "ccomp" and _question(c) for c in children_of(token)):
        return True
    if any(c.dep_ in ("dobj", "dative") for c in children_of(token)):
        return False  # "urged Iraq that ...": someone is asked
    clauses = [c for c in children_of(token) if c.dep_ == "ccomp"]
    return bool(clauses) and all(_past(c) or _state(c) for c in clauses)


def _question(clause: Token) -> bool:
    """ "why ...", "whether ...", "what ...": a clause that opens with a question word."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in ("WRB", "WP", "WDT") or first.lower_ in ("whether", "if")


def _state(verb: Token) -> bool:
    """ "insists that the plan is legal": an indicative copula states what is; a
    subjunctive one ("demanded that the inquiry be independent") asks for it."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    return not any(c.dep_ == "aux" for c in children_of(verb))


def _past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    # "had done", and a passive in the indicative ("that the comment was not meant"):
    # a subjunctive passive ("demanded that he be reinstated") asks for the act.
    return verb.tag_ == "VBN" and any(
        (c.dep_ == "aux" and c.lower_ in ("had", "has", "have"))
        or (c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBZ", "VBP"))
        for c in children_of(verb)
    )


def stance_on_a_thing(trigger: Trigger, type_: str, parts: Participants) -> bool:
    """ "He supported education", "she embraced Marxism": holding a view of an idea or
    a cause (``attitude`` verbs) is no act towards anyone. PLOVER's SUPPORT is aimed
    at an actor ("backed Kyiv"); praise and welcome are public acts whatever their
    object, and a frame of its own ("expressed support") still counts."""
    token = trigger.token
    # "will keep supporting the careful use of X": an intended view (recoded AGREE)
    # is no more an act than a held one.
    if trigger.entry.type != "SUPPORT" or type_ not in ("SUPPORT", "AGREE"):
        return False
    if trigger.entry.pos != "VERB" or trigger.consumed:
        return False
    if load_lexicon().modality.get(token.lemma_.lower()) not in ("attitude", "sponsor"):
        return False  # "welcomed the result", "praised the army": a public act all the same
    if parts.recipient is not None:
        return False
    # "The bill was supported by all the Conservatives": a passive's subject is its object;
    # "advocates for a balanced budget": what is argued for.
    objects = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")] or [
        o
        for c in children_of(token)
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in children_of(c)
        if o.dep_ == "pobj"
    ]
    return bool(objects) and all(o.pos_ == "NOUN" and not o.ent_type_ for o in objects)


def standing_rule(trigger: Trigger) -> bool:
    """ "The Charter calls on all members to refrain", "its constitution prohibits
    intervention", "the majority required by the Constitution", "under the Constitution,
    the House impeaches ...": what a standing text provides is a provision, not an act
    anyone did (a ``rule`` or ``norm`` word as the subject of a simple present verb, as
    the agent of a passive, or "under" which a simple present holds). A common word
    (``weak``: allow, permit) with such a subject in any tense is one too: "Omani law
    allowed three days", "a bill that would allow citizens to vote", "a valid licence
    allowing him to buy guns" (what it allows is governed, so not coded either). "The
    treaty was signed", "the law banned ..." in the past remain events."""
    token = trigger.token
    if trigger.entry.pos != "VERB":
        return False
    lexicon = load_lexicon()

    def ruled(word: Token) -> bool:
        return lexicon.is_text(word.lemma_.lower())

    if any(c.dep_ == "agent" and any(ruled(p) for p in children_of(c)) for c in children_of(token)):
        return True
    if trigger.entry.weak and any(ruled(s) for s in _doers_of(token)):
        return True  # "Omani law allowed three days", "a law allowing civil unions"
    if token.tag_ not in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") for c in children_of(token)
    ):
        return False

    def subject(word: Token) -> Token:
        # "legislation that allows AWAs": the relative pronoun stands for its noun
        relative = word.lower_ in ("that", "which") and token.dep_ == "relcl"
        return token.head if relative else word

    return any(
        (c.dep_ == "nsubj" and ruled(subject(c)))
        or (c.dep_ == "prep" and c.lower_ == "under" and any(ruled(p) for p in children_of(c)))
        for c in children_of(token)
    )


def _doers_of(verb: Token) -> list[Token]:
    """The subject of ``verb`` in any tense, a relative pronoun's noun, or the noun a
    participle modifies ("a law [allowing] civil unions")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]
    found = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in found):
        found.append(verb.head)
    return found


# Verbs of warning whose warned clause may be a forecast or advice, not a threat.
_WARNING = cue_words("warning")


def forecast(trigger: Trigger, type_: str) -> bool:
    """ "Strauss-Kahn warned that it could become a humanitarian question", "cautioned
    that countries need to resist ...": a warning of what may happen, or advice, is
    no threat. One is a threat when someone is warned ("warned Iran that ..."), or
    the warned clause announces an act of force ("warned that bases would be
    targeted") or the warner's own act ("warned that it would respond")."""
    token = trigger.token
    if type_ != "THREATEN" or trigger.entry.pos != "VERB" or token.lemma_ not in _WARNING:
        return False
    if any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in _WARNED_OF)
        for c in children_of(token)
    ):
        return False  # "warned Iran that ...", "warned of military action"
    clauses = [c for c in children_of(token) if c.dep_ == "ccomp"]
    return bool(clauses) and not any(_announced_act(c) for c in clauses)


def _announced_act(clause: Token) -> bool:
    triggers = load_lexicon().triggers.get((clause.lemma_.lower(), "VERB"), ())
    if any(entry.type in _FORCE for entry in triggers):
        return True
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    willed = any(c.dep_ == "aux" and c.lower_ in _WILL for c in children_of(clause))
    if not willed or subject is None:
        return False
    # "warned that it would respond", "warned that police will no longer tolerate ..."
    acting = load_lexicon().modality.get(subject.lemma_.lower()) == "authority"
    return subject.lower_ in _PERSONAL or acting or subject.ent_type_ in _ACTING_ENTS


def lone_discussion(trigger: Trigger, type_: str, parts: Participants) -> bool:
    """ "Hammons discusses his campaign", "the commission will discuss the events": one
    side discussing a topic consults no one. A talk verb that is also a ``report`` word
    (discuss) is a consultation only with a partner ("discussed it with X") or
    several sides ("the two presidents discussed ...")."""
    token = trigger.token
    if type_ != "CONSULT" or trigger.entry.pos != "VERB":
        return False
    if load_lexicon().modality.get(token.lemma_.lower()) != "report":
        return False
    if len(parts.actors) > 1:
        return False  # the object of "discussed" is the topic, not a partner
    if any(
        c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in children_of(token)
    ):
        return False
    # A passive's subject is the topic ("the scenarios were discussed"); its sides are
    # the agents ("were discussed by the two leaders").
    subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
    for agent in (c for c in children_of(token) if c.dep_ == "agent"):
        subjects.extend(c for c in children_of(agent) if c.dep_ == "pobj")
    return not any(s.tag_ in ("NNS", "NNPS") or conjuncts_of(s) for s in subjects)


def no_one_involved(trigger: Trigger) -> bool:
    """ "No one was injured", "nobody was killed or hurt", "none of the protesters was
    arrested", "no soldiers were wounded", "the blast injured no one": a verb whose doer
    or patient is no one reports that the act did not take place, and so does a verb
    under "without" ("left without firing a shot"). It is no refusal either (unlike "did
    not accept"), so nothing is coded."""
    token = trigger.token
    if trigger.entry.pos != "VERB":
        return False
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "exploded without injuring anyone", "left without firing a shot"
    verb = token
    # "no one was injured or killed": a conjoined verb shares the first one's subject.
    while verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)
    ):
        verb = verb.head
    return (
        any(_names_no_one(c) for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass"))
        or any(_names_no_one(c) for c in children_of(token) if c.dep_ == "dobj")
        or _generic_you(verb)
    )


# Auxiliaries that leave a "you" generic ("you don't defend sovereignty with flags", "you
# would be talking to people"); any other ("you did", "you have", "you should") addresses
# someone or asks something of them, and keeps its reading.
_GENERIC_AUXES = frozenset(
    {"do", "does", "don't", "will", "would", "'ll", "’ll", "'d", "’d", "wo", "can", "ca", "could"}
)


def _generic_you(verb: Token) -> bool:
    """ "Every time you visit the doctor", "you don't defend national sovereignty with
    flags", "you would be talking to people": an act with "you" as its subject in the
    simple present, or with "do", "will", "would" or "can", is what anyone does, no act of
    someone named ("you attacked us", "you have met him", "you're opposing the
    government" and "you should go" address someone)."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children_of(verb)):
        return False
    if verb.tag_ not in ("VB", "VBP", "VBG"):
        return False
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ == "aux"]
    if verb.tag_ == "VBG":
        auxes = [a for a in auxes if a not in ("be", "being")]
        if not auxes:
            return False  # "you're opposing the government": someone addressed
    return all(a in _GENERIC_AUXES for a in auxes)


def _names_no_one(word: Token) -> bool:
    if word.lower_ in _NO_ONE:
        return True
    # "No-one was hurt": the tokenizer splits "no-one" into "No", "-", "one"
    doc = word.doc
    if word.lower_ == "one" and word.i >= 2 and doc[word.i - 1].text == "-":
        return doc[word.i - 2].lower_ == "no"
    # "no one", "no soldiers", "neither side": a determiner "no" or "neither" on the
    # participant itself ("neither of them" is a "none of them")
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in children_of(word))


def contrast_or_state(trigger: Trigger) -> bool:
    """ "tea, as opposed to coffee": a comparison, no opposition; "many people opposed to
    the plan": a noun's modifier describes who holds a view. "They are opposed to it",
    "said he was opposed to it" state disapproval and stay, as do "opposed the bill"
    and "was opposed by the union"."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.lemma_.lower() != "oppose" or token.tag_ != "VBN":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(token)):
        return True
    if token.dep_ != "acl" or any(c.dep_ == "agent" for c in children_of(token)):
        return False  # "a plan opposed by the union" is the union's act
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(token))


def spectators(trigger: Trigger, type_: str) -> bool:
    """ "Thousands gathered to welcome the Pope", "crowds rallied to celebrate the result":
    a crowd come to see, greet or cheer (``spectate`` in ``modality.tsv``) or to welcome
    or honour someone (``acclaim``) holds no protest; "gathered to protest the war" or
    "to demand his release" still does."""
    if type_ != "PROTEST" or trigger.entry.pos != "VERB":
        return False
    modality = load_lexicon().modality
    return any(
        (c.dep_ == "xcomp" or c.dep_ == "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        and modality.get(c.lemma_.lower()) in _SPECTATING
        for c in children_of(trigger.token)
    )


def habitual_relative(trigger: Trigger) -> bool:
    """ "the poor who support his policy", "groups that oppose the war": a simple present
    verb in a relative clause on a relative pronoun describes what its noun habitually
    does or holds, not an act done; "a group that attacked ..." (past) is an event. So does
    an infinitive such a verb takes: "every country that decides to recognize Kosovo", "groups
    that continue to attack the army" (but "a group that decided to attack" did; "a bill which
    intends to fund the war" states an intent, coded as one)."""
    token = trigger.token
    if trigger.entry.pos != "VERB":
        return False
    while token.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)
    ):
        token = token.head  # "every country that decides [to recognize] it": a rule too
        if load_lexicon().modality.get(token.lemma_.lower()) == "intent":
            return False  # "a bill which intends to fund the war": an intent, kept as such
    if token.dep_ != "relcl" or token.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in children_of(token)):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in children_of(token)
    )


_WH_OBJECTS = frozenset({"what", "which", "whatever"})


def naming(trigger: Trigger) -> bool:
    """ "What he called an ideological struggle", "that is called marriage", "it has been
    dubbed a scandal": a judging verb of naming (call, dub, label, ...) that quotes a
    term for something, or names it in an agentless passive, judges no one. "Called
    the plan a disgrace" and "was called a liar by the mayor" still do."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or "oprd" not in trigger.entry.deps:
        return False
    if load_lexicon().modality.get(token.lemma_.lower()) != "naming":
        return False
    if token.dep_ == "acl":
        return True  # "a company called Landmark"
    children = list(children_of(token))
    if any(c.dep_ == "dobj" and c.lower_ in _WH_OBJECTS for c in children):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in children):
        return True  # "calling themselves shoppers": a name one goes by
    if any(c.lower_ == "so" and c.dep_ == "advmod" and c.i < token.i for c in children):
        return True  # "the so called cipher"
    predicates = [c for c in children if c.dep_ in ("oprd", "ccomp")]
    if predicates and all(_phoning(c) for c in predicates):
        return True  # "was called twice by my bank asking about ...": a phone call
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    return passive and not any(c.dep_ == "agent" for c in children)


def _phoning(predicate: Token) -> bool:
    """ "called the office [voicing] concerns", "called by my bank [asking] about ...": a
    participle with arguments of its own says what a caller did; a bare one is a judgement
    ("called it [sickening]")."""
    return predicate.tag_ == "VBG" and any(
        c.dep_ in ("dobj", "prep", "nsubj") for c in children_of(predicate)
    )


# Slots of a noun phrase: a participle there with a determiner is a noun.
_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative"})
_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "ccomp", "xcomp", "prep"})


def person_noun(trigger: Trigger) -> bool:
    """ "Police arrested the accused", "the injured were taken to hospital", "fifty of the
    detained": a participle with a determiner, in a noun's slot and with no arguments
    of its own, names people (those accused, injured or detained), not an act."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.dep_ not in _NOUN_SLOTS:
        return False
    if not any(c.dep_ in ("det", "poss") and c.i < token.i for c in children_of(token)):
        return False
    return not any(c.dep_ in _CLAUSE_PARTS for c in children_of(token))


# What someone is armed or equipped with, or where troops are stationed: a state.
_STATE_PARTICIPLES = cue_words("state_participle")
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def carried_or_posted(trigger: Trigger) -> bool:
    """ "Protesters armed with whistles", "a car equipped with an engine", "troops
    stationed in Kabul", "having armed himself": a participle describing what one
    carries or where one is posted, or arming oneself, is a state, no AID or MOBILIZE.
    "Iran armed the rebels" and "troops were stationed there by NATO" stay."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.lemma_.lower() not in _STATE_PARTICIPLES:
        return False
    children = list(children_of(token))
    if any(c.dep_ == "agent" for c in children):
        return False
    if token.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in children)


# Worries voiced about a state of things: disapproval only when aimed at someone.
_CONCERNS = cue_words("concern")


def concern_for_no_one(trigger: Trigger, type_: str, parts: Participants) -> bool:
    """ "The minister expressed concern about air quality", "many have expressed concerns
    that the law is too broad": a worry about a state of things disapproves of no one.
    Concern at what a named party did ("expressed concern over China's missile tests")
    stays ACCUSE, even where its target is not resolved."""
    if type_ != "ACCUSE" or parts.recipient is not None:
        return False
    doc = trigger.token.doc
    concerns = [doc[i] for i in trigger.consumed if doc[i].lemma_.lower() in _CONCERNS]
    if not concerns:
        return False
    # What the worry is about: the noun's own phrase and the verb's "over"/"about" phrase.
    about = [t for c in concerns for t in c.subtree]
    about += [t for c in children_of(trigger.token) if c.dep_ == "prep" for t in c.subtree]
    return not any(t.ent_type_ in _ACTING_ENTS or _author(t) for t in about)


def _author(word: Token) -> bool:
    """ "doubts about the scheme [drawn up by the government]", "worry about the
    government's plan": a thing an authority made or proposed is its doing, so a worry
    about it is aimed at that authority (named parties count already)."""
    if load_lexicon().modality.get(word.lemma_.lower()) != "authority":
        return False
    if word.dep_ == "pobj" and word.head.lower_ == "by":
        # the agent of a participle that describes the thing ("the scheme drawn up by")
        return word.head.head.dep_ == "acl" and word.head.head.tag_ == "VBN"
    if word.dep_ == "poss":
        classes = object_classes()
        return any(word.head.lemma_.lower() in classes[k] for k in ("proposals", "policies"))
    return False


def voting_intention(trigger: Trigger, type_: str, intent: bool) -> bool:
    """ "48% said they would vote for Obama", "which candidates would you vote for?": an
    intended vote is an opinion poll's answer, no promise to anyone (a vote cast, or a
    refusal to vote for a bill, is still coded)."""
    return intent and type_ == "AGREE" and trigger.entry.lemma == "vote"


# Determiners of a noun act that name no particular one: "any attack", "whatever deal".
_ANY = frozenset({"any", "whatever"})
_DENIALS = frozenset({"not", "n't", "n’t", "never", "no"})


def unspecified(trigger: Trigger) -> bool:
    """ "Any attack on him is an attack on all of us", "whatever deal is reached": a noun
    act under "any" is no particular act and did not take place. A denial keeps its own
    reading ("they do not have any intention of leaving" still refuses)."""
    token = trigger.token
    if trigger.entry.pos != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in _ANY for c in children_of(token)):
        return False
    return not any(c.lower_ in _DENIALS for c in children_of(token.head))


# Deeds (not words, and not travel) that a simple present describes as a habit or a
# general truth: "cities collaborate", "we give help", "the pact lifts trade restrictions".
_DEEDS = frozenset(
    {
        "COOPERATE",
        "AID",
        "ASSAULT",
        "CONCEDE",
        "RETREAT",
        "MOBILIZE",
        "COERCE",
        "SANCTION",
        "PROTEST",
    }
)


# Verbs whose past is their present form: a tagged present may be past ("workers quit").
_SAME_PAST = cue_words("same_past")


def habitual_present(trigger: Trigger, type_: str) -> bool:
    """ "Cities collaborate in a state", "we give help that is required", "YouTube allows
    videos to be licensed", "the pact lifts trade restrictions": a deed in the simple
    present, with no auxiliary, is what someone habitually does or what a text provides,
    not an act reported. Statements ("the party denies it", "Iran accuses ...") are
    reported in the present and stay; so does travel on a schedule ("the president
    visits Kuwait next"), and so does an article's first sentence, where a headline
    reports in the present ("Israel strikes Gaza")."""
    token = trigger.token
    if type_ not in _DEEDS or trigger.entry.pos != "VERB" or token.tag_ not in ("VBZ", "VBP"):
        return False
    if token.sent.start == 0 or token.lower_ in _SAME_PAST:
        return False  # "poll workers quit ahead of the election" is past
    return not any(c.dep_ in ("aux", "auxpass") for c in children_of(token))


# Whom a government or an embassy advises ("warned its citizens to stay away"): a travel
# or safety advisory is no threat. Tourists are left out: militants "warned tourists to
# stay away" threaten.
_ADVISED = cue_words("advised")


def advisory(trigger: Trigger, type_: str) -> bool:
    """ "Norway warned its citizens in Peru to stay indoors", "embassies warned their
    nationals to avoid rallies": advice to one's own people threatens no one. The act
    advised against stays embedded ("warned its citizens against visiting Iraq" is no
    visit)."""
    if type_ != "THREATEN" or trigger.entry.lemma != "warn":
        return False
    return any(
        c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _ADVISED
        for c in children_of(trigger.token)
    )


def generic_gerund(trigger: Trigger, parts: Participants) -> bool:
    """ "Attacking civilians is a war crime", "boycotting the election would be a
    mistake", "denying them citizenship violated the Constitution": a gerund that is the
    subject of its clause, with no doer of its own, names a kind of act, not one that took
    place ("his refusing to attend" or "Iran's attacking" names whose, "fighting between
    X and Y continued" its sides, and "fighting broke out" says it took place)."""
    token = trigger.token
    if trigger.entry.pos != "VERB" or token.tag_ != "VBG":
        return False
    if parts.actors or parts.named or parts.occurred:
        return False
    if token.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("nsubj", "poss", "agent") for c in children_of(token))


# Modals that put an existential "there will be" ahead of the paper or in doubt.
_FORESEEING = frozenset({"will", "would", "shall", "could", "may", "might", "'ll", "’ll"})


def foreseen_doers(trigger: Trigger) -> bool:
    """ "there will be more people calling for an election", "there could be people who
    protest": an act of the people a future or possible "there is" brings in is
    foreseen, not done ("there were people calling for ..." reports it)."""
    token = trigger.token
    if token.dep_ not in ("relcl", "acl") or token.tag_ in ("VBD", "VBN"):
        return False
    noun = token.head
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return False
    children = list(children_of(verb))
    return any(c.dep_ == "expl" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in _FORESEEING for c in children
    )
