"""Adapt an OpenAPI document's schemas to what a model backend can decode.

Every backend: ``format: email`` stays a plain string, since pydantic's ``EmailStr`` needs
email-validator, which the generated SDK does not depend on; examples are left out; a string
default on a string whose format is another Python type (``AnyUrl``, ``datetime``) is left out,
since it is not a value of that type (GitHub's ``environment_url`` has ``default: ""``), and so is a
default of a JSON type its schema does not declare.

pydantic decodes every union. msgspec decodes a union only when its members can be told apart by
JSON type alone, so it refuses, for instance, ``FeedbackType | str`` (an enum or any string). Such
a union of string-like members means "any string" on the wire; with generated enums being
``OpenEnum`` (which already takes any string), the faithful msgspec type is plain ``str``.
Nor can a msgspec ``Struct`` derive from two Structs that have fields (their layouts conflict),
so an ``allOf`` of several schemas with properties becomes one object with all of them
(GitHub's ``org-ruleset-conditions``); an ``allOf`` of one such schema stays a subclass, and
an ``allOf`` of a union and objects is the union of each member with them (OpenAI's WebSocket events).
msgspec decodes enums of strings or integers only: an enum of other numbers (``0.5, 1.5``)
becomes the plain ``number`` it is on the wire, as open as the other styles' ``OpenFloatEnum``.

A field whose type is a string or integer enum is typed ``EnumOrLiteral[ChatRole, Literal["user", ...]]``
(``x-python-type``): type checkers read the union, so ``ChatMessage(role="user")`` type-checks,
while at run time it is the enum alone, whose ``OpenEnum`` base still takes a value this SDK does
not know yet (see ``_enums.py``). A union of the two would parse known values as plain strings.

The request TypedDicts (``types/_params.py``, see :mod:`generator.ir.request_params`) are read
from the schemas a request may carry, with the changes a request needs: an enum takes the enum or
its values, a ``date-time`` a ``datetime`` or a string, other formats a plain string,
read-only properties are left out, and an ``allOf`` becomes one object (see ``for_params``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from generator.ir.python_literals import python_literal
from generator.ir.types_map import TypeMapper
from generator.spec.pointers import SCHEMA_REF_PREFIX, component_key

_COMBINATORS = ("anyOf", "oneOf")


#: String formats whose pydantic types need a package the SDK does not depend on (email-validator).
_FORMATS_NEEDING_EXTRAS = frozenset({"email", "idn-email"})


#: String formats datamodel-code-generator maps to a Python type other than ``str``.
_NOT_STR_FORMATS = frozenset(
    {
        "date",
        "date-time",
        "timestamp with time zone",
        "date-time-local",
        "duration",
        "time",
        "time-local",
        "path",
        "uuid",
        "uuid1",
        "uuid2",
        "uuid3",
        "uuid4",
        "uuid5",
        "uri",
        "ipv4",
        "ipv4-network",
        "ipv6",
        "ipv6-network",
        "decimal",
        "integer",
        "unixtime",
        "ulid",
        "binary",
        "password",
    }
)


def for_backend(
    document: dict[str, Any],
    backend: str,
    enum_names: dict[str, str] | None = None,
    package: str = "",
) -> dict[str, Any]:
    """The document datamodel-code-generator should read for ``backend`` (the schemas copied).

    ``enum_names`` (component key → class name): the enums whose fields also take their values,
    with ``EnumOrLiteral`` from ``package``.
    """
    components = document.get("components")
    if not isinstance(components, dict):
        return document
    adapted = {**document, "components": _for_models(components)}
    if backend == "msgspec":
        schemas = TypeMapper(adapted, {})
        # The schemas only: a document of one group of models (see models/groups.py) keeps paths
        # whose bodies name schemas of other groups, which it cannot resolve.
        _collapse_string_unions(adapted["components"], schemas)
        _bottom_up(adapted["components"], _distribute_over_union)
        _merge_multiple_parents(adapted["components"], schemas)
        _bottom_up(adapted["components"], _number_enum_as_number)
    if enum_names:
        expression = f"{package}._enums.EnumOrLiteral[{{name}}, {{values}}]"
        _replace_enum_refs(adapted["components"], _enum_types(adapted, enum_names, expression))
    return adapted


def for_params(
    document: dict[str, Any], param_names: dict[str, str], enum_names: dict[str, str], package: str
) -> dict[str, Any]:
    """The document of the request TypedDicts: the schemas of ``param_names`` (component key →
    TypedDict name), adapted to what a request takes; ``enum_names`` are the models' enums."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    kept = _for_models({key: schemas[key] for key in param_names})
    # Only the kept schemas: anything else (paths, webhooks) may refer to schemas left out.
    adapted: dict[str, Any] = {key: document[key] for key in ("openapi", "info") if key in document}
    adapted["components"] = {"schemas": kept}
    models = f"{package}.types"  # the enums load from their own modules through it
    expression = f"{models}.{{name}} | {{values}}"
    _replace_enum_refs(kept, _enum_types(document, enum_names, expression))
    _bottom_up(kept, _as_request_input)
    # A TypedDict may not narrow a key it inherits (mypy: keys are mutable), as a schema extending
    # another often does (`stream: Literal[True]`); one object with every property never has to.
    _merge_multiple_parents(adapted, TypeMapper(adapted, {}), minimum=1)
    return adapted


def _enum_types(
    document: dict[str, Any], enum_names: dict[str, str], expression: str
) -> dict[str, str]:
    """``$ref`` → the ``x-python-type`` expression of each string or integer enum (``{name}``: its class,
    ``{values}``: the ``Literal`` of its values)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    result = {}
    for key, name in enum_names.items():
        values = (schemas.get(key) or {}).get("enum") or []
        # Literal takes strings and integers (an OpenIntEnum's values), not floats
        if values and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
            literal = "typing.Literal[" + ", ".join(python_literal(v) for v in values) + "]"
            result[SCHEMA_REF_PREFIX + key] = expression.format(name=name, values=literal)
    return result


def _replace_enum_refs(node: Any, types: dict[str, str]) -> None:
    """Replace, in place, every reference to one of ``types``' enums by its Python type."""
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        if isinstance(child, dict) and child.get("$ref") in types and component_key(child["$ref"]):
            ref = child.pop("$ref")
            child.update({"type": "string", "x-python-type": types[ref]})
        else:
            _replace_enum_refs(child, types)


#: String formats a request argument takes as something other than a string.
_INPUT_FORMATS = frozenset({"date-time", "binary"})


def _as_request_input(node: dict[str, Any]) -> None:
    """What a request takes for this schema: any string for a format (but a ``date-time``, which
    takes a ``datetime`` too, and a file's bytes); no read-only property."""
    if node.get("format") == "date-time" and node.get("type") == "string":
        del node["format"], node["type"]
        node["anyOf"] = [{"type": "string", "format": "date-time"}, {"type": "string"}]
    elif isinstance(node.get("format"), str) and node["format"] not in _INPUT_FORMATS:
        del node["format"]
    properties = node.get("properties")
    if isinstance(properties, dict):
        read_only = {
            k for k, v in properties.items() if isinstance(v, dict) and v.get("readOnly") is True
        }
        if read_only:
            node["properties"] = {k: v for k, v in properties.items() if k not in read_only}
            if isinstance(node.get("required"), list):
                node["required"] = [k for k in node["required"] if k not in read_only]


#: Keywords whose value maps names (not keywords) to schemas.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "schemas"})


def _for_models(node: Any, names: bool = False) -> Any:
    """A copy without what the models must not have: extra-package formats and examples.

    Examples serve the README (which reads them from the spec itself); in the models they would
    only become ``Field(examples=...)``, lengthening every line that black then has to split.
    ``names``: the keys of ``node`` are property or schema names, so none of them is a keyword.
    """
    if isinstance(node, list):
        return [_for_models(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: _for_models(value, names=not names and key in _NAME_MAPS)
        for key, value in node.items()
        if names
        or not (
            key in ("example", "examples")
            or (key == "format" and isinstance(value, str) and value in _FORMATS_NEEDING_EXTRAS)
            or (
                key == "default"
                and isinstance(value, str)
                and node.get("format") in _NOT_STR_FORMATS
            )
            or (key == "default" and not _default_fits(value, node.get("type")))
            or (
                key == "nullable" and value is False
            )  # the default; said explicitly, it makes a field
            # without a default `str = None` (Swagger's `x-nullable: false`, converted)
        )
    }


#: The JSON type of each Python value a parsed document holds.
_JSON_TYPES: tuple[tuple[type, tuple[str, ...]], ...] = (
    (bool, ("boolean",)),
    (int, ("integer", "number")),
    (float, ("number",)),
    (str, ("string",)),
    (list, ("array",)),
    (dict, ("object",)),
)


def _default_fits(value: Any, declared: Any) -> bool:
    """Whether a default is of a JSON type its schema declares (``null`` always is: the field is
    then optional). One that is not would be a model field's wrongly-typed value (validation
    warns about it: ``default: none`` on an array); the model is better without it."""
    types = (
        [declared]
        if isinstance(declared, str)
        else declared if isinstance(declared, list) else None
    )
    if value is None or not types:
        return True
    kinds = next((names for python, names in _JSON_TYPES if isinstance(value, python)), ())
    return any(kind in types for kind in kinds)


def _bottom_up(node: object, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call ``visit`` on every mapping inside ``node``, children before their parent."""
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        _bottom_up(child, visit)
    if isinstance(node, dict):
        visit(node)


def _collapse_string_unions(document: dict[str, Any], schemas: TypeMapper) -> None:
    """Replace, in place, the string-like members of every ``anyOf``/``oneOf`` by one ``string``."""
    _bottom_up(document, lambda node: _collapse_string_union(node, schemas))


def _collapse_string_union(node: dict[str, Any], schemas: TypeMapper) -> None:
    for combinator in _COMBINATORS:
        members = node.get(combinator)
        if not isinstance(members, list):
            continue
        strings = [m for m in members if _is_string_like(m, schemas)]
        if len(strings) < 2:
            continue
        rest = [m for m in members if not any(m is s for s in strings)]
        if rest:
            node[combinator] = [{"type": "string"}, *rest]
        else:
            del node[combinator]
            node["type"] = "string"


def _is_string_like(member: object, schemas: TypeMapper) -> bool:
    """Whether a schema (after ``$ref``s) only ever holds a JSON string."""
    schema = schemas.deref(member)
    if not schema or any(k in schema for k in (*_COMBINATORS, "allOf")):
        return False
    if "enum" in schema:
        return bool(schema["enum"]) and all(isinstance(v, str) for v in schema["enum"])
    if "const" in schema:
        return isinstance(schema["const"], str)
    return schema.get("type") == "string" and schema.get("format") != "binary"


def _merge_multiple_parents(
    document: dict[str, Any], schemas: TypeMapper, minimum: int = 2
) -> None:
    """Replace, in place, every ``allOf`` with ``minimum`` or more members that have properties by
    the object those members make together (properties and ``required`` of each, in order)."""
    _bottom_up(document, lambda node: _merge_parents(node, schemas, minimum))


def _merge_parents(node: dict[str, Any], schemas: TypeMapper, minimum: int) -> None:
    members = node.get("allOf")
    if not isinstance(members, list):
        return
    parents = [schemas.properties(member) for member in members]  # allOf inside them merged too
    if sum(bool(properties) for properties, _ in parents) < minimum:
        return
    merged: dict[str, Any] = {}
    required: list[str] = list(node.get("required") or [])
    for properties, names in parents:
        merged.update(properties)
        required += [
            name
            for name in [*properties, *sorted(names - set(properties))]
            if name in names and name not in required
        ]
    del node["allOf"]
    node.update(type="object", properties={**merged, **(node.get("properties") or {})})
    if required:
        node["required"] = required


def _distribute_over_union(node: dict[str, Any]) -> None:
    """Replace, in place, an ``allOf`` of one union and objects (OpenAI's WebSocket events: any
    event, with a ``stream_id``) by the union of each member with those objects, which
    ``_merge_multiple_parents`` then makes one object each. datamodel-code-generator makes the
    same union, but of classes deriving from the member and from a class of the objects: two
    Structs with fields, which msgspec cannot derive from."""
    members = node.get("allOf")
    if not isinstance(members, list):
        return
    unions = [
        m
        for m in members
        if isinstance(m, dict)
        and any(isinstance(m.get(c), list) for c in _COMBINATORS)
        and not m.get("properties")
    ]
    if len(unions) != 1 or len(members) < 2:
        return
    union = unions[0]
    combinator = next(c for c in _COMBINATORS if isinstance(union.get(c), list))
    rest = [m for m in members if m is not union]
    del node["allOf"]
    node[combinator] = [{"allOf": [variant, *copy.deepcopy(rest)]} for variant in union[combinator]]


def _number_enum_as_number(node: dict[str, Any]) -> None:
    """Replace, in place, an enum of ``type: number`` or holding a non-integer by ``number``.

    Integer values under ``type: number`` (Spotify's ``[-1, 0, 1]``) still make a float enum."""
    values = node.get("enum")
    if isinstance(values, list) and (
        node.get("type") == "number" or any(isinstance(v, float) for v in values)
    ):
        del node["enum"]
        node["type"] = "number"
