"""Map JSON Schemas to Python type annotations, as the generated models name them."""

from __future__ import annotations

from typing import Any

from generator.ir.python_literals import python_literal, split_top_level
from generator.spec.pointers import component_key, resolve, schema_ref

_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}


class TypeMapper:
    """Turns schemas into annotations; ``class_names`` maps component schema keys to classes,
    ``param_names`` those a request may carry to their TypedDicts (see :mod:`request_params`)."""

    def __init__(
        self,
        document: dict[str, Any],
        class_names: dict[str, str],
        param_names: dict[str, str] | None = None,
    ) -> None:
        self._document = document
        self.class_names = class_names
        self.param_names = param_names or {}

    @property
    def document(self) -> dict[str, Any]:
        """The OpenAPI document the schemas belong to."""
        return self._document

    def deref(self, schema: Any) -> dict[str, Any]:
        """Follow ``$ref`` chains to the schema they name."""
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen:
                break
            seen.add(ref)
            schema = resolve(self._document, ref[1:])
        return schema if isinstance(schema, dict) else {}

    def component(self, schema: Any) -> str | None:
        """The component key a schema is a direct ``$ref`` to, if any."""
        return component_key(schema.get("$ref")) if isinstance(schema, dict) else None

    def linked_model(self, schema: Any) -> str | None:
        """The model class a schema names directly, or through an array/nullable wrapper."""
        if not isinstance(schema, dict):
            return None
        key = self.component(schema)
        if key is not None:
            return self.class_names.get(key)
        if "items" in schema:
            return self.linked_model(schema["items"])
        for combinator in ("anyOf", "oneOf", "allOf"):
            for member in schema.get(combinator) or []:
                found = self.linked_model(member)
                if found:
                    return found
        return None

    def is_object(self, schema: Any) -> bool:
        """Whether a schema (after refs) describes a JSON object with named properties."""
        target = self.deref(schema)
        return bool(target.get("properties")) or any(
            self.is_object(m) for m in target.get("allOf") or []
        )

    def properties(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema, merging ``allOf`` members."""
        target = self.deref(schema)
        props: dict[str, Any] = {}
        required: set[str] = set(target.get("required") or [])
        for member in target.get("allOf") or []:
            member_props, member_required = self.properties(member)
            props.update(member_props)
            required |= member_required
        props.update(target.get("properties") or {})
        return props, required

    def enum_values(self, schema: Any) -> list[Any] | None:
        """The values an enum schema allows: its ``enum``, or the ``const`` of each ``oneOf``
        member (3.1's titled values, Discord's integer enums); ``None`` if it is no enum."""
        target = self.deref(schema)
        if isinstance(target.get("enum"), list):
            return list(target["enum"])
        members = [self.deref(m) for m in target.get("oneOf") or target.get("anyOf") or []]
        if members and all("const" in m for m in members):
            return [m["const"] for m in members]
        return None

    def annotation(self, schema: Any, *, for_input: bool = False) -> str:
        """A Python annotation for ``schema``; inputs also accept, for a model, its TypedDict (or
        a plain dict when it has none), for an enum its values, for a date-time a string."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        key = self.component(schema)
        if key is not None:
            return self._named(key, for_input)
        if (
            "$ref" in schema
        ):  # a reference into a schema (``.../Pet/properties/name``): its target's type
            return self.annotation(self.deref(schema), for_input=for_input)
        nullable = bool(schema.get("nullable"))
        members: list[str] = []
        for combinator in ("anyOf", "oneOf"):
            for member in schema.get(combinator) or []:
                members.append(self.annotation(member, for_input=for_input))
        all_of = schema.get("allOf") or []
        if len(all_of) == 1 and not schema.get("properties"):
            members.append(self.annotation(all_of[0], for_input=for_input))
        if not members:
            members.extend(self._by_type(schema, for_input))
        if nullable:
            members.append("None")
        return _union(members)

    def _named(self, key: str, for_input: bool) -> str:
        name = self.class_names[key]
        target = self.deref({"$ref": schema_ref(key)})
        values = self.enum_values(target)
        if for_input and values is not None and _literal_values(values):
            return _union(
                [name, _literal([v for v in values if v is not None])]
                + (["None"] if None in values else [])
            )
        if for_input and self.is_object(target):
            return f"{name} | {self.param_names.get(key, _DICT)}"
        return name

    def _by_type(self, schema: dict[str, Any], for_input: bool) -> list[str]:
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types] if types else []
        if "enum" in schema and _literal_values(schema["enum"]):
            values = [v for v in schema["enum"] if v is not None]
            result = [_literal(values)] if values else []
            if None in schema["enum"] or "null" in type_list:
                result.append("None")
            return result
        if "const" in schema and _literal_values([schema["const"]]):
            return [_literal([schema["const"]])]
        if not type_list:
            return ["Dict[str, Any]"] if "properties" in schema else ["Any"]
        return [self._single_type(schema, t, for_input) for t in type_list]

    def _single_type(self, schema: dict[str, Any], type_: str, for_input: bool) -> str:
        if type_ == "array":
            item = self.annotation(schema.get("items") or {}, for_input=for_input)
            # typing's List/Dict: a method named ``list`` would shadow the builtin in class bodies
            return f"Sequence[{item}]" if for_input else f"List[{item}]"
        if type_ == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra and not schema.get("properties"):
                return f"Dict[str, {self.annotation(extra, for_input=for_input)}]"
            return "Dict[str, Any]"
        if type_ == "string" and schema.get("format") == "binary":
            return "bytes"
        if type_ == "string" and schema.get("format") == "date-time" and for_input:
            return "datetime | str"  # sent as ISO 8601
        return _PRIMITIVES.get(type_, "Any")


def _literal_values(values: Any) -> bool:
    """Whether ``Literal[...]`` can hold these enum values: strings, integers, booleans, null (not
    floats or objects: Docker's ``enum: [{}]``, whose type then says what the value is)."""
    return isinstance(values, list) and all(
        v is None or isinstance(v, (str, int, bool)) for v in values
    )


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(python_literal(v) for v in values) + "]"


_DICT = "Dict[str, Any]"


def union_of(members: list[str]) -> str:
    """The union of annotations, each type once (see ``_union``)."""
    return _union(members)


def _union(members: list[str]) -> str:
    """The members' union, each type once: ``A | Dict[str, Any]`` and ``B | Dict[str, Any]``
    make ``A | B | Dict[str, Any]`` (the dict after the models it stands for); ``None`` last."""
    parts = [part for member in members for part in split_top_level(member, " | ")]
    unique = [m for m in dict.fromkeys(parts) if m != "None"]
    if "Any" in unique:
        return "Any"
    if parts.count(_DICT) > 1:
        unique.remove(_DICT)
        after_models = max(
            (i + 1 for i, m in enumerate(unique) if m.isidentifier()), default=len(unique)
        )
        unique.insert(after_models, _DICT)
    unique += ["None"] if "None" in parts else []
    return " | ".join(unique) if unique else "Any"
