"""Doers the clause leaves unsaid: coordinated passives share the "by" agent the parser hung
on the last of them ("was arrested and charged by Interpol"); a people noun's own participle
agent is not the target of the main act ("the man arrested by Interpol was charged"); a
"they" opening its sentence is the group the sentence before was about. Invented sentences,
hand-built parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.events import extract_events
from newsgraph.model import Actor, Mention

from .conftest import PUBLISHED, Row, actors_from_ents, build, events_of, parsed

# "Jo Doe was arrested and charged by Interpol."
ARRESTED_AND_CHARGED_BY = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubjpass|2|I-PERSON was|AUX|auxpass|1||be "
    "arrested|VERB|ROOT|0||arrest and|CCONJ|cc|-1 charged|VERB|conj|-2||charge "
    "by|ADP|agent|-1 Interpol|PROPN|pobj|-1|B-ORG .|PUNCT|punct|-6"
)
# "Jo Doe was arrested and charged by the car." (a thing: no one)
ARRESTED_AND_CHARGED_BY_NO_ONE = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubjpass|2|I-PERSON was|AUX|auxpass|1||be "
    "arrested|VERB|ROOT|0||arrest and|CCONJ|cc|-1 charged|VERB|conj|-2||charge "
    "by|ADP|agent|-1 the|DET|det|1 car|NOUN|pobj|-2 .|PUNCT|punct|-7"
)
# "The man arrested by Interpol was charged."
MAN_ARRESTED_BY_WAS_CHARGED = (
    "The|DET|det|1 man|NOUN|nsubjpass|5 arrested|VERB|acl|-1||arrest by|ADP|agent|-1 "
    "Interpol|PROPN|pobj|-1|B-ORG was|AUX|auxpass|1||be charged|VERB|ROOT|0||charge "
    ".|PUNCT|punct|-1"
)
# "The deal signed by Interpol was criticised." (a thing: whoever signed it is criticised)
DEAL_SIGNED_BY_WAS_CRITICISED = (
    "The|DET|det|1 deal|NOUN|nsubjpass|5 signed|VERB|acl|-1||sign by|ADP|agent|-1 "
    "Interpol|PROPN|pobj|-1|B-ORG was|AUX|auxpass|1||be criticised|VERB|ROOT|0||criticise "
    ".|PUNCT|punct|-1"
)
_TAGS = {"arrested": "VBN", "charged": "VBN", "signed": "VBN", "criticised": "VBN"}

# "Ruritanian rebels seized the town." + "They attacked the base."
REBELS_SEIZED = (
    "Ruritanian|ADJ|amod|1|B-NORP rebels|NOUN|nsubj|1||rebel seized|VERB|ROOT|0||seize "
    "the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
JO_SEIZED = (
    "Jo|PROPN|compound|1|B-PERSON Doe|PROPN|nsubj|1|I-PERSON seized|VERB|ROOT|0||seize "
    "the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
THEY_ATTACKED = (
    "They|PRON|nsubj|1||they attacked|VERB|ROOT|0||attack the|DET|det|1 base|NOUN|dobj|-2 "
    ".|PUNCT|punct|-3"
)
# "Two men were held after they attacked the base." ("they" has an antecedent of its own)
MEN_HELD_AFTER_THEY = (
    "Two|NUM|nummod|1 men|NOUN|nsubjpass|2||man were|AUX|auxpass|1||be held|VERB|ROOT|0||hold "
    "after|SCONJ|mark|2 they|PRON|nsubj|1 attacked|VERB|advcl|-3||attack the|DET|det|1 "
    "base|NOUN|dobj|-2 .|PUNCT|punct|-7"
)


def _sentences(nlp: Language, first: list[Row], *rest: list[Row]) -> Doc:
    rows = first + [r for more in rest for r in more]
    starts = set()
    at = 0
    for sentence in (first, *rest):
        starts.add(at)
        at += len(sentence)
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        spaces=[True] * len(rows),
        pos=[r[1] for r in rows],
        tags=[{"rebels": "NNS"}.get(r[0], "") for r in rows],
        deps=[r[2] for r in rows],
        heads=[i + r[3] for i, r in enumerate(rows)],
        ents=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[i in starts for i in range(len(rows))],
    )


def _by_trigger(doc: Doc, trigger: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(e.actors, e.recipient) for e in events_of(doc) if e.trigger.text == trigger]


def test_coordinated_passives_share_the_agent_hung_on_the_last(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(ARRESTED_AND_CHARGED_BY), _TAGS)
    assert _by_trigger(doc, "arrested") == [(("A2",), "A1")]
    assert _by_trigger(doc, "charged") == [(("A2",), "A1")]


def test_a_shared_by_phrase_naming_no_one_names_no_doer(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(ARRESTED_AND_CHARGED_BY_NO_ONE), _TAGS)
    assert [a for a, _ in _by_trigger(doc, "arrested")] == [()]


def test_what_was_done_to_people_names_no_target(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(MAN_ARRESTED_BY_WAS_CHARGED), _TAGS)
    assert _by_trigger(doc, "charged") == [((), None)]


def test_who_made_a_thing_is_still_the_target_of_a_response(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(DEAL_SIGNED_BY_WAS_CRITICISED), _TAGS)
    assert [r for _, r in _by_trigger(doc, "criticised")] == ["A1"]


def test_they_opening_a_sentence_is_the_group_before(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(REBELS_SEIZED), parsed(THEY_ATTACKED))
    assert [a for a, _ in _by_trigger(doc, "attacked")] == [("A1",)]


def test_they_is_not_one_person_before(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(JO_SEIZED), parsed(THEY_ATTACKED))
    assert all(a == () for a, _ in _by_trigger(doc, "attacked"))


def test_they_after_a_noun_of_its_own_sentence_is_not_looked_for_before(
    blank_nlp: Language,
) -> None:
    doc = _sentences(blank_nlp, parsed(REBELS_SEIZED), parsed(MEN_HELD_AFTER_THEY))
    assert all(a == () for a, _ in _by_trigger(doc, "attacked"))


def test_they_in_the_first_sentence_has_no_sentence_before(blank_nlp: Language) -> None:
    doc = build(blank_nlp, parsed(THEY_ATTACKED))
    events = extract_events(doc, actors_from_ents(doc), (), (), PUBLISHED)
    assert all(e.actors == () for e in events)


def test_they_after_they_is_the_group_two_sentences_before(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(REBELS_SEIZED), parsed(THEY_ATTACKED), parsed(THEY_ATTACKED))
    assert [a for a, _ in _by_trigger(doc, "attacked")] == [("A1",), ("A1",)]


# "Ruritania seized the town." + "It attacked the base."
RURITANIA_SEIZED = (
    "Ruritania|PROPN|nsubj|1|B-GPE seized|VERB|ROOT|0||seize the|DET|det|1 town|NOUN|dobj|-2 "
    ".|PUNCT|punct|-3"
)
# "The Ruritanian army seized the town." (the subject names no actor of its own)
ARMY_SEIZED = (
    "The|DET|det|2 Ruritanian|ADJ|amod|1|B-NORP army|NOUN|nsubj|1 seized|VERB|ROOT|0||seize "
    "the|DET|det|1 town|NOUN|dobj|-2 .|PUNCT|punct|-3"
)
IT_ATTACKED = THEY_ATTACKED.replace("They|PRON|nsubj|1||they", "It|PRON|nsubj|1||it")
# "Their commanders attacked the base."
THEIR_COMMANDERS_ATTACKED = (
    "Their|PRON|poss|1||their commanders|NOUN|nsubj|1||commander attacked|VERB|ROOT|0||attack "
    "the|DET|det|1 base|NOUN|dobj|-2 .|PUNCT|punct|-3"
)


def test_it_opening_a_sentence_is_the_body_named_before(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(RURITANIA_SEIZED), parsed(IT_ATTACKED))
    assert [a for a, _ in _by_trigger(doc, "attacked")] == [("A1",)]


def test_it_is_not_a_thing_a_name_only_describes(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(ARMY_SEIZED), parsed(IT_ATTACKED))
    assert all(a == () for a, _ in _by_trigger(doc, "attacked"))


def test_their_people_are_the_group_named_before(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(REBELS_SEIZED), parsed(THEIR_COMMANDERS_ATTACKED))
    assert [a for a, _ in _by_trigger(doc, "attacked")] == [("A1",)]


# "Hezbollah seized the town." / "Hezbollah seized the towns." + "They attacked the base."
HEZBOLLAH_SEIZED = (
    "Hezbollah|PROPN|nsubj|1|B-ORG seized|VERB|ROOT|0||seize the|DET|det|1 town|NOUN|dobj|-2 "
    ".|PUNCT|punct|-3"
)


def _armed(doc: Doc, sector: str) -> tuple[Actor, ...]:
    mention = Mention(0, len("Hezbollah"), "Hezbollah", "ORG")
    return (Actor("A1", "Hezbollah", "ORG", (mention,), sector=sector),)


def _attacked(doc: Doc, actors: tuple[Actor, ...]) -> list[tuple[str, ...]]:
    events = extract_events(doc, actors, (), (), PUBLISHED)
    return [e.actors for e in events if e.trigger.text == "attacked"]


def test_they_is_an_armed_group_named_in_the_singular(blank_nlp: Language) -> None:
    doc = _sentences(blank_nlp, parsed(HEZBOLLAH_SEIZED), parsed(THEY_ATTACKED))
    assert _attacked(doc, _armed(doc, "REB")) == [("A1",)]
    assert _attacked(doc, _armed(doc, "BUS")) == [()]  # a firm named in the singular: "it"


def test_they_may_be_a_plural_of_the_sentence_before(blank_nlp: Language) -> None:
    towns = HEZBOLLAH_SEIZED.replace("town|NOUN", "towns|NOUN")
    doc = _sentences(blank_nlp, parsed(towns), parsed(THEY_ATTACKED))
    tagged = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        tags=["NNS" if t.text == "towns" else "" for t in doc],
        pos=[t.pos_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc],
        lemmas=[t.lemma_ for t in doc],
        sent_starts=[t.is_sent_start for t in doc],
    )
    assert _attacked(tagged, _armed(tagged, "REB")) == [()]
