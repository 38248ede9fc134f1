"""Export tests run on each backend, like the store tests."""

from ..store.conftest import db_url

__all__ = ["db_url"]
