"""Wire-service datelines: "BAGHDAD, Jan 9 (Reuters) - ...", "KYIV (AP) — ...".

A dateline says where a story was filed. It is no part of the first sentence: the
model otherwise reads "JERUSALEM" as an organization, or glues the date to the
first subject ("Aug 25 - Israeli warplanes"), and the city, written in capitals
before the date, is a place, not an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "find_credits", "find_dateline"]

# An upper-case place (the first of two joined by a slash, "LONDON/PARIS", where the story
# was filed from both), optionally ", State" or ", Country", optionally ", Mon DD" or
# ", Mon DD, YYYY", an optional agency in parentheses, then a dash: at the start of one of
# the first lines.
_CITY = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
_AFTER_CITY = (
    r"(?:,[ \t]*[A-Za-z.]+(?: [A-Za-z.]+){0,3}?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]*\d{4})?)?[ \t]*"
)
# a news agency's name in parentheses: "(Reuters)", "(AP)", "(Wirepost)" (not "(2)")
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z.&\- ]{1,28})\)"
_DASH = r"[ \t]*[-—–]{1,2}[ \t]+(?=\S)"
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>" + _CITY + r")(?:/" + _CITY + r")?" + _AFTER_CITY
    + r"(?:" + _AGENCY + r"|\([^()\n]{2,30}\))?" + _DASH,
    re.MULTILINE,
)
# Agence France-Presse writes the city in title case: "Paris (AFP) - ", "Abu Dhabi (AFP) -";
# only with an agency, and only a known place
_TITLE_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][a-z]+(?:[ \-](?:[A-Z][a-z]+|al|el|de|es))*)" + _AFTER_CITY + _AGENCY
    + _DASH,
    re.MULTILINE,
)
_FIRST_LINES = 8
# Wire labels an upper-case headline may open with, no place even before "(VIDEO) -"
_LABELS = frozenset(
    {"BREAKING", "UPDATE", "EXCLUSIVE", "ANALYSIS", "LIVE", "WATCH", "FACTBOX", "EXPLAINER",
     "OPINION", "CORRECTED", "REFILE", "URGENT", "FLASH", "INSIGHT", "COLUMN"}
)

# Newsroom credit lines, each a line of its own: "(Reporting by A and B; Additional
# reporting by C in Lima; Editing by D)", "Writing by E", "Associated Press writer F in
# Lima contributed to this report.", "G contributed reporting from Lima." (or "to this
# report from Lima."), and a byline
# "By H and I". The people they name wrote the story; they are not in it.
_CREDIT_ROLES = (
    r"(?:(?:additional\s+)?reporting|writing|editing|compiled|research|graphics|fact-checking)"
)
_CREDIT_LINES = (
    re.compile(r"^[ \t]*\(?[ \t]*" + _CREDIT_ROLES + r"\s+by\s[^\n]{2,400}$", re.I | re.M),
    re.compile(
        r"^[ \t]*[A-Z][^\n.!?]{2,200}\bcontributed(?:\s+(?:to\s+this\s+(?:report|story)|"
        r"reporting)(?:\s+from\s+[^\n.]{2,60})?)?\.?[ \t]*$",
        re.M,
    ),
    re.compile(r"^[ \t]*By\s+[A-Z][\w.'’\-]+(?:[ \t,]+(?:and[ \t]+)?[A-Z][\w.'’\-]+){1,7}[ \t]*$",
               re.M),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """Character offsets of a dateline: its city, and where the story proper starts."""

    city_start: int
    city_end: int
    end: int  # the first character of the story after the dash

    def city(self, text: str) -> str:
        """The city as the gazetteer spells it ("PORT-AU-PRINCE" -> "Port-au-Prince"),
        else title-cased ("NEW DELHI" -> "New Delhi")."""
        from ..events.places import gazetteer_spelling  # noqa: PLC0415 (events imports nlp)

        return gazetteer_spelling(text[self.city_start : self.city_end])


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening one of the article's first lines, when its city is a known place.

    The place must be in the gazetteer (:func:`newsgraph.events.places.lookup_place`),
    so an upper-case headline word before a dash ("UPDATE - ...") is no dateline, unless
    a news agency follows it: "UNITED NATIONS (AP) — ", "DEIR AL-BALAH, Gaza Strip (AP) — "
    are datelines whatever the gazetteer knows.
    """
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports nlp)

    head_end = 0
    for _ in range(_FIRST_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    found = [
        m
        for rx in (_DATELINE, _TITLE_DATELINE)
        for m in rx.finditer(text, 0, head_end)
        if len(m.group("city")) >= 3
        and (
            (m.group("agency") and m.group("city").isupper() and m.group("city") not in _LABELS)
            or lookup_place(m.group("city").title()) is not None
        )
    ]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return Dateline(first.start("city"), first.end("city"), first.end())


def find_credits(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans of the article's credit lines (bylines, "(Reporting by ...;
    Editing by ...)", "... contributed to this report."), in text order.

    Only whole lines count, so "By Monday, troops had left." or a sentence that says a
    donor "contributed to the fund" inside a paragraph are no credits.
    """
    spans = {(m.start(), m.end()) for rx in _CREDIT_LINES for m in rx.finditer(text)}
    return tuple(sorted(spans))
