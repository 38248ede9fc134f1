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
        ("0873", "RETREAT", "The government gave the militia a week to give up their arms."),
        ("083", "CONCEDE", "The government agreed to the opposition's demands for reform."),
        ("0842", "RETREAT", "Iraq returned Kuwaiti archives seized during the occupation."),
        ("075", "AID", "Canada granted refugee status to the Chinese dissident."),
        ("1623", "SANCTION", "The World Food Programme cut food rations to the refugee camps."),
        ("164", "SANCTION", "The president called off his trip to Moscow in protest."),
        ("165", "SANCTION", "Norway abandoned its mediation efforts in Sri Lanka."),
        ("1712", "COERCE", "Settlers torched a mosque in the West Bank village."),
        ("176", "COERCE", "Hackers broke into the computer systems of the defence ministry."),
        ("111", "ACCUSE", 'Watson called the proposed Brexit deal "lousy" on Sunday.'),
        ("144", "PROTEST", "Opposition lawmakers disrupted the president's speech in parliament."),
        ("183", "ASSAULT", "Afghan rebels exploded a series of bombs in the capital Kabul."),
        ("1121", "ACCUSE", "Prosecutors pressed charges against the minister."),
        ("190", "ASSAULT", "Israeli jets shot down a Syrian plane."),
        ("190", "ASSAULT", "Militants launched an attack on the base."),
        ("175", "COERCE", "The army stopped the protesters from marching to the palace."),
        ("115", "ACCUSE", "The court had been petitioned by Joanna Cherry for a ruling."),
        ("112", "ACCUSE", "Syria said Israel was responsible for the bombing."),
        ("185", "ASSAULT", "The Pakistani president survived an assassination attempt on Friday."),
        ("073", "AID", "The US flew food and medicine to Haiti."),
        ("042", "CONSULT", "The Chinese premier flew to Moscow for talks."),
        ("055", "SUPPORT", "The vice minister offered an apology for the incident."),
        ("074", "AID", "Eighty UN peacekeepers arrived in Bosnia on Friday."),
        ("195", "ASSAULT", "Egeland denounced the Israeli strikes on southern Lebanon."),
        ("195", "ASSAULT", "American warplanes bombed Taliban positions on Sunday."),
        ("202", "ASSAULT", "The militia massacred hundreds of civilians in the village."),
        # A pledge of money is a promise of aid, not aid given (CAMEO 0331, PLOVER AGREE).
        ("0331", "AGREE", "Norway pledged 50 million dollars in aid to Haiti."),
        ("166", "SANCTION", "Russia pulled out of the arms control treaty."),
        # A crowd gathering "to protest" demonstrates; the purpose clause shares its subject.
        ("141", "PROTEST", "About 5,000 people gathered in the square to protest the war."),
        ("141", "PROTEST", "Hundreds of students staged a sit-in outside the ministry to protest."),
        ("0841", "RETREAT", "The guerrillas handed over the kidnapped engineers to the Red Cross."),
        # Backing another's plan or initiative approves a policy (PLOVER SUPPORT).
        ("051", "SUPPORT", "The European Union backed the Egyptian peace plan."),
        ("051", "SUPPORT", "Hungary supported the Austrian initiative."),
        # PLOVER manual: "the actual release or exchange of prisoners" is RETREAT.
        ("0841", "RETREAT", "Israel and Hezbollah exchanged prisoners on Wednesday."),
        ("1721", "COERCE", "The regulator revoked the broadcaster's licence."),
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
        # A standing text's provisions are no acts; a named agent is no object of its kind.
        ("The UN Charter calls on all members to refrain from the threat of force.", "REQUEST"),
        (
            "Interpol's constitution prohibits any intervention of a political character.",
            "SANCTION",
        ),
        (
            "It is an intelligence base used by both the Royal Air Force and the US Air Force.",
            "COERCE",
        ),
        # A forecast or advice is no threat; striking down a law is no attack.
        (
            "The minister warned that it could become a humanitarian question.",
            "THREATEN",
        ),
        ("Paulson cautioned that affected countries need to resist price controls.", "THREATEN"),
        ("The union warned that prices would rise.", "THREATEN"),
        ("The court would likely strike it down as unconstitutional.", "ASSAULT"),
        # Taking money, approving a measure, overturning a result: no AGREE or SUPPORT.
        ("He has allegedly accepted money from Texas corporations.", "AGREE"),
        ("The Minnesota House voted to approve a measure for longer sentences.", "SUPPORT"),
        ("Trump and his supporters sought to overturn the results.", "AGREE"),
        # Who is described, or named by a passive participle, did nothing.
        ("Bash characterized the attack as designed to intimidate civilians.", "ASSAULT"),
        # A clinical trial and human contact are no events; attacking a plan is criticism.
        ("The PALM clinical trial began last November.", "ACCUSE"),
        ("Ebola spreads via human-to-human contact.", "CONSULT"),
        ("Hogan has until October 28 to release plans for a special election.", "RETREAT"),
        ("Republican Representatives attacked the impeachment inquiry.", "ASSAULT"),
        # Weapons sold or shipped are goods; fighting crime is no combat; awaiting trial
        # is no prosecution by the accused.
        ("The administration is expediting a delivery of bombs to Israel.", "ASSAULT"),
        ("Russia sold missiles to Syria.", "ASSAULT"),
        ("Without weakening our ability to fight terror.", "ASSAULT"),
        ("Khang Khek Ieu is in prison awaiting trial.", "ACCUSE"),
        ("Teachers began a strike on Monday.", "ASSAULT"),
        # Being in charge of something is no charge against anyone.
        ("Admiral Kuroyedov was in charge of the navy during the Kursk disaster.", "ACCUSE"),
        # What did not take place is no refusal; a shared "not" negates both verbs.
        ("I haven't worked with him.", "REJECT"),
        ("Putin did not meet Obama in Paris.", "REJECT"),
        ("The president did not concede or admit defeat in the election.", "CONCEDE"),
        # Who caused or preceded an act did not do it; illness and causes are no foes.
        ("His announcement followed two weeks of protests in the capital.", "PROTEST"),
        ("Don battled cancer for years.", "ASSAULT"),
        ("He vowed to keep fighting the good fight.", "THREATEN"),
        ("The Foundation offered a contest for redesigning the toilet.", "AGREE"),
        # Still to come, a race called by the press, a shooter disarmed, a condition.
        ("President Trump has yet to concede.", "CONCEDE"),
        ("The AP called the election for Biden.", "REQUEST"),
        ("James Shaw Jr. disarmed a shooter at a restaurant in Tennessee.", "RETREAT"),
        ("She would take office should Pierluisi remain unconfirmed by the Senate.", "REQUEST"),
        # A plane that exploded attacked no one; cash withdrawn is no retreat; a
        # directive's terms are no demand; a product pressed to market is no request.
        ("TWA Flight 800 was a Boeing 747 that exploded in mid-air.", "ASSAULT"),
        ("Marcos Valerio withdrew large sums of money from Rural Bank.", "RETREAT"),
        ("The FAA's new directive requires all new aircraft to have the equipment.", "REQUEST"),
        ("Apple has pressed its iPad successor into the marketplace.", "REQUEST"),
        ("A Workers' Party deputy attacked Jefferson's credibility.", "ASSAULT"),
        ("The bill was supported by all the Conservatives.", "SUPPORT"),
        # Not announcing a choice refuses nothing; a tool used is no doer; a platform
        # advocated, a topic discussed alone, a view disputed, power abused: no events.
        ("The party did not announce whom they would support against the premier.", "REJECT"),
        ("She used Instagram to thank supporters.", "SUPPORT"),
        ("The party advocates in its constitution for a balanced budget.", "SUPPORT"),
        ("The election commission is scheduled to discuss the events on Monday.", "CONSULT"),
        (
            "Jyrkkanen disagreed with the correlation between the overdoses and the payments.",
            "REJECT",
        ),
        ("Members of Congress have abused their power.", "ASSAULT"),
        ("Sources have ascribed the explosion to terrorism.", "ASSAULT"),
        # Who responds to accusations made none; a bid for a company is no offer to cooperate.
        ("The BBC is responding to accusations of bias.", "ACCUSE"),
        ("Microsoft offered US$44 billion for Yahoo's acquisition.", "AGREE"),
        # What another is asked to do, and its siblings, are the demand's content.
        ("Officials demanded that the BBC apologize and promise not to air the footage.", "AGREE"),
        # Political and natural "violence" is no assault.
        ("The Senate killed the bill on Tuesday.", "ASSAULT"),
        ("Republicans shot down the proposal.", "ASSAULT"),
        ("The minister was bombarded with questions.", "ASSAULT"),
        ("Labour stormed to victory in the election.", "ASSAULT"),
        ("The campaign launched attack ads against Obama.", "ASSAULT"),
        ("The hurricane killed 20 people.", "ASSAULT"),
        ("The virus has killed 300 people in China.", "ASSAULT"),
        # A question asked is no request; what someone is asked to resume is not resumed.
        ("Clinton asked Wallace why the same questions were not asked of Republicans.", "REQUEST"),
        ("The IRA appealed to the British government to renew negotiations.", "CONSULT"),
        ("Former police officers vow to fight drug traffic.", "THREATEN"),
        # Wished for by others; required by a constitution; a record of a call is no call.
        ("Trump's White House staff want him to resign or be impeached.", "AGREE"),
        ("Trump's White House staff want him to resign or be impeached.", "ACCUSE"),
        ("The United States expects Iran to comply with the resolution.", "AGREE"),
        ("A majority vote is required by the Constitution to impeach an official.", "REQUEST"),
        ("Under the Constitution, the House of Representatives impeaches the official.", "ACCUSE"),
        ("The White House released a summary of a phone call.", "CONSULT"),
        ("Trump reversed course and pressed forward.", "REQUEST"),
        ("The Inn is the only business offering food and accommodations.", "AGREE"),
        # What one stops doing is not done.
        ("We have to put aside differences and stop attacking each other.", "ASSAULT"),
        ("The army stopped the protesters from marching to the palace.", "CONCEDE"),
        # Criticism faced by no one named is a mention, not a record.
        ("The minister faces criticism.", "ACCUSE"),
        # Another subject's clause shares no "not"; texts defended, laws providing: none.
        ("Gordon Brown did not attend, and David Miliband signed the treaty instead.", "REJECT"),
        ("Japan's ambassador to Beijing defended the textbooks.", "SUPPORT"),
        ("Howard defended his government's legislation that allows the contracts.", "CONCEDE"),
        # Who cites a ruling did not rule.
        ("Obama cited the Supreme Court ruling permitting same-sex marriage.", "CONCEDE"),
        # Flying cargo somewhere is no visit.
        ("The government claims Mahan flies fighters and cargo to Syria.", "CONSULT"),
        # A plea agreement is a court bargain, no appeal.
        ("In his plea agreement he testified that he received illicit payments.", "REQUEST"),
        ("The vice minister offered an apology for the incident.", "AGREE"),
        # Who marks, tells or depicts an act did not do it.
        ("Mayor Ken Livingstone laid flowers, marking the anniversary of the attack.", "ASSAULT"),
        ("Eastwood released films telling the American side of the battle.", "ASSAULT"),
        # A duty is no blame.
        ("The minister said the police were responsible for security at the stadium.", "ACCUSE"),
        # What befell no one did not happen; a pledge is no gift yet; an illness, a
        # commute or a plea to relax is no act.
        ("No one was injured in the blast.", "ASSAULT"),
        ("Nobody was killed or hurt, the police said.", "ASSAULT"),
        ("None of the marchers were arrested.", "COERCE"),
        ("The gunmen killed no one but wounded two guards.", "REJECT"),
        ("Norway pledged 50 million dollars in aid to Haiti.", "AID"),
        ("The senator suffered a heart attack on Sunday.", "ASSAULT"),
        ("Travellers commuting from the suburbs were delayed.", "CONCEDE"),
        ('"Just relax," the minister told reporters.', "CONCEDE"),
        # Ready for an occasion is no offer; a word of a name names; a genocide named
        # by its victims is not theirs.
        ("Russia is ready for the summit in Lisbon.", "AGREE"),
        ("The Committee to Protect Journalists condemned the arrest.", "AID"),
        # Police blocking roads restrict movement: no protest.
        ("Riot police blocked the roads around the stadium.", "PROTEST"),
        # Mishaps and disasters attack no one; a currency or a risk declines nothing; what
        # compromises a thing concedes nothing.
        ("The senator was killed in a car crash on Monday.", "ASSAULT"),
        ("Two pilots were among those killed in the accident.", "ASSAULT"),
        ("A powerful earthquake struck the south of the country.", "ASSAULT"),
        ("The cyclist was struck by a truck.", "ASSAULT"),
        ("The Japanese yen declined against the dollar.", "REJECT"),
        ("The scandal is compromising the minister's ability to govern.", "CONCEDE"),
        # A holiday retreat is a place; recognising that something is so recognises no one.
        ("The Pope returned to his mountain retreat on Sunday.", "RETREAT"),
        ("The minister recognized that the policy was wrong.", "SUPPORT"),
        # Being questioned, or questioning someone about something, is asking, not censure.
        ("The minister was questioned about the contract by reporters.", "ACCUSE"),
        ("He was questioned by police before his release.", "ACCUSE"),
        ("The senator questioned the envoy about the payments.", "ACCUSE"),
        # Business offers, a symposium hosted and a proposition agreed with are no acts
        # between political actors.
        ("The chip maker raised the cash part of its takeover offer.", "AGREE"),
        ("The park service offered to buy the land for 500,000 dollars.", "AGREE"),
        ("Telstra will be offering a rebate to its customers.", "AGREE"),
        ("Harvard University hosted a symposium on the election.", "CONSULT"),
        ("Most respondents agreed with the proposition that taxes are too high.", "AGREE"),
        # Police searching an area, evidence destroyed, a forecast warned on a day: no
        # attack, arrest or threat.
        ("Provincial police are searching the area for clues.", "COERCE"),
        ("The senator destroyed e-mail evidence, the court found.", "ASSAULT"),
        ("Canada warned on Friday that the new rule would be a blow to trade.", "THREATEN"),
        # A legal, custody or bidding battle and a cultural genocide are figures of speech.
        ("The legal battle between Microsoft and Google continued on Monday.", "ASSAULT"),
        ("The patent is caught in a legal battle between Samsung and Apple.", "ASSAULT"),
        ("Critics called the school policy a cultural genocide.", "ASSAULT"),
        # "nor did she help" is a plain past negation like "did not help": nothing happened.
        ("She did not ask for money, nor did she help the Canadian minister.", "AID"),
        ("She did not ask for money, nor did she help the Canadian minister.", "REJECT"),
        # Asking questions requests nothing.
        ("The opposition leader asked the minister several questions about the deal.", "REQUEST"),
        # Withdrawing troops under an agreement is a retreat, not leaving the agreement.
        ("Russia withdrew its troops from the area as part of the agreement.", "SANCTION"),
    ],
)
def test_constructions_that_code_no_such_event(text: str, absent: str) -> None:
    assert absent not in _types(text)


def test_an_intent_word_s_negation_is_its_content_s() -> None:
    assert "REJECT" in _types("Iran is not prepared to negotiate with the United States.")
    assert "REJECT" in _types("Egypt did not offer to mediate between Hamas and Fatah.")
    assert "AGREE" in _types("Turkey is willing to withdraw its soldiers from Cyprus.")


def test_a_genocide_named_by_its_victims_is_not_theirs() -> None:
    analysis = _analyze("The Armenian genocide is the most studied case of its kind.")
    names = {a.id: a.name for a in analysis.actors}
    assert all("Armenia" not in names.get(d, "") for e in analysis.events for d in e.actors)


def test_declining_an_offer_is_still_a_rejection() -> None:
    assert "REJECT" in _types("Iran declined the offer of talks.")
    assert "REJECT" in _types("Iran declined to meet the envoy.")


def test_travel_within_one_s_own_country_is_no_visit() -> None:
    assert "CONSULT" not in _types("The American president flew to Ohio on Monday.")
    assert "CONSULT" in _types("The American president flew to Mexico on Monday.")


def test_recognising_one_s_defeat_concedes() -> None:
    assert "CONCEDE" in _types("The Belgian prime minister recognised his electoral defeat.")


def test_a_city_naming_an_act_is_its_venue_even_when_it_stands_for_its_country() -> None:
    analysis = _analyze(
        "Canada and Iraq said the Ottawa meeting was over. The Baghdad bombing killed ten people."
    )
    names = {a.id: a.name for a in analysis.actors}
    doers = {names.get(d, "") for e in analysis.events if e.type != "ACCUSE" for d in e.actors}
    assert "Canada" not in doers and "Iraq" not in doers


def test_questioning_a_policy_is_still_censure() -> None:
    text = "The Liberal leader questioned the government's handling of the floods."
    assert "ACCUSE" in _types(text)


def test_who_cooperates_with_or_contests_an_act_did_not_do_it() -> None:
    analysis = _analyze(
        "The board warned of more steps if Libya fails to cooperate with the review. "
        "The senator's lawyer Tom Abbot said they will contest the charges in court."
    )
    names = {a.id: a.name for a in analysis.actors}
    assert all(
        not ({"Libya", "Tom Abbot"} & {names.get(d, "") for d in e.actors})
        for e in analysis.events
        if e.type == "ACCUSE"
    )
    assert "SUPPORT" not in _types("The parliament of Chile has approved a new anthem.")
    assert "SUPPORT" not in _types("The pill had been approved by the Drug Administration.")


def test_a_verbal_attack_is_censure() -> None:
    types = _types("Modi's scathing attack on the Congress party drew applause.")
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_a_name_after_pro_or_anti_is_no_doer() -> None:
    analysis = _analyze("Hosni Mubarak spoke. Thousands joined a pro-Mubarak rally in Cairo.")
    names = {a.id: a.name for a in analysis.actors}
    assert all("Mubarak" not in names.get(d, "") for e in analysis.events for d in e.actors)


def test_police_blocking_roads_restrict_movement() -> None:
    assert "COERCE" in _types("Riot police blocked the roads around the stadium.")


def test_an_act_done_to_no_one_is_dropped_but_its_sibling_kept() -> None:
    analysis = _analyze("Rebel gunmen killed no one but wounded two Kenyan guards.")
    assert [e.trigger.text for e in analysis.events if e.type == "ASSAULT"] == ["wounded"]


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


def test_an_attack_that_hits_is_one_event_with_the_verb_s_target() -> None:
    analysis = _analyze("Israeli air strikes hit Gaza on Monday.")
    names = {a.id: a.name for a in analysis.actors}
    (event,) = analysis.events
    assert (event.type, event.trigger.text, event.cameo) == ("ASSAULT", "strikes", "19")
    assert names.get(event.recipient or "") and names.get(event.actor or "")


def test_the_passive_subject_of_a_raising_verb_does_its_complement() -> None:
    analysis = _analyze("Obama is scheduled to attend a summit on the unrest in Iran.")
    names = {a.id: a.name for a in analysis.actors}
    attend = [e for e in analysis.events if e.type == "CONSULT"]
    assert attend and "Obama" in names.get(attend[0].actor or "", "")


def test_pressure_faced_is_a_demand_on_the_one_facing_it() -> None:
    analysis = _analyze("Biden faces pressure from Congress to help Ukraine.")
    names = {a.id: a.name for a in analysis.actors}
    (event,) = [e for e in analysis.events if e.type == "REQUEST"]
    assert "Congress" in names.get(event.actor or "", "")
    assert "Biden" in names.get(event.recipient or "", "")
    assert "AID" not in {e.type for e in analysis.events}  # helping is asked, not done


def test_a_warning_that_announces_force_or_one_s_own_act_is_a_threat() -> None:
    assert "THREATEN" in _types("Iran warned that American bases would be targeted.")
    assert "THREATEN" in _types("The army warned that it would crush any demonstration.")
    assert "THREATEN" in _types("Israel warned Hezbollah that it would respond forcefully.")


def test_a_city_naming_an_act_is_its_venue_not_its_doer() -> None:
    analysis = _analyze("The El Paso shooting preceded another one in Dayton.")
    assert all(not e.actors for e in analysis.events)
    analysis = _analyze("US airstrikes killed ten militants.")
    assert any(e.actors for e in analysis.events if e.type == "ASSAULT")


def test_a_passive_participle_lends_no_doer() -> None:
    analysis = _analyze(
        "A law would have allowed the Chinese government to extradite people accused of "
        "crimes from Hong Kong."
    )
    assert all(not e.actors for e in analysis.events if e.type == "ACCUSE")


def test_what_is_received_from_someone_is_their_aid() -> None:
    analysis = _analyze("Bolivian demonstrators received weapons from the Bolivian government.")
    names = {a.id: a.name for a in analysis.actors}
    (event,) = analysis.events
    assert event.type == "AID"
    assert "Government" in names.get(event.actor or "", "")
    assert "demonstrators" in names.get(event.recipient or "", "")
    assert _types("Iraq received weapons.") == set()  # no giver named


def test_who_names_an_act_did_not_do_it() -> None:
    analysis = _analyze("Steve Scalise called the investigation into Trump Soviet-style.")
    assert all(e.type != "ACCUSE" or e.mode != "investigate" for e in analysis.events)


def test_what_is_refused_or_will_not_be_done_is_still_a_rejection() -> None:
    assert "REJECT" in _types("Putin refused to meet Obama.")
    assert "REJECT" in _types("Putin will not meet Obama.")
    assert "REJECT" in _types("Iran did not accept the proposal.")


def test_criticism_drawn_from_someone_is_theirs() -> None:
    analysis = _analyze("The decision drew condemnation from the European Union.")
    names = {a.id: a.name for a in analysis.actors}
    (event,) = analysis.events
    assert (event.type, names.get(event.actor or "")) == ("ACCUSE", "European Union")


def test_a_quoted_predicate_after_its_noun_praises_or_censures() -> None:
    assert "SUPPORT" in _types('Watson called the proposed Brexit deal "courageous" on Sunday.')
    assert "ACCUSE" not in _types('Watson called the proposed Brexit deal "courageous" on Sunday.')


def test_a_discussion_with_a_partner_or_between_sides_is_a_consultation() -> None:
    assert "CONSULT" in _types("Bush discussed Iraq with Putin.")
    assert "CONSULT" in _types("The two presidents discussed the situation in Iraq.")
    assert "REJECT" in _types("Putin refused to discuss Chechnya.")


def test_a_named_possessor_s_act_is_not_the_verb_subject_s() -> None:
    analysis = _analyze("Bush acknowledged the minister's resignation.")
    assert all(not e.actors for e in analysis.events)
    analysis = _analyze("Ireland's bailout lifted the euro.")
    names = {a.id: a.name for a in analysis.actors}
    assert all(names.get(e.actor or "") != "Ireland" for e in analysis.events)


def test_an_act_vowed_through_a_light_verb_is_a_threat() -> None:
    types = _types("Hamas vowed to carry out attacks against Israel.")
    assert "THREATEN" in types and "ASSAULT" not in types
    warned = "Cairo's security chief warned that police will no longer tolerate rallies."
    assert "THREATEN" in _types(warned)


def test_a_region_naming_a_conference_is_its_venue() -> None:
    analysis = _analyze("Negotiators met after the Annapolis, Maryland peace conference.")
    names = {a.id: a.name for a in analysis.actors}
    assert all("Maryland" not in names.get(d, "") for e in analysis.events for d in e.actors)


def test_one_s_own_plan_is_an_intent_and_a_sibling_shares_it() -> None:
    assert "AGREE" in _types("Syria plans to withdraw its troops.")
    types = [e.type for e in _analyze("Hamas vowed to attack Israel and kill its soldiers.").events]
    assert types == ["THREATEN", "THREATEN"]


def test_defending_someone_or_their_right_is_support() -> None:
    assert "SUPPORT" in _types("Moscow defended Iran's right to nuclear energy.")
    assert "SUPPORT" in _types("Arafat defended Iraq and Libya against Western criticism.")


def test_an_act_done_alone_names_its_doer_with_of() -> None:
    analysis = _analyze("The withdrawal of Syrian troops from Lebanon was completed on Tuesday.")
    names = {a.id: a.name for a in analysis.actors}
    (event,) = analysis.events
    assert event.type == "RETREAT" and "Syrian" in names.get(event.actor or "", "")
    # "The arrest of X": X undergoes it and is no doer.
    analysis = _analyze("Police confirmed the arrest of Hamid Karzai on Monday.")
    names = {a.id: a.name for a in analysis.actors}
    assert all("Karzai" not in names.get(e.actor or "", "") for e in analysis.events)


def test_we_in_a_quote_doing_a_nominal_act_is_the_speaker_s_side() -> None:
    analysis = _analyze(
        'Nancy Pelosi said on Friday "We made a plea to the president once again."'
    )
    names = {a.id: a.name for a in analysis.actors}
    (event,) = [e for e in analysis.events if e.type == "REQUEST"]
    assert "Pelosi" in names.get(event.actor or "", "")


def test_calling_a_measure_needless_or_excessive_in_reported_speech_is_criticism() -> None:
    assert "ACCUSE" in _types("Amnesty International said the crackdown was disproportionate.")
    assert "ACCUSE" not in _types("The minister said the measures were not excessive.")


def test_expressed_disappointment_is_disapproval() -> None:
    assert "ACCUSE" in _types("Japan expressed disappointment with the ruling.")
    assert "ACCUSE" not in _types("Japan expressed regret over the incident.")
