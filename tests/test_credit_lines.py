"""Credit lines (bylines, "(Reporting by ...; Editing by ...)", "... contributed to this
report.") name newsroom staff: their names are no actors of the story."""

from __future__ import annotations

from spacy.language import Language

from .analyzed import analyzed

STORY = (
    "Ministers agree on river pact\n\n"
    "VARDO, March 3 (Wirepost) - Norway and Finland agreed on Tuesday to share the costs "
    "of a dam, Norwegian Foreign Minister Ola Berg said.\n"
    "Finland's government said the plan would be signed next month.\n"
)
CREDITS = (
    "(Reporting by Michael Stewart in Vardo; Additional reporting by Sarah Jennings; "
    "Editing by Robert Hale)\n"
    "Wirepost writer David Morgan contributed to this report."
)
STAFF = {"Michael Stewart", "Sarah Jennings", "Robert Hale", "David Morgan"}


def test_reporters_and_editors_are_no_actors(nlp: Language) -> None:
    analysis = analyzed(nlp, STORY + CREDITS)
    names = {a.name for a in analysis.actors}
    assert not names & STAFF
    assert {"Norway", "Finland", "Ola Berg"} <= names

