"""The content words single event rules test for: ``data/events/cue_words.tsv``.

The file has two tab-separated columns, ``word  kind``, under a header row. Each kind is
named after what its rule does with the words; the comment at the rule says why. Words
are lower case (lemmas or forms, as the rule reads them; a kind's words may hold a
space: ``outcome_phrase``'s "carry out"). A word may have several kinds, but appears
once per kind, and every kind has words: a kind the code asks for and the file lacks is
a load error, not an empty set. Closed-class grammar (prepositions, determiners,
pronouns, auxiliaries, dependency labels, POS tags, PLOVER types) stays in the code.
The same table is in ``data/events/CUE_WORDS.md``.

Kinds (the module whose rule reads them):

``founding`` (aims.py)
    verbs of founding a body: what it is founded to do is its purpose.
``inquiring`` (aims.py)
    verbs of looking into something: a body set up to do it is the inquiry.
``containing`` (aims.py)
    verbs that say what a plan holds ("a plot which involved ...").
``evidence`` (aims.py)
    nouns of evidence: what there is no evidence of is not known to have happened.
``arranged`` (aims.py)
    participles that arrange an act with "be ... to" ("is scheduled to visit").
``aim`` (aims.py)
    nouns that name an aim: what "is to" be done after them is sought.
``telling`` (aims.py)
    verbs of telling someone what to do ("told Iran to withdraw" demands it).
``binding`` (aims.py)
    verbs that bind someone to an act: what is owed is not done.
``completing`` (aims.py)
    verbs of completing: an act still to be completed is not done.
``planning`` (clause_cues.py)
    verbs of planning or wanting whose object noun is an act to come ("seeks talks").
``joining`` (clause_cues.py)
    verbs of taking part whose "in" names the act they join ("engage in violence").
``attack_word`` (dates.py)
    words after "September 11", or with its "of", that make it name the 2001 attacks
    ("the September 11 attacks", "9/11 hijackers").
``acclaim`` (extract.py)
    words that make a judging verb's predicate praise ("called the deal a breakthrough").
``verbal_harm`` (spoken_attacks.py)
    verbs whose attack on a politician by a politician is made in words ("Biden attacked Trump").
``raiding`` (police_raids.py)
    words of raiding: a raid the police make is a search and arrest (COERCE), not an assault.
``arresting`` (extract.py)
    verbs of arresting: whom they hold is suspected, not yet judged.
``no_charge`` (extract.py)
    what someone is held "for" that states no wrong ("detained for questioning").
``infinitive_only`` (frames.py)
    modality nouns that qualify only an infinitive they take ("a way to talk").
``using`` (modality.py)
    verbs that put a power or right to use: the act it is a power to do is done.
``fearing`` (screening_fears.py)
    nouns, verbs and adjectives of fear: a "will" clause or "of" noun they take is dreaded.
``reprisal`` (frames.py)
    nouns that, after "in", say why an act was done ("in retaliation"), not a second act.
``common_word`` (gazetteer.py)
    place names that are common English words: a lower-case one is no place.
``generic_stem`` (gazetteer.py)
    generic stems that name no subdivision even when several of one country share them ("Cape").
``proxy`` (phrase_actors.py)
    nouns of those who act or speak "for" someone ("lawyers for Jo Doe").
``performing`` (phrase_actors.py)
    participles of carrying out an act ("the raid conducted by troops").
``vague_group`` (phrase_actors.py)
    group nouns too vague to point back at one group named before.
``authoring`` (phrase_actors.py)
    participles of making a text known ("a statement issued by the ministry").
``not_side`` (roles.py)
    acts "between" two parties not done by them (a go-between's, a trip's).
``confirming`` (roles.py)
    verbs that make known an act that may be the subject's own or another's.
``spectating`` (screening.py)
    what a crowd gathers to do when it comes to watch or acclaim: no protest.
``state_participle`` (screening.py)
    participles of a state: armed, equipped, stationed.
``concern`` (screening.py)
    worries voiced about a state of things: disapproval only when aimed at someone.
``advised`` (screening.py)
    whom a government advises ("warned its citizens to stay away"): no threat.
``same_past`` (screening.py)
    verbs whose past is their present form: a tagged present may be past.
``outcome_verb`` (screening_background.py)
    verbs whose subject act took place ("the siege lasted", "sparked protests").
``condemning`` (screening_background.py)
    verbs of condemning: what was condemned was done.
``outcome_phrase`` (screening_background.py)
    verb and particle or preposition, space-separated, of the same ("carry out", "lead to").
``danger_kind`` (screening_background.py)
    modifiers of a threat that is a danger, not an act ("the nuclear threat").
``scheduling`` (tense.py)
    lemmas that set an act at a time to come ("is scheduled to meet").
``scheduling_form`` (tense.py)
    forms of those the model lemmatizes wrongly ("slated").
``intending`` (tense.py)
    lemmas of an intention or likelihood now of an act to come ("hopes to meet").
``intending_form`` (tense.py)
    forms of those the model lemmatizes wrongly ("hopes").
``vowing`` (troops_abroad.py)
    verbs of a vow whose infinitive of sending troops stays a threat ("vowed to send").
``happening`` (trigger_dates.py)
    verbs a noun act is the subject of when it happens ("took place on Monday").
``aspect`` (trigger_dates.py)
    verbs whose "-ing" complement is an act going on when they are ("began shelling").
``taking_part`` (trigger_dates.py)
    verbs whose "in" object is a noun act one takes part in ("took part in a protest").
``area_noun`` (trigger_places.py)
    common nouns of an area a place name before them names ("the Mopti region").
``quantity`` (trigger_subjects.py)
    words that count a crowd ("hundreds protested").
``road_vehicle`` (trigger_subjects.py)
    road vehicles that crash into another with no one steering them there: an accident, no ramming.
``mishap_verb`` (trigger_subjects.py)
    verbs of a mishap that are themselves the cause of harm ("crashed", "collapsed").
``forecasting`` (frames.py)
    verbs of intent that, passive, forecast rather than intend ("Iran is expected to attack").
``possible_adj`` (clause_cues.py)
    adjectives that make a noun act only possible ("a possible strike", "a potential attack").
``noun_only`` (modality.py)
    modality words that qualify an act only as nouns ("the right to protest").
``passive_only`` (modality.py)
    modality words that qualify an act only as a passive verb ("are set to sign").
``head_only`` (modality.py)
    modality words that qualify an act only as the word above it ("are likely to attack").
``sort_noun`` (speech.py)
    nouns of a sort a judgement adjective may modify ("some kind of ploy"): no praise.
``warning`` (screening.py)
    verbs of warning whose warned clause may be a forecast or advice, not a threat.
``light_verb`` (triggers.py)
    verbs whose object noun is the act ("made an appeal", "paid a visit", "waged war").
``questioning`` (meetings.py)
    verbs of putting a question: a news outlet that does it reports, it asks for nothing.
``body_noun`` (phrase_actors.py)
    words for a team or body of people that are no agent nouns of the actors stage ("team",
    "committee"): their "in" or "at" says whose people they are, not only where.
``contest`` (roles.py)
    lemmas of a battle or fight, no assault when all its known sides are civil bodies.
``poll_share`` (screening_polls.py)
    words that make a subject a statistic or poll respondents ("31 percent approved").
``polling`` (screening_polls.py)
    a poll, as a noun ("a survey found") or a participle ("those polled"): views, no act.
``ballot`` (screening_polls.py)
    verbs of casting a vote: a share that votes acts ("63% voted against the treaty").
``providing`` (screening_things.py)
    verbs of giving or offering: with a thing as subject, no party gives ("the plan offers").
``instrument`` (screening_things.py)
    things that provide, as subjects of those verbs ("the deal gives Ruritania access").
``frequency_unit`` (screening_habits.py)
    units of time "each" or "every" make a frequency of: an act "each year" is a habit.
``habitual_adverb`` (screening_habits.py)
    adverbs of habit ("routinely blame each other"): no single act reported.
``plural_sense`` (screening_nouns.py)
    nouns that name the act only in the plural: "talks" meet, "a talk" is a lecture.
``duty`` (screening_nouns.py)
    nouns that make "in X of" a duty: "in charge of recruiting" names a job, no act.
``inanimate_doer`` (screening_forces.py)
    forces of nature, diseases, market figures, machines, qualities and circumstances:
    what they do as a verb's doer is no political act ("the floods threatened villages",
    "the situation demands action"); weapons are not listed.
``self_harm_verb`` (screening_self_harm.py)
    verbs of harm that, with a reflexive object alone, are a suicide: no ASSAULT
    ("a prisoner killed himself"; "killed himself and four others" stays).
``reflexive`` (screening_self_harm.py)
    reflexive pronouns: the doer as the object of its own verb.
``with_others`` (screening_self_harm.py)
    words that join others to a reflexive object ("killed himself along with six").
``explosive`` (screening_self_harm.py)
    explosives and their verbs: a self-killing in a sentence naming one is a suicide
    attack ("set off a grenade, killing herself"), which stays an ASSAULT.
``outcome_holder`` (undergone.py)
    verbs that hold what befell someone ("left ten dead", "saw the consulate torched").
``undergone_verb`` (undergone.py)
    verbs of harm or seizure whose bare participle there tells what was done to its noun.
``done_in_past`` (modality.py)
    words of ability whose past copula reports the act done ("were able to visit them").
``endangering`` (screening_endanger.py)
    verbs of threatening that also mean putting at risk ("threaten", "menace").
``abstract_doer`` (screening_endanger.py)
    measures, states of affairs and acts that, threatening, put something at risk and
    threaten no one ("the new levy threatens jobs", "the clashes threaten the truce").
``belief_noun`` (screening_beliefs.py)
    nouns of a verdict that also name a belief ("her conviction that talks will work").
``belief_verb`` (screening_beliefs.py)
    verbs whose object is a belief stated or stirred ("reiterated his conviction").
``belief_measure`` (screening_beliefs.py)
    words that measure a belief before "of" ("a lack of conviction").
``holding`` (screening_holding.py)
    verbs that blame through a predicate ("held them responsible").
``blame_predicate`` (screening_holding.py)
    predicates that put blame on someone: "held firm" blames no one.
``two_sided`` (struck_places.py)
    fights between sides: the country they rage "in" is not their target.
``needing`` (screening_needs.py)
    verbs whose object is needed or missing, not had ("need aid", "lack support").
``want_noun`` (screening_needs.py)
    nouns of want whose "of" or "for" names what is missing ("in need of aid").
``weight_noun`` (screening_emphasis.py)
    objects of stressing that say a thing matters ("the importance of diplomacy").
``claim_noun`` (screening_denials.py)
    nouns of a claim: the act in the "that" clause of a denied one is unknown.
``denying`` (screening_denials.py)
    verbs of denial: a claim noun they take leaves its content unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from ..cue_words import read_cue_words as read_word_kinds

__all__ = ["KINDS", "cue_words", "parse_cue_words"]

_FILE = "data/events/cue_words.tsv"

#: Every kind of ``cue_words.tsv`` (see the module docstring).
KINDS = frozenset(
    {
    "founding", "inquiring", "containing", "evidence", "arranged", "aim", "telling",
    "binding", "completing", "planning", "joining", "attack_word", "acclaim", "arresting",
    "no_charge", "infinitive_only", "reprisal", "common_word", "generic_stem", "proxy",
    "performing", "vague_group", "authoring", "not_side", "confirming", "spectating",
    "state_participle", "concern", "advised", "same_past", "outcome_verb", "condemning",
    "outcome_phrase", "danger_kind", "scheduling", "scheduling_form", "intending",
    "intending_form", "happening", "aspect", "taking_part", "area_noun", "quantity",
    "road_vehicle", "mishap_verb", "forecasting", "noun_only", "passive_only", "head_only",
    "possible_adj",
    "self_harm_verb", "reflexive", "with_others", "explosive",
    "outcome_holder", "undergone_verb",
    "sort_noun", "warning", "light_verb", "questioning", "contest",
    "body_noun",
    "done_in_past", "using", "fearing",
    "verbal_harm",
    "raiding",
    "endangering", "abstract_doer",
    "belief_noun", "belief_verb", "belief_measure",
    "holding", "blame_predicate",
    "poll_share", "polling", "ballot", "providing", "instrument", "frequency_unit",
    "habitual_adverb", "plural_sense", "duty", "inanimate_doer",
    "vowing",
    "two_sided",
    "needing", "want_noun", "weight_noun",
    "claim_noun", "denying",
    }
)  # fmt: skip


def parse_cue_words(lines: Iterable[str], where: str = _FILE) -> dict[str, frozenset[str]]:
    """Read the lines of a cue word file (header first) into kind -> its words.

    Raises:
        ConfigError: the file breaks a rule of :func:`newsgraph.cue_words.read_cue_words`
            (all kinds here are lower case); ``source`` names the line.
    """
    words = read_word_kinds(lines, KINDS, where)
    return {kind: frozenset(found) for kind, found in words.items()}


@cache
def _cue_words() -> dict[str, frozenset[str]]:
    """``cue_words.tsv``, read and checked once per process."""
    text = resources.files("newsgraph.data.events").joinpath("cue_words.tsv")
    return parse_cue_words(text.read_text(encoding="utf-8").splitlines())


def cue_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``cue_words.tsv`` ("arresting": "arrest", "detain" ...).

    Raises:
        KeyError: ``kind`` is no kind of the file.
        ConfigError: the file is malformed (see :func:`parse_cue_words`).
    """
    return _cue_words()[kind]
