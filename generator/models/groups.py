"""Which component schemas datamodel-code-generator makes models of together.

Schemas that refer to each other, directly or not, must be made together (a class needs the
classes it names, and datamodel-code-generator resolves clashing names within one run): they are
the connected components of the ``$ref`` graph. A spec's many small components are packed into a
few buckets, each one run of datamodel-code-generator in a worker process (the cores shared, the
memory of each bounded) and one entry in the cache (a change to one schema re-makes its bucket
only). A component's bucket depends on its own schemas' names alone, so adding a schema does not
move the others; one big enough to be worth a run of its own gets one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from generator.spec.pointers import DATA_KEYWORDS, SCHEMA_REF_PREFIX, component_key

#: Buckets the small components are spread over: enough to balance the cores and keep a cache
#: entry small, few enough that each run's fixed cost (a few tens of milliseconds) stays small.
BUCKETS = 8
#: A component of at least this many schemas is made on its own.
ALONE = 40
#: A spec with fewer schemas is made in one run: each run's fixed cost would outweigh what
#: parallel runs save (Humanloop's 107 schemas: about 1 CPU-s more in seven runs than in one).
SMALL = 200


def groups(schemas: dict[str, Any], small: int = SMALL) -> list[list[str]]:
    """The schema names of each run, largest run first (so it does not start last); every
    name of ``schemas`` is in exactly one, in the order of ``schemas``. Fewer than ``small``
    schemas make one run."""
    if len(schemas) < small:
        return [list(schemas)] if schemas else []
    refs = {name: set(_refs(schema)) for name, schema in schemas.items()}
    if any(None in targets for targets in refs.values()):
        return [list(schemas)]  # a $ref out of the schemas: who knows where it leads
    buckets: dict[str, list[str]] = {}
    for component in _components(refs):
        key = component[0] if len(component) >= ALONE else f"bucket {_bucket(component[0])}"
        buckets.setdefault(key, []).extend(component)
    order = {name: index for index, name in enumerate(schemas)}
    result = [sorted(names, key=order.__getitem__) for names in buckets.values()]
    return sorted(result, key=lambda names: (-len(names), order[names[0]]))


def _bucket(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") % BUCKETS


def _components(refs: dict[str, set[str | None]]) -> Iterator[list[str]]:
    """The connected components of the ``$ref`` graph, each listed from its first schema."""
    parent = {name: name for name in refs}
    position = {name: index for index, name in enumerate(refs)}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for name, targets in refs.items():
        for target in targets:
            if target in parent:  # a dangling $ref is the validator's to report
                first, second = sorted((root(name), root(target)), key=position.__getitem__)
                parent[second] = first
    members: dict[str, list[str]] = {}
    for name in refs:
        members.setdefault(root(name), []).append(name)
    yield from members.values()


#: Keywords whose values map names (a property's, say) to schemas: no name there is a keyword.
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "$defs", "definitions"})


def _refs(node: Any) -> Iterator[str | None]:
    """The component schemas ``node`` refers to, at any depth (a ``$ref`` into one counts as a
    reference to it); None for a ``$ref`` to anything else."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                inside = ref.startswith(SCHEMA_REF_PREFIX)
                yield (
                    component_key(SCHEMA_REF_PREFIX + ref[len(SCHEMA_REF_PREFIX) :].split("/")[0])
                    if inside
                    else None
                )
            for key, value in current.items():
                if key in _NAMED_SCHEMAS and isinstance(value, dict):
                    stack.extend(value.values())
                elif key not in DATA_KEYWORDS:
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(current)
