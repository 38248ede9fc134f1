"""Shared fixtures. Unit tests build Docs with spacy.blank; model tests are marked."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval"
SEED = CORPUS / "seed-2025-01-09-iran-syria-iraq.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """A tokenizer-only English pipeline: no model needed."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured spaCy model with newsgraph's components (tests using it are marked)."""
    from newsgraph.config import DEFAULT_MODEL
    from newsgraph.nlp import load_pipeline

    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article from ../shared (never copied into the repo)."""
    return SEED.read_text(encoding="utf-8")
