"""Bounds on the size of a document, checked before anything walks it.

YAML aliases let a few hundred bytes stand for billions of values ("billion laughs"): the parser
shares one object per anchor, so parsing stays fast, but every later stage that walks the
document (reference checks, hashing, validation, model generation) would expand it and run out
of time and memory. A node that contains itself (``&a [*a]``) would make those walks endless.
So the document is measured as those stages will see it, counting each alias's whole content,
and refused past bounds far above any real API's (GitHub's 13 MB spec has ~260,000 values,
nested 22 deep).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Largest file read at all (GitHub's, the largest public spec we know, is 13 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Most values (mappings, lists and scalars, aliases counted in full) a document may expand to.
MAX_VALUES = 5_000_000
#: Deepest nesting of mappings and lists.
MAX_DEPTH = 256


@dataclass(frozen=True)
class Excess:
    """Why a document is refused, and where (the path of keys to the offending value)."""

    problem: str
    path: tuple[object, ...]


def excess(data: object) -> Excess | None:
    """Whether ``data`` (parsed JSON or YAML) expands beyond the bounds above, and why.

    One walk over the distinct objects: the expanded size and depth of a shared object (an
    anchor) are computed once and reused for every alias, so a bomb is measured, not expanded.
    The walk is iterative, so a deep document cannot exhaust Python's stack here.
    """
    sizes: dict[int, tuple[int, int]] = {}  # id → (values, depth) of a finished container
    in_progress: set[int] = set()
    keep_alive: list[object] = []  # ids stay unique only while their objects live
    stack: list[tuple[object, tuple[object, ...], bool]] = [(data, (), False)]
    while stack:
        node, path, children_done = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if children_done:
            in_progress.discard(key)
            values, depth = 1, 1
            for _, child in children:
                child_values, child_depth = sizes.get(id(child), (1, 0))
                values += child_values
                depth = max(depth, child_depth + 1)
            if values > MAX_VALUES:
                return Excess(
                    f"it expands to more than {MAX_VALUES:,} values (YAML aliases counted in full)",
                    path,
                )
            if depth > MAX_DEPTH:
                return Excess(f"it nests more than {MAX_DEPTH} levels deep", path)
            sizes[key] = (values, depth)
            continue
        if key in sizes:
            continue
        if key in in_progress:
            return Excess("a value contains itself (a YAML alias inside its own anchor)", path)
        if len(path) > MAX_DEPTH:
            return Excess(f"it nests more than {MAX_DEPTH} levels deep", path)
        in_progress.add(key)
        keep_alive.append(node)
        stack.append((node, path, True))
        stack.extend((child, (*path, name), False) for name, child in children)
    return None
