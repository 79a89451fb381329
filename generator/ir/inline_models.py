"""Every inline schema that becomes a class is made a component schema, named by us.

An inline object, ``allOf`` or enum becomes a class in the models module just as a component
schema does, but left inline it would be named by datamodel-code-generator (after its field:
``ToolChoice``), which can then clash with a component's name (OpenAI's spec), and an inline
response or request body would have no name at all, so its method would return ``Any``. Moved
into ``components/schemas`` under a name from :mod:`generator.ir.naming`, each gets a class the
IR knows, and every later stage sees only named schemas:

- in an operation: ``<OperationId>Response`` (the first success response; later ones add their
  status), ``<OperationId>Request`` (the request body), ``<OperationId><Parameter>``;
- inside any schema: ``<Parent><Property>``, ``<Parent>Item`` (array items), ``<Parent>Value``
  (``additionalProperties``), ``<Parent><Title>`` or ``<Parent>Variant<n>`` (``anyOf``/``oneOf``
  members).

Unions stay inline (their object members get classes), so a method returns ``A | B`` rather than
a wrapper; an ``allOf``'s inline members stay too, since the class made of them merges their
properties. What describes the use rather than the schema (its description, default, whether it
may be null) stays at the place of use, beside the ``$ref``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.ir import naming
from generator.ir.build import HTTP_METHODS
from generator.ir.overrides import merged_all_of
from generator.ir.types_map import TypeMapper
from generator.spec.load import Document
from generator.spec.pointers import DATA_KEYWORDS, pointer_of, schema_ref

#: Keywords about the place a schema is used, not about the schema: they stay beside the ``$ref``.
_USE_KEYWORDS = ("description", "default", "readOnly", "writeOnly", "deprecated")
_UNIONS = ("anyOf", "oneOf")


def with_named_inline_schemas(document: Document, reserved: frozenset[str]) -> Document:
    """``document`` with its class-making inline schemas moved into ``components/schemas``.

    ``reserved``: class names the generated modules use themselves, which no new schema may take.
    The input is left unchanged; a document without such schemas is returned as it is.
    """
    data = copy.deepcopy(document.data)
    components = _mapping(data.get("components"))
    schemas = _mapping(components.get("schemas"))
    existing = naming.class_names(schemas, reserved)
    names = _Names(set(existing.values()) | reserved, TypeMapper(data, {}))
    for key, schema in list(schemas.items()):
        _hoist_children(schema, existing[key], ["components", "schemas", key], names)
    for name, holder, slot, at in _declared_schemas(data):
        holder[slot] = _hoist(holder[slot], name, [*at, slot], names, top=True)
    if not names.hoisted:
        return document
    data["components"] = {**components, "schemas": {**schemas, **names.hoisted}}
    _follow_moves(data, names.moved)
    return Document(document.path, data)


@dataclass
class _Names:
    """Class names handed out so far, the schemas they name, and where those schemas were."""

    taken: set[str]
    schemas: TypeMapper
    """The document's schemas, to read the properties a ``$ref`` brings."""
    hoisted: dict[str, Any] = field(default_factory=dict)
    moved: dict[str, str] = field(default_factory=dict)
    """JSON pointer where a hoisted schema was → where it is now."""

    def claim(self, wanted: str, pointer: list[object]) -> str:
        name = naming.unique([naming.class_name(wanted)], separator="", taken=self.taken)[0]
        self.taken.add(name)
        self.moved[pointer_of(pointer)] = pointer_of(["components", "schemas", name])
        return name


Found = tuple[str, dict[str, Any], str, list[object]]
"""A schema declared inline: wanted class name, the mapping that holds it, its key there, the
path of that mapping."""


def _declared_schemas(data: dict[str, Any]) -> Iterator[Found]:
    """Every schema an operation, or a shared response, body or parameter, declares inline."""
    paths = _mapping(data.get("paths"))
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                name = naming.pascal(str(op.get("operationId") or f"{method}_{path}"))
                yield from _operation_schemas(op, name, ["paths", path, method])
        yield from _parameter_schemas(item.get("parameters"), "", ["paths", path, "parameters"])
    components = _mapping(data.get("components"))
    for kind, suffix in (("responses", "Response"), ("requestBodies", "Request")):
        for key, holder in _mapping(components.get(kind)).items():
            name = naming.pascal(str(key))
            name += "" if name.endswith(suffix) else suffix
            yield from _content_schemas(holder, name, ["components", kind, key])
    for key, parameter in _mapping(components.get("parameters")).items():
        yield from _parameter_schemas(
            [parameter], naming.pascal(str(key)), ["components", "parameters"], key
        )


def _operation_schemas(op: dict[str, Any], name: str, at: list[object]) -> Iterator[Found]:
    """An operation's inline schemas: success responses (the first is ``<name>Response``, later
    ones add their status), request body, parameters."""
    responses = _mapping(op.get("responses"))
    successes = sorted((str(s), s) for s in responses if str(s).startswith("2"))
    for status, key in successes:
        suffix = "" if status == successes[0][0] else status
        yield from _content_schemas(
            responses[key], f"{name}Response{suffix}", [*at, "responses", key]
        )
    yield from _content_schemas(op.get("requestBody"), f"{name}Request", [*at, "requestBody"])
    yield from _parameter_schemas(op.get("parameters"), name, [*at, "parameters"])


def _parameter_schemas(
    parameters: object, prefix: str, at: list[object], key: object = None
) -> Iterator[Found]:
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            wanted = (
                prefix
                if key is not None
                else prefix + naming.pascal(str(parameter.get("name", "")))
            )
            yield wanted, parameter, "schema", [*at, key if key is not None else index]


def _content_schemas(holder: object, name: str, at: list[object]) -> Iterator[Found]:
    """The schema of a response or request body the SDK reads or sends: its JSON one, else a form's."""
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict):
        return
    for media_type, media in content.items():
        if (
            media_type == "application/json"
            or media_type.endswith("+json")
            or media_type.startswith("multipart/")
            or media_type == "application/x-www-form-urlencoded"
        ) and isinstance(media, dict):
            if isinstance(media.get("schema"), dict):
                yield name, media, "schema", [*at, "content", media_type]
            return


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _makes_class(schema: dict[str, Any], top: bool) -> bool:
    """Whether the models module makes a class of ``schema``. Not at the top of an operation: an
    enum (a ``Literal`` types it already), nor an object that is also a union (GitHub's checks
    update body: its variants narrow its fields, incompatibly for a class that has them all)."""
    if "$ref" in schema or (top and any(union in schema for union in _UNIONS)):
        return False
    if schema.get("properties"):
        return True
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of:  # one $ref alone is that class, not a new one
        return len(all_of) > 1 or not isinstance(all_of[0], dict) or "$ref" not in all_of[0]
    enum = schema.get("enum")
    return not top and isinstance(enum, list) and len([v for v in enum if v is not None]) > 1


def _hoist(schema: Any, name: str, at: list[object], names: _Names, *, top: bool = False) -> Any:
    """What stays at the place ``at`` of ``schema``: itself, or a ``$ref`` to the class made of it."""
    if not isinstance(schema, dict):
        return schema
    _merge_lone_member(schema)
    _flatten_overrides(schema, names.schemas)
    if not _makes_class(schema, top):
        _hoist_children(schema, name, at, names)
        return schema
    claimed = names.claim(name, at)
    names.hoisted[claimed] = schema  # claimed before its children, so they are named after it
    _hoist_children(schema, claimed, ["components", "schemas", claimed], names)
    use = {key: schema.pop(key) for key in _USE_KEYWORDS if key in schema and key != "description"}
    if "description" in schema:
        use["description"] = schema["description"]  # the class's docstring too
    reference = {"$ref": schema_ref(claimed)}
    if _strip_null(schema):
        return {"anyOf": [reference, {"type": "null"}], **use}
    return {**reference, **use}


def _merge_lone_member(schema: dict[str, Any]) -> None:
    """``{description: …, allOf: [{anyOf: …}]}`` is ``{description: …, anyOf: …}``: an ``allOf`` of
    one inline schema, merged into its holder (when their keywords do not overlap), so that it is
    typed as what it is (a union stays a union) rather than as a class made of one parent."""
    members = schema.get("allOf")
    if (
        isinstance(members, list)
        and len(members) == 1
        and isinstance(members[0], dict)
        and "$ref" not in members[0]
        and not set(members[0]) & (set(schema) - {"allOf"})
    ):
        del schema["allOf"]
        schema.update(members[0])


def _flatten_overrides(schema: dict[str, Any], schemas: TypeMapper) -> None:
    """An ``allOf`` whose members share a property name (train-travel's envelope: ``data: array of
    Station`` over its ``$ref`` parent's ``data: array``), or with several inline members, becomes
    one object with all their properties, the later member's winning: as a subclass it would
    retype a field incompatibly, and inline members would be classes nobody named."""
    members = schema.get("allOf")
    if not isinstance(members, list):
        return
    names = [name for m in members for name in schemas.properties(m)[0]] + list(
        schema.get("properties") or {}
    )
    inline = [m for m in members if isinstance(m, dict) and "$ref" not in m]
    if len(names) == len(set(names)) and len(inline) < 2:
        return
    merged = merged_all_of(schema, schemas)
    schema.clear()
    schema.update(merged)


def _strip_null(schema: dict[str, Any]) -> bool:
    """Remove ``nullable``/``type: null`` from ``schema``; whether it had them."""
    nullable = bool(schema.pop("nullable", False))
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
        nullable = True
    return nullable


def _hoist_children(schema: Any, name: str, at: list[object], names: _Names) -> None:
    """Hoist the class-making schemas inside ``schema`` (at ``at``, named after ``name``), in place."""
    if not isinstance(schema, dict):
        return
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for key in list(properties):
            properties[key] = _hoist(
                properties[key], name + naming.pascal(str(key)), [*at, "properties", key], names
            )
    for keyword, suffix in (("items", "Item"), ("additionalProperties", "Value")):
        if isinstance(schema.get(keyword), dict):
            schema[keyword] = _hoist(schema[keyword], name + suffix, [*at, keyword], names)
    for union in _UNIONS:
        members = schema.get(union)
        if isinstance(members, list):
            schema[union] = [
                _hoist(member, name + _member_name(member, n), [*at, union, n - 1], names)
                for n, member in enumerate(members, 1)
            ]
    all_of = schema.get("allOf")
    for index, member in enumerate(all_of if isinstance(all_of, list) else []):
        _hoist_children(
            member, name, [*at, "allOf", index], names
        )  # its properties are the parent's own


def _follow_moves(data: dict[str, Any], moved: dict[str, str]) -> None:
    """Point every ``$ref`` to or into a hoisted schema (``…/Pet/properties/owner/properties/name``)
    at the place that schema has now."""
    order = {old: index for index, old in enumerate(moved)}
    for node in _mappings(data):
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            continue
        pointer = ref[1:]
        for _ in range(
            len(moved)
        ):  # each rewrite moves it into a hoisted schema; nesting is finite
            old = _first_moved_prefix(pointer, order)
            if old is None:
                break
            pointer = moved[old] + pointer[len(old) :]
        node["$ref"] = "#" + pointer


def _first_moved_prefix(pointer: str, order: dict[str, int]) -> str | None:
    """The first moved pointer (in ``order``) that is ``pointer`` or a parent of it, or None.

    Only the pointer's own prefixes are looked up: GitHub's spec has 15,000 ``$ref``s and 5,000
    moved schemas, and comparing each with each cost 8 CPU-s."""
    ends = [index for index, char in enumerate(pointer) if char == "/"][1:] + [len(pointer)]
    found = [pointer[:end] for end in ends if pointer[:end] in order]
    return min(found, key=order.__getitem__) if found else None


def _mappings(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(value for key, value in current.items() if key not in DATA_KEYWORDS)
        elif isinstance(current, list):
            stack.extend(current)


def _member_name(member: Any, n: int) -> str:
    title = member.get("title") if isinstance(member, dict) else None
    return naming.pascal(title) if isinstance(title, str) and naming.words(title) else f"Variant{n}"
