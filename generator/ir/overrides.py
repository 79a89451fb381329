"""A schema that extends another (``allOf`` of a ``$ref`` parent and its own properties) and
redeclares a property it inherits with a type that is no subtype of the parent's becomes one
object with all their properties, the later declaration winning.

As a subclass it would retype an inherited field incompatibly, which ``mypy --strict`` rejects
("Incompatible types in assignment ... base class ... defined the type as ..."): OpenAI's
``FunctionToolCallResource`` types ``status`` by another enum than its parent's (of the same
values), ``CreateModelResponseProperties`` a plain integer over its parent's nullable constrained
one (a root model). One object types each field once, as the spec says the schema holds it; what
is lost is only ``isinstance`` of the parent, which no field of the spec declares.

What stays a subclass: a property redeclared the same (its description aside), a one-value enum
or ``const`` (a ``Literal``) that is one of the values of the parent's enum or string (the variant
of a discriminated union narrowing its ``type``), and a ``$ref`` where the parent takes it or null.
Anything else is not known to be a subtype once datamodel-code-generator has typed it (an inline
union member may become a root model of its own), so it is merged rather than risked.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.ir.types_map import TypeMapper
from generator.spec.load import Document

#: Keywords that say nothing of a property's type.
_DOC_KEYWORDS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "default", "$comment"}
)
_UNIONS = ("anyOf", "oneOf")


def without_incompatible_overrides(document: Document) -> Document:
    """``document`` with every component schema that would retype an inherited field merged into
    one object. The input is left unchanged; a document without such schemas is returned as it is.
    """
    schemas = (document.data.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return document
    mapper = TypeMapper(document.data, {})
    retyping = [key for key, schema in schemas.items() if _retypes_inherited(schema, mapper)]
    if not retyping:
        return document
    data = copy.deepcopy(document.data)
    mapper = TypeMapper(data, {})
    # The properties merged are read from the parents as the spec declares them (a parent merged
    # too gives the same properties), so the order of the merges does not matter.
    merged = {key: merged_all_of(data["components"]["schemas"][key], mapper) for key in retyping}
    for key, schema in merged.items():
        data["components"]["schemas"][key] = schema
    return Document(document.path, data)


def merged_all_of(schema: dict[str, Any], schemas: TypeMapper) -> dict[str, Any]:
    """``schema`` with its ``allOf`` replaced by the one object its members make together: the
    properties of each (``$ref``s followed), the later winning, and the required names of all."""
    properties: dict[str, Any] = {}
    required: set[str] = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        member_properties, member_required = schemas.properties(member)
        properties.update(copy.deepcopy(member_properties))
        required |= member_required
    properties.update(schema.get("properties") or {})
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    merged.update(type="object", properties=properties)
    if required:
        merged["required"] = [name for name in properties if name in required]
    return merged


def _retypes_inherited(schema: Any, mapper: TypeMapper) -> bool:
    """Whether ``schema`` extends a ``$ref`` parent and redeclares one of its properties with a
    type not known to be a subtype of the parent's."""
    members = schema.get("allOf") if isinstance(schema, dict) else None
    if not isinstance(members, list):
        return False
    inherited: dict[str, Any] = {}
    own: dict[str, Any] = {}
    for member in members:
        properties, _ = mapper.properties(member)
        (inherited if isinstance(member, dict) and "$ref" in member else own).update(properties)
    own.update(schema.get("properties") or {})
    return any(
        name in inherited and not _narrows(child, inherited[name], mapper)
        for name, child in own.items()
    )


def _narrows(child: Any, parent: Any, mapper: TypeMapper) -> bool:
    """Whether the property schema ``child`` surely types a subtype of what ``parent`` types."""
    if _type_of(child) == _type_of(parent):
        return True
    members = parent.get(_union(parent)) if isinstance(parent, dict) else None
    if isinstance(members, list) and any(_type_of(m) == {"type": "null"} for m in members):
        # `X` narrows `X | None` where X is a class (a `$ref`), typed alike in both places
        if "$ref" in _type_of(child) and any(_type_of(m) == _type_of(child) for m in members):
            return True
    value = _literal(child, mapper)
    return value is not None and any(
        _takes(m, value, mapper) for m in (members if isinstance(members, list) else [parent])
    )


def _type_of(schema: Any) -> Any:
    """``schema`` without the keywords that do not shape its type."""
    if not isinstance(schema, dict):
        return schema
    return {
        key: value
        for key, value in schema.items()
        if key not in _DOC_KEYWORDS and not key.startswith("x-")
    }


def _union(schema: dict[str, Any]) -> str:
    return next((u for u in _UNIONS if u in schema), "")


def _literal(schema: Any, mapper: TypeMapper) -> str | int | None:
    """The one string or integer value of a one-value enum or a ``const`` (a ``Literal``)."""
    target = mapper.deref(schema)
    values = target.get("enum") if "enum" in target else [target.get("const")]
    if isinstance(values, list) and len(values) == 1:
        value = values[0]
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return value
    return None


def _takes(parent: Any, value: str | int, mapper: TypeMapper) -> bool:
    """Whether ``parent`` is an enum holding ``value`` or a plain string (without a format that
    makes it another Python type) and ``value`` a string."""
    target = mapper.deref(parent)
    values = target.get("enum")
    if isinstance(values, list):
        return value in values and all(
            isinstance(v, (str, int)) and not isinstance(v, bool) for v in values
        )
    return (
        isinstance(value, str)
        and target.get("type") == "string"
        and not any(k in target for k in ("format", "const", "pattern", *_UNIONS, "allOf"))
    )
