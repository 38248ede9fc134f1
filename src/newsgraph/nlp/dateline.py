"""Wire-service datelines: "BAGHDAD, Jan 9 (Reuters) - ...", "KYIV (AP) — ...".

A dateline says where a story was filed. It is no part of the first sentence: the
model otherwise reads "JERUSALEM" as an organization, or glues the date to the
first subject ("Aug 25 - Israeli warplanes"), and the city, written in capitals
before the date, is a place, not an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "find_dateline"]

# An upper-case place (the first of two joined by a slash, "LONDON/PARIS", where the story
# was filed from both), optionally ", State" or ", Country", optionally ", Mon DD" or
# ", Mon DD, YYYY", an optional agency in parentheses, then a dash: at the start of one of
# the first lines.
_CITY = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>" + _CITY + r")(?:/" + _CITY + r")?"
    r"(?:,[ \t]*[A-Za-z.]+(?: [A-Za-z.]+){0,3}?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([^()\n]{2,30}\))?[ \t]*[-—–]{1,2}[ \t]+(?=\S)",
    re.MULTILINE,
)
_FIRST_LINES = 8


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
    so an upper-case headline word before a dash ("UPDATE - ...") is no dateline.
    """
    from ..events.places import lookup_place  # noqa: PLC0415 (events imports nlp)

    head_end = 0
    for _ in range(_FIRST_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    for match in _DATELINE.finditer(text, 0, head_end):
        city = match.group("city")
        if len(city) >= 3 and lookup_place(city.title()) is not None:
            return Dateline(match.start("city"), match.end("city"), match.end())
    return None
