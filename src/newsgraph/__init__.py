"""newsgraph: geopolitical news to an evidence-linked knowledge base.

Data flows one way: ingest -> nlp -> actors -> quotes -> events -> relations
-> store -> cli. ``analyze(article)`` is the pure, picklable entry point.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
