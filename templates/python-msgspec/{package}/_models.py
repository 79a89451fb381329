"""The model backend: base class of the generated models, and parsing and dumping with msgspec.

This module replaces the default style's pydantic backend with the same
interface (``decode``, ``validate``, ``to_jsonable`` and the two error
classes), which is all the other runtime modules use.

Tolerance of API evolution
--------------------------
The server may add fields and enum values before this SDK is regenerated; an
old SDK must keep working.

* Unknown fields are ignored when decoding (``forbid_unknown_fields`` stays
  off). Unlike the pydantic style they are not kept: a ``Struct`` has a fixed
  set of slots, which is where its speed comes from.
* Unknown enum values: generated string enums derive from ``OpenEnum``
  (``_enums.py``); msgspec builds members by calling the enum class, which
  turns any string into a member-like value.
* Optional fields that the server leaves out are ``UNSET`` (not ``None``), and
  ``UNSET`` fields are left out when a model is sent, like pydantic's
  ``exclude_unset``.
* Anything else that does not match (a required field left out, a string where
  the spec says number): ``construct`` builds the Struct anyway, field by
  field. Fields that convert are typed; the others keep the value as received
  (a ``Struct`` checks no types when built), a missing required one is ``UNSET``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import msgspec

from ._lenient import construct_leniently

__all__ = [
    "BaseModel",
    "DecodeError",
    "ValidationError",
    "construct",
    "decode",
    "decode_page",
    "to_jsonable",
    "validate",
]

#: Raised by ``validate``/``decode`` when data does not match the type (a ``DecodeError``).
ValidationError = msgspec.ValidationError
#: Raised by ``decode`` when the bytes are not JSON; catch ``ValidationError`` first.
DecodeError = msgspec.DecodeError


class BaseModel(msgspec.Struct, omit_defaults=True, gc=False):
    """Base of every generated model.

    ``omit_defaults``: a field left at its default is not sent, so the server
    applies its own default, as with the pydantic style.

    ``gc=False``: models are not tracked by the garbage collector. Decoding a
    large list creates thousands of them, and tracking them triggered
    collections that cost more than the decoding itself (see
    benchmarks/parse.py). Data decoded from JSON cannot form reference cycles;
    do not make a model contain itself.
    """


@functools.lru_cache(maxsize=256)
def _cached_decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(tp)


def _decoder(tp: Any) -> msgspec.json.Decoder[Any]:
    """A JSON decoder for ``tp``, reused per type (typing forms that cannot be hashed get a new one)."""
    try:
        hash(tp)
    except TypeError:
        return msgspec.json.Decoder(tp)
    return _cached_decoder(tp)


def validate(tp: Any, data: object) -> Any:
    """``data`` (decoded JSON) as an instance of ``tp``; raises ``ValidationError``."""
    return msgspec.convert(data, tp)


def decode(tp: Any, content: bytes) -> Any:
    """A JSON body as an instance of ``tp`` in one pass; raises ``DecodeError`` or ``ValidationError``."""
    return _decoder(tp).decode(content)


def construct(tp: Any, data: object) -> Any:
    """``data`` (decoded JSON) as ``tp`` as far as it matches, never raising (see ``_lenient``).

    A Struct checks no types when built: fields that convert are typed, the others
    keep the value received, a missing required one is ``UNSET``.
    """
    return construct_leniently(
        tp,
        data,
        validate=validate,
        invalid=msgspec.ValidationError,
        model_base=msgspec.Struct,
        build_model=_build_struct,
    )


def _build_struct(tp: Any, data: dict[str, Any], construct: Callable[[Any, object], Any]) -> Any:
    values: dict[str, Any] = {}
    for field in msgspec.structs.fields(tp):
        if field.encode_name in data:
            values[field.name] = construct(field.type, data[field.encode_name])
        elif field.required:
            values[field.name] = msgspec.UNSET
    return tp(**values)


def decode_page(
    content: bytes, items: str, item_type: Any
) -> tuple[dict[str, Any], list[Any]] | None:
    """A page envelope: its other fields as JSON data, and its ``items`` as ``item_type``s.

    ``None`` when the body is JSON but not an object. Raises ``DecodeError`` or
    ``ValidationError``. The records are decoded straight from the bytes; the
    envelope's few other fields are read without types.
    """
    data = decode(Any, content)
    if not isinstance(data, dict):
        return None
    records = _decoder(_page_struct(items, item_type)).decode(content)
    return {k: v for k, v in data.items() if k != items}, list(records.page_items)


@functools.lru_cache(maxsize=64)
def _page_struct(items: str, item_type: Any) -> type[msgspec.Struct]:
    return msgspec.defstruct(
        "PageEnvelope",
        [("page_items", list[item_type], msgspec.field(default_factory=list, name=items))],
    )


def to_jsonable(value: object) -> object:
    """A value that is not plain JSON data (a model, datetime, UUID, ...) as JSON data.

    Models are dumped by field name on the wire (``field(name=...)``), without
    ``UNSET`` fields and fields left at their defaults.
    """
    return msgspec.to_builtins(value)
