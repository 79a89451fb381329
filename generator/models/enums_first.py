"""Move the enum classes of a models module in front of every model.

A field typed by an enum names it inside ``EnumOrLiteral[...]`` (an ``x-python-type``, see
:mod:`schema_adapt`), which datamodel-code-generator does not count as a dependency, so it may
write the model before the enum. pydantic would then build the model incomplete and rebuild it
on first use. An enum depends on nothing but its base, so in front of the models it is always
defined in time.
"""

from __future__ import annotations

import ast

_ENUM_BASES = frozenset({"OpenEnum", "Enum", "IntEnum", "StrEnum"})


def enums_first(source: str) -> str:
    """``source`` with its top-level enum classes moved, in order, after its last top-level import."""
    body = ast.parse(source).body
    imports = [node for node in body if isinstance(node, (ast.Import, ast.ImportFrom))]
    enums = [node for node in body if isinstance(node, ast.ClassDef) and _is_enum(node)]
    if not imports or not enums:
        return source
    lines = source.splitlines(keepends=True)
    moved: set[int] = set()
    blocks = []
    for node in enums:
        start = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
        assert node.end_lineno is not None
        blocks.append("".join(lines[start : node.end_lineno]) + "\n\n")
        moved.update(range(start, node.end_lineno))
    last_import = max(node.end_lineno or node.lineno for node in imports)
    kept = [line for number, line in enumerate(lines) if number not in moved]
    insert_at = last_import  # no import is moved, so the line numbers before it still hold
    return "".join([*kept[:insert_at], "\n\n", *blocks, *kept[insert_at:]])


def _is_enum(node: ast.ClassDef) -> bool:
    return any(isinstance(base, ast.Name) and base.id in _ENUM_BASES for base in node.bases)
