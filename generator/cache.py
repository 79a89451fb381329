"""The generator's caches on disk (formatted code, models, validated documents): one way to write."""

from __future__ import annotations

import os
from pathlib import Path


def write_cache_file(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all: a reader, or another run writing the same entry at the
    same time, never sees half a file. A cache that cannot be written only costs speed, so a
    failure is ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass
