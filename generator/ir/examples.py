"""Example values for docs that are valid by construction: a README snippet must pass the API's
own validation (Prism checks every request against the spec).

A value is the spec's own example or default where it satisfies its schema (checked with
jsonschema, :mod:`generator.ir.schema_check`), else one made from the schema: an ``enum`` or
``const`` value, a string matching its ``pattern`` (made by rstr from a generator seeded by the
pattern, so the output stays the same from run to run) or its ``format``, lengths, bounds and
``multipleOf`` respected, ``minItems`` items, every required property (nested ones too), and one
branch of each ``oneOf``/``anyOf`` that the whole schema accepts (with the discriminator's value
for that branch).
"""

from __future__ import annotations

import math
import random
import re
import uuid
from collections.abc import Iterator
from typing import Any
from weakref import WeakKeyDictionary

import rstr

from generator.ir.schema_check import SchemaCheck
from generator.ir.types_map import TypeMapper
from generator.spec.pointers import component_key

#: How deep nested objects are filled in; deeper required objects are left empty.
_MAX_DEPTH = 8
#: Longest string a ``*`` or ``+`` of a pattern repeats to (rstr's default, 100, is unreadable).
_REPEAT_LIMIT = 8
#: Values for string formats (date-time, uuid, ...); uuid is made from the name, see ``_uuid``.
_FORMATS = {
    "date": "2024-01-15",
    "date-time": "2024-01-15T09:30:00Z",
    "time": "09:30:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "iri": "https://example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "password": "correct-horse-battery-staple",
}

_checks: WeakKeyDictionary[TypeMapper, SchemaCheck] = WeakKeyDictionary()


def example_value(mapper: TypeMapper, schema: Any, name: str, *, as_text: bool = False) -> Any:
    """A JSON value for ``schema``, valid against it wherever the schema can be satisfied.

    ``as_text``: the value is sent as text (a path, query or header parameter), which a server
    reads back into each type a ``oneOf`` allows: ``1`` sent as ``"1"`` matches both branches of
    GitHub's ``workflow_id`` (``oneOf: [integer, string]``) and is refused ("must match exactly
    one schema"), so a branch whose text only one branch reads is taken.
    """
    return _Maker(mapper, _check(mapper), as_text).value(schema, name, 0, frozenset())


def has_own_example(mapper: TypeMapper, schema: Any) -> bool:
    """Whether the spec gives ``schema`` an example (not only a default) that satisfies it."""
    return (
        isinstance(schema, dict)
        and _Maker(mapper, _check(mapper)).own_example(schema, with_default=False) is not _NONE
    )


def is_valid(mapper: TypeMapper, value: Any, schema: Any) -> bool:
    """Whether ``value`` satisfies ``schema`` (one of ``mapper``'s document)."""
    return _check(mapper).valid(value, schema)


def _check(mapper: TypeMapper) -> SchemaCheck:
    if mapper not in _checks:
        _checks[mapper] = SchemaCheck(mapper.document)
    return _checks[mapper]


class _Maker:
    def __init__(self, mapper: TypeMapper, check: SchemaCheck, as_text: bool = False) -> None:
        self._mapper = mapper
        self._check = check
        self._as_text = as_text

    def value(self, schema: Any, name: str, depth: int, seen: frozenset[str]) -> Any:
        if not isinstance(schema, dict):
            return f"{name}_example"
        own = self.own_example(schema)
        if own is not _NONE:
            return own
        key = self._mapper.component(schema)
        if key is not None:
            if key in seen or depth > _MAX_DEPTH:
                return None  # a schema inside itself: the field is left out (see _object)
            seen = seen | {key}
        target = self._mapper.deref(schema)
        return self._made(target, name, depth, seen, key)

    def own_example(self, schema: dict[str, Any], with_default: bool = True) -> Any:
        """The first of the schema's examples, then its default, that satisfies it (else ``_NONE``)."""
        target = self._mapper.deref(schema)
        candidates: list[Any] = []
        for source in (schema, target):
            if "example" in source:
                candidates.append(source["example"])
            examples = source.get("examples")
            if isinstance(examples, list):
                candidates.extend(examples)
        if with_default and target.get("default") is not None:
            candidates.append(target["default"])
        return next((c for c in candidates if self._check.valid(c, schema)), _NONE)

    def _made(
        self, target: dict[str, Any], name: str, depth: int, seen: frozenset[str], key: str | None
    ) -> Any:
        values = self._mapper.enum_values(target)
        if values is not None:
            return next((v for v in values if v is not None), None)
        if "const" in target:
            return target["const"]
        branches = [
            m
            for c in ("oneOf", "anyOf")
            for m in target.get(c) or []
            if self._mapper.deref(m).get("type") != "null"
        ]
        if branches:
            return self._branch(target, branches, name, depth, seen)
        if self._mapper.is_object(target) or _type(target) == "object":
            return self._object(target, name, depth, seen, key)
        all_of = target.get("allOf") or []
        if all_of:
            return self.value(all_of[0], name, depth, seen)
        if _type(target) == "array":
            return self._array(target, name, depth, seen)
        return _scalar(target, _type(target), name)

    def _array(
        self, target: dict[str, Any], name: str, depth: int, seen: frozenset[str]
    ) -> list[Any]:
        """``minItems`` items (at least one, to show their shape), distinct where they must be."""
        if target.get("maxItems") == 0:
            return []
        count = max(1, int(target.get("minItems") or 0))
        items = target.get("items") or {}
        values = [v for v in self._mapper.enum_values(items) or [] if v is not None]
        if values and count > 1:
            return [values[i % len(values)] for i in range(count)]
        return [
            self.value(items, name if count == 1 else f"{name}{i}", depth + 1, seen)
            for i in range(count)
        ]

    def _branch(
        self,
        target: dict[str, Any],
        branches: list[Any],
        name: str,
        depth: int,
        seen: frozenset[str],
    ) -> Any:
        """The first branch's value that the whole schema accepts (else the first one made)."""
        made = []
        for branch in branches:
            member = self._mapper.deref(branch)
            if _constrains_only(member) and self._mapper.is_object(target):
                # `anyOf: [{required: [state]}, {required: [assignees]}]` beside the object's
                # properties (GitHub's alert updates): a branch names the fields to send.
                wanted = [*(target.get("required") or []), *(member.get("required") or [])]
                candidate = self._object({**target, "required": wanted}, name, depth, seen, None)
            else:
                candidate = self.value(branch, name, depth, seen)
            candidate = self._discriminated(target, branch, candidate)
            if isinstance(candidate, dict) and self._mapper.is_object(target):
                candidate = {**self._object(target, name, depth, seen, None), **candidate}
            for fuller in self._fuller(branch, candidate, depth, seen):
                if self._check.valid(fuller, target) and self._unambiguous(fuller, target):
                    return fuller
            made.append(candidate)
        return made[0]

    def _fuller(
        self, branch: Any, candidate: Any, depth: int, seen: frozenset[str]
    ) -> Iterator[Any]:
        """``candidate``, then fuller values of the branch, each made only if the last failed."""
        yield candidate
        yield self._with_constants(branch, candidate)
        # Branches that require nothing are told apart by what their fields hold (GitHub's
        # set_labels: labels as strings, or as objects).
        yield self._with_every_property(branch, candidate, depth, seen)

    def _unambiguous(self, value: Any, target: dict[str, Any]) -> bool:
        """Whether ``value``, read back from text as a server reads it, matches one branch of a
        ``oneOf`` only (always, for a value not sent as text)."""
        branches = target.get("oneOf")
        if not self._as_text or not isinstance(branches, list):
            return True
        readings = _text_readings(value)
        return sum(any(self._check.valid(r, b) for r in readings) for b in branches) <= 1

    def _with_every_property(
        self, branch: Any, candidate: Any, depth: int, seen: frozenset[str]
    ) -> Any:
        """``candidate`` with the branch's optional properties filled in too."""
        if not isinstance(candidate, dict):
            return candidate
        props, _ = self._mapper.properties(branch)
        missing = {
            prop: self.value(schema, prop, depth + 1, seen)
            for prop, schema in props.items()
            if prop not in candidate
        }
        return {**candidate, **{k: v for k, v in missing.items() if v is not None}}

    def _discriminated(self, target: dict[str, Any], branch: Any, candidate: Any) -> Any:
        """``candidate`` with the discriminator's value that names ``branch``."""
        discriminator = target.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(candidate, dict):
            return candidate
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        mapping = discriminator.get("mapping") or {}
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str):
            return candidate
        value = next((k for k, v in mapping.items() if v == ref), None)
        if value is None:
            # No mapping names the branch: the value its own property allows (OpenAI's
            # EasyInputMessage says `type: {enum: [message]}`), else its schema's name.
            own = self._mapper.enum_values(self._mapper.properties(branch)[0].get(prop, {}))
            value = own[0] if own and len(own) == 1 else component_key(ref) if ref else None
        return candidate if value is None else {**candidate, prop: value}

    def _with_constants(self, branch: Any, candidate: Any) -> Any:
        """``candidate`` with the branch's optional constant properties (``type: {const: x}``),
        which tell branches apart when their required fields are alike."""
        if not isinstance(candidate, dict):
            return candidate
        props, _ = self._mapper.properties(branch)
        constants = {}
        for prop, schema in props.items():
            target = self._mapper.deref(schema)
            values = self._mapper.enum_values(target)
            if "const" in target:
                constants[prop] = target["const"]
            elif values is not None and len(values) == 1:
                constants[prop] = values[0]
        return {**constants, **candidate} if set(constants) - set(candidate) else candidate

    def _object(
        self, target: dict[str, Any], name: str, depth: int, seen: frozenset[str], key: str | None
    ) -> dict[str, Any]:
        props, required = self._mapper.properties(target)
        result = {}
        for prop in props:
            # An optional property the spec illustrates is what makes the value meaningful (a
            # message's `content`), so it is filled in too.
            illustrated = (
                isinstance(props[prop], dict)
                and self.own_example(props[prop], with_default=False) is not _NONE
            )
            if prop in required or illustrated:
                value = self.value(props[prop], prop, depth + 1, seen)
                if value is not None or self._check.valid(None, props[prop]):
                    result[prop] = value
        return self._own_discriminator(target, key, result)

    def _own_discriminator(
        self, target: dict[str, Any], key: str | None, result: dict[str, Any]
    ) -> dict[str, Any]:
        """An object inheriting a discriminator (``allOf`` a parent that has one) names itself."""
        for parent in [target, *(self._mapper.deref(m) for m in target.get("allOf") or [])]:
            discriminator = parent.get("discriminator")
            if isinstance(discriminator, dict) and key is not None:
                prop = str(discriminator.get("propertyName"))
                mapping = discriminator.get("mapping") or {}
                names = [k for k, v in mapping.items() if component_key(v) == key]
                if prop in result or names:
                    result[prop] = names[0] if names else key
        return result


class _Missing:
    pass


#: Keywords that give a schema a shape of its own; a schema with none only constrains another.
_SHAPING = {"type", "properties", "$ref", "allOf", "oneOf", "anyOf", "items", "enum", "const"}


def _constrains_only(schema: dict[str, Any]) -> bool:
    """Whether ``schema`` only lists required names (a branch choosing among its parent's
    properties)."""
    return "required" in schema and not _SHAPING & set(schema)


def _text_readings(value: Any) -> list[Any]:
    """The values a server may read from ``value`` sent as text: the text itself, and the
    number or boolean it spells."""
    text = (
        value
        if isinstance(value, str)
        else str(value).lower() if isinstance(value, bool) else str(value)
    )
    readings: list[Any] = [text]
    for convert in (int, float):
        try:
            readings.append(convert(text))
        except ValueError:
            pass
    if text in ("true", "false"):
        readings.append(text == "true")
    return readings


_NONE: Any = _Missing()


def _type(schema: dict[str, Any]) -> str | None:
    types = schema.get("type")
    if isinstance(types, list):
        return next((t for t in types if t != "null"), None)
    return types if isinstance(types, str) else None


def _scalar(schema: dict[str, Any], type_: str | None, name: str) -> Any:
    if type_ == "object":
        return {}
    if type_ == "integer":
        return int(_number(schema, integer=True))
    if type_ == "number":
        return _number(schema, integer=False)
    if type_ == "boolean":
        return True
    if type_ == "null":
        return None
    return _string(schema, name)


def _number(schema: dict[str, Any], *, integer: bool) -> float:
    """1 moved into the bounds, then onto a multiple of ``multipleOf``."""
    low, high = schema.get("minimum"), schema.get("maximum")
    step = 1 if integer else 0.5
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(exclusive_low, (int, float)) and not isinstance(exclusive_low, bool):
        low = exclusive_low + step  # 3.1: the bound itself
    elif exclusive_low is True and low is not None:
        low = low + step  # 3.0: a flag on `minimum`
    if isinstance(exclusive_high, (int, float)) and not isinstance(exclusive_high, bool):
        high = exclusive_high - step
    elif exclusive_high is True and high is not None:
        high = high - step
    value: float = 1
    if isinstance(low, (int, float)) and value < low:
        value = low
    if isinstance(high, (int, float)) and value > high:
        value = high
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and multiple > 0:
        value = math.ceil(value / multiple) * multiple
        if isinstance(high, (int, float)) and value > high:
            value = math.floor(high / multiple) * multiple
    return math.ceil(value) if integer else float(value)


def _string(schema: dict[str, Any], name: str) -> str:
    pattern, format_ = schema.get("pattern"), schema.get("format")
    text = _matching(pattern, schema) if isinstance(pattern, str) else None
    if text is None:
        text = _uuid(name) if format_ == "uuid" else _FORMATS.get(str(format_), f"{name}_example")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text += "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _matching(pattern: str, schema: dict[str, Any]) -> str | None:
    """A string matching ``pattern`` within the schema's lengths, the same on every run."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    generator = rstr.Rstr(random.Random(pattern))
    for _attempt in range(20):
        try:
            text = generator.xeger(pattern)
        except Exception:  # noqa: BLE001 -- a construct rstr cannot expand: no example from it
            return None
        text = _shortened(text, compiled)
        if compiled.search(text) and len(text) >= low and (high is None or len(text) <= high):
            return text
    return None


def _shortened(text: str, compiled: re.Pattern[str]) -> str:
    """``text`` cut to ``_REPEAT_LIMIT`` characters if it still matches (rstr repeats ``*``
    and ``+`` up to 100 times)."""
    if len(text) > _REPEAT_LIMIT * 4:
        for length in range(_REPEAT_LIMIT, len(text)):
            if compiled.search(text[:length]):
                return text[:length]
    return text


def _uuid(name: str) -> str:
    """A version-4 UUID made from ``name``: the same on every run."""
    return str(uuid.UUID(int=random.Random(name).getrandbits(128), version=4))
