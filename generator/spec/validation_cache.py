"""Remembers documents that passed validation, keyed by what their validity depends on.

Validation is the slowest part of loading (openapi-spec-validator walks every schema). A
document's validity does not depend on the text of its ``description`` and ``summary`` strings
(plain strings wherever OpenAPI allows them), so the key blanks those: editing prose, the most
common change to a spec, does not pay for validation again. Strings inside values that the
validator checks against schemas (``default``, ``example``, ``enum``, ...) are kept as they are.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.cache import write_cache_file

PROSE_KEYS = frozenset({"description", "summary"})
#: Keys whose values are data, not OpenAPI structure: kept verbatim.
VALUE_KEYS = frozenset({"default", "example", "examples", "enum", "const", "value"})


def key(data: dict[str, Any]) -> str:
    """A hash of ``data`` with prose blanked, and of the validator's version."""
    digest = hashlib.sha256(version("openapi-spec-validator").encode())
    digest.update(json.dumps(_without_prose(data), sort_keys=True, default=str).encode())
    return digest.hexdigest()


def is_known_valid(cache_dir: Path | None, data_key: str) -> bool:
    """Whether a document with this :func:`key` passed validation before."""
    return cache_dir is not None and (cache_dir / data_key).is_file()


def remember_valid(cache_dir: Path | None, data_key: str) -> None:
    """Record that the document with this :func:`key` passed validation (failing only costs speed)."""
    if cache_dir is not None:
        write_cache_file(cache_dir / data_key, "valid\n")


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: v if k in VALUE_KEYS or str(k).startswith("x-")
            else "" if k in PROSE_KEYS and isinstance(v, str)
            else _without_prose(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_without_prose(item) for item in node]
    return node
