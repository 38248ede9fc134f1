"""extract_quotes on invented sentences with the spaCy model and the actors stage."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import extract_actors
from newsgraph.model import Actor, Quote
from newsgraph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _run(nlp: Language, text: str) -> tuple[list[Quote], tuple[Actor, ...]]:
    doc = nlp(text)
    actors = extract_actors(doc).actors
    quotes = extract_quotes(doc, actors)
    for q in quotes:  # the evidence contract holds for every record
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
    return quotes, actors


def _who(quote: Quote, actors: tuple[Actor, ...]) -> str:
    names = [quote.speaker_name or ""]
    names += [a.name for a in actors if a.id == quote.speaker]
    return " | ".join(names)


def _kinds(quotes: list[Quote]) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes]


def test_direct_quote_after_the_cue(nlp: Language) -> None:
    quotes, actors = _run(nlp, 'Foreign Minister Lena Varga said, "We will not retreat."')
    assert _kinds(quotes) == [("direct", "We will not retreat.")]
    assert "Varga" in _who(quotes[0], actors)
    assert quotes[0].cue is not None and quotes[0].cue.text == "said"


def test_quote_split_by_attribution_is_one_utterance(nlp: Language) -> None:
    quotes, actors = _run(nlp, '"We will," Lena Varga said on Monday, "win this fight."')
    assert _kinds(quotes) == [("direct", "We will,"), ("direct", "win this fight.")]
    assert quotes[0].utterance == quotes[1].utterance
    assert all("Varga" in _who(q, actors) for q in quotes)


def test_participle_climbs_over_reported_content(nlp: Language) -> None:
    text = (
        "General Tomas Brandt emphasized that Norland would keep its troops in the region, "
        'stating, "We will stay as long as we are needed."'
    )
    quotes, actors = _run(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We will stay as long as we are needed."]
    assert "Brandt" in _who(direct[0], actors)


def test_partial_quote_and_reported_object(nlp: Language) -> None:
    text = 'President Amara Osei condemned the blockade, calling it "unacceptable" and cruel.'
    quotes, actors = _run(nlp, text)
    partial = [q for q in quotes if q.kind == "partial"]
    reported = [q for q in quotes if q.kind == "reported"]
    assert [q.text for q in partial] == ["unacceptable"]
    assert "Osei" in _who(partial[0], actors)
    assert [(q.cue.text if q.cue else None, q.text) for q in reported] == [
        ("condemned", "the blockade")
    ]


def test_reported_clause(nlp: Language) -> None:
    quotes, _ = _run(nlp, "Prime Minister Elena Ruiz said that the talks would resume on Monday.")
    assert _kinds(quotes) == [("reported", "the talks would resume on Monday")]


def test_according_to(nlp: Language) -> None:
    quotes, actors = _run(
        nlp, "According to Interior Minister Pavel Novak, the border will reopen next week."
    )
    assert _kinds(quotes) == [("reported", "the border will reopen next week")]
    assert "Novak" in _who(quotes[0], actors)
    assert quotes[0].cue is not None and quotes[0].cue.text == "According to"


@pytest.mark.parametrize(
    "text",
    [
        'The militia, dubbed "the Night Wolves", staged a march.',
        'The so-called "peace plan" was rejected by parliament.',
        'The film "Silent River" opened in Paris on Friday.',
        'The island is governed under the "one state" model.',
        "The army crossed the river on Tuesday.",
        "Some analysts said the deal would fail.",
        "Critics claimed the vote was rigged.",
        "It was reported that the vote was rigged.",
    ],
)
def test_nothing_to_find(nlp: Language, text: str) -> None:
    quotes, _ = _run(nlp, text)
    assert quotes == []


def test_unbalanced_mark_keeps_the_rest_of_the_article(nlp: Language) -> None:
    text = (
        'Prime Minister Elena Ruiz said "we will rebuild.\n\n'
        'She later said, "We will grow stronger."'
    )
    quotes, _ = _run(nlp, text)
    assert [q.text for q in quotes if q.kind == "direct"] == ["We will grow stronger."]


def test_quote_without_cue_continues_the_paragraph_speaker(nlp: Language) -> None:
    text = (
        'Mayor Ivan Petrov said, "The city is safe." '
        '"Nobody should panic. We have everything under control."'
    )
    quotes, actors = _run(nlp, text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert "Petrov" in _who(quotes[1], actors)


def test_pronoun_speaker_resolves_to_the_person(nlp: Language) -> None:
    text = 'Colonel Ahmed Saleh arrived in Tripoli on Sunday. "We are ready," he said.'
    quotes, actors = _run(nlp, text)
    assert [q.text for q in quotes] == ["We are ready,"]
    assert "Saleh" in _who(quotes[0], actors)


def test_medium_is_recorded(nlp: Language) -> None:
    text = "In a post on X, Senator Maria Lopez urged voters to stay calm."
    quotes, _ = _run(nlp, text)
    assert [(q.kind, q.medium) for q in quotes] == [("reported", "post on X")]
    assert quotes[0].text.startswith("voters to stay calm")


def test_content_written_before_the_attribution(nlp: Language) -> None:
    quotes, actors = _run(nlp, "The whole crew were rescued, the navy said on Sunday.")
    assert _kinds(quotes) == [("reported", "The whole crew were rescued")]


def test_reported_content_stops_before_a_participle_cue(nlp: Language) -> None:
    text = (
        "Despite the losses, General Omar Haddad emphasized that Norland would keep fighting, "
        'stating, "We have not lost."'
    )
    quotes, actors = _run(nlp, text)
    reported = [q for q in quotes if q.kind == "reported"]
    assert [q.text for q in reported] == ["Norland would keep fighting"]
    assert all("Haddad" in _who(q, actors) for q in quotes)


def test_definite_description_refers_back(nlp: Language) -> None:
    text = (
        "The Court of Session met in Edinburgh on Monday. "
        "The three-judge court found that the suspension was unlawful."
    )
    quotes, actors = _run(nlp, text)
    assert _kinds(quotes) == [("reported", "the suspension was unlawful")]
    assert "Court of Session" in _who(quotes[0], actors)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Foreign Minister Lena Varga called for the immediate release of the hostages.",
            "called",
            "the immediate release of the hostages",
        ),
        (
            "The opposition leader Piet Vos accused the government of rigging the vote.",
            "accused",
            "the government of rigging the vote",
        ),
        ("Minister Juan Ortiz warned of a long war.", "warned", "a long war"),
        (
            "Local councillor Amir Sadiq described seeing 20 bodies in one clinic.",
            "described",
            "seeing 20 bodies in one clinic",
        ),
        (
            "Senator Ana Costa was quoted as saying that the deal was dead.",
            "saying",
            "the deal was dead",
        ),
    ],
)
def test_reported_patterns(nlp: Language, text: str, cue: str, content: str) -> None:
    quotes, _ = _run(nlp, text)
    assert [(q.kind, q.cue.text if q.cue else None, q.text) for q in quotes] == [
        ("reported", cue, content)
    ]


def test_the_one_cited_speaks(nlp: Language) -> None:
    quotes, _ = _run(nlp, "The magazine cited the navy as saying the ship sank.")
    assert [(q.kind, q.text, q.speaker_name) for q in quotes] == [
        ("reported", "the ship sank", "the navy")
    ]


def test_reported_content_keeps_an_inner_quote_whole(nlp: Language) -> None:
    quotes, actors = _run(nlp, 'Union leader Tom Ray said the deal was "dead on arrival".')
    assert _kinds(quotes) == [
        ("reported", 'the deal was "dead on arrival"'),
        ("partial", "dead on arrival"),
    ]
    assert all("Ray" in _who(q, actors) for q in quotes)


def test_unattributed_quote_after_an_action_beat(nlp: Language) -> None:
    text = 'Mayor Ivan Petrov paused for a long moment.\n\n"We will rebuild every house."'
    quotes, actors = _run(nlp, text)
    assert [q.text for q in quotes] == ["We will rebuild every house."]
    assert "Petrov" in _who(quotes[0], actors)


def test_unattributed_quote_after_a_thing_has_no_speaker(nlp: Language) -> None:
    quotes, _ = _run(nlp, 'The storm hit the coast at dawn.\n\n"Nothing was left standing."')
    assert [(q.text, q.speaker, q.speaker_name) for q in quotes] == [
        ("Nothing was left standing.", None, None)
    ]


def test_attribution_on_the_next_line_and_adjacent_only_verbs(nlp: Language) -> None:
    text = '" Are you coming ? "\nasked Mary Fuller .\n" Not today , " returned Tom Baker .'
    quotes, actors = _run(nlp, text)
    assert [q.text for q in quotes] == ["Are you coming ?", "Not today ,"]
    assert "Fuller" in _who(quotes[0], actors)
    assert "Baker" in _who(quotes[1], actors)


def test_adjacent_only_verbs_are_ordinary_verbs_elsewhere(nlp: Language) -> None:
    quotes, _ = _run(nlp, 'The troops returned to "normal" duty on Monday.')
    assert quotes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Senator Ana Costa called the plan "America\'s shame" on Monday.', ["America's shame"]),
        ('The minister called the mission "Desert Shield" in a speech.', []),
    ],
)
def test_capitalized_fragments(nlp: Language, text: str, expected: list[str]) -> None:
    quotes, _ = _run(nlp, text)
    assert [q.text for q in quotes if q.kind == "partial"] == expected


def test_content_the_parse_put_in_the_next_sentence(nlp: Language) -> None:
    text = (
        'Dr Wendy Hale said naming the virus after the city would place "a heavy stigma on '
        'its people[.]" She went on to say, "Names stick."'
    )
    quotes, _ = _run(nlp, text)
    reported = [q.text for q in quotes if q.kind == "reported"]
    assert reported == [
        'naming the virus after the city would place "a heavy stigma on its people[.]"'
    ]


def test_medium_holds_for_the_speakers_paragraph(nlp: Language) -> None:
    text = (
        "In a televised speech, President Amara Osei admitted that the army had retreated. "
        'Osei also said, "We will return."\n\nOsei later said that talks would resume.'
    )
    quotes, _ = _run(nlp, text)
    assert [(q.kind, q.medium) for q in quotes] == [
        ("reported", "speech"),
        ("direct", "speech"),
        ("reported", None),
    ]


def _speakers(quotes: list[Quote], actors: tuple[Actor, ...]) -> list[str]:
    return [_who(q, actors) for q in quotes if q.kind == "direct"]


def test_uncued_turns_alternate_between_two_speakers(nlp: Language) -> None:
    text = (
        'Inspector Clara Holt asked, "Where were you last night?"\n'
        'Victor Lamb answered, "At home."\n'
        '"Alone?"\n'
        '"With my dog."\n'
    )
    quotes, actors = _run(nlp, text)
    who = _speakers(quotes, actors)
    assert len(who) == 4
    assert "Holt" in who[2] and "Lamb" in who[3]


def test_inverted_cue_after_a_vocative_names_the_speaker(nlp: Language) -> None:
    quotes, actors = _run(nlp, '"My dear boy," replied Doctor Helen Marsh, "sit down."')
    who = _speakers(quotes, actors)
    assert who and all("Marsh" in w for w in who)


def test_a_beat_after_the_quote_names_the_speaker(nlp: Language) -> None:
    text = 'The rain had stopped.\n"Too late now."\nMaria Kovac shrugged and left the room.'
    quotes, actors = _run(nlp, text)
    assert "Kovac" in _speakers(quotes, actors)[0]


def test_first_person_speaker_is_not_given_to_someone_named_before(nlp: Language) -> None:
    text = 'Colonel Ahmed Saleh waited at the gate.\n"It is late," I said.'
    quotes, actors = _run(nlp, text)
    assert [q.speaker_name for q in quotes if q.kind == "direct"] == ["I"]
    assert quotes[0].speaker is None


def test_an_uncued_quote_after_one_speaker_is_no_conversation(nlp: Language) -> None:
    text = 'Mayor Ivan Petrov said, "The city is safe."\n\n"Nobody should panic."'
    quotes, actors = _run(nlp, text)
    who = _speakers(quotes, actors)
    assert len(who) == 2 and "Petrov" in who[1]


def test_the_speaker_goes_on_after_the_own_cue_sentence(nlp: Language) -> None:
    text = '"Stop!"\ncried Captain Nora Vance.\n"Stay where you are."'
    quotes, actors = _run(nlp, text)
    who = _speakers(quotes, actors)
    assert len(who) == 2 and all("Vance" in w for w in who)


def test_a_person_noun_acting_before_the_quote_speaks(nlp: Language) -> None:
    text = 'The rain had stopped.\nThe old woman frowned.\n"Too late now."'
    quotes, actors = _run(nlp, text)
    assert "woman" in _speakers(quotes, actors)[0]


def test_she_stands_for_the_nearest_woman_described(nlp: Language) -> None:
    text = (
        "Colonel Ahmed Saleh left the station at noon.\n"
        "Later a girl sat down on the bench.\n"
        '"It is cold," she said.'
    )
    quotes, actors = _run(nlp, text)
    who = _speakers(quotes, actors)
    assert "girl" in who[0] and "Saleh" not in who[0]


def test_a_narrative_sentence_without_a_person_names_nobody(nlp: Language) -> None:
    text = 'The rain had stopped.\nThe old table creaked.\n"Too late now."'
    quotes, actors = _run(nlp, text)
    assert [q.speaker_name for q in quotes if q.kind == "direct"] == [None]


def test_nobody_speaks_a_quote_that_calls_them_by_name(nlp: Language) -> None:
    text = (
        'Inspector Clara Holt asked, "Where were you last night?"\n'
        "Victor Lamb looked away.\n"
        '"Answer me, Lamb."'
    )
    quotes, actors = _run(nlp, text)
    who = _speakers(quotes, actors)
    assert len(who) == 2 and "Lamb" not in who[1]


def test_a_person_acted_upon_does_not_take_the_pronoun(nlp: Language) -> None:
    text = (
        "Police chief Karl Brenner said a man was arrested near the station.\n"
        '"We are still investigating," he said.'
    )
    quotes, actors = _run(nlp, text)
    assert "Brenner" in _speakers(quotes, actors)[0]


def test_he_stands_for_the_man_described_after_the_last_name(nlp: Language) -> None:
    text = (
        "Karl Brenner closed the shop early on Friday.\n"
        "Later that night the old man knocked at the door.\n"
        '"Let me in," he said.'
    )
    quotes, actors = _run(nlp, text)
    assert "man" in _speakers(quotes, actors)[0]


def test_he_stands_for_a_named_subject_just_before(nlp: Language) -> None:
    text = 'The two men waited by the gate.\nQuillby looked at the sky.\n"It will rain," he said.'
    quotes, actors = _run(nlp, text)
    assert "Quillby" in _speakers(quotes, actors)[0]


def test_i_after_a_question_mark_still_attributes(nlp: Language) -> None:
    quotes, _ = _run(nlp, '"Who is there?" I asked.')
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.cue.text if q.cue else None, q.speaker_name) for q in direct] == [("asked", "I")]


def test_a_new_sentence_after_a_question_is_no_cue(nlp: Language) -> None:
    quotes, _ = _run(nlp, '"Who is there?" It was late, and nobody asked again.')
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.cue for q in direct] == [None]


def test_a_person_named_as_a_possessor_is_not_the_speaker(nlp: Language) -> None:
    text = "Mary Smith, Ann Doe's aunt, told the press she considered the plan sound."
    quotes, actors = _run(nlp, text)
    assert [q.text for q in quotes] == ["she considered the plan sound"]
    assert "Mary Smith" in _who(quotes[0], actors)


def test_a_name_inside_a_quote_is_not_the_pronoun_speaker(nlp: Language) -> None:
    text = (
        "Mayor Tom Hale praised the budget on Sunday.\n\n"
        "Deputy mayor Michael Brown filed his resignation on Monday. He said Hale is "
        '"a fine leader for our city"; however, "to end any doubt about our faith in the '
        'mayor, I signed a resignation letter", he added.'
    )
    quotes, actors = _run(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and "Michael Brown" in _who(direct[0], actors)


def test_a_relative_clause_speaker_is_the_person_it_describes(nlp: Language) -> None:
    text = (
        "Prime Minister Silvio Berlusconi asked for an explanation. The claim was backed by "
        'her brother, Marco Bellini who said "I want the cabinet to act now."'
    )
    quotes, actors = _run(nlp, text)
    assert [q.text for q in quotes] == ["I want the cabinet to act now."]
    assert "Marco Bellini" in _who(quotes[0], actors)


def test_a_name_in_the_subject_beats_a_description_linked_to_someone_else(nlp: Language) -> None:
    # the actors stage links "the President of the Council" to Berg, the earlier
    # president; the subject names its speaker, Lind
    text = (
        "President Carl Berg of Ruritania opened the session on Monday. "
        '"The council has a very clear stand on this matter and it will not change," said '
        "Anna Lind, Ruritanian Foreign Minister and this year's chair, the President of the "
        "Council."
    )
    quotes, actors = _run(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1 and "Anna Lind" in _who(direct[0], actors)


def test_a_possessor_in_the_speakers_description_does_not_speak(nlp: Language) -> None:
    # the parse hangs the name on "newspaper", so "said" has no subject: the fallback
    # takes the last person named before it, but not the one whose commander speaks
    text = (
        "In an interview with a Chicago newspaper, Lt. Col. Jo Bakr, Rafe Ulm's commander, "
        "said: all reports of abuse in the camp were investigated at once."
    )
    quotes, actors = _run(nlp, text)
    names = {a.id: a.name for a in actors}
    assert [names.get(q.speaker or "") for q in quotes] == ["Jo Bakr"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a description set off by commas names no one else ...
        # (the parse hangs "umbrella" on "spokesman"; "Iran" in it was taken as the speaker)
        ("A spokesman for the Drava Liberation Front (DLF), an umbrella of mostly Iran-aligned "
         "militias, said that the factions would target the bases.", "Drava Liberation Front"),
        # ... unless it names a person
        ("A spokesman for the ministry, Jo Varga, said the talks would resume.", "Jo Varga"),
    ],
)
def test_a_description_in_the_subject_names_no_other_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    quotes, actors = _run(nlp, text)
    assert [_who(q, actors).split(" | ")[0] for q in quotes] == [speaker]
