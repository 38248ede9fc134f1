"""docs/schema.json documents the extract output: outputs must validate against it."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from newsgraph.ingest.text import article_from_text
from newsgraph.pipeline import analyze

from .conftest import ROOT, SAMPLES, SEED

SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))


def test_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.model
@pytest.mark.parametrize("path", [SEED, *sorted(SAMPLES.glob("*.txt"))], ids=lambda p: p.name)
def test_extract_output_validates(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    out = analyze(article_from_text(text, path.stem)).to_dict()
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(out), key=str)
    assert not errors, [e.message for e in errors[:5]]
