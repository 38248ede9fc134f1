"""A body named after an office holder's title runs over the title ("Office of the
Inspector General"), unless the title is a person's ("Ministry of X Minister Jo Doe").

Invented sentences, hand-parsed (no model). The first test failed before
:func:`merged_fixes._office_title_end`; the second guards a title before a name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.actors.detect import entity_candidates

from .conftest import parsed

MakeDoc = Callable[..., Doc]


def _spans(doc: Doc) -> list[tuple[str, str]]:
    return [(doc[c.start : c.end].text, c.label) for c in entity_candidates(doc)]


def test_a_body_named_after_a_title_runs_over_it(make_doc: MakeDoc) -> None:
    # "The Office of the Varden High Commissioner for Coastal Affairs said ." (the model
    # ended the body before the title)
    rows = parsed(
        "The|DET|det|1 Office|PROPN|nsubj|10|B-ORG of|ADP|prep|-1|I-ORG the|DET|det|4|I-ORG "
        "Varden|PROPN|compound|3|I-ORG High|PROPN|compound|1 Commissioner|PROPN|pobj|-5 "
        "for|ADP|prep|-1 Coastal|PROPN|compound|1 Affairs|PROPN|pobj|-2 said|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    spans = _spans(make_doc(rows))
    assert spans == [("Office of the Varden High Commissioner for Coastal Affairs", "ORG")]


def test_a_title_before_a_name_stays_the_persons(make_doc: MakeDoc) -> None:
    # "The Ministry of Varden Affairs Minister Tolva Marrick said ."
    rows = parsed(
        "The|DET|det|1 Ministry|PROPN|compound|6|B-ORG of|ADP|prep|-1|I-ORG "
        "Varden|PROPN|compound|1|I-ORG Affairs|PROPN|pobj|-2|I-ORG Minister|PROPN|compound|2 "
        "Tolva|PROPN|compound|1|B-PERSON Marrick|PROPN|nsubj|1|I-PERSON said|VERB|ROOT|0 "
        ".|PUNCT|punct|-1"
    )
    spans = _spans(make_doc(rows))
    assert ("Ministry of Varden Affairs", "ORG") in spans
