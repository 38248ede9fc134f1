"""Classes of false or mistyped events found on unlabelled articles (invented sentences).

Each case is a construction that was coded wrongly before its rule (a commercial offer
coded as a political AGREE, a naming verb whose predicate praises coded as censure, a
crowd's protest as a state's complaint), or a guard that the rule leaves alone.
"""

from __future__ import annotations

import pytest

from ..analyzed import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # Goods, services and prices offered to customers are no event ...
        ("The airline is offering cheaper seats on its flights to Asia.", None, "AGREE"),
        ("The bank offered its clients a new savings account.", None, "AGREE"),
        ("Local shops offered free coffee to the visitors.", None, "AGREE"),
        # ... while aid, talks, a truce or amnesty offered to another party is (CAMEO 03).
        ("Norway offered humanitarian aid to the flood victims.", "AGREE", None),
        ("The rebels offered a truce to the government in Kabul.", "AGREE", None),
        ("The government offered amnesty to the rebel fighters.", "AGREE", None),
        # ... nor is anything offered to customers, nor an offer of shares or cash.
        ("The phone company is offering its customers special deals.", None, "AGREE"),
        ("The bank offered full financing to young professionals.", None, "AGREE"),
        ("The fund made a competing offer for the brewery.", None, "AGREE"),
        ("The bid rivals an offer of cash and stock from Acme Oil.", None, "AGREE"),
        ("Egypt made an offer of talks to the two factions.", "AGREE", None),
        # A naming verb whose predicate acclaims praises (CAMEO 051); censure stays ACCUSE.
        ("The Kenyan minister called the accord a historic breakthrough.", "SUPPORT", "ACCUSE"),
        ("The mayor called the new trade deal a great success.", "SUPPORT", "ACCUSE"),
        ("The senator called the new treaty a great betrayal.", "ACCUSE", "SUPPORT"),
        ("The envoy called the shutdown of the reactor a milestone event.", "SUPPORT", "ACCUSE"),
        ("The cleric praised the commander, calling him his beloved brother.", "SUPPORT", "ACCUSE"),
        ("The senator called the report sickening.", "ACCUSE", None),
        # A name one goes by, a so-called thing, a name a pet is called by and a phone call
        # judge no one.
        ("The hecklers denied any link to the party, calling themselves shoppers.", None, "ACCUSE"),
        ("Farmers should call each cow by her name, the study said.", None, "ACCUSE"),
        ("Parents called the senator's office voicing their concerns.", None, "ACCUSE"),
        ("The firm wants the so called cipher removed.", None, "ACCUSE"),
        # Crowds named by a demonym protest (CAMEO 141); a state protesting complains (11).
        ("Iranians protested outside the British embassy on Monday.", "PROTEST", "ACCUSE"),
        ("Iran protested to Britain on Monday.", "ACCUSE", "PROTEST"),
        # Boycotting talks rejects the meeting (CAMEO 125); boycotting classes is a protest.
        ("The rebels boycotted the peace talks in Geneva.", "REJECT", "PROTEST"),
        ("The opposition announced a boycott of the talks.", "REJECT", "PROTEST"),
        ("Students boycotted classes at the university.", "PROTEST", "REJECT"),
        # A worry about a state of things disapproves of no one; concern at a party stays.
        ("The Dutch minister expressed concern about the humanitarian situation.", None, "ACCUSE"),
        ("Japan expressed concern over China's missile tests.", "ACCUSE", None),
        # A condition or an eligibility is no act; requirements and targets met are no
        # agreement, quitting a habit no resignation; rallying behind someone supports him.
        ("The aid is contingent on the rebels releasing the hostages.", None, "RETREAT"),
        ("Kenyan MPs were eligible to vote for the speaker.", None, "SUPPORT"),
        ("The factory does not meet the safety requirements.", None, "REJECT"),
        ("The minister quit smoking last year.", None, "RETREAT"),
        ("The minister quit the cabinet on Monday.", "RETREAT", None),
        ("The party rallied behind the prime minister.", "SUPPORT", "PROTEST"),
        # A legislature or cabinet sitting alone is a session, no consultation; a body of
        # several states, or a meeting with someone, consults.
        ("The Kenyan Senate will meet on Monday to discuss the budget.", None, "CONSULT"),
        ("Correa spoke during a Cabinet meeting in Quito.", None, "CONSULT"),
        ("The UN Security Council will meet next week to discuss Iran.", "CONSULT", None),
        ("The Kenyan cabinet met with Ugandan rebels on Monday.", "CONSULT", None),
        # Conceding that something is so admits a fact; conceding the election concedes.
        ("The Kenyan minister conceded that the sale would be difficult.", None, "CONCEDE"),
        ("The Kenyan opposition leader conceded the election on Monday.", "CONCEDE", None),
        # Reining in or deterring an act is no act of that kind ("prevent" class).
        ("The new law will deter attacks on Kenyan journalists.", None, "THREATEN"),
        # Defending oneself supports no one; defending another does (CAMEO 051).
        ("The firm said it would defend itself against the lawsuit.", None, "AGREE"),
        ("The Kenyan army is able to defend itself.", None, "SUPPORT"),
        ("President Kiva defended Senator Jo Oduya on Monday.", "SUPPORT", None),
        # Advice to one's own citizens threatens no one, nor visits what it advises against;
        # a warning to another party stays a threat.
        ("Norway warned its citizens in Peru to stay indoors.", None, "THREATEN"),
        ("Kenya warned its citizens against visiting Somalia.", None, "CONSULT"),
        ("Iran warned Europe against new sanctions.", "THREATEN", None),
        # Complying with laws, rules or standards yields to no one; with a demand it does.
        ("The firm said the plant complied with all safety standards.", None, "CONCEDE"),
        ("We do not like it, but we abide by the law, the farmer said.", None, "CONCEDE"),
        ("Syria complied with the demands of the inspectors.", "CONCEDE", None),
        # Ordered out of the country is an expulsion (CAMEO 174), out of a room nothing.
        ("The two reporters were ordered to leave the country on Monday.", "COERCE", None),
        ("The guard ordered the visitor to leave the room.", None, "COERCE"),
        # What is demanded has not happened: the demand is the event, not a resignation.
        ("Protesters demanded the resignation of the prime minister.", "REQUEST", "RETREAT"),
        ("Israel demanded the release of the two soldiers.", "REQUEST", "RETREAT"),
        ("The cabinet accepted the resignation of the minister.", "CONCEDE", None),
        # A participle modifying a crowd has the crowd as its doer: a protest, not a
        # complaint; workers stopping work on a strike day strike, they concede nothing.
        ("Police dispersed students protesting the new fees in Lagos.", "PROTEST", "ACCUSE"),
        ("Bus drivers stopped work on the opening day of their strike.", "PROTEST", "CONCEDE"),
        # An infinitive shares an active verb's subject: workers who voted to strike
        # strike (a labour strike, not an attack); jets striking a target attack it.
        ("Workers at the car factory voted to strike on Monday.", "PROTEST", "ASSAULT"),
        ("Israeli jets struck targets in Gaza.", "ASSAULT", None),
        # A product released is no captive freed; a poll's voting intention promises nothing.
        ("The former minister's memoir will be released on Sunday.", None, "AGREE"),
        ("The rebels will release the hostages on Friday.", "AGREE", None),
        ("In the survey, 52% said they would vote for the Green nominee.", None, "AGREE"),
        ("The Kenyan senate voted for the resolution on Monday.", "SUPPORT", None),
        # An act named as a likelihood, possibility or chance has not happened.
        ("Pollsters said the war raised the likelihood of terrorist attacks.", None, "ASSAULT"),
        ("The senator had a chance to resign but refused.", None, "RETREAT"),
        # Weapons arriving visit no one; a death march is a figure of speech; boycotting a
        # treaty or a ban rejects it (CAMEO 127).
        ("The missiles from Korea had arrived in Iran by May.", None, "CONSULT"),
        ("The Chinese president arrived in Moscow on Monday.", "CONSULT", None),
        ("Critics said the budget begins a death march for the space program.", None, "PROTEST"),
        ("Several countries boycotted the treaty on cluster bombs.", "REJECT", "PROTEST"),
        # What one seeks to have others do is not done; what one had done was.
        ("His family tried to have him released from prison.", None, "RETREAT"),
        ("The president had the opposition leader arrested.", "COERCE", None),
        # A merger or sponsorship agreement signed is business; a peace agreement is 057.
        ("Acme Media signed a final merger agreement with Orbit Films.", None, "SUPPORT"),
        ("Sudan and the rebels signed a peace agreement on Friday.", "SUPPORT", None),
        # Drugs abused, bare intentions, volunteering, crowds greeted: no act between parties;
        # stopping short of condemning condemns no one.
        ("One in six students has abused a sleeping pill.", None, "ASSAULT"),
        # a named object with an adjective parsed as its modifier is still predicated
        ("Kenya held Somalia responsible for the border raid.", "ACCUSE", None),
        # reducing an act names no doer of it, nor that it happened ("prevent" class)
        ("The new patrols have sharply reduced attacks on shops.", None, "ASSAULT"),
        # undoing an act is no new act of that kind, nor its doer's
        ("The high court quashed her conviction for fraud.", None, "SANCTION"),
        ("Police abused the detainees in custody.", "ASSAULT", None),
        ("The senator was honest with voters about his intentions.", None, "AGREE"),
        ("Iran announced its intention to resume talks with the European Union.", "AGREE", None),
        ("She has spent eleven years volunteering at a shelter.", None, "AGREE"),
        ("Egypt volunteered to mediate between the factions.", "AGREE", None),
        ("The Somali prime minister greeted the crowds in Mogadishu.", None, "CONSULT"),
        ("The cleric stopped short of condemning the bombers.", None, "ACCUSE"),
        # What one is unable to do is neither done nor refused.
        ("The Kenyan banks are unable to negotiate the fees with merchants.", None, "CONSULT"),
        ("The Kenyan banks are unable to negotiate the fees with merchants.", None, "REJECT"),
        ("Israel is obligated to dismantle the outposts under the plan.", None, "RETREAT"),
        ("Israel dismantled two outposts on Monday.", "RETREAT", None),
        # Business deals, careers and web pages: no act between political parties.
        ("The cable firm agreed to buy its rival for six billion dollars.", None, "AGREE"),
        ("The colonel, who was trained as an army officer, had no such skills.", None, "AID"),
        ("The United States trained Iraqi soldiers in Jordan.", "AID", None),
        ("The partnership aims to mobilise investment into clean technology.", None, "THREATEN"),
        ("The official Kenyan website hosted a news story about the event.", None, "CONSULT"),
        # Police storming a building use force (ASSAULT), whatever their number; a crowd
        # storming one riots. A missile fired into the sea is a show of force (CAMEO 150).
        ("Hundreds of policemen stormed the provincial capitol.", "ASSAULT", "PROTEST"),
        ("Thousands of protesters stormed the parliament building.", "PROTEST", None),
        ("The navy fired two cruise missiles into the ocean.", "MOBILIZE", "ASSAULT"),
        ("The rebels fired rockets into southern Israel.", "ASSAULT", None),
        # What one needs to do, or what is necessary, is not done; an intended view of a
        # thing is no more an act than a held one.
        ("We need to stop supporting the regime, the senator said.", None, "REJECT"),
        ("The council needed to do more to assist poor families.", None, "AID"),
        ("The party will continue to support the careful use of farm chemicals.", None, "AGREE"),
        ("Germany will support the Egyptian peace plan.", "AGREE", None),
        # Agreeing that something is so shares a view; agreeing that one side will act,
        # or agreeing to a handover, is an agreement.
        ("The mayor agreed that the harvest had been poor this year.", None, "AGREE"),
        ("Russia agreed that a cut in output was needed.", None, "AGREE"),
        ("The two sides agreed that Israeli troops would withdraw from the town.", "AGREE", None),
        ("Iran agreed to suspend enrichment.", "AGREE", None),
        # A website visited, a plan that met with criticism and a shareholder meeting
        # consult no one; a meeting held despite criticism is still a meeting.
        ("For details, visit the party's official website.", None, "CONSULT"),
        ("The Kenyan plan met with wide criticism from rights groups.", None, "CONSULT"),
        ("The ballot was held at a shareholder meeting in Lyon.", None, "CONSULT"),
        ("Jimmy Carter met Khaled Meshaal in Damascus despite criticism.", "CONSULT", None),
        # A mishap that kills assaults no one, however the sentence names it: a relative
        # clause, a passive's agent, a "when" clause or the act an "-ing" clause follows;
        # a crash into something, fire opened and a named doer stay ASSAULT.
        ("The collapse of a roof that killed nine people angered residents.", None, "ASSAULT"),
        ("A blaze which killed four firemen gutted the depot.", None, "ASSAULT"),
        ("Two guards were killed by the fire.", None, "ASSAULT"),
        ("Three pilots were killed when their plane crashed near Tarvo.", None, "ASSAULT"),
        ("A ferry capsized off the island on Sunday, killing eleven.", None, "ASSAULT"),
        ("Eight soldiers were killed when a bomber crashed into their truck.", "ASSAULT", None),
        ("Five were killed when soldiers fired on the crowd.", "ASSAULT", None),
        ("Gunmen who killed six villagers fled into the hills.", "ASSAULT", None),
        # A warning of a danger threatens no one; a warning of one's own act does.
        ("The agency warned of famine in the north.", None, "THREATEN"),
        ("Doctors warned about a shortage of vaccines.", None, "THREATEN"),
        ("Zarovia warned of severe consequences if the ships came.", "THREATEN", None),
        ("The rebels warned of more attacks on the capital.", "THREATEN", None),
        # Things discussed are a topic, not the sides of a consultation; the agents are.
        ("Several scenarios were discussed.", None, "CONSULT"),
        ("The plan was discussed by the two ministers.", "CONSULT", None),
        # A passive's agent is the doer a subject frame looks for.
        ("The depot was torched by protesters.", "PROTEST", "ASSAULT"),
        ("The flat was raided by police.", "COERCE", "ASSAULT"),
    ],
)
def test_precision_classes(text: str, expected: str | None, absent: str | None) -> None:
    found = event_types(text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
