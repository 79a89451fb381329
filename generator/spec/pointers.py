"""JSON pointers (RFC 6901) into a parsed document: writing them, and following them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def pointer_of(parts: Iterable[object]) -> str:
    """Encode path parts as a JSON pointer."""
    encoded = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "".join("/" + p for p in encoded)


def unescaped_pointer_part(part: str) -> str:
    """One JSON pointer part as the key it stands for."""
    return part.replace("~1", "/").replace("~0", "~")


def parts_of(pointer: str) -> list[str]:
    """The keys a pointer names, unescaped (``/a~1b/0`` → ``["a/b", "0"]``)."""
    return [unescaped_pointer_part(part) for part in pointer.split("/")[1:]] if pointer else []


def resolve(data: Any, pointer: str) -> Any:
    """Follow a local JSON pointer (``/components/schemas/X``); ``KeyError`` if it dangles."""
    node = data
    for part in parts_of(pointer):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(pointer)
    return node
