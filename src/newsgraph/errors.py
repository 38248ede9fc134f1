"""One error hierarchy: every failure newsgraph reports names its input.

Each class carries an ``exit_code`` (1 for bad input or a failed run, 2 for
usage errors) and the offending ``source`` (a path, ``path:line`` or URL); the
CLI turns them into one line on stderr, never a traceback.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DecodeError",
    "EmptyInputError",
    "InputError",
    "ModelError",
    "NewsgraphError",
    "NotAFileError",
    "SourceNotFoundError",
    "StoreError",
    "UnsupportedInputError",
    "WorkerError",
]


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, source: str | None = None) -> None:
        # Both in args, so the error survives pickling out of a worker process.
        super().__init__(message, source)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(NewsgraphError):
    """An input could not be read as an article; the run goes on with the others."""


class SourceNotFoundError(InputError):
    """The path does not exist."""


class NotAFileError(InputError):
    """A directory (or other non-file) was given where a file is needed."""


class EmptyInputError(InputError):
    """The input holds no text."""


class DecodeError(InputError):
    """The bytes are binary or in no encoding we can detect."""


class UnsupportedInputError(InputError):
    """The input is of a kind no reader handles, or malformed beyond use."""


class ConfigError(NewsgraphError):
    """A bad setting or settings file (a usage error)."""

    exit_code = 2


class ModelError(NewsgraphError):
    """The spaCy pipeline named in the settings cannot be loaded."""


class WorkerError(NewsgraphError):
    """A worker process of the analysis pool died (killed, or out of memory)."""


class StoreError(NewsgraphError):
    """The database cannot be opened, read or written."""
