"""Stop-24 types: a naming verb whose predicate approves ("called the accord an essential
step", "called the verdict correct", "called the targets ambitious and credible") is
praise (SUPPORT), not disapproval; the approving words are `acclaim` words in
`modality.tsv`. A predicate that censures ("a disaster", "a clear violation") stays ACCUSE."""

from __future__ import annotations

import pytest

from ..analyzed import types_by_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rights panel called the new treaty an essential step toward peace.", "called"),
        ("Mayor Lena Ortiz called the budget deal an important step for the region.", "called"),
        ("The election chief called the count correct and closed the inquiry.", "called"),
        ("Chancellor Olaf Brandt called the climate targets ambitious and credible.", "called"),
        ("The foreign minister called the tribunal just and professional.", "called"),
        ("The freed pilot called the rescue operation perfect.", "called"),
    ],
)
def test_approving_label_is_praise(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "SUPPORT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Mayor Lena Ortiz called the budget deal a disaster for the region.", "called"),
        ("The rights panel called the arrests a clear violation of the treaty.", "called"),
    ],
)
def test_censuring_label_stays_disapproval(text: str, trigger: str) -> None:
    assert types_by_trigger(text).get(trigger, (None,))[0] == "ACCUSE"
