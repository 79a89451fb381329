"""Remembers what checking a document found, keyed by what the findings depend on.

Validation is the slowest part of loading (openapi-spec-validator walks every schema). A
document's findings do not depend on the text of its ``description`` and ``summary`` strings
(plain strings wherever OpenAPI allows them), so the key blanks those: editing prose, the most
common change to a spec, does not pay for validation again. Strings inside values that the
validator checks against schemas (``default``, ``example``, ``enum``, ...) are kept as they are.
Only documents without errors are remembered, with their warnings (lines are found again on
use: prose edits move them).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, replace
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.cache import write_cache_file
from generator.spec.findings import Finding

PROSE_KEYS = frozenset({"description", "summary"})
#: Keys whose values are data, not OpenAPI structure: kept verbatim.
VALUE_KEYS = frozenset({"default", "example", "examples", "enum", "const", "value"})
#: The modules whose code decides the findings: a change to any of them is a new key.
RULE_MODULES = ("classify.py", "findings.py", "unsupported.py", "validation.py", "validators.py")


def key(data: dict[str, Any]) -> str:
    """A hash of ``data`` with prose blanked, of the validator's version and of our rules."""
    digest = hashlib.sha256(_rules())
    digest.update(json.dumps(_without_prose(data), sort_keys=True, default=str).encode())
    return digest.hexdigest()


def known_findings(cache_dir: Path | None, data_key: str) -> tuple[Finding, ...] | None:
    """The findings (warnings only) of a document with this :func:`key` checked before, or None."""
    if cache_dir is None:
        return None
    try:
        raw = json.loads((cache_dir / data_key).read_text(encoding="utf-8"))
        return tuple(Finding(**item) for item in raw)
    except (OSError, ValueError, TypeError):
        return None


def remember(cache_dir: Path | None, data_key: str, findings: tuple[Finding, ...]) -> None:
    """Record the findings of the document with this :func:`key` (failing only costs speed)."""
    if cache_dir is None or any(f.severity == "error" for f in findings):
        return
    write_cache_file(
        cache_dir / data_key, json.dumps([asdict(replace(f, line=None)) for f in findings])
    )


@cache
def _rules() -> bytes:
    folder = Path(__file__).parent
    return version("openapi-spec-validator").encode() + b"".join(
        (folder / m).read_bytes() for m in RULE_MODULES
    )


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                v
                if k in VALUE_KEYS or str(k).startswith("x-")
                else "" if k in PROSE_KEYS and isinstance(v, str) else _without_prose(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_without_prose(item) for item in node]
    return node
