"""JSON pointers (RFC 6901) into an OpenAPI document: made, followed, and found in the file.

Every stage that names a place in the spec (load's checks, the IR's errors, type mapping's
``$ref`` chains) uses these, so a pointer means the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is ~10x faster on large specs; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def pointer_of(parts: Iterator[object] | list[object]) -> str:
    """Encode path parts as a JSON pointer (RFC 6901)."""
    encoded = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "".join("/" + p for p in encoded)


def _unescaped(part: str) -> str:
    """One JSON pointer part as the key it stands for (RFC 6901)."""
    return part.replace("~1", "/").replace("~0", "~")


SCHEMA_REF_PREFIX = "#/components/schemas/"


def component_key(ref: object) -> str | None:
    """The component schema a ``$ref`` names itself (``Pet`` for ``#/components/schemas/Pet``),
    or None: another kind of reference, or one into a schema (``.../Pet/properties/name``)."""
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF_PREFIX):
        return None
    rest = ref[len(SCHEMA_REF_PREFIX):]
    return None if "/" in rest else _unescaped(rest)


def resolve(data: Any, pointer: str) -> Any:
    """Follow a local JSON pointer (``/components/schemas/X``); ``KeyError`` if it dangles."""
    node = data
    for raw in pointer.split("/")[1:]:
        part = _unescaped(raw)
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(pointer)
    return node


def line_of(path: Path, pointer: str) -> int | None:
    """The 1-based line at which ``pointer`` starts in ``path``, or None.

    Composing a node tree is slow on big files, so this runs only when an error is reported.
    """
    try:
        node: Any = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    mark = node.start_mark if node is not None else None
    for raw in pointer.split("/")[1:] if pointer else []:
        part = _unescaped(raw)
        if isinstance(node, yaml.MappingNode):
            key, node = next(((k, v) for k, v in node.value if k.value == part), (None, None))
            mark = key.start_mark if key is not None else None  # the key's line reads best
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            mark = node.start_mark
        else:
            node = None
        if node is None or mark is None:
            return None
    return int(mark.line) + 1 if mark is not None else None
