"""The events eval maps newsgraph's recipient + location onto CAMEO's target slot."""

from __future__ import annotations

from newsgraph.eval.events import _in_role, _triples
from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Event,
    Mention,
    Place,
    evidence_from,
)

TEXT = "Russia held military exercises in Alaska. OSLO - Norway protested."


def _analysis(location: str | None, recipient: str | None = None) -> Analysis:
    russia = Actor("A1", "Russia", "COUNTRY", (Mention(0, 6, "Russia", "GPE"),), country="RUS")
    norway = Actor("A2", "Norway", "COUNTRY", (Mention(49, 55, "Norway", "GPE"),), country="NOR")
    alaska = Place("Alaska", (Mention(34, 40, "Alaska", "GPE"),), country="USA", kind="region")
    event = Event(
        type="MOBILIZE",
        trigger=evidence_from(TEXT, 21, 30),
        sentence=evidence_from(TEXT, 0, 41),
        actor="A1",
        actors=("A1",),
        recipient=recipient,
        cameo="15",
        location=location,
    )
    return Analysis(
        article=Article(id="x", text=TEXT),
        sentences=(),
        actors=(russia, norway),
        places=(alaska,),
        quotes=(),
        events=(event,),
        relations=(),
        pipeline_version="test",
    )


def test_the_place_of_an_act_without_a_recipient_is_its_target() -> None:
    assert _triples(_analysis("Alaska")) == {("RUS", "USA", "15")}


def test_a_recipient_beats_the_place_and_no_place_gives_no_target() -> None:
    assert _triples(_analysis("Alaska", recipient="A2")) == {("RUS", "NOR", "15")}
    assert _triples(_analysis(None)) == {("RUS", None, "15")}


def test_a_gold_place_recipient_is_found_through_the_event_location() -> None:
    span = {"start": 34, "end": 40, "country": "USA", "sector": None}
    assert _in_role(_analysis("Alaska"), span, "recipient")
    assert not _in_role(_analysis(None), span, "recipient")
    # A sector-coded recipient ("USAGOV") is an actor, never a bare place.
    assert not _in_role(_analysis("Alaska"), {**span, "sector": "GOV"}, "recipient")


def test_cameo_country_codes_are_read_as_iso() -> None:
    # CAMEO writes Japan JAP and Vietnam VTN; newsgraph codes ISO 3166 (JPN, VNM)
    from newsgraph.eval.events import _country, _iso

    assert _country("JAPGOV") == "JPN" and _country("VTNMIL") == "VNM"
    assert _country("RUSGOV") == "RUS" and _country("---GOV") is None
    assert _iso("JAP") == "JPN" and _iso(None) is None
    span = {"start": 0, "end": 6, "country": "RUS", "sector": None}
    assert _in_role(_analysis("Alaska"), span, "actor")


def test_a_party_of_a_joint_act_counts_in_either_role() -> None:
    from newsgraph.eval.events import _role_hit

    norway = {"start": 49, "end": 55, "country": "NOR", "sector": None}
    analysis = _analysis(None, recipient="A2")
    assert not _role_hit(analysis, norway, "actor", either=False)
    assert _role_hit(analysis, norway, "actor", either=True)  # gold "SRC/TAR"
