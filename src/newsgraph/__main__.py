"""``python -m newsgraph`` runs the CLI."""

from .cli import main

main()
