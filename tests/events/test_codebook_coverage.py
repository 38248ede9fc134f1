"""CAMEO codebook coverage, category by category, through the model (invented sentences).

Each CAMEO category (01-20) and the sub-codes PLOVER folds into its types gets a
plain wire-style sentence; the PLOVER type the category maps to must be among
the sentence's events. A second table holds constructions that must code no
event, or not the type a careless rule would give.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze

pytestmark = pytest.mark.model


def _analyze(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published="2005-03-02"))


def _types(text: str) -> set[str]:
    return {e.type for e in _analyze(text).events}


@pytest.mark.parametrize(
    ("code", "expected", "text"),
    [
        ("0233", "REQUEST", "The UN appealed for humanitarian aid for refugees in Chad."),
        ("0234", "REQUEST", "Burundi asked the African Union to send peacekeepers."),
        ("0253", "REQUEST", "France called for the release of two journalists held in Iraq."),
        ("026", "REQUEST", "Norway urged Sri Lanka and the rebels to resume peace talks."),
        ("0331", "AGREE", "Japan promised 200 million dollars in economic aid to Indonesia."),
        ("036", "AGREE", "Syria expressed its intent to meet Israeli negotiators in Washington."),
        ("036", "AGREE", "The Thai prime minister expressed his desire to visit Cambodia soon."),
        ("039", "AGREE", "Egypt offered to mediate between Hamas and Fatah."),
        ("041", "CONSULT", "The French president telephoned the Algerian leader on Sunday."),
        ("043", "CONSULT", "Egypt hosted the Jordanian king in Cairo on Tuesday."),
        ("046", "CONSULT", "Iran and the European Union opened negotiations on Monday."),
        ("051", "SUPPORT", "The United States praised Jordan for its role in the peace process."),
        ("054", "SUPPORT", "Russia recognized the independence of Abkhazia."),
        ("055", "SUPPORT", "Japan apologized to South Korea for its colonial rule."),
        ("063", "COOPERATE", "Mexico extradited the drug lord to the United States."),
        ("064", "COOPERATE", "Jordan shared intelligence with the United States about the plot."),
        ("064", "COOPERATE", "Pakistani intelligence provided information to the United States."),
        ("071", "AID", "The World Bank granted a loan of 100 million dollars to Ghana."),
        ("073", "AID", "Aid workers handed out food to refugees in Darfur."),
        ("075", "AID", "Sweden granted asylum to the Iraqi dissident."),
        ("0813", "CONCEDE", "The army lifted the curfew in the capital on Friday."),
        ("0814", "CONCEDE", "The government ended the state of emergency in the province."),
        ("0841", "RETREAT", "The rebels freed ten hostages on Sunday."),
        ("0874", "RETREAT", "Ethiopian forces pulled out of Somalia."),
        ("092", "ACCUSE", "The UN launched an inquiry into human rights abuses in Sri Lanka."),
        ("1053", "REQUEST", "Washington demanded the release of the American aid worker."),
        ("1122", "ACCUSE", "Human Rights Watch accused the Burmese army of torturing prisoners."),
        ("114", "ACCUSE", "Beijing lodged a formal complaint with Tokyo over the textbook."),
        ("115", "ACCUSE", "The families sued the Libyan government for damages."),
        ("125", "REJECT", "Taiwan rejected the Chinese offer of talks."),
        ("129", "REJECT", "Russia vetoed the Security Council resolution on Syria."),
        ("1312", "THREATEN", "The European Union threatened to impose sanctions on Belarus."),
        ("138", "THREATEN", "Turkey warned of military action against the Kurdish rebels in Iraq."),
        ("141", "PROTEST", "Thousands of students demonstrated in Jakarta against the president."),
        ("143", "PROTEST", "Airline pilots walked off the job on Thursday in a dispute over pay."),
        ("153", "MOBILIZE", "The government deployed thousands of police officers in the city."),
        ("151", "MOBILIZE", "Security was tightened across the capital ahead of the anniversary."),
        ("154", "MOBILIZE", "Pakistan recruited thousands of fighters."),
        ("161", "SANCTION", "Colombia broke off diplomatic relations with Venezuela."),
        ("1621", "SANCTION", "The United States and the European Union blocked financial aid."),
        ("164", "SANCTION", "Israel shelved the peace plan."),
        ("166", "SANCTION", "Russia withdrew from the arms control treaty."),
        ("1712", "COERCE", "Israeli bulldozers demolished Palestinian homes in East Jerusalem."),
        ("173", "COERCE", "Police arrested 20 opposition activists in Minsk."),
        ("181", "ASSAULT", "Gunmen abducted a British engineer in the Niger Delta."),
        ("182", "ASSAULT", "Settlers beat a Palestinian farmer near Hebron."),
        ("184", "COERCE", "The rebels used civilians as human shields."),
        ("0862", "RETREAT", "Belgrade accepted the presence of international monitors."),
        ("0872", "RETREAT", "Israel eased its blockade of the Gaza Strip."),
        ("195", "ASSAULT", "American warplanes bombed Taliban positions on Sunday."),
        ("202", "ASSAULT", "The militia massacred hundreds of civilians in the village."),
    ],
)
def test_each_cameo_category_codes_its_plover_type(code: str, expected: str, text: str) -> None:
    assert expected in _types(text), code


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Drawing on someone's skills, agreeing with a view, offering details: no event.
        ("We have called upon the expertise of staff from the police.", "REQUEST"),
        ("Other Chileans agree with some of the protesters' views.", "AGREE"),
        ("The Mozilla Foundation did not offer any details about the issue.", "REJECT"),
        ("Puerto Ricans receive many of the benefits that the federal government offers.", "AGREE"),
        # A danger is no threat by anyone; an event hosted is no visit; figures are no captives.
        ("The administration is using the threat of terrorism to amass power.", "THREATEN"),
        ("The announcement came at a special music event hosted by Apple.", "CONSULT"),
        ("He sought to prevent Mazars from releasing his tax returns.", "RETREAT"),
        ("Analysts cited jobs numbers released Thursday by the Labor Department.", "RETREAT"),
        # Stating what is, is no demand; "called the talks" convened them.
        ("The minister insisted that the plan is legal.", "REQUEST"),
        ("Allen insists that the comment was not meant to imply anything.", "REQUEST"),
        ("Saudi Arabia's King called the talks in order to stop the violence.", "SANCTION"),
        # Blocking aid is not giving it; not taking part in a protest is not protesting.
        ("The United States and the European Union blocked financial aid.", "AID"),
        ("Chileans who did not take part in the demonstrations met on Monday.", "PROTEST"),
        # The target of an attack did not attack.
        ("The Union between England and Scotland is under attack as never before.", "ASSAULT"),
        # Withdrawing troops under an agreement is a retreat, not leaving the agreement.
        ("Russia withdrew its troops from the area as part of the agreement.", "SANCTION"),
    ],
)
def test_constructions_that_code_no_such_event(text: str, absent: str) -> None:
    assert absent not in _types(text)


def test_demanding_a_subjunctive_state_is_still_a_demand() -> None:
    assert "REQUEST" in _types("Protesters demanded that he be reinstated as leader.")


def test_a_resolution_dismissed_by_someone_was_not_written_by_them() -> None:
    analysis = _analyze(
        "A United Nations Security Council resolution imposing sanctions on Iran has been "
        "dismissed by Iranian president Mahmoud Ahmadinejad."
    )
    names = {a.id: a.name for a in analysis.actors}
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert sanctions
    assert all("Ahmadinejad" not in names.get(e.actor or "", "") for e in sanctions)
