"""People a state body acts on at home take its country (stop 23, PN).

Invented sentences. Before, "four men" or "dissidents" with no country in their phrase
were no actor, so an arrest by a government or police force had no recipient; now the
group is of the acting government's, police force's, court's or country's country, with
the noun's sector. Troops, rebels, and verbs outside ``home_act`` give nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors.home_groups import home_groups
from newsgraph.actors.resolve import Entity

from .conftest import codes_of_mention, parsed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mention", "coded"),
    [
        ("The Cuban government jailed 40 dissidents in March.", "dissidents", ("CUB", "OPP")),
        ("Kenyan police arrested four men near the border.", "men", ("KEN", "CVL")),
        ("Six protesters were detained by Peruvian police.", "protesters", ("PER", "CVL")),
        ("An Egyptian court sentenced two journalists to prison.", "journalists", ("EGY", "MED")),
        ("In Chad, Judge Amal Osman sentenced eight men to death.", "men", ("TCD", "CVL")),
        ("Six students detained by Peruvian police were freed.", "students", ("PER", "EDU")),
        ("Cuba jailed two opposition leaders.", "opposition leaders", ("CUB", "OPP")),
        ("Kenyan police tried to disperse the protesters.", "protesters", ("KEN", "CVL")),
        (
            "Two Malian soldiers were held. Niger has freed three soldiers.",
            "soldiers",
            ("MLI", "MIL"),
        ),
        ("Iran detained ten Dutch sailors and marines.", "marines", ("NLD", "MIL")),
        ("Belarus has freed several political prisoners.", "political prisoners", ("BLR", "CVL")),
    ],
)
def test_people_acted_on_by_a_state_body_take_its_country(
    nlp: Language, text: str, mention: str, coded: tuple[str, str]
) -> None:
    assert codes_of_mention(nlp, text, mention) == [coded]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # troops act abroad as often as at home: whose the men are, nothing says
        ("American troops detained four men near the border.", "men"),
        # a nationality the actors stage does not code is still no Iranian
        ("Iran detained ten Welsh sailors.", "sailors"),
        # rebels are no state's arm
        ("The rebels freed four men on Sunday.", "men"),
        # the doer's own sector: the government itself, no group of its own
        ("The Cuban government arrested two officials.", "officials"),
        # a verb outside home_act
        ("The Cuban government welcomed 40 dissidents in March.", "dissidents"),
    ],
)
def test_no_country_without_a_home_arm_and_a_home_act(
    nlp: Language, text: str, mention: str
) -> None:
    assert codes_of_mention(nlp, text, mention) == []


def test_a_group_with_a_country_of_its_own_keeps_it(nlp: Language) -> None:
    text = "Kenyan police arrested four Somali men near the border."
    assert codes_of_mention(nlp, text, "Somali men") == [("SOM", "CVL")]


def test_a_noun_before_a_noun_is_no_group_though_parsed_as_the_object(
    make_doc: Callable[..., Doc],
) -> None:
    # the parser's error, by hand: "people" the object, "smugglers" a verb's conjunct
    doc = make_doc(
        parsed(
            "Greece|PROPN|nsubj|1|B-GPE jailed|VERB|ROOT|0 two|NUM|nummod|1 "
            "people|NOUN|dobj|-2 smugglers|NOUN|conj|-3 .|PUNCT|punct|-4"
        )
    )
    doc[1].lemma_ = "jail"
    greece = [Entity("COUNTRY", "Greece", spans=[(0, 1)], country="GRC")]
    assert home_groups(doc, greece) == []
    doc[4].pos_ = "PUNCT"  # "Greece jailed two people ,": the people are Greek
    assert home_groups(doc, greece) == [(3, 4, "GRC", "CVL", "group")]
