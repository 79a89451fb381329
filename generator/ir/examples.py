"""Realistic example values for docs, drawn from the spec's examples, defaults and types."""

from __future__ import annotations

from typing import Any

from generator.ir.types_map import TypeMapper

_MAX_DEPTH = 3


def example_value(mapper: TypeMapper, schema: Any, name: str, depth: int = 0) -> Any:
    """A JSON value for ``schema``: its example, else its default, else one made from its type.

    Objects get only their required fields, so examples stay short and valid.
    """
    if not isinstance(schema, dict):
        return f"{name}_example"
    for source in (schema, mapper.deref(schema)):
        if "example" in source:
            return source["example"]
        examples = source.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
    target = mapper.deref(schema)
    if "default" in target and target["default"] is not None:
        return target["default"]
    if target.get("enum"):
        return next((v for v in target["enum"] if v is not None), None)
    if "const" in target:
        return target["const"]
    for combinator in ("oneOf", "anyOf"):
        members = [m for m in target.get(combinator) or [] if mapper.deref(m).get("type") != "null"]
        if members:
            return example_value(mapper, members[0], name, depth)
    if mapper.is_object(target):
        if depth >= _MAX_DEPTH:
            return {}
        props, required = mapper.properties(target)
        return {
            key: example_value(mapper, value, key, depth + 1)
            for key, value in props.items()
            if key in required
        }
    types = target.get("type")
    type_ = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
    if type_ == "array":
        return [example_value(mapper, target.get("items") or {}, name, depth + 1)]
    if type_ == "object":
        return {}
    if type_ == "integer":
        return 1
    if type_ == "number":
        return 1.0
    if type_ == "boolean":
        return True
    return f"{name}_example"
