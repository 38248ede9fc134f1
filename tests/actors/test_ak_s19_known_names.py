"""Well-known names written in full the lexicon did not list (stop 19, role AK).

Before, "George Bush" matched no entry of ``leaders.jsonl`` ("George W. Bush", "Bush"):
with no title near him he was a civilian of the story's country (India, Iraq, Italy).
"""

from __future__ import annotations

from newsgraph.actors.lexicon import lexicons


def test_george_bush_is_the_us_president() -> None:
    entry = lexicons().leaders["George Bush"]
    assert (entry.country, entry.sector) == ("USA", "GOV")
