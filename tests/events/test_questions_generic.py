"""Acts that are asked about or only named in general (invented sentences).

Classes found on unlabelled Wikinews articles: interview questions ("Which leaders do
you admire?"), acts under "any" ("any attack would be ...") and acts named as a right
("the right to negotiate") or in the simple present ("cities collaborate in a province")
coded as done, and guards that the rules leave alone (an act
in a clause under a question, a denial with "any", a plain statement).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # An act in a direct question is asked about, not reported.
        ("Which foreign leaders do you admire?", None, "SUPPORT"),
        ("Do you support the new border plan of the Kenyan government?", None, "SUPPORT"),
        ("What is your final appeal to the voters of Lagos?", None, "REQUEST"),
        ("Why would the mayor of Tula attack the governor?", None, "ASSAULT"),
        ("Why did the Kenyan minister quit the cabinet?", "RETREAT", None),
        ("Which candidates have you endorsed and voted for?", None, "SUPPORT"),
        ("Why do you think the council should resign?", None, "REQUEST"),
        # A noun act under "any" is no particular act; an act named as a right is not done.
        ("Any attack on the Kenyan envoy would be an attack on all of us.", None, "ASSAULT"),
        ("He said he would impose a curfew if there was any violence in Oyo.", None, "ASSAULT"),
        ("Kenya does not have any intention of meeting the rebels.", "REJECT", None),
        ("The court affirmed the province's right to negotiate with the rebels.", None, "CONSULT"),
        ("Nobody has the right to kill civilians, the bishop said.", None, "ASSAULT"),
        ("The Kenyan army was right to attack the rebel camp, the minister said.", "ASSAULT", None),
        ("Kenyan troops attacked the rebel camp in Oyo, right?", "ASSAULT", None),
        # A deed in the simple present is a habit or what a text provides, not an act ...
        ("The town has a choir. Cities collaborate in a province.", None, "COOPERATE"),
        ("It was a long day. We give help to the poor of Oyo.", None, "AID"),
        ("It was signed in May. The pact lifts trade restrictions on grain.", None, "CONCEDE"),
        # ... but statements are reported in the present, a headline reports a deed, and
        # a past deed is one.
        ("It was a long day. The Kenyan party denies the charges.", "REJECT", None),
        ("Kenyan troops attack rebel camp in Oyo", "ASSAULT", None),
        ("It was a long day. Cities collaborated in the relief effort.", "COOPERATE", None),
        ("It was a long day. Two Kenyan ministers quit ahead of the vote.", "RETREAT", None),
        # Looking forward to an act intends it: AGREE (intent), not cooperation done.
        ("The Kenyan president looks forward to working with Uganda.", "AGREE", "COOPERATE"),
        # ... while the same act stated, or named under the question, is still read.
        ("The Kenyan minister supports the new border plan.", "SUPPORT", None),
        ("What did the mayor say after rebels attacked Oyo on Monday?", "ASSAULT", None),
        ("Is Kenya safer now than when rebels attacked Nairobi in 2010?", "ASSAULT", None),
    ],
)
def test_questions_and_generic_acts(
    nlp: Language, text: str, expected: str | None, absent: str | None
) -> None:
    found = {e.type for e in analyzed(nlp, text).events}
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
